// Defense 答辩 (§三(三), §四(二), §八(五)): groups of 3–5 experts (R-DEF-GROUP) with
// recusals recorded (R-RECUSAL), video and recording (R-DEF-VIDEO), observers and
// supervisors (R-SUPERVISE), scores (R-DEF-SCORE) and the result per application.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/defense.h"
#include "store/database.h"

namespace zp::app {

struct Supervisor {
  std::string name, role;
};

struct NewDefenseGroup {
  std::vector<std::string> experts;
  std::vector<std::string> application_ids;
  // Absent: the committee's default (video at a senior committee, in person at an
  // intermediate one; R-DEF-VIDEO).
  std::optional<bool> video;
  // Optional at formation (the defense has not taken place); attached afterwards with
  // attach_defense_recording. Both or neither.
  std::string recording_ref, recording_sm3, non_video_reason;
  std::vector<std::string> observers;
  std::vector<Supervisor> supervisors;
  struct Conflict {
    std::string expert_id, application_id, reason;
  };
  std::vector<Conflict> conflicts;  // declared conflicts (relatives, supervisors, co-authors)
};

// POST /api/v1/rounds/{id}/defense-groups (committee office of the round, title office).
boost::json::object create_defense_group(const Context& ctx, const Actor& actor, const std::string& round_id,
                                         const NewDefenseGroup& in);
// PUT /api/v1/defense-groups/{id}/recording (committee office of the round, title office):
// the recording of a video defense, after it took place — reference (where it is kept)
// and the SM3 of the file (64 hex digits). Audited. The same recording again is a no-op;
// another one over a recorded one is 409 (the record is kept for checking, R-DEF-VIDEO).
boost::json::object attach_defense_recording(const Context& ctx, const Actor& actor, const std::string& group_id,
                                             const std::string& reference, const std::string& sm3_hex);
// GET /api/v1/defense-groups/{id} (office, supervisor, the group's experts).
boost::json::object get_defense_group(const Context& ctx, const Actor& actor, const std::string& id);
// The defense groups the calling expert sits in, with how many of its applicants it has scored.
boost::json::array list_my_defense_groups(const Context& ctx, const Actor& actor);
// POST /api/v1/defense-groups/{id}/scores: the expert themself, or the office recording a
// paper sheet. Sets defense_passed / defense_failed when the last score arrives.
boost::json::object add_defense_score(const Context& ctx, const Actor& actor, const std::string& group_id,
                                      const std::string& application_id, const std::string& expert_id,
                                      double score);
// GET /api/v1/applications/{id}/defense.
boost::json::object get_application_defense(const Context& ctx, const Actor& actor, const std::string& app_id);

// R-DEF-GATE and R-DEF-VIDEO for the vote: the applicant's defense result and, for a
// senior video defense, whether its recording is on record (core::check_vote_gate).
core::Outcome defense_vote_gate(store::Tx& tx, core::CommitteeLevel committee, const std::string& app_id,
                                core::Date on);

// True when `s` is an SM3 digest in hex (64 digits, either case).
bool is_sm3_hex(const std::string& s);

// The defense outcome of an application (nullopt when it has no defense group).
std::optional<core::DefenseOutcome> defense_outcome(store::Tx& tx, const std::string& app_id, core::Date on);

}  // namespace zp::app
