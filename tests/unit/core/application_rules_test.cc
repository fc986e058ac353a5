#include "core/application_rules.h"

#include <gtest/gtest.h>

#include "test_calendar.h"

namespace zp::core {
namespace {

using testing::bundled_calendar;

TEST(R_APP_BLACKLIST, CoveringEntryOrProvenFraudRefused) {
  const Date on{2025, 6, 1};
  EXPECT_TRUE(check_blacklist({}, false, on).ok());
  EXPECT_TRUE(check_blacklist({}, true, on).has("R-APP-BLACKLIST"));
  EXPECT_TRUE(check_blacklist({{{2024, 1, 1}, std::nullopt, "学历造假"}}, false, on).has("R-APP-BLACKLIST"));
  EXPECT_TRUE(check_blacklist({{{2024, 1, 1}, Date{2025, 6, 1}, ""}}, false, on).has("R-APP-BLACKLIST"));
  EXPECT_TRUE(check_blacklist({{{2024, 1, 1}, Date{2025, 5, 31}, ""}}, false, on).ok());
  EXPECT_TRUE(check_blacklist({{{2025, 6, 2}, std::nullopt, ""}}, false, on).ok());
}

TEST(R_APP_CUTOFF_ACHIEVE, ThirtySeptemberOkFirstOctoberRefused) {
  EXPECT_TRUE(check_achievement_date({2025, 9, 30}, 2025).ok());
  auto o = check_achievement_date({2025, 10, 1}, 2025);
  ASSERT_TRUE(o.has("R-APP-CUTOFF-ACHIEVE"));
  EXPECT_EQ(o.violations[0].section, "§六(六)");
  EXPECT_TRUE(check_achievement_date({2024, 12, 31}, 2025).ok());
}

TEST(R_APP_WINDOW, AfterTwentiethWorkingDayRefused) {
  const auto& c = bundled_calendar();
  const Date notice{2025, 6, 9};  // deadline 2025-07-07
  EXPECT_TRUE(check_application_date(c, notice, {2025, 7, 7}).ok());
  EXPECT_TRUE(check_application_date(c, notice, {2025, 7, 8}).has("R-APP-WINDOW"));
  EXPECT_TRUE(check_application_date(c, notice, {2025, 6, 8}).has("R-APP-WINDOW"));
  EXPECT_TRUE(check_application_date(c, notice, notice).ok());
  EXPECT_TRUE(check_application_date(c, {2027, 6, 1}, {2027, 6, 2}).has("R-CAL-DATA"));
}

TEST(R_APP_LATE, NotOnTimeOrNotAsRequiredIsNotApplying) {
  const Date due{2025, 7, 7};
  EXPECT_TRUE(check_materials_on_time(due, Date{2025, 7, 7}, true).ok());
  EXPECT_TRUE(check_materials_on_time(due, Date{2025, 7, 8}, true).has("R-APP-LATE"));
  EXPECT_TRUE(check_materials_on_time(due, std::nullopt, true).has("R-APP-LATE"));
  EXPECT_TRUE(check_materials_on_time(due, Date{2025, 7, 1}, false).has("R-APP-LATE"));
}

TEST(R_APP_PLEDGE, SubmissionNeedsPledge) {
  EXPECT_TRUE(check_pledge(false).has("R-APP-PLEDGE"));
  EXPECT_TRUE(check_pledge(true).ok());
}

TEST(R_APP_ROUTE, PrefectureAndCountyStagesInOrder) {
  using S = ReviewStage;
  EXPECT_EQ(required_stages(Placement::county), (std::vector<S>{S::unit, S::county_joint, S::committee_joint}));
  EXPECT_EQ(required_stages(Placement::prefecture_direct), (std::vector<S>{S::unit, S::dept, S::committee_joint}));
  EXPECT_TRUE(check_next_stage(Placement::county, {}, S::unit).ok());
  EXPECT_TRUE(check_next_stage(Placement::county, {S::unit}, S::county_joint).ok());
  EXPECT_TRUE(check_next_stage(Placement::county, {S::unit}, S::committee_joint).has("R-APP-ROUTE"));
  EXPECT_TRUE(check_next_stage(Placement::county, {S::unit}, S::dept).has("R-APP-ROUTE"));
  EXPECT_TRUE(check_next_stage(Placement::prefecture_direct, {S::unit, S::dept}, S::committee_joint).ok());
  EXPECT_TRUE(check_next_stage(Placement::prefecture_direct, {S::unit}, S::unit).has("R-APP-ROUTE"));
  EXPECT_EQ(parse_review_stage("county"), S::county_joint);
  EXPECT_EQ(code(S::committee_joint), "joint");
}

TEST(R_APP_SCHEME, RevisionsInConsecutiveYearsWarn) {
  EXPECT_TRUE(check_scheme_stability({{"v1", {2018, 9, 1}}, {"v2", {2019, 9, 1}}}).warnings.empty());
  EXPECT_TRUE(check_scheme_stability({{"v1", {2018, 9, 1}}, {"v2", {2019, 9, 1}}, {"v3", {2021, 9, 1}}}).warnings.empty());
  auto o = check_scheme_stability({{"v1", {2018, 9, 1}}, {"v3", {2020, 9, 1}}, {"v2", {2019, 9, 1}}});
  EXPECT_TRUE(o.ok());
  EXPECT_TRUE(o.warns("R-APP-SCHEME"));
}

}  // namespace
}  // namespace zp::core
