// Objections 异议 to a publicity (R-OBJ-FORM, R-OBJ-HANDLE): taken from the public
// online, classified registered / late / anonymous on the day received against the
// publicity's end date; resolved with a finding and a written reply. An open
// registered objection blocks the recommendation (applications.cc).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

struct ObjectionRequest {
  std::string application_id, name, contact, content;
};

// POST /api/v1/public/publicities/{id}/objections (public) → {id, status, warnings}.
boost::json::object submit_objection(const Context& ctx, const std::string& publicity_id,
                                     const ObjectionRequest& r);
// POST /api/v1/objections/{id}/resolve (unit_hr of the unit, title_office).
boost::json::object resolve_objection(const Context& ctx, const Actor& actor, const std::string& id,
                                      const std::string& finding, const std::string& reply, bool upheld);
// GET /api/v1/objections?application_id=&publicity_id= (unit_hr of the unit, title_office,
// supervisor): the objector's contact is not shown.
boost::json::array list_objections(const Context& ctx, const Actor& actor, const std::string& application_id,
                                   const std::string& publicity_id);

}  // namespace zp::app
