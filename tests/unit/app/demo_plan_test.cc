// The demo's calendar (src/app/demo_plan.h) on every day of the bundled calendar years:
// each stage it plans is really in that stage on the day and obeys the schedule rules;
// each stage it leaves out is explained with a calendar rule.
#include "app/demo_plan.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/schedule.h"

namespace zp::app::demo {
namespace {

using core::Date;

core::WorkCalendar bundled_calendar() {
  std::ifstream f(std::string(ZP_SOURCE_DIR) + "/resources/cn-workday-calendar.csv");
  std::stringstream s;
  s << f.rdbuf();
  auto parsed = core::parse_calendar_csv(s.str());
  EXPECT_TRUE(parsed.ok());
  core::WorkCalendar cal;
  for (auto& [year, entries] : parsed.value) EXPECT_TRUE(cal.set_year(year, entries).ok());
  return cal;
}

// The rules' own schedule agrees with the plan, and the steps before the meeting are in order.
void expect_valid(const core::WorkCalendar& cal, const RoundPlan& p, const std::string& where) {
  auto s = core::compute_round_schedule(cal, p.level, p.notice, p.defense, p.meeting);
  ASSERT_TRUE(s.ok()) << where;
  EXPECT_EQ(s.value.application_deadline, p.deadline) << where;
  EXPECT_EQ(s.value.joint_review_deadline, p.joint_deadline) << where;
  EXPECT_EQ(s.value.draw_window.from, p.draw_from) << where;
  EXPECT_EQ(p.year, p.notice.year) << where;
  EXPECT_EQ(p.meeting.year, p.year) << where;
  EXPECT_LT(p.notice, p.unit_publicity) << where;
  EXPECT_LT(p.unit_publicity_end, p.recommend) << where;
  EXPECT_LE(p.recommend, p.deadline) << where;
  EXPECT_LT(p.recommend, p.dept_review) << where;
  EXPECT_LT(p.dept_review, p.joint_review) << where;
  EXPECT_LE(p.joint_review, p.joint_deadline) << where;
  EXPECT_LT(p.joint_deadline, p.draw_from) << where;
  EXPECT_LT(p.commit, p.draw_from) << where;
  EXPECT_LT(p.training, p.meeting) << where;
}

bool noted(const Plan& plan, const std::string& stage) {
  for (const auto& n : plan.notes)
    if (n.find(stage) != std::string::npos && n.find("R-CAL-") != std::string::npos) return true;
  return false;
}

TEST(DemoPlan, EveryDayOfTheCalendarYearsShowsEachStageOrSaysWhyNot) {
  const auto cal = bundled_calendar();
  for (int year : {2018, 2019, 2025, 2026}) {
    for (Date d{year, 1, 1}; d.year == year; d = d.plus_days(1)) {
      const Plan plan = make_plan(cal, d);
      const std::string where = d.str();
      EXPECT_LE(plan.setup, d) << where;
      if (plan.closed) {
        const auto& p = *plan.closed;
        expect_valid(cal, p, where);
        EXPECT_EQ(p.level, core::CommitteeLevel::intermediate);
        EXPECT_EQ(p.meeting.month, 11) << where;  // R-CAL-MONTHS
        EXPECT_LT(p.meeting, p.committee_publicity) << where;
        EXPECT_LT(p.committee_publicity_end, p.document) << where;
        EXPECT_LT(p.replacement, d) << where;
        EXPECT_TRUE(p.year == year || p.year == year - 1) << where;
      } else {
        EXPECT_TRUE(noted(plan, "已结束")) << where;
      }
      if (plan.publicity) {
        const auto& p = *plan.publicity;
        expect_valid(cal, p, where);
        EXPECT_LE(p.committee_publicity, d) << where;
        EXPECT_GE(p.committee_publicity_end, d) << where;
        EXPECT_EQ(p.committee_publicity_end.year, year) << where;  // R-CAL-YEAR
      } else {
        EXPECT_TRUE(noted(plan, "公示中")) << where;
      }
      if (plan.review) {
        const auto& p = *plan.review;
        expect_valid(cal, p, where);
        EXPECT_LT(p.joint_review, d) << where;
        EXPECT_LT(p.deadline, d) << where;
        EXPECT_GE(p.joint_deadline, d) << where;
      } else {
        EXPECT_TRUE(noted(plan, "审核中")) << where;
      }
      if (plan.open) {
        const auto& p = *plan.open;
        expect_valid(cal, p, where);
        EXPECT_LE(p.notice, d) << where;
        EXPECT_LE(p.apply, d) << where;
        EXPECT_GE(p.deadline, d) << where;  // R-APP-WINDOW: still open
      } else {
        EXPECT_TRUE(noted(plan, "申报中")) << where;
      }
    }
  }
}

TEST(DemoPlan, FromMidMarchToEarlyDecemberAllFourStagesAreShown) {
  const auto cal = bundled_calendar();
  for (Date d{2026, 3, 10}; d <= Date{2026, 12, 8}; d = d.plus_days(1)) {
    const Plan plan = make_plan(cal, d);
    EXPECT_TRUE(plan.closed && plan.publicity && plan.review && plan.open) << d.str();
    EXPECT_TRUE(plan.notes.empty()) << d.str();
  }
  // The brief's day: the closed round is of the same year (November 2026).
  const Plan dec = make_plan(cal, Date{2026, 12, 2});
  ASSERT_TRUE(dec.closed);
  EXPECT_EQ(dec.closed->meeting, (Date{2026, 11, 6}));
  ASSERT_TRUE(dec.publicity);
  EXPECT_EQ(dec.publicity->committee_publicity, (Date{2026, 11, 30}));
}

TEST(DemoPlan, AYearWithoutCalendarShowsLastYearsClosedRoundOnly) {
  const auto cal = bundled_calendar();
  const Plan plan = make_plan(cal, Date{2027, 1, 2});
  ASSERT_TRUE(plan.closed);
  EXPECT_EQ(plan.closed->year, 2026);
  EXPECT_FALSE(plan.publicity || plan.review || plan.open);
  ASSERT_EQ(plan.notes.size(), 1u);
  EXPECT_NE(plan.notes[0].find("R-CAL-DATA"), std::string::npos);
  EXPECT_NE(plan.notes[0].find("2027 年的官方节假日安排尚未录入"), std::string::npos);
  // Nor in a year whose previous year has no calendar either: nothing closed, and why.
  const Plan later = make_plan(cal, Date{2028, 6, 1});
  EXPECT_FALSE(later.closed || later.publicity || later.review || later.open);
  EXPECT_EQ(later.setup, (Date{2028, 6, 1}));
}

}  // namespace
}  // namespace zp::app::demo
