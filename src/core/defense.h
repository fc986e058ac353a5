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

// R-DEF-GATE with R-DEF-VIDEO: what a senior committee's vote needs of an applicant's
// defense. `subject` (e.g. the application id) prefixes the messages when not empty.
struct VoteGateFacts {
  DefenseResult result = DefenseResult::pending;
  bool video = false;           // the applicant's defense group defended by video
  bool recording_kept = false;  // its recording reference and SM3 are recorded
  std::string subject;
};
// R-DEF-GATE: an applicant whose defense failed is not put to a senior committee's vote;
// R-DEF-VIDEO: nor one whose senior video defense has no recording kept yet (the
// recording is attached after the defense, so the gate — not the group's formation —
// asks for it). Both are listed when both are broken; intermediate committees pass.
Outcome check_vote_gate(CommitteeLevel committee, const VoteGateFacts& f);

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

// R-DEF-VIDEO (§三(三) 「积极推进高级职称视频答辩」): senior defenses are by video unless a
// reason is recorded; a senior video defense keeps its recording. Intermediate
// committees are outside the clause: their groups default to in person and need
// neither a reason nor a recording.
enum class DefenseMode { video, in_person };
std::string_view code(DefenseMode m);  // "video" | "in_person"
// The mode a group takes when the request names none: video at a senior committee,
// in person at an intermediate one.
DefenseMode default_defense_mode(CommitteeLevel committee);
// Whether the recording must be kept before the results count (senior video only).
bool recording_required(CommitteeLevel committee, DefenseMode mode);
struct DefenseModeFacts {
  DefenseMode mode = DefenseMode::video;
  std::string non_video_reason;  // required for in_person at a senior committee
};
// At the group's formation, before the defense: a senior in-person defense needs its
// reason. The recording does not exist yet; check_vote_gate asks for it.
Outcome check_defense_mode(CommitteeLevel committee, const DefenseModeFacts& f);

}  // namespace zp::core
