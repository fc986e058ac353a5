#include "core/defense.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

const Date kOn{2025, 12, 1};

TEST(R_DEF_GROUP, ThreeToFiveAndHalfPerUnit) {
  // 「答辩小组一般3—5人，同一单位的专家不超过答辩小组人员的1/2」: both ends of 3–5, and
  // half of the group from one unit allowed, more than half refused, at each size.
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u2"}}, kOn).has("R-DEF-GROUP"));
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u2"}, {"c", "u3"}}, kOn).ok());
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u1"}, {"c", "u3"}}, kOn).has("R-DEF-GROUP"));  // 2 of 3
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u1"}, {"c", "u3"}, {"d", "u4"}}, kOn).ok());  // 2 of 4
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u1"}, {"c", "u1"}, {"d", "u4"}}, kOn)
                  .has("R-DEF-GROUP"));  // 3 of 4
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u2"}, {"c", "u3"}, {"d", "u4"}, {"e", "u5"}}, kOn).ok());
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u1"}, {"c", "u3"}, {"d", "u3"}, {"e", "u5"}}, kOn)
                  .ok());  // 2 and 2 of 5
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u1"}, {"c", "u1"}, {"d", "u4"}, {"e", "u5"}}, kOn)
                  .has("R-DEF-GROUP"));  // 3 of 5
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"b", "u2"}, {"c", "u3"}, {"d", "u4"}, {"e", "u5"}, {"f", "u6"}}, kOn)
                  .has("R-DEF-GROUP"));
  EXPECT_TRUE(check_defense_group({{"a", "u1"}, {"a", "u2"}, {"c", "u3"}}, kOn).has("R-DEF-GROUP"));
  // Every clause broken is listed: 6 experts (over 5), 4 of them from u1 (over 1/2), one twice.
  const Outcome all = check_defense_group(
      {{"a", "u1"}, {"b", "u1"}, {"c", "u1"}, {"c", "u1"}, {"e", "u5"}, {"f", "u6"}}, kOn);
  ASSERT_EQ(all.violations.size(), 3u);
  for (const auto& v : all.violations) EXPECT_EQ(v.rule, "R-DEF-GROUP");
  EXPECT_NE(all.violations[0].message.find("重复"), std::string::npos) << all.violations[0].message;
  EXPECT_NE(all.violations[1].message.find("现有 6 人"), std::string::npos) << all.violations[1].message;
  EXPECT_NE(all.violations[2].message.find("专家 4 人"), std::string::npos) << all.violations[2].message;
}

TEST(R_DEF_SCORE, HalfOrMoreBelowSixtyFails) {
  EXPECT_EQ(defense_result(4, {59, 59.5, 80, 90}, kOn).result, DefenseResult::fail);  // 2 of 4
  EXPECT_EQ(defense_result(3, {59, 80, 90}, kOn).result, DefenseResult::pass);        // 1 of 3
  EXPECT_EQ(defense_result(4, {59, 60, 80, 90}, kOn).result, DefenseResult::pass);    // 1 of 4
  EXPECT_EQ(defense_result(3, {10, 20, 90}, kOn).result, DefenseResult::fail);        // 2 of 3
  EXPECT_EQ(defense_result(5, {10, 20, 60, 60, 60}, kOn).result, DefenseResult::pass);  // 2 of 5
  auto d = defense_result(4, {59, 59}, kOn);
  EXPECT_EQ(d.result, DefenseResult::pending);
  EXPECT_EQ(d.below_60, 2);
  EXPECT_EQ(code(DefenseResult::pending), "pending");
}

TEST(R_DEF_SCORE, ScoresZeroToHundred) {
  EXPECT_TRUE(check_score(0).ok());
  EXPECT_TRUE(check_score(100).ok());
  EXPECT_TRUE(check_score(72.5).ok());
  EXPECT_TRUE(check_score(-0.5).has("R-DEF-SCORE"));
  EXPECT_TRUE(check_score(100.01).has("R-DEF-SCORE"));
}

TEST(R_DEF_GATE, FailedDefenseNotToSeniorVote) {
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::senior, {DefenseResult::fail}).has("R-DEF-GATE"));
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::senior, {DefenseResult::pass}).ok());
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::senior, {DefenseResult::pending}).ok());
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::intermediate, {DefenseResult::fail}).ok());
}

TEST(R_DEF_GATE, SeniorVideoDefenseNeedsItsRecordingBeforeTheVote) {
  // A passed senior video defense without its recording: R-DEF-VIDEO at the gate, naming
  // the applicant; with the recording it passes; an in-person one needs none.
  const Outcome missing = check_vote_gate(CommitteeLevel::senior, {DefenseResult::pass, true, false, "A1"});
  ASSERT_EQ(missing.violations.size(), 1u);
  EXPECT_EQ(missing.violations[0].rule, "R-DEF-VIDEO");
  EXPECT_EQ(missing.violations[0].section, "§三(三)");
  EXPECT_EQ(missing.violations[0].message.rfind("申报 A1：", 0), 0u) << missing.violations[0].message;
  EXPECT_NE(missing.violations[0].message.find("录像"), std::string::npos);
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::senior, {DefenseResult::pass, true, true, "A1"}).ok());
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::senior, {DefenseResult::pass, false, false, "A1"}).ok());
  // Both broken: both listed, the gate first.
  const Outcome both = check_vote_gate(CommitteeLevel::senior, {DefenseResult::fail, true, false, "A2"});
  ASSERT_EQ(both.violations.size(), 2u);
  EXPECT_EQ(both.violations[0].rule, "R-DEF-GATE");
  EXPECT_EQ(both.violations[1].rule, "R-DEF-VIDEO");
  // An intermediate committee's video defense is outside §三(三): no recording asked.
  EXPECT_TRUE(check_vote_gate(CommitteeLevel::intermediate, {DefenseResult::pass, true, false, "A3"}).ok());
}

TEST(R_RECUSAL, SameUnitOrDeclaredConflict) {
  RecusalFacts e{"e1", "u1", {"p9"}};
  EXPECT_TRUE(check_recusal(e, {"p1", "u1"}).has("R-RECUSAL"));
  EXPECT_TRUE(check_recusal(e, {"p9", "u2"}).has("R-RECUSAL"));
  EXPECT_TRUE(check_recusal(e, {"p2", "u2"}).ok());
  EXPECT_FALSE(must_recuse(e, {"p2", "u2"}));
}

TEST(R_DEF_VIDEO, SeniorVideoUnlessReasonRecordingKept) {
  // Formation: a senior in-person group needs its reason; a video group is formed before
  // the defense, so without a recording (the gate asks for it, R_DEF_GATE above).
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::senior, {DefenseMode::in_person, ""}).has("R-DEF-VIDEO"));
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::senior, {DefenseMode::in_person, "  "}).has("R-DEF-VIDEO"));
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::senior, {DefenseMode::in_person, "网络中断"}).ok());
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::senior, {DefenseMode::video, ""}).ok());
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::intermediate, {DefenseMode::in_person, ""}).ok());
  EXPECT_TRUE(check_defense_mode(CommitteeLevel::intermediate, {DefenseMode::video, ""}).ok());
  // Defaults: video at a senior committee, in person at an intermediate one.
  EXPECT_EQ(default_defense_mode(CommitteeLevel::senior), DefenseMode::video);
  EXPECT_EQ(default_defense_mode(CommitteeLevel::intermediate), DefenseMode::in_person);
  // The recording is kept for senior video defenses only.
  EXPECT_TRUE(recording_required(CommitteeLevel::senior, DefenseMode::video));
  EXPECT_FALSE(recording_required(CommitteeLevel::senior, DefenseMode::in_person));
  EXPECT_FALSE(recording_required(CommitteeLevel::intermediate, DefenseMode::video));
  EXPECT_FALSE(recording_required(CommitteeLevel::intermediate, DefenseMode::in_person));
  EXPECT_EQ(code(DefenseMode::in_person), "in_person");
}

}  // namespace
}  // namespace zp::core
