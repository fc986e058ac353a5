// Certificates 证书 (§七): who may submit, replacements, other certificate kinds.
// The one-stop deadline (R-CERT-ONESTOP) is in schedule.h.
#pragma once

#include <string>

#include "core/violation.h"
#include "core/vocabulary.h"

namespace zp::core {

// R-CERT-NO-INDIVIDUAL: only a unit (unit_hr) or a committee office submits certificate
// business; never an individual.
Outcome check_certificate_submitter(Role submitter);

// R-CERT-LOST: a replacement needs only the replacement form (a non-empty reason); no
// unit letter, no newspaper notice is asked for.
Outcome check_replacement(const std::string& reason);

// R-CERT-OTHER: 考核定职 (graduates) rosters in 3 copies; 以考代评 rosters in 3 copies and
// approval forms in 2 copies.
enum class OtherCertificateKind { graduate_assessment, exam_based };
Outcome check_other_certificate(OtherCertificateKind kind, int roster_copies, int approval_form_copies);

}  // namespace zp::core
