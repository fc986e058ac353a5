// Applications 申报 (§六): creation with every check of applications_eval.h, the
// supplement of achievements (补报), the integrity pledge, submission, the unit's
// recommendation after a finished stage-1 publicity, and the review stages of
// R-APP-ROUTE. Statuses are API.md's; every change is audited and kept in the
// application's history.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/applications_eval.h"
#include "app/context.h"
#include "store/database.h"

namespace zp::app {

// POST /api/v1/applications (applicant for self, unit_hr for its unit).
boost::json::object create_application(const Context& ctx, const Actor& actor, const ApplicationRequest& r);
// GET /api/v1/applications/{id}: out of scope → 404.
boost::json::object get_application(const Context& ctx, const Actor& actor, const std::string& id);
// GET /api/v1/applications?round_id=&unit_id=, scoped by role.
boost::json::array list_applications(const Context& ctx, const Actor& actor, const std::string& round_id,
                                     const std::string& unit_id);
// POST /api/v1/applications/{id}/achievements (补报).
boost::json::object add_achievement(const Context& ctx, const Actor& actor, const std::string& id,
                                    const AchievementInput& a);
// POST /api/v1/applications/{id}/pledge {agree}.
boost::json::object pledge_application(const Context& ctx, const Actor& actor, const std::string& id,
                                       bool agree);
// POST /api/v1/applications/{id}/submit.
boost::json::object submit_application(const Context& ctx, const Actor& actor, const std::string& id);
// POST /api/v1/applications/{id}/withdraw {reason?} (applicant for self, unit_hr).
boost::json::object withdraw_application(const Context& ctx, const Actor& actor, const std::string& id,
                                         const std::string& reason);
// POST /api/v1/applications/{id}/recommend (unit_hr of the unit).
boost::json::object recommend_application(const Context& ctx, const Actor& actor, const std::string& id);
// POST /api/v1/applications/{id}/reviews (applications_review.cc).
boost::json::object review_application(const Context& ctx, const Actor& actor, const std::string& id,
                                       const std::string& stage, const std::string& decision,
                                       const std::string& opinion);

// Shared by the services of this issue.
struct ApplicationRow {
  std::string id, round_id, person_id, unit_id, status, target_level, series, specialty;
  std::string pledged_at;
};
std::optional<ApplicationRow> load_application(store::Tx& tx, const std::string& id);
// Loads and scope-checks (404 when missing or out of scope).
ApplicationRow application_for(store::Tx& tx, const Actor& actor, const std::string& id);
void add_history(store::Tx& tx, const Context& ctx, const Actor* actor, const std::string& id,
                 const std::string& action, const std::string& detail = "");
// The same, written in the name of a body rather than a person (e.g. "答辩小组" for a defense
// result, so that the applicant's history does not name the expert whose score completed it).
void add_history_by(store::Tx& tx, const Context& ctx, const std::string& by, const std::string& id,
                    const std::string& action, const std::string& detail = "");
void set_status(store::Tx& tx, const Context& ctx, const std::string& id, const std::string& status);
std::string actor_name(const Actor* a);

}  // namespace zp::app
