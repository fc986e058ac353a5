// The dishonesty blacklist 失信黑名单 (R-APP-BLACKLIST, §六(四), §八(二)): entries are
// kept for ever; an entry covering the application date refuses the application.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "core/date.h"

namespace zp::app {

// POST /api/v1/blacklist (title_office) → 201 {id, person_id, reason, from, until}.
boost::json::object add_blacklist(const Context& ctx, const Actor& actor, const std::string& person_id,
                                  const std::string& reason, std::optional<core::Date> until);
// GET /api/v1/blacklist (title_office, supervisor).
boost::json::array list_blacklist(const Context& ctx, const Actor& actor);

}  // namespace zp::app
