// Defense 答辩 (§三(三), §四(二), §八(五)): group composition, scoring, the gate before
// a senior committee's vote, recusal and video defenses.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"

namespace zp::core {

struct GroupExpert {
  std::string person_id;
  std::string unit_id;
};

// R-DEF-GROUP: 3–5 distinct experts; experts of any one unit ≤ 1/2 of the group
// (2 × max_same_unit ≤ n).
Outcome check_defense_group(const std::vector<GroupExpert>& experts, Date on);

// R-DEF-SCORE: a score is a finite number in [0, 100].
Outcome check_score(double score);

enum class DefenseResult { pending, pass, fail };
std::string_view code(DefenseResult r);  // "pending" | "pass" | "fail"

struct DefenseOutcome {
  DefenseResult result = DefenseResult::pending;
  int below_60 = 0;
  int group_size = 0;  // experts expected to score this applicant (non-recused)
  int scored = 0;
};
// R-DEF-SCORE: fails when below_60 × 2 ≥ group_size; pending until every non-recused
// expert of the group has scored. `group_size` counts the non-recused experts.
DefenseOutcome defense_result(int group_size, const std::vector<double>& scores, Date on);

// R-DEF-GATE: an applicant whose defense failed is not put to a senior committee's vote.
Outcome check_vote_gate(CommitteeLevel committee, DefenseResult defense);

// R-RECUSAL: who must recuse from whom.
struct RecusalFacts {
  std::string expert_id, expert_unit;
  std::set<std::string> declared_conflicts;  // person ids: relatives, supervisors, co-authors
};
struct ApplicantRef {
  std::string person_id, unit_id;
};
bool must_recuse(const RecusalFacts& expert, const ApplicantRef& applicant);
// Violation when the expert is asked to review or score an applicant they must recuse from.
Outcome check_recusal(const RecusalFacts& expert, const ApplicantRef& applicant);

// R-DEF-VIDEO: senior defenses are by video unless a reason is recorded; a video
// defense keeps a recording reference.
enum class DefenseMode { video, in_person };
struct DefenseModeFacts {
  DefenseMode mode = DefenseMode::video;
  std::string non_video_reason;  // required for in_person at a senior committee
  std::string recording_ref;     // required for video
};
Outcome check_defense_mode(CommitteeLevel committee, const DefenseModeFacts& f);

}  // namespace zp::core
