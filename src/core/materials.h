// R-APP-ORIGINALS: the checklist of application materials, generated from the
// applicant's record (§六(一)(四)).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/vocabulary.h"

namespace zp::core {

struct DegreeFacts {
  Degree degree = Degree::bachelor;
  std::string institution;
  InstitutionKind kind = InstitutionKind::regular;
  std::string specialty;
  Date graduated_on;
  std::optional<bool> verifiable_online;  // 学信网/学位网; unknown → assumed for regular post-2003
};

struct MaterialItem {
  std::string name;
  bool original_required = false;
  std::string reason;  // Chinese: why the original is or is not needed
  bool operator==(const MaterialItem&) const = default;
};

// One degree's item. Military-academy or party-school → original; graduated before
// 2003-01-01 → original; explicitly not verifiable online → original; otherwise none.
MaterialItem degree_item(const DegreeFacts& d);

struct MaterialsFacts {
  std::vector<DegreeFacts> degrees;
  bool post_managed = false;       // adds the appointment document
  std::vector<int> assessment_years;  // years of annual assessments to attach
};
// The standard items (评审简表, 业绩汇总审核表, 诚信承诺书, 年度考核, 现任职资格证书,
// 聘任文件 when post-managed, 单位公示情况) followed by one item per degree.
std::vector<MaterialItem> materials_checklist(const MaterialsFacts& f);

}  // namespace zp::core
