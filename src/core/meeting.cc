#include "core/meeting.h"

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

int quorum(CommitteeLevel level, Date meeting_date) {
  const Params& p = params_on(meeting_date);
  return level == CommitteeLevel::senior ? p.senior_quorum.value : p.intermediate_quorum.value;
}

// R-MEET-QUORUM: 高评会「出席评审会议人数不得少于17人」; 中评会「出席会议的人数不得少于13人」.
Outcome check_quorum(CommitteeLevel level, int present, Date meeting_date) {
  Outcome o;
  const int q = quorum(level, meeting_date);
  if (present < q)
    fail(o, rule::kMeetQuorum,
         "出席 " + std::to_string(present) + " 人，" + std::string{chinese(level)} + "不得少于 " +
             std::to_string(q) + " 人");
  return o;
}

// R-MEET-TRAINING: 「重视对评委委员的会前培训」.
Outcome check_training(const std::optional<Date>& training, Date meeting_date) {
  Outcome o;
  if (!training)
    fail(o, rule::kMeetTraining, "未记录评委会前培训，不能召开评审会议");
  else if (*training > meeting_date)
    fail(o, rule::kMeetTraining,
         "会前培训日期 " + training->str() + " 晚于评审会议日期 " + meeting_date.str());
  return o;
}

// R-MEET-BASIS: 「在听取人社职改部门材料审核情况和学科组评审意见的基础上进行评议」.
Outcome check_basis(const std::vector<DeliberationBasis>& applicants) {
  Outcome o;
  for (const auto& a : applicants) {
    if (!a.material_review)
      fail(o, rule::kMeetBasis, "申报 " + a.application_id + " 缺少职改部门材料审核情况，不能评议");
    if (!a.discipline_group_opinion)
      fail(o, rule::kMeetBasis, "申报 " + a.application_id + " 缺少学科组评审意见，不能评议");
  }
  return o;
}

// R-MEET-RECORD: 「包括评审日期、出席评委、评审对象、答辩情况摘要、评委发言摘要、投票结果等，
// 会议记录由会议主持人和记录人签名」.
Outcome check_meeting_record(const MeetingRecord& r) {
  Outcome o;
  auto need = [&](bool ok, const char* what) {
    if (!ok) fail(o, rule::kMeetRecord, std::string{"会议记录缺少"} + what);
  };
  need(r.date.has_value(), "评审日期");
  need(!r.attendees.empty(), "出席评委");
  need(!r.applicants.empty(), "评审对象");
  need(!blank(r.defense_summary), "答辩情况摘要");
  need(!blank(r.remarks_summary), "评委发言摘要");
  need(!blank(r.vote_results), "投票结果");
  need(!blank(r.chair_signature), "会议主持人签名");
  need(!blank(r.recorder_signature), "记录人签名");
  return o;
}

// R-SUPERVISE: 「重点对答辩、评审、投票等关键环节进行监督」 — record who supervised each.
Outcome check_supervision(const SupervisionRecord& r) {
  Outcome o;
  if (r.defense && r.defense->empty()) fail(o, rule::kSupervise, "答辩环节未记录现场监督人员");
  if (r.review.empty()) fail(o, rule::kSupervise, "评审环节未记录监督人员");
  if (r.vote.empty()) fail(o, rule::kSupervise, "投票环节未记录监督人员");
  return o;
}

// R-MEET-SECRECY: 「评审情况要严格保密，评委会和工作人员不得向外泄露评审对象的评议情况」.
Outcome may_disclose_outcomes(Date today, const std::optional<Date>& publicity_start) {
  Outcome o;
  if (!publicity_start || today < *publicity_start)
    fail(o, rule::kMeetSecrecy, "评审结果公示前，评议情况和个人结果不得对外公开");
  return o;
}

// R-MEET-PLAN: 「制定相应的评审规则和细则」「制定评审工作方案」.
Outcome check_meeting_plan(const MeetingPlanFacts& f, int year) {
  Outcome o;
  if (!f.review_rules) fail(o, rule::kMeetPlan, "评委会未制定书面评审规则和细则");
  if (!f.plan_year || *f.plan_year != year)
    fail(o, rule::kMeetPlan, "未制定 " + std::to_string(year) + " 年度评审工作方案");
  return o;
}

}  // namespace zp::core
