// The bundled official calendar (resources/cn-workday-calendar.csv) for core tests.
#pragma once

#include <fstream>
#include <sstream>

#include "core/calendar.h"

namespace zp::core::testing {

inline const WorkCalendar& bundled_calendar() {
  static const WorkCalendar cal = [] {
    std::ifstream in(ZP_SOURCE_DIR "/resources/cn-workday-calendar.csv");
    std::stringstream ss;
    ss << in.rdbuf();
    WorkCalendar c;
    for (auto& [y, e] : parse_calendar_csv(ss.str()).value) (void)c.set_year(y, e);
    return c;
  }();
  return cal;
}

}  // namespace zp::core::testing
