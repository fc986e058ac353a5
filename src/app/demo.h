// Demo prefecture for `zhiping serve --demo` on a new database: a 临夏州 bureau, its
// competent departments, county offices and units, people with valid identity numbers,
// four committees with their expert pools, one login per role (password kDemoPassword),
// and rounds dated from the start day so that each workspace has something to act on —
// one closed with documents and certificates, one in its committee publicity with an
// objection, one in review, one with its application window open (demo_plan.h says
// which of them the calendar allows on a given day, and why not the others).
//
// Everything goes through the services, their rules and the audit: the steps of the
// past run as of their own day on a clock of the demo's own (demo_world.h); the server's
// clock is not moved.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"

namespace zp::app {

inline constexpr const char* kDemoPassword = "Demo#Zhiping2026";

// Returns the start-up banner: the demo day, lines "username — role — 说明", what each
// round shows, the stages the calendar does not allow (with the rule), the time taken.
// A refused step is reported in the banner; the server starts anyway.
std::vector<std::string> load_demo(const Context& ctx);

}  // namespace zp::app
