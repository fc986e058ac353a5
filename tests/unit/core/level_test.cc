#include "core/level.h"

#include <gtest/gtest.h>

#include "core/params.h"
#include "core/vocabulary.h"

namespace zp::core {
namespace {

TEST(Level, CodesAndOrder) {
  for (auto l : {Level::junior, Level::assistant, Level::intermediate, Level::deputy_senior,
                 Level::full_senior})
    EXPECT_EQ(parse_level(code(l)), l);
  EXPECT_EQ(code(Level::full_senior), "full_senior");
  EXPECT_EQ(chinese(Level::deputy_senior), "副高级");
  EXPECT_LT(Level::intermediate, Level::deputy_senior);
  EXPECT_EQ(next_level(Level::intermediate), Level::deputy_senior);
  EXPECT_FALSE(next_level(Level::full_senior).has_value());
  EXPECT_FALSE(parse_level("senior").has_value());
  EXPECT_EQ(parse_committee_level("senior"), CommitteeLevel::senior);
  EXPECT_EQ(parse_promotion_type("transfer"), PromotionType::transfer);
  EXPECT_EQ(chinese(PromotionType::exceptional), "破格");
  EXPECT_EQ(parse_degree("college"), Degree::college);
  EXPECT_EQ(parse_role("public"), Role::public_user);
  EXPECT_EQ(parse_assessment("basic"), Assessment::basic);
  EXPECT_FALSE(competent_or_better(Assessment::basic));
}

TEST(R_APP_LEVEL_ORDER, NormalIsNextLevelSameSeries) {
  const CurrentTitle cur{Level::intermediate, "卫生"};
  EXPECT_TRUE(check_level_order(cur, {Level::deputy_senior, "卫生", PromotionType::normal, ""}).ok());
  EXPECT_TRUE(check_level_order(cur, {Level::full_senior, "卫生", PromotionType::normal, ""})
                  .has("R-APP-LEVEL-ORDER"));
  EXPECT_TRUE(check_level_order(cur, {Level::intermediate, "卫生", PromotionType::normal, ""})
                  .has("R-APP-LEVEL-ORDER"));
  EXPECT_TRUE(check_level_order(cur, {Level::deputy_senior, "工程", PromotionType::normal, ""})
                  .has("R-APP-LEVEL-ORDER"));
  EXPECT_TRUE(check_level_order(std::nullopt, {Level::intermediate, "卫生", PromotionType::normal, ""})
                  .has("R-APP-LEVEL-ORDER"));
}

TEST(R_APP_LEVEL_ORDER, TransferSameLevelOtherSeries) {
  const CurrentTitle cur{Level::intermediate, "卫生"};
  EXPECT_TRUE(check_level_order(cur, {Level::intermediate, "工程", PromotionType::transfer, ""}).ok());
  EXPECT_TRUE(check_level_order(cur, {Level::intermediate, "卫生", PromotionType::transfer, ""})
                  .has("R-APP-LEVEL-ORDER"));
  EXPECT_TRUE(check_level_order(cur, {Level::deputy_senior, "工程", PromotionType::transfer, ""})
                  .has("R-APP-LEVEL-ORDER"));
}

TEST(R_APP_LEVEL_ORDER, ExceptionalNeedsBasisMaySkip) {
  const CurrentTitle cur{Level::intermediate, "卫生"};
  EXPECT_TRUE(check_level_order(cur, {Level::full_senior, "卫生", PromotionType::exceptional, "获省级一等奖"}).ok());
  EXPECT_TRUE(check_level_order(cur, {Level::full_senior, "卫生", PromotionType::exceptional, "  "})
                  .has("R-APP-LEVEL-ORDER"));
  EXPECT_TRUE(check_level_order(cur, {Level::intermediate, "卫生", PromotionType::exceptional, "x"})
                  .has("R-APP-LEVEL-ORDER"));
}

TEST(Params, DatedVariantsCarryCitations) {
  const Params& p = params_on(Date{2025, 1, 1});
  EXPECT_EQ(p.senior_quorum.value, 17);
  EXPECT_NE(p.senior_quorum.source.find("17"), std::string_view::npos);
  EXPECT_EQ(&params_on(Date{2000, 1, 1}), &p);  // before the first: the first variant
  EXPECT_EQ(p.basis, "临州人社通〔2018〕282号");
}

}  // namespace
}  // namespace zp::core
