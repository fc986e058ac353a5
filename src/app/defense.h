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
  bool video = true;
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
// GET /api/v1/defense-groups/{id} (office, supervisor, the group's experts).
boost::json::object get_defense_group(const Context& ctx, const Actor& actor, const std::string& id);
// POST /api/v1/defense-groups/{id}/scores: the expert themself, or the office recording a
// paper sheet. Sets defense_passed / defense_failed when the last score arrives.
boost::json::object add_defense_score(const Context& ctx, const Actor& actor, const std::string& group_id,
                                      const std::string& application_id, const std::string& expert_id,
                                      double score);
// GET /api/v1/applications/{id}/defense.
boost::json::object get_application_defense(const Context& ctx, const Actor& actor, const std::string& app_id);

// The defense outcome of an application (nullopt when it has no defense group).
std::optional<core::DefenseOutcome> defense_outcome(store::Tx& tx, const std::string& app_id, core::Date on);

}  // namespace zp::app
