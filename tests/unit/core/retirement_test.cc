#include "core/retirement.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

Retirement R(int y, int m, RetirementBase b) { return statutory_retirement({y, m}, b); }

TEST(R_APP_RETIRE, Men60FirstAndLastSteps) {
  const auto b = RetirementBase::male60;
  EXPECT_EQ(R(1964, 12, b), (Retirement{b, 60, 0, {2024, 12}}));  // before the reform
  EXPECT_EQ(R(1965, 1, b), (Retirement{b, 60, 1, {2025, 2}}));
  EXPECT_EQ(R(1965, 4, b), (Retirement{b, 60, 1, {2025, 5}}));
  EXPECT_EQ(R(1965, 5, b), (Retirement{b, 60, 2, {2025, 7}}));
  EXPECT_EQ(R(1976, 4, b), (Retirement{b, 62, 10, {2039, 2}}));
  EXPECT_EQ(R(1976, 5, b), (Retirement{b, 62, 11, {2039, 4}}));
  EXPECT_EQ(R(1976, 8, b), (Retirement{b, 62, 11, {2039, 7}}));
  EXPECT_EQ(R(1976, 9, b), (Retirement{b, 63, 0, {2039, 9}}));  // first at the cap
  EXPECT_EQ(R(1980, 1, b), (Retirement{b, 63, 0, {2043, 1}}));
}

TEST(R_APP_RETIRE, Women55FirstAndLastSteps) {
  const auto b = RetirementBase::female55;
  EXPECT_EQ(R(1969, 12, b), (Retirement{b, 55, 0, {2024, 12}}));
  EXPECT_EQ(R(1970, 1, b), (Retirement{b, 55, 1, {2025, 2}}));
  EXPECT_EQ(R(1970, 5, b), (Retirement{b, 55, 2, {2025, 7}}));
  EXPECT_EQ(R(1981, 8, b), (Retirement{b, 57, 11, {2039, 7}}));
  EXPECT_EQ(R(1981, 9, b), (Retirement{b, 58, 0, {2039, 9}}));
  EXPECT_EQ(R(1990, 6, b), (Retirement{b, 58, 0, {2048, 6}}));
}

TEST(R_APP_RETIRE, Women50FirstAndLastSteps) {
  const auto b = RetirementBase::female50;
  EXPECT_EQ(R(1974, 12, b), (Retirement{b, 50, 0, {2024, 12}}));
  EXPECT_EQ(R(1975, 1, b), (Retirement{b, 50, 1, {2025, 2}}));
  EXPECT_EQ(R(1975, 2, b), (Retirement{b, 50, 1, {2025, 3}}));
  EXPECT_EQ(R(1975, 3, b), (Retirement{b, 50, 2, {2025, 5}}));
  EXPECT_EQ(R(1984, 10, b), (Retirement{b, 54, 11, {2039, 9}}));
  EXPECT_EQ(R(1984, 11, b), (Retirement{b, 55, 0, {2039, 11}}));  // first at the cap
  EXPECT_EQ(R(1995, 1, b), (Retirement{b, 55, 0, {2050, 1}}));
}

TEST(R_APP_RETIRE, ParseBase) {
  EXPECT_EQ(parse_retirement_base(60), RetirementBase::male60);
  EXPECT_EQ(parse_retirement_base(55), RetirementBase::female55);
  EXPECT_EQ(parse_retirement_base(50), RetirementBase::female50);
  EXPECT_FALSE(parse_retirement_base(58).has_value());
}

TEST(R_APP_RETIRE, JudgedAtThirtyFirstDecember) {
  // Man born 1965-11: 60y3m → retires 2026-02. Applying in 2025: not reached; 2026: reached.
  EXPECT_TRUE(check_not_retiring({1965, 11}, RetirementBase::male60, 2025).ok());
  auto o = check_not_retiring({1965, 11}, RetirementBase::male60, 2026);
  ASSERT_TRUE(o.has("R-APP-RETIRE"));
  EXPECT_EQ(o.violations[0].section, "§六(六)");
  EXPECT_NE(o.violations[0].message.find("2026-02"), std::string::npos);
  // Retirement month in December of the year counts as reached by 31 Dec.
  EXPECT_TRUE(reached_retirement({1964, 12}, RetirementBase::male60, Date{2024, 12, 31}));
  EXPECT_FALSE(reached_retirement({1964, 12}, RetirementBase::male60, Date{2024, 11, 30}));
  EXPECT_FALSE(check_not_retiring({1964, 12}, RetirementBase::male60, 2024).ok());
  EXPECT_TRUE(check_not_retiring({1964, 12}, RetirementBase::male60, 2023).ok());
}

}  // namespace
}  // namespace zp::core
