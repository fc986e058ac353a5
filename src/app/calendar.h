// The official calendar as data (R-CAL-DATA): loaded from the bundled file on first
// start, editable per year by a sysadmin, cached as a core::WorkCalendar.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/calendar.h"

namespace zp::app {

// Loads the bundled CSV into empty tables (bootstrap).
void seed_calendar(const Context& ctx, store::Tx& tx);
// Rebuilds ctx's cached calendar from the tables.
void reload_calendar(const Context& ctx);

// GET /api/v1/calendar/{year}: 422 R-CAL-DATA when the year was never entered.
boost::json::object calendar_year(const Context& ctx, int year);
// PUT /api/v1/calendar/{year} (sysadmin): replaces the year.
boost::json::object put_calendar_year(const Context& ctx, const Actor& actor, int year,
                                      const std::vector<core::CalendarEntry>& days);
// GET /api/v1/calendar/workdays?start=D&count=N → {start, count, end}
boost::json::object calendar_workdays(const Context& ctx, core::Date start, int count);
// GET /api/v1/calendar/between?from=A&to=B → {from, to, working_days}
boost::json::object calendar_between(const Context& ctx, core::Date from, core::Date to);

// Unwraps a Checked value or throws the rule violation.
template <class T>
T value_or_throw(core::Checked<T> c);

}  // namespace zp::app

#include "app/error.h"

namespace zp::app {
template <class T>
T value_or_throw(core::Checked<T> c) {
  require(c.outcome, "无法按官方日历计算工作日");
  return std::move(c.value);
}
}  // namespace zp::app
