#include "core/publicity.h"

#include <gtest/gtest.h>

#include "test_calendar.h"

namespace zp::core {
namespace {

using testing::bundled_calendar;

TEST(R_PUB_DURATION, FifthWorkingDayOnOrAfterStart) {
  const auto& c = bundled_calendar();
  EXPECT_EQ(publicity_end(c, {2025, 6, 9}).value, (Date{2025, 6, 13}));
  // Starting Friday 2018-09-28: 28, 29*, 30*, (Golden Week), 10-08, 10-09.
  EXPECT_EQ(publicity_end(c, {2018, 9, 28}).value, (Date{2018, 10, 9}));
  // Starting on a holiday: it doesn't count; 10-08, 09, 10 (Saturday make-up), 12, 13.
  EXPECT_EQ(publicity_end(c, {2026, 10, 1}).value, (Date{2026, 10, 13}));
  EXPECT_TRUE(publicity_end(c, {2027, 3, 1}).outcome.has("R-CAL-DATA"));
}

PublicityFacts unit_pub(Date start, Date end) {
  return {"pub1", PublicityStage::unit, start, end, {"a1", "a2"}};
}

TEST(R_PUB_TWO_STAGE, RecommendationNeedsFinishedUnitPublicity) {
  const std::vector<PublicityFacts> pubs{unit_pub({2025, 6, 9}, {2025, 6, 13})};
  EXPECT_TRUE(check_recommendation("a1", pubs, {}, {2025, 6, 13}).has("R-PUB-TWO-STAGE"));  // last day
  EXPECT_TRUE(check_recommendation("a1", pubs, {}, {2025, 6, 14}).ok());
  EXPECT_TRUE(check_recommendation("a3", pubs, {}, {2025, 6, 14}).has("R-PUB-TWO-STAGE"));
  // A committee publicity does not count for stage 1.
  std::vector<PublicityFacts> wrong{pubs[0]};
  wrong[0].stage = PublicityStage::committee;
  EXPECT_TRUE(check_recommendation("a1", wrong, {}, {2025, 6, 14}).has("R-PUB-TWO-STAGE"));
}

TEST(R_OBJ_HANDLE, OpenRegisteredObjectionBlocksOthersDoNot) {
  const std::vector<PublicityFacts> pubs{unit_pub({2025, 6, 9}, {2025, 6, 13})};
  const Date after{2025, 6, 16};
  EXPECT_TRUE(check_recommendation("a1", pubs, {{"a1", ObjectionStatus::registered, false}}, after).has("R-OBJ-HANDLE"));
  EXPECT_TRUE(check_recommendation("a1", pubs, {{"a1", ObjectionStatus::registered, true}}, after).ok());
  EXPECT_TRUE(check_recommendation("a1", pubs, {{"a1", ObjectionStatus::anonymous, false}}, after).ok());
  EXPECT_TRUE(check_recommendation("a1", pubs, {{"a1", ObjectionStatus::late, false}}, after).ok());
  EXPECT_TRUE(check_recommendation("a2", pubs, {{"a1", ObjectionStatus::registered, false}}, after).ok());
  EXPECT_TRUE(check_resolution("属实", "已书面回复").ok());
  EXPECT_TRUE(check_resolution("属实", "").has("R-OBJ-HANDLE"));
  EXPECT_TRUE(check_resolution("", "回复").has("R-OBJ-HANDLE"));
}

TEST(R_PUB_TWO_STAGE, DocumentsNeedFinishedCommitteePublicity) {
  const std::vector<PublicityFacts> pubs{{"p2", PublicityStage::committee, {2025, 12, 15}, {2025, 12, 19}, {"a1"}}};
  EXPECT_TRUE(check_documents({"a1"}, pubs, {}, {2025, 12, 19}).has("R-PUB-TWO-STAGE"));
  EXPECT_TRUE(check_documents({"a1"}, pubs, {}, {2025, 12, 20}).ok());
  EXPECT_TRUE(check_documents({"a1", "a2"}, pubs, {}, {2025, 12, 20}).has("R-PUB-TWO-STAGE"));
  EXPECT_TRUE(check_documents({"a1"}, pubs, {{"a1", ObjectionStatus::registered, false}}, {2025, 12, 20})
                  .has("R-OBJ-HANDLE"));
  EXPECT_TRUE(check_documents({}, pubs, {}, {2025, 12, 20}).has("R-PUB-TWO-STAGE"));
}

TEST(R_PUB_UNIT_CONTENT, RequiredPersonFieldsNoPersonalData) {
  std::map<std::string, std::string> f;
  for (auto k : unit_publicity_person_fields()) f[std::string{k}] = "x";
  EXPECT_TRUE(check_unit_publicity_person(f).ok());
  f["phone"] = "138";
  EXPECT_TRUE(check_unit_publicity_person(f).has("R-PUB-UNIT-CONTENT"));
  f.erase("phone");
  f.erase("achievements");
  EXPECT_TRUE(check_unit_publicity_person(f).has("R-PUB-UNIT-CONTENT"));
  EXPECT_TRUE(check_unit_publicity_posts(PostCounts{10, 2, 30, 5}).ok());
  EXPECT_TRUE(check_unit_publicity_posts(std::nullopt).has("R-PUB-UNIT-CONTENT"));
  EXPECT_TRUE(check_unit_publicity_posts(PostCounts{1, 2, 30, 5}).has("R-PUB-UNIT-CONTENT"));
}

TEST(R_OBJ_FORM, RegisteredLateAnonymous) {
  const Date end{2025, 6, 13};
  EXPECT_EQ(classify_objection("张三", "138", end, end), ObjectionStatus::registered);
  EXPECT_EQ(classify_objection("张三", "138", {2025, 6, 14}, end), ObjectionStatus::late);
  EXPECT_EQ(classify_objection("", "138", end, end), ObjectionStatus::anonymous);
  EXPECT_EQ(classify_objection("张三", " ", end, end), ObjectionStatus::anonymous);
  // Anonymous wins over late.
  EXPECT_EQ(classify_objection("", "", {2025, 6, 20}, end), ObjectionStatus::anonymous);
  auto r = register_objection("张三", "138", {2025, 6, 14}, end);
  EXPECT_EQ(r.value, ObjectionStatus::late);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.outcome.warns("R-OBJ-FORM"));
  EXPECT_EQ(code(ObjectionStatus::anonymous), "anonymous");
}

}  // namespace
}  // namespace zp::core
