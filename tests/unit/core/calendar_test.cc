#include "core/calendar.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace zp::core {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

const WorkCalendar& bundled() {
  static const WorkCalendar cal = [] {
    std::ifstream in(ZP_SOURCE_DIR "/resources/cn-workday-calendar.csv");
    std::stringstream ss;
    ss << in.rdbuf();
    auto parsed = parse_calendar_csv(ss.str());
    EXPECT_TRUE(parsed.ok());
    WorkCalendar c;
    for (auto& [y, e] : parsed.value) EXPECT_TRUE(c.set_year(y, e).ok());
    return c;
  }();
  return cal;
}

TEST(R_CAL_DATA, BundledCsvHasTheVerifiedYears) {
  EXPECT_EQ(bundled().years(), (std::vector<int>{2018, 2019, 2025, 2026}));
  EXPECT_FALSE(bundled().entries(2018).empty());
  EXPECT_TRUE(bundled().entries(2027).empty());
}

TEST(R_CAL_DATA, MakeUpWorkdays2018NationalDay) {
  const auto& c = bundled();
  // 2018-09-29 (Saturday) and 2018-09-30 (Sunday) are 调休上班日.
  ASSERT_EQ(D(2018, 9, 29).weekday(), 5);
  EXPECT_TRUE(c.is_workday(D(2018, 9, 29)).value);
  EXPECT_TRUE(c.is_workday(D(2018, 9, 30)).value);
  EXPECT_FALSE(c.is_workday(D(2018, 10, 1)).value);
  EXPECT_FALSE(c.is_workday(D(2018, 10, 5)).value);  // a Friday, holiday
  EXPECT_TRUE(c.is_workday(D(2018, 10, 8)).value);
  EXPECT_FALSE(c.is_workday(D(2018, 9, 24)).value);  // 中秋节 Monday
  EXPECT_FALSE(c.is_workday(D(2018, 9, 22)).value);  // plain Saturday
  // 2018-09-28 Fri, 29 Sat*, 30 Sun* → 3 working days, then 10-08.
  EXPECT_EQ(c.nth_workday_on_or_after(D(2018, 9, 28), 3).value, D(2018, 9, 30));
  EXPECT_EQ(c.nth_workday_on_or_after(D(2018, 9, 28), 4).value, D(2018, 10, 8));
  EXPECT_EQ(c.working_days_between(D(2018, 9, 29), D(2018, 10, 8)).value, 3);
}

TEST(R_CAL_DATA, GoldenWeek2026) {
  const auto& c = bundled();
  EXPECT_TRUE(c.is_workday(D(2026, 9, 20)).value);  // Sunday make-up
  EXPECT_FALSE(c.is_workday(D(2026, 10, 7)).value);
  EXPECT_TRUE(c.is_workday(D(2026, 10, 10)).value);  // Saturday make-up
  EXPECT_EQ(c.working_days_between(D(2026, 10, 1), D(2026, 10, 7)).value, 0);
  // Publicity starting 2026-09-28 (Mon): 28, 29, 30, 10-08, 10-09 → ends 10-09.
  EXPECT_EQ(c.nth_workday_on_or_after(D(2026, 9, 28), 5).value, D(2026, 10, 9));
  EXPECT_EQ(c.nth_workday_on_or_after(D(2026, 10, 1), 1).value, D(2026, 10, 8));
}

TEST(R_CAL_DATA, StartCountsOnlyWhenWorkday) {
  const auto& c = bundled();
  // 2025-06-09 is a plain Monday: a start on a working day counts.
  EXPECT_EQ(c.nth_workday_on_or_after(D(2025, 6, 9), 1).value, D(2025, 6, 9));
  EXPECT_EQ(c.nth_workday_on_or_after(D(2025, 6, 9), 5).value, D(2025, 6, 13));
  // Starting on a Saturday: the first working day is Monday.
  EXPECT_EQ(c.nth_workday_on_or_after(D(2025, 6, 7), 1).value, D(2025, 6, 9));
}

TEST(R_APP_WINDOW, PeriodFromEventStartsNextDay) {
  const auto& c = bundled();
  // Notice Monday 2025-06-09: counting starts Tuesday 06-10; 20th working day:
  // 06-10..13 (4), 16-20 (9), 23-27 (14), 30, 07-01..04 (19), 07-07 (20).
  EXPECT_EQ(c.nth_workday_after(D(2025, 6, 9), 20).value, D(2025, 7, 7));
  EXPECT_EQ(c.nth_workday_after(D(2025, 6, 9), 1).value, D(2025, 6, 10));
}

TEST(R_CAL_DATA, YearWithoutDataRefusedNamingTheYear) {
  const auto& c = bundled();
  for (int year : {2020, 2027}) {
    auto r = c.is_workday(D(year, 3, 2));
    ASSERT_FALSE(r.ok());
    ASSERT_TRUE(r.outcome.has("R-CAL-DATA"));
    EXPECT_NE(r.outcome.violations[0].message.find(std::to_string(year) + " 年"), std::string::npos);
    EXPECT_EQ(r.outcome.violations[0].message,
              std::to_string(year) + " 年的官方节假日安排尚未录入，无法计算工作日");
  }
  // A count that runs off the end of 2026 into 2027 is refused too.
  auto r = c.nth_workday_on_or_after(D(2026, 12, 28), 10);
  ASSERT_TRUE(r.outcome.has("R-CAL-DATA"));
  EXPECT_NE(r.outcome.violations[0].message.find("2027"), std::string::npos);
  EXPECT_TRUE(c.working_days_between(D(2019, 12, 1), D(2020, 1, 10)).outcome.has("R-CAL-DATA"));
  EXPECT_TRUE(c.workdays_before(D(2025, 1, 2), 3).outcome.has("R-CAL-DATA"));  // needs 2024
}

TEST(R_CAL_DATA, CrossesYearsWhenBothPresent) {
  const auto& c = bundled();
  // 2018-12-29 (Sat) is a make-up workday; 12-31 and 2019-01-01 are holidays.
  EXPECT_TRUE(c.is_workday(D(2018, 12, 29)).value);
  EXPECT_FALSE(c.is_workday(D(2018, 12, 31)).value);
  EXPECT_EQ(c.nth_workday_on_or_after(D(2018, 12, 29), 2).value, D(2019, 1, 2));
  EXPECT_EQ(c.working_days_between(D(2018, 12, 29), D(2019, 1, 2)).value, 2);
  EXPECT_EQ(c.nth_workday_on_or_before(D(2019, 1, 2), 2).value, D(2018, 12, 29));
}

TEST(R_CAL_DATA, WorkingDaysBetweenInclusiveAndEmpty) {
  const auto& c = bundled();
  EXPECT_EQ(c.working_days_between(D(2025, 6, 9), D(2025, 6, 9)).value, 1);
  EXPECT_EQ(c.working_days_between(D(2025, 6, 9), D(2025, 6, 15)).value, 5);
  EXPECT_EQ(c.working_days_between(D(2025, 6, 10), D(2025, 6, 9)).value, 0);
  EXPECT_EQ(c.working_days_between(D(2025, 1, 1), D(2025, 12, 31)).value, 248);
  EXPECT_EQ(c.working_days_between(D(2018, 1, 1), D(2018, 12, 31)).value, 250);
  EXPECT_EQ(c.working_days_between(D(2026, 1, 1), D(2026, 12, 31)).value, 248);
}

TEST(R_DRAW_RANDOM, WorkdaysBeforeExcludesTheDay) {
  const auto& c = bundled();
  // Meeting Monday 2025-11-17: the 3 working days before are 11-12, 13, 14.
  auto w = c.workdays_before(D(2025, 11, 17), 3);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w.value, (DateRange{D(2025, 11, 12), D(2025, 11, 14)}));
  // Meeting 2018-10-08 (after Golden Week): 09-28, 09-29*, 09-30*.
  EXPECT_EQ(c.workdays_before(D(2018, 10, 8), 3).value, (DateRange{D(2018, 9, 28), D(2018, 9, 30)}));
}

TEST(R_CAL_DATA, SetYearReplacesAndRefusesForeignDates) {
  WorkCalendar c;
  EXPECT_FALSE(c.has_year(2030));
  EXPECT_TRUE(c.set_year(2030, {{D(2030, 1, 1), DayKind::holiday, "元旦"}}).ok());
  EXPECT_FALSE(c.is_workday(D(2030, 1, 1)).value);
  EXPECT_TRUE(c.set_year(2030, {}).ok());
  EXPECT_TRUE(c.is_workday(D(2030, 1, 1)).value);  // replaced: plain Tuesday
  auto bad = c.set_year(2030, {{D(2031, 1, 1), DayKind::holiday, "x"}});
  EXPECT_TRUE(bad.has("R-CAL-DATA"));
}

TEST(R_CAL_DATA, CsvParsingErrorsNameTheLine) {
  auto r = parse_calendar_csv("# c\ndate,kind,note\n2025-01-01,holiday,元旦, 含逗号\n2025-02-30,holiday,x\n2025-03-01,rest,x\n");
  EXPECT_EQ(r.outcome.violations.size(), 2u);
  EXPECT_NE(r.outcome.violations[0].message.find("第 4 行"), std::string::npos);
  ASSERT_EQ(r.value[2025].size(), 1u);
  EXPECT_EQ(r.value[2025][0].note, "元旦, 含逗号");
}

}  // namespace
}  // namespace zp::core
