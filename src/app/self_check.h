// Self-check 申报条件自测: the creation checks of an application (applications_eval.h)
// run without creating anything. Applicant for self, unit_hr for its unit.
#pragma once

#include <boost/json.hpp>

#include "app/actor.h"
#include "app/applications_eval.h"
#include "app/context.h"

namespace zp::app {

// POST /api/v1/self-check → {eligible, violations, warnings, months_total, months_in_level, materials}.
boost::json::object self_check(const Context& ctx, const Actor& actor, const ApplicationRequest& r);

}  // namespace zp::app
