// R-COMPLAINT (§八(五)): complaints and re-check requests: registered → assigned →
// investigated → answered, by an identified complainant, answered in writing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/violation.h"

namespace zp::core {

enum class ComplaintStatus { registered, assigned, investigated, answered };
std::string_view code(ComplaintStatus s);
std::optional<ComplaintStatus> parse_complaint_status(std::string_view s);

// Lodging needs an identified complainant (name and contact) and content.
Outcome check_complaint_lodged(const std::string& name, const std::string& contact, const std::string& content);
// The next status must be the one after `current`; `answered` needs a written reply,
// `investigated` a finding, `assigned` an assignee.
struct ComplaintStep {
  ComplaintStatus to;
  std::string assignee, finding, reply;
};
Outcome check_complaint_step(ComplaintStatus current, const ComplaintStep& step);

}  // namespace zp::core
