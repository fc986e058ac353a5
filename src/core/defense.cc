#include "core/defense.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
std::string num(int n) { return std::to_string(n); }
}  // namespace

// R-DEF-GROUP: 「答辩小组一般3—5人，同一单位的专家不超过答辩小组人员的1/2」.
// TODO(legal): 「一般」 qualifies 3—5; the catalogue states it as the composition, so it blocks.
Outcome check_defense_group(const std::vector<GroupExpert>& experts, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  std::set<std::string> ids;
  std::map<std::string, int> per_unit;
  for (const auto& e : experts) {
    if (!ids.insert(e.person_id).second) fail(o, rule::kDefGroup, "答辩小组专家 " + e.person_id + " 重复");
    ++per_unit[e.unit_id];
  }
  const int n = static_cast<int>(experts.size());
  const int lo = p.defense_group_min.value, hi = p.defense_group_max.value;
  if (n < lo || n > hi)
    fail(o, rule::kDefGroup, "答辩小组 " + num(lo) + "-" + num(hi) + " 人，现有 " + num(n) + " 人");
  for (const auto& [unit, count] : per_unit)
    if (2 * count > n)
      fail(o, rule::kDefGroup, "同一单位（" + unit + "）专家 " + num(count) + " 人，超过答辩小组 " + num(n) +
                                   " 人的 1/2");
  return o;
}

// R-DEF-SCORE: scores are 0–100.
Outcome check_score(double score) {
  Outcome o;
  if (!std::isfinite(score) || score < 0 || score > 100)
    fail(o, rule::kDefScore, "答辩评分应在 0-100 分之间");
  return o;
}

std::string_view code(DefenseResult r) {
  switch (r) {
    case DefenseResult::pending: return "pending";
    case DefenseResult::pass: return "pass";
    case DefenseResult::fail: return "fail";
  }
  return "pending";
}

// R-DEF-SCORE: 「答辩小组人员1/2以上含1/2专家打分低于60分的，视为不通过」.
DefenseOutcome defense_result(int group_size, const std::vector<double>& scores, Date on) {
  const double pass_score = params_on(on).defense_pass_score.value;
  DefenseOutcome r;
  r.group_size = group_size;
  r.scored = static_cast<int>(scores.size());
  r.below_60 = static_cast<int>(std::count_if(scores.begin(), scores.end(),
                                               [&](double s) { return s < pass_score; }));
  if (group_size <= 0 || r.scored < group_size) return r;  // pending
  r.result = 2 * r.below_60 >= group_size ? DefenseResult::fail : DefenseResult::pass;
  return r;
}

// R-DEF-GATE: 「答辩未通过人员，不得提交高评会评审」; R-DEF-VIDEO: 「视频答辩全程录像保存，以备核查」
// — the recording of a senior video defense is on record before its result reaches the vote.
Outcome check_vote_gate(CommitteeLevel committee, const VoteGateFacts& f) {
  Outcome o;
  if (committee != CommitteeLevel::senior) return o;
  const std::string who = f.subject.empty() ? std::string{} : "申报 " + f.subject + "：";
  if (f.result == DefenseResult::fail) fail(o, rule::kDefGate, who + "答辩未通过人员，不得提交高评会评审");
  if (f.video && !f.recording_kept)
    fail(o, rule::kDefVideo, who + "视频答辩须全程录像保存，答辩录像（存放位置及 SM3 摘要）尚未登记，答辩结果不能提交高评会评审");
  return o;
}

// R-RECUSAL: 「落实职称评审回避制度」 — same employer unit or a declared conflict.
bool must_recuse(const RecusalFacts& expert, const ApplicantRef& applicant) {
  return (!expert.expert_unit.empty() && expert.expert_unit == applicant.unit_id) ||
         expert.declared_conflicts.count(applicant.person_id) != 0 ||
         expert.expert_id == applicant.person_id;
}

Outcome check_recusal(const RecusalFacts& expert, const ApplicantRef& applicant) {
  Outcome o;
  if (must_recuse(expert, applicant))
    fail(o, rule::kRecusal, "专家 " + expert.expert_id + " 与申报人 " + applicant.person_id +
                                (expert.expert_unit == applicant.unit_id ? " 同一单位" : " 存在利害关系") +
                                "，应当回避");
  return o;
}

std::string_view code(DefenseMode m) { return m == DefenseMode::video ? "video" : "in_person"; }

// R-DEF-VIDEO: 「从2018年起高级职称评审原则上都要…实行视频答辩」 — a senior committee's default.
DefenseMode default_defense_mode(CommitteeLevel committee) {
  return committee == CommitteeLevel::senior ? DefenseMode::video : DefenseMode::in_person;
}

// R-DEF-VIDEO: 「视频答辩全程录像保存，以备核查」 within the clause on senior defenses.
bool recording_required(CommitteeLevel committee, DefenseMode mode) {
  return committee == CommitteeLevel::senior && mode == DefenseMode::video;
}

// R-DEF-VIDEO: 「特殊情况无法实行的要向省职改办说明情况」.
Outcome check_defense_mode(CommitteeLevel committee, const DefenseModeFacts& f) {
  Outcome o;
  if (f.mode == DefenseMode::in_person && committee == CommitteeLevel::senior && blank(f.non_video_reason))
    fail(o, rule::kDefVideo, "高级职称答辩原则上实行视频答辩，未采用视频答辩须说明情况（报省职改办）");
  return o;
}

}  // namespace zp::core
