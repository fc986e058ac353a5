// Demo prefecture for `zhiping serve --demo` on a new database: a 临夏州-like
// bureau, competent departments, county offices, units, persons with valid identity
// numbers, and one login per role (password kDemoPassword). Every row is audited
// as "system:demo".
#pragma once

#include <string>
#include <vector>

#include "app/context.h"

namespace zp::app {

inline constexpr const char* kDemoPassword = "Demo#Zhiping2026";

// Returns lines "username — role — 说明" for the start-up banner.
std::vector<std::string> load_demo(const Context& ctx);
// Committees, an admitted expert pool and a round in progress (called by load_demo).
void load_demo_committees(const Context& ctx, std::vector<std::string>& banner);

}  // namespace zp::app
