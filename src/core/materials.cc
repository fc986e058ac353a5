#include "core/materials.h"

#include "core/params.h"

namespace zp::core {

// R-APP-ORIGINALS: 「可通过网络等手段查证核实的学历、学位证明，不再要求专业技术人员提供原件。
// 2003年以前的毕业证明和军队院校、党校等无法从学信网、学位网上查询的学历、学位信息，仍需要提供原件」.
MaterialItem degree_item(const DegreeFacts& d) {
  MaterialItem m;
  m.name = std::string{chinese(d.degree)} + "学历学位证明（" + d.institution + "，" + d.graduated_on.str() + " 毕业）";
  const Date cutoff = params_on(d.graduated_on).originals_graduation_cutoff.value;
  if (d.kind == InstitutionKind::military || d.kind == InstitutionKind::party_school) {
    m.original_required = true;
    m.reason = std::string{d.kind == InstitutionKind::military ? "军队院校" : "党校"} +
               "学历学位无法从学信网、学位网查询，需提供原件";
  } else if (d.graduated_on < cutoff) {
    m.original_required = true;
    m.reason = "2003 年以前的毕业证明，需提供原件";
  } else if (d.verifiable_online == false) {
    m.original_required = true;
    m.reason = "无法从学信网、学位网查询，需提供原件";
  } else {
    m.reason = "可通过学信网、学位网查证核实，无需提供原件";
  }
  return m;
}

std::vector<MaterialItem> materials_checklist(const MaterialsFacts& f) {
  std::vector<MaterialItem> out{
      {"《甘肃省申报职称任职资格评审简表》", false, "按修订后的表格填报"},
      {"《申报职称任职资格业绩汇总审核表》", false, "按修订后的表格填报"},
      {"诚信承诺书", true, "申报人签名的诚信承诺责任书，随申报材料一并上报"},
      {"现任职称资格证书", false, "可查询的资格信息无需原件"},
      {"单位公示情况", false, "用人单位推荐前公示情况，与推荐材料一同上报"},
  };
  for (int y : f.assessment_years)
    out.push_back({std::to_string(y) + " 年度考核登记表", false, "任现职以来年度考核结果"});
  if (f.post_managed) out.push_back({"聘任文件", false, "纳入岗位管理的事业单位，任职年限从聘用当月计算"});
  for (const auto& d : f.degrees) out.push_back(degree_item(d));
  return out;
}

}  // namespace zp::core
