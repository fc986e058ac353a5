#include "core/schedule.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_calendar.h"

namespace zp::core {
namespace {

using testing::bundled_calendar;

TEST(R_APP_WINDOW, DeadlinesFromNoticeDate) {
  const auto& c = bundled_calendar();
  auto s = compute_round_schedule(c, CommitteeLevel::intermediate, {2025, 9, 1}, Date{2025, 11, 10},
                                  {2025, 11, 20});
  ASSERT_TRUE(s.ok()) << s.outcome.violations[0].message;
  // Counting from 09-02: 09-02..05 (4), 08..12 (9), 15..19 (14), 22..26 (19), Sunday 28* (20).
  EXPECT_EQ(s.value.application_deadline, (Date{2025, 9, 28}));
  // From 09-29: 29, 30 (2), Golden Week 10-01..08 off, 09, 10, Saturday 11* (5), 13..17 (10).
  EXPECT_EQ(s.value.joint_review_deadline, (Date{2025, 10, 17}));
  EXPECT_EQ(s.value.draw_window, (DateRange{{2025, 11, 17}, {2025, 11, 19}}));
  EXPECT_EQ(s.value.rotation_report_window, (DateRange{{2025, 11, 13}, {2025, 11, 19}}));
}

TEST(R_CAL_YEAR, NothingSpansTwoYears) {
  const auto& c = bundled_calendar();
  // Notice on 2025-12-01: deadline inside December, joint review in 2026 → refused.
  auto s = compute_round_schedule(c, CommitteeLevel::senior, {2025, 12, 1}, std::nullopt, {2025, 12, 30});
  EXPECT_TRUE(s.outcome.has("R-CAL-YEAR"));
  auto t = compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, std::nullopt, {2026, 1, 5});
  EXPECT_TRUE(t.outcome.has("R-CAL-YEAR"));
  auto ok = compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, Date{2025, 12, 10}, {2025, 12, 30});
  EXPECT_TRUE(ok.ok());
}

// The 31 December / 1 January edge of every date the round plans (「必须在每年12月31日前完成」).
TEST(R_CAL_YEAR, ThirtyFirstDecemberInFirstJanuaryOut) {
  const auto& c = bundled_calendar();
  auto year_violations = [](const Checked<RoundSchedule>& s) {
    std::vector<std::string> m;
    for (const auto& v : s.outcome.violations)
      if (v.rule == "R-CAL-YEAR") m.push_back(v.message);
    return m;
  };
  // Meeting and defense on 31 December: in the year. On 1 January: refused.
  auto last = compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, Date{2025, 12, 31}, {2025, 12, 31});
  EXPECT_TRUE(last.ok()) << (last.outcome.violations.empty() ? "" : last.outcome.violations[0].message);
  auto meet = compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, Date{2025, 12, 31}, {2026, 1, 1});
  ASSERT_EQ(year_violations(meet).size(), 1u);
  EXPECT_NE(year_violations(meet)[0].find("评审会议日期 2026-01-01"), std::string::npos);
  auto def = compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, Date{2026, 1, 1}, {2025, 12, 31});
  ASSERT_EQ(year_violations(def).size(), 1u);
  EXPECT_NE(year_violations(def)[0].find("答辩日期 2026-01-01"), std::string::npos);

  // Joint-review deadline (30 working days after the notice), counted by hand:
  // notice Wed 2025-11-19: 11-20, 21 (2), 24..28 (7), 12-01..05 (12), 08..12 (17), 15..17 (20)
  // = application deadline 12-17; then 18, 19 (2), 22..26 (7), 29, 30, 31 (10) = 12-31: in.
  auto j31 = compute_round_schedule(c, CommitteeLevel::senior, {2025, 11, 19}, std::nullopt, {2025, 12, 31});
  EXPECT_EQ(j31.value.application_deadline, (Date{2025, 12, 17}));
  EXPECT_EQ(j31.value.joint_review_deadline, (Date{2025, 12, 31}));
  EXPECT_TRUE(j31.ok());
  // Notice Thu 11-20: deadline 12-18; then 19 (1), 22..26 (6), 29..31 (9), 2026-01-01..03 off,
  // Sunday 01-04 a make-up working day (10) = 2026-01-04: out.
  auto j4 = compute_round_schedule(c, CommitteeLevel::senior, {2025, 11, 20}, std::nullopt, {2025, 12, 31});
  EXPECT_EQ(j4.value.joint_review_deadline, (Date{2026, 1, 4}));
  ASSERT_EQ(year_violations(j4).size(), 1u);
  EXPECT_NE(year_violations(j4)[0].find("联审截止日 2026-01-04"), std::string::npos);

  // Application deadline (20 working days): notice Wed 12-03 → 12-04, 05 (2), 08..12 (7),
  // 15..19 (12), 22..26 (17), 29..31 (20) = 12-31, only the joint review falls in 2026;
  // notice Thu 12-04 → the 20th working day is Sunday 2026-01-04: both listed.
  auto a31 = compute_round_schedule(c, CommitteeLevel::senior, {2025, 12, 3}, std::nullopt, {2025, 12, 31});
  EXPECT_EQ(a31.value.application_deadline, (Date{2025, 12, 31}));
  ASSERT_EQ(year_violations(a31).size(), 1u);
  EXPECT_NE(year_violations(a31)[0].find("联审截止日"), std::string::npos);
  auto a4 = compute_round_schedule(c, CommitteeLevel::senior, {2025, 12, 4}, std::nullopt, {2025, 12, 31});
  EXPECT_EQ(a4.value.application_deadline, (Date{2026, 1, 4}));
  const auto both = year_violations(a4);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_NE(both[0].find("申报截止日 2026-01-04"), std::string::npos);
  EXPECT_NE(both[1].find("联审截止日"), std::string::npos);
}

TEST(R_CAL_MONTHS, IntermediateInNovember) {
  const auto& c = bundled_calendar();
  EXPECT_TRUE(compute_round_schedule(c, CommitteeLevel::intermediate, {2025, 9, 1}, Date{2025, 11, 28},
                                     {2025, 12, 1})
                  .outcome.has("R-CAL-MONTHS"));
  EXPECT_TRUE(compute_round_schedule(c, CommitteeLevel::intermediate, {2025, 9, 1}, Date{2025, 10, 31},
                                     {2025, 11, 3})
                  .outcome.has("R-CAL-MONTHS"));
  EXPECT_TRUE(compute_round_schedule(c, CommitteeLevel::senior, {2025, 9, 1}, Date{2025, 10, 31}, {2025, 11, 3}).ok());
}

TEST(R_CAL_DATA, ScheduleInYearWithoutCalendarRefused) {
  const auto& c = bundled_calendar();
  auto s = compute_round_schedule(c, CommitteeLevel::senior, {2027, 9, 1}, std::nullopt, {2027, 12, 1});
  ASSERT_TRUE(s.outcome.has("R-CAL-DATA"));
  EXPECT_NE(s.outcome.violations[0].message.find("2027"), std::string::npos);
}

// A refusal names every rule it breaks: without the year's calendar the deadlines cannot
// be counted (R-CAL-DATA, once), yet the month of an intermediate meeting does not need
// the calendar and is listed too (R-CAL-MONTHS), as is a date outside the year (R-CAL-YEAR).
TEST(R_CAL_DATA, MissingCalendarListedWithTheMonthAndYearRules) {
  const auto& c = bundled_calendar();
  auto s = compute_round_schedule(c, CommitteeLevel::intermediate, {2030, 9, 2}, Date{2030, 12, 2},
                                  {2031, 1, 6});
  std::vector<std::string> rules;
  for (const auto& v : s.outcome.violations) rules.push_back(v.rule);
  EXPECT_EQ(std::count(rules.begin(), rules.end(), "R-CAL-DATA"), 2) << "2030 and 2031 each once";
  EXPECT_EQ(std::count(rules.begin(), rules.end(), "R-CAL-MONTHS"), 2) << "defense and meeting not in November";
  EXPECT_EQ(std::count(rules.begin(), rules.end(), "R-CAL-YEAR"), 1) << "the meeting in 2031";
  EXPECT_EQ(rules.size(), 5u);
}

TEST(R_DRAW_RANDOM, ThreeWorkingDaysBeforeNotMeetingDay) {
  const auto& c = bundled_calendar();
  const Date meeting{2025, 11, 20};  // Thursday
  EXPECT_TRUE(check_draw_date(c, meeting, {2025, 11, 14}).has("R-DRAW-RANDOM"));
  EXPECT_TRUE(check_draw_date(c, meeting, {2025, 11, 17}).ok());
  EXPECT_TRUE(check_draw_date(c, meeting, {2025, 11, 19}).ok());
  EXPECT_TRUE(check_draw_date(c, meeting, meeting).has("R-DRAW-RANDOM"));
  // Over a weekend: meeting Monday 11-17 → 11-12..11-14; Saturday 11-15 lies after the window.
  EXPECT_EQ(draw_window(c, {2025, 11, 17}).value, (DateRange{{2025, 11, 12}, {2025, 11, 14}}));
}

TEST(R_COM_ROTATION, ReportWithinFiveWorkingDaysBeforeMeeting) {
  const auto& c = bundled_calendar();
  const Date meeting{2025, 11, 20};
  EXPECT_TRUE(check_rotation_report_date(c, meeting, {2025, 11, 13}).ok());
  EXPECT_TRUE(check_rotation_report_date(c, meeting, {2025, 11, 12}).has("R-COM-ROTATION"));
  EXPECT_TRUE(check_rotation_report_date(c, meeting, meeting).has("R-COM-ROTATION"));
}

TEST(R_CAL_PLAN, ArrangementsWarnReportDateBlocks) {
  const auto I = CommitteeLevel::intermediate;
  EXPECT_TRUE(check_plan_dates(I, 2025, Date{2025, 8, 31}, Date{2025, 10, 15}, {2025, 11, 1}).ok());
  auto late_pub = check_plan_dates(I, 2025, Date{2025, 9, 1}, Date{2025, 10, 15}, {2025, 11, 1});
  EXPECT_TRUE(late_pub.ok());
  EXPECT_TRUE(late_pub.warns("R-CAL-PLAN"));
  EXPECT_TRUE(check_plan_dates(I, 2025, Date{2025, 8, 1}, Date{2025, 10, 16}, {2025, 11, 1}).has("R-CAL-PLAN"));
  EXPECT_TRUE(check_plan_dates(I, 2025, Date{2025, 8, 1}, std::nullopt, {2025, 10, 16}).has("R-CAL-PLAN"));
  EXPECT_TRUE(check_plan_dates(I, 2025, Date{2025, 8, 1}, std::nullopt, {2025, 10, 15}).ok());
  EXPECT_TRUE(check_plan_dates(CommitteeLevel::senior, 2025, std::nullopt, std::nullopt, {2025, 12, 1}).ok());
}

TEST(R_CERT_ONESTOP, TwentyWorkingDaysAfterPublicityWarns) {
  const auto& c = bundled_calendar();
  // Publicity ends Friday 2025-11-28; counting from 12-01: 20th working day is 12-26.
  EXPECT_EQ(certificate_deadline(c, {2025, 11, 28}).value, (Date{2025, 12, 26}));
  EXPECT_TRUE(check_certificate_timing(c, {2025, 11, 28}, {2025, 12, 26}).warnings.empty());
  auto late = check_certificate_timing(c, {2025, 11, 28}, {2025, 12, 29});
  EXPECT_TRUE(late.ok());
  ASSERT_TRUE(late.warns("R-CERT-ONESTOP"));
  EXPECT_NE(late.warnings[0].message.find("2025-12-26"), std::string::npos);
}

TEST(R_APP_ROUTE, ProvincialRecheckFiveWorkingDaysBeforeUpload) {
  const auto& c = bundled_calendar();
  // Upload Monday 2025-11-17: 5 working days before → 11-10.
  EXPECT_EQ(provincial_recheck_latest(c, {2025, 11, 17}).value, (Date{2025, 11, 10}));
}

}  // namespace
}  // namespace zp::core
