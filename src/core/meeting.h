// The review meeting (§四, §八(四)(五)): quorum, briefing, basis of deliberation,
// the record, supervision, secrecy until the publicity, and the yearly plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"

namespace zp::core {

// R-MEET-QUORUM: senior ≥ 17 present, intermediate ≥ 13; no vote below quorum.
int quorum(CommitteeLevel level, Date meeting_date);
Outcome check_quorum(CommitteeLevel level, int present, Date meeting_date);

// R-MEET-TRAINING: members are briefed before the meeting; `training` is the date the
// briefing was recorded (the meeting day itself is allowed: briefed before it opens).
Outcome check_training(const std::optional<Date>& training, Date meeting_date);

// R-MEET-BASIS: per applicant, the title office's material review and the discipline
// group's opinion exist before deliberation.
struct DeliberationBasis {
  std::string application_id;
  bool material_review = false;          // 人社职改部门材料审核情况
  bool discipline_group_opinion = false;  // 学科组评审意见
};
Outcome check_basis(const std::vector<DeliberationBasis>& applicants);

// R-MEET-RECORD: the meeting record (评审过程全程记录).
struct MeetingRecord {
  std::optional<Date> date;
  std::vector<std::string> attendees;        // 出席评委
  std::vector<std::string> applicants;       // 评审对象
  std::string defense_summary;               // 答辩情况摘要
  std::string remarks_summary;               // 评委发言摘要
  std::string vote_results;                  // 投票结果
  std::string chair_signature;               // 会议主持人签名
  std::string recorder_signature;            // 记录人签名
};
Outcome check_meeting_record(const MeetingRecord& r);

// R-SUPERVISE: who supervised each key step (答辩、评审、投票). A step that did not take
// place (no defense in the round) is passed as nullopt.
struct SupervisionRecord {
  std::optional<std::vector<std::string>> defense;
  std::vector<std::string> review;
  std::vector<std::string> vote;
};
Outcome check_supervision(const SupervisionRecord& r);

// R-MEET-SECRECY: individual outcomes are not disclosed before the committee publicity
// starts. `publicity_start` is nullopt while no publicity is announced.
Outcome may_disclose_outcomes(Date today, const std::optional<Date>& publicity_start);

// R-MEET-PLAN: written review rules and a plan for the year before the meeting.
struct MeetingPlanFacts {
  bool review_rules = false;        // 评审规则和细则
  std::optional<int> plan_year;     // year of the adopted 评审工作方案
};
Outcome check_meeting_plan(const MeetingPlanFacts& f, int year);

}  // namespace zp::core
