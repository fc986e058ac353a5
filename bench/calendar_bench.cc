// Working-day arithmetic (WorkCalendar) over nine contiguous years.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "core/calendar.h"

namespace {

using zp::core::Date;
using zp::core::WorkCalendar;

const WorkCalendar& calendar() {
  static const WorkCalendar cal = [] {
    // Synthetic years 2018..2026 (weekends plus two holidays each): the cost does not
    // depend on the entries, only on the years a query touches.
    WorkCalendar c;
    for (int y = 2018; y <= 2026; ++y) (void)c.set_year(y, {{Date{y, 1, 1}, zp::core::DayKind::holiday, "元旦"},
                                                            {Date{y, 10, 1}, zp::core::DayKind::holiday, "国庆节"}});
    return c;
  }();
  return cal;
}

void BM_NthWorkdayOnOrAfter(benchmark::State& state) {
  const auto& cal = calendar();
  const int n = static_cast<int>(state.range(0));
  std::int64_t day = Date{2018, 1, 1}.serial();
  for (auto _ : state) {
    auto r = cal.nth_workday_on_or_after(Date::from_serial(day), n);
    benchmark::DoNotOptimize(r);
    day = Date{2018, 1, 1}.serial() + (day + 37) % 1200;
  }
}
BENCHMARK(BM_NthWorkdayOnOrAfter)->Arg(5)->Arg(20)->Arg(500);

void BM_WorkingDaysBetween(benchmark::State& state) {
  const auto& cal = calendar();
  const std::int64_t span = state.range(0);
  std::int64_t day = Date{2018, 1, 1}.serial();
  for (auto _ : state) {
    auto r = cal.working_days_between(Date::from_serial(day), Date::from_serial(day + span));
    benchmark::DoNotOptimize(r);
    day = Date{2018, 1, 1}.serial() + (day + 37) % 1200;
  }
}
BENCHMARK(BM_WorkingDaysBetween)->Arg(30)->Arg(365)->Arg(2000);

}  // namespace
