// Rounds: one committee's evaluation in one year (§六(三)(五)(六)). The schedule
// (deadlines, draw and rotation-report windows) is computed by core/schedule.h and
// stored with the round; R-CAL-YEAR, R-CAL-MONTHS and R-CAL-DATA refuse a bad plan.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "core/date.h"
#include "core/level.h"
#include "store/database.h"

namespace zp::app {

// A stored round with what other services need (applications, draws, meetings).
struct RoundInfo {
  std::string id;
  std::string committee_id;
  core::CommitteeLevel committee_level = core::CommitteeLevel::intermediate;
  std::string series;
  int year = 0;
  core::Date notice_date;
  core::Date application_deadline;
  core::Date joint_review_deadline;
  std::optional<core::Date> defense_date;
  core::Date meeting_date;
  core::Date draw_from, draw_to;          // R-DRAW-RANDOM window
  core::Date rotation_from, rotation_to;  // R-COM-ROTATION report window
};

// nullopt when no such round.
std::optional<RoundInfo> load_round(store::Tx& tx, const std::string& id);

struct NewRound {
  std::string committee_id;
  int year = 0;
  core::Date notice_date;
  std::optional<core::Date> defense_date;
  core::Date meeting_date;
};

// POST /api/v1/rounds (committee_office of the committee, title_office).
boost::json::object create_round(const Context& ctx, const Actor& actor, const NewRound& in);
// GET /api/v1/rounds/{id} (any logged-in user).
boost::json::object get_round(const Context& ctx, const std::string& id);
// GET /api/v1/rounds?year=&committee_id= (overview of meeting dates).
boost::json::array list_rounds(const Context& ctx, std::optional<int> year, const std::string& committee_id);

}  // namespace zp::app
