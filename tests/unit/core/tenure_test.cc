#include "core/tenure.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

TEST(R_APP_CUTOFF_YEARS, MonthsCountStartMonthThroughDecember) {
  EXPECT_EQ(months_through_year_end({2016, 12}, 2018), 25);
  EXPECT_EQ(months_through_year_end({2018, 12}, 2018), 1);
  EXPECT_EQ(months_through_year_end({2018, 1}, 2018), 12);
  EXPECT_EQ(months_through_year_end({2019, 1}, 2018), 0);
}

TEST(R_APP_CUTOFF_YEARS, PostManagedCountsFromAppointment) {
  TenureFacts f;
  f.post_managed = true;
  f.titles = {{Level::assistant, {2010, 7}, YearMonth{2011, 1}},
              {Level::intermediate, {2015, 9}, YearMonth{2016, 12}}};
  auto in_level = months_in_level(f, 2018);
  EXPECT_EQ(in_level.value, 25);
  EXPECT_TRUE(in_level.outcome.warnings.empty());
  EXPECT_EQ(months_total(f, 2018).value, 8 * 12);  // 2011-01 .. 2018-12
  f.post_managed = false;  // others: from the qualification month
  EXPECT_EQ(months_in_level(f, 2018).value, 40);   // 2015-09 .. 2018-12
  EXPECT_EQ(months_total(f, 2018).value, 102);     // 2010-07 .. 2018-12
}

TEST(R_APP_CUTOFF_YEARS, PostManagedWithoutAppointmentWarns) {
  TenureFacts f;
  f.post_managed = true;
  f.titles = {{Level::intermediate, {2016, 12}, std::nullopt}};
  auto r = months_in_level(f, 2018);
  EXPECT_EQ(r.value, 25);
  EXPECT_TRUE(r.outcome.ok());
  EXPECT_TRUE(r.outcome.warns("R-APP-CUTOFF-YEARS"));
  EXPECT_EQ(months_in_level(TenureFacts{}, 2018).value, 0);
}

}  // namespace
}  // namespace zp::core
