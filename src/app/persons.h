// Persons: professional staff, experts and applicants.
// Scope: sysadmin, title_office, supervisor see everyone; unit_hr only its unit;
// dept_reviewer the units under its org; committee_office the persons linked to its
// committee (applicants of its rounds, its pool, its rosters), masked; expert /
// applicant only themselves. Out of scope reads 404.
// Masking: id_number, phone and birth_date are shown in full only to sysadmin and
// title_office; other roles get "6229**************", a masked phone and birth_month
// (YYYY-MM) only, so that at least 1,000 ID numbers stay possible (docs/security.md).
// Every read by another user is logged for the person (access log).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "app/person_model.h"

namespace zp::app {

boost::json::object create_person(const Context& ctx, const Actor& actor, const PersonInput& in);
std::string create_person_system(const Context& ctx, store::Tx& tx, const PersonInput& in);
boost::json::object get_person(const Context& ctx, const Actor& actor, const std::string& id);
// The stored record, unmasked, for a PATCH to overlay (scope-checked, not logged).
PersonInput person_for_update(const Context& ctx, const Actor& actor, const std::string& id);
boost::json::object update_person(const Context& ctx, const Actor& actor, const std::string& id,
                                  const PersonInput& in);
boost::json::array list_persons(const Context& ctx, const Actor& actor, const std::string& unit_id);
// GET /api/v1/persons/{id}/retirement (R-APP-RETIRE)
boost::json::object person_retirement(const Context& ctx, const Actor& actor, const std::string& id);
// GET /api/v1/persons/{id}/access-log: who looked at this record.
boost::json::array person_access_log(const Context& ctx, const Actor& actor, const std::string& id);

// Loads a person without scope checks (for other services). nullopt when missing.
std::optional<PersonInput> load_person(const Context& ctx, store::Tx& tx, const std::string& id);

}  // namespace zp::app
