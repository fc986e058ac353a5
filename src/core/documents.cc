#include "core/documents.h"

#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

// R-DOC-ISSUER: 「设在我州的副高级评委会的发文，由州人社局发文通知，并报省职改办备案。评委会设在
// 州直主管部门和县(市)人社局的中级评委会的发文，由州直主管部门和县(市)人社局报州职改办审核后发文
// 通知。初级资格由用人单位公布(无人事管理权的由单位主管部门公布)，并报同级职改部门备案」.
Issuer expected_issuer(Level level, HostKind host) {
  if (is_senior(level)) return {"州人社局", "", "省职改办"};
  if (level == Level::intermediate) {
    if (host == HostKind::county_bureau) return {"县(市)人社局", "州职改办", ""};
    if (host == HostKind::prefecture_bureau) return {"州人社局", "州职改办", ""};
    return {"州直主管部门", "州职改办", ""};
  }
  return {"用人单位", "", "同级职改部门"};
}

Outcome check_issuer(Level level, HostKind host, const std::string& issuer, bool prior_check_done) {
  Outcome o;
  const Issuer e = expected_issuer(level, host);
  bool match = issuer.find(e.issuer) != std::string::npos;
  if (!match && e.issuer == "用人单位") match = issuer.find("主管部门") != std::string::npos;
  if (!match && e.issuer == "州人社局") match = issuer.find("州人力资源和社会保障局") != std::string::npos;
  if (!match)
    fail(o, rule::kDocIssuer, std::string{chinese(level)} + "资格文件应由" + e.issuer + "发文，记录为「" + issuer + "」");
  if (!e.prior_check.empty() && !prior_check_done)
    fail(o, rule::kDocIssuer, std::string{chinese(level)} + "资格文件须报" + e.prior_check + "审核后发文");
  return o;
}

// R-DOC-DATE: 「资格起算时间以投票表决之日起算，不能提前或推后」.
Outcome check_effective_date(Date effective, Date vote_date) {
  Outcome o;
  if (effective != vote_date)
    fail(o, rule::kDocDate, "资格起算时间 " + effective.str() + " 应为投票表决之日 " + vote_date.str() +
                                "，不能提前或推后");
  return o;
}

// R-DOC-CONTENT: 「资格通知文件要写清获得资格人员的姓名、工作单位、资格名称、有效范围、晋升类型
// (正常晋升、破格或转系列)等内容」.
Outcome check_document_entries(const std::vector<DocumentEntry>& entries) {
  Outcome o;
  if (entries.empty()) fail(o, rule::kDocContent, "资格文件没有获得资格人员");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    const std::string who = "第 " + std::to_string(i + 1) + " 人";
    auto need = [&](const std::string& v, const char* what) {
      if (blank(v)) fail(o, rule::kDocContent, "资格文件" + who + "缺少" + what);
    };
    need(e.name, "姓名");
    need(e.unit, "工作单位");
    need(e.qualification_name, "资格名称");
    need(e.scope, "有效范围");
    need(e.promotion_type, "晋升类型");
    if (!blank(e.promotion_type) && !parse_promotion_type(e.promotion_type) && e.promotion_type != "正常晋升" &&
        e.promotion_type != "破格" && e.promotion_type != "转系列")
      fail(o, rule::kDocContent, "资格文件" + who + "晋升类型应为正常晋升、破格或转系列");
  }
  return o;
}

// R-ARCHIVE: 「评审表原件除按规定存档保管外必须要存入个人档案一份，被评审对象的申报材料要及时
// 完整地退回申报单位或个人」.
Outcome check_archive(const std::vector<ArchiveFacts>& items) {
  Outcome o;
  for (const auto& a : items) {
    if (!a.form_archived) fail(o, rule::kArchive, "申报 " + a.application_id + " 的评审表原件未存档");
    if (!a.copy_in_personal_file) fail(o, rule::kArchive, "申报 " + a.application_id + " 的评审表未存入个人档案");
    if (!a.materials_returned) fail(o, rule::kArchive, "申报 " + a.application_id + " 的申报材料未退回申报单位或个人");
  }
  return o;
}

}  // namespace zp::core
