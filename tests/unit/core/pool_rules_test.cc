#include "core/pool_rules.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

const Date kOn{2025, 6, 1};

ExpertFacts good() {
  ExpertFacts e;
  e.person_id = "e1";
  e.qualifications = {{Level::deputy_senior, Scope::province, {2018, 1, 1}, Date{2018, 3, 1}}};
  e.highest_degree = Degree::bachelor;
  e.assessments = {{2023, Assessment::competent}, {2024, Assessment::excellent}};
  return e;
}

TEST(R_POOL_EXCLUDE, EachExclusion) {
  EXPECT_TRUE(check_pool_exclusions(good(), CommitteeLevel::senior, kOn).ok());
  auto e = good();
  e.conduct_issue = true;
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, kOn).has("R-POOL-EXCLUDE"));
  e = good();
  e.under_investigation = true;
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, kOn).has("R-POOL-EXCLUDE"));
  e = good();
  e.retired = true;
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, kOn).has("R-POOL-EXCLUDE"));
  e = good();
  e.qualifications[0].level = Level::intermediate;  // lower title for a senior committee
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, kOn).has("R-POOL-EXCLUDE"));
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::intermediate, kOn).ok());
  e = good();
  e.qualifications[0].scope = Scope::grassroots;  // 小范围 only
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, kOn).has("R-POOL-EXCLUDE"));
}

TEST(R_POOL_EXCLUDE, NewLevelLessThanOneYear) {
  auto e = good();
  e.qualifications = {{Level::deputy_senior, Scope::province, {2024, 6, 1}, Date{2024, 6, 1}}};
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, {2025, 5, 31}).has("R-POOL-EXCLUDE"));
  EXPECT_TRUE(check_pool_exclusions(e, CommitteeLevel::senior, {2025, 6, 1}).ok());
}

TEST(R_POOL_ELIGIBLE, DegreeTenureAssessments) {
  EXPECT_TRUE(check_pool_eligibility(good(), kOn, std::nullopt).ok());
  auto e = good();
  e.highest_degree = Degree::college;
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).has("R-POOL-ELIGIBLE"));
  e = good();
  e.qualifications[0].appointed = Date{2023, 6, 2};  // 1 day short of 2 years
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).has("R-POOL-ELIGIBLE"));
  e.qualifications[0].appointed = Date{2023, 6, 1};
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).ok());
  e = good();
  e.assessments[2024] = Assessment::basic;
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).has("R-POOL-ELIGIBLE"));
  e = good();
  e.assessments.erase(2023);
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).has("R-POOL-ELIGIBLE"));
}

TEST(R_POOL_ELIGIBLE, AwardExceptionRelaxesDegreeAndTenureWithReason) {
  auto e = good();
  e.highest_degree = Degree::college;
  e.qualifications[0].appointed = Date{2024, 6, 1};
  e.first_class_award = true;
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::nullopt).has("R-POOL-ELIGIBLE"));
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::string{" "}).has("R-POOL-ELIGIBLE"));
  auto ok = check_pool_eligibility(e, kOn, std::string{"获州级科技进步一等奖"});
  EXPECT_TRUE(ok.ok());
  EXPECT_TRUE(ok.warns("R-POOL-ELIGIBLE"));
  e.first_class_award = false;
  EXPECT_TRUE(check_pool_eligibility(e, kOn, std::string{"理由"}).has("R-POOL-ELIGIBLE"));
  // Assessments are never relaxed.
  auto a = good();
  a.first_class_award = true;
  a.assessments[2024] = Assessment::incompetent;
  EXPECT_TRUE(check_pool_eligibility(a, kOn, std::string{"理由"}).has("R-POOL-ELIGIBLE"));
}

TEST(R_POOL_INTAKE, StepsInOrderNamingTheExpectedStep) {
  EXPECT_TRUE(check_intake_step(PoolStatus::applied, PoolStatus::unit_recommended).ok());
  auto skip = check_intake_step(PoolStatus::applied, PoolStatus::dept_reviewed);
  ASSERT_TRUE(skip.has("R-POOL-INTAKE"));
  EXPECT_NE(skip.violations[0].message.find("unit_recommended"), std::string::npos);
  EXPECT_TRUE(check_intake_step(PoolStatus::filed, PoolStatus::admitted).ok());
  EXPECT_TRUE(check_intake_step(PoolStatus::admitted, PoolStatus::admitted).has("R-POOL-INTAKE"));
  EXPECT_TRUE(check_intake_step(PoolStatus::publicized, PoolStatus::dept_reviewed).has("R-POOL-INTAKE"));
  EXPECT_TRUE(check_intake_step(PoolStatus::removed, PoolStatus::admitted).has("R-POOL-INTAKE"));
  EXPECT_EQ(parse_pool_status("publicized"), PoolStatus::publicized);
}

TEST(R_POOL_DYNAMIC, RemovalNeedsReason) {
  EXPECT_TRUE(check_removal(PoolStatus::admitted, "违反评审纪律").ok());
  EXPECT_TRUE(check_removal(PoolStatus::admitted, "").has("R-POOL-DYNAMIC"));
  EXPECT_TRUE(check_removal(PoolStatus::removed, "x").has("R-POOL-DYNAMIC"));
}

TEST(R_POOL_SIZE, WarnBelowHundredAndFifty) {
  EXPECT_TRUE(check_pool_size(CommitteeLevel::senior, 99, kOn).warns("R-POOL-SIZE"));
  EXPECT_TRUE(check_pool_size(CommitteeLevel::senior, 100, kOn).warnings.empty());
  EXPECT_TRUE(check_pool_size(CommitteeLevel::intermediate, 49, kOn).warns("R-POOL-SIZE"));
  EXPECT_TRUE(check_pool_size(CommitteeLevel::intermediate, 50, kOn).warnings.empty());
  EXPECT_TRUE(check_pool_size(CommitteeLevel::senior, 10, kOn).ok());
}

TEST(R_POOL_DIVERSITY, WarnsWithSharesWhenAKindIsMissing) {
  auto o = check_pool_diversity(120, 30, 0);
  ASSERT_TRUE(o.warns("R-POOL-DIVERSITY"));
  EXPECT_NE(o.warnings[0].message.find("25%"), std::string::npos);
  EXPECT_TRUE(check_pool_diversity(120, 30, 5).warnings.empty());
}

}  // namespace
}  // namespace zp::core
