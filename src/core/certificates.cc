#include "core/certificates.h"

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {

// R-CERT-NO-INDIVIDUAL: 「不得将办证材料交专业技术人员个人办理，各级职改部门也不得受理个人办理
// 职称证书事项」.
Outcome check_certificate_submitter(Role submitter) {
  Outcome o;
  if (submitter != Role::unit_hr && submitter != Role::committee_office)
    fail(o, rule::kCertNoIndividual, "证书事项由用人单位或评委会办事机构统一办理，不受理个人办理");
  return o;
}

// R-CERT-LOST: 「不再要求出具单位公函和个人登报声明，只需填写《甘肃省职称资格证书遗失补办申领表》」.
Outcome check_replacement(const std::string& reason) {
  Outcome o;
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    fail(o, rule::kCertLost, "补办证书须填写遗失补办申领表（写明补办原因）");
  return o;
}

// R-CERT-OTHER: 「花名册》一式三份」「审批表》一式二份」.
Outcome check_other_certificate(OtherCertificateKind kind, int roster_copies, int approval_form_copies) {
  Outcome o;
  const Params& p = params_on(Date{2018, 8, 26});
  if (roster_copies != p.cert_roster_copies.value)
    fail(o, rule::kCertOther, "花名册应一式 " + std::to_string(p.cert_roster_copies.value) + " 份，现为 " +
                                  std::to_string(roster_copies) + " 份");
  if (kind == OtherCertificateKind::exam_based && approval_form_copies != p.cert_approval_form_copies.value)
    fail(o, rule::kCertOther, "以考代评资格证书审批表应一式 " + std::to_string(p.cert_approval_form_copies.value) +
                                  " 份，现为 " + std::to_string(approval_form_copies) + " 份");
  return o;
}

}  // namespace zp::core
