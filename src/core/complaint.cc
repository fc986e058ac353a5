#include "core/complaint.h"

#include <array>

#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kStatus{{
    {"registered", "已登记"}, {"assigned", "已交办"}, {"investigated", "已调查"}, {"answered", "已书面答复"}}};
}  // namespace

std::string_view code(ComplaintStatus s) { return kStatus[static_cast<int>(s)].first; }
std::optional<ComplaintStatus> parse_complaint_status(std::string_view s) {
  for (std::size_t i = 0; i < kStatus.size(); ++i)
    if (kStatus[i].first == s) return static_cast<ComplaintStatus>(i);
  return std::nullopt;
}

// R-COMPLAINT: 「建立复查、投诉机制」 — registered, assigned, investigated, answered in writing.
Outcome check_complaint_lodged(const std::string& name, const std::string& contact, const std::string& content) {
  Outcome o;
  if (blank(name) || blank(contact)) fail(o, rule::kComplaint, "投诉、复查申请须署真实姓名和联系方式");
  if (blank(content)) fail(o, rule::kComplaint, "投诉、复查申请须写明事项");
  return o;
}

Outcome check_complaint_step(ComplaintStatus current, const ComplaintStep& step) {
  Outcome o;
  if (current == ComplaintStatus::answered) {
    fail(o, rule::kComplaint, "该投诉已书面答复");
    return o;
  }
  const auto expected = static_cast<ComplaintStatus>(static_cast<int>(current) + 1);
  if (step.to != expected) {
    fail(o, rule::kComplaint, "投诉处理应依次登记、交办、调查、书面答复，下一步应为「" +
                                  std::string{kStatus[static_cast<int>(expected)].second} + "」");
    return o;
  }
  if (step.to == ComplaintStatus::assigned && blank(step.assignee)) fail(o, rule::kComplaint, "交办须指定承办人");
  if (step.to == ComplaintStatus::investigated && blank(step.finding)) fail(o, rule::kComplaint, "调查须记录调查结论");
  if (step.to == ComplaintStatus::answered && blank(step.reply)) fail(o, rule::kComplaint, "须书面答复投诉人");
  return o;
}

}  // namespace zp::core
