#include "core/meeting.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

const Date kMeeting{2025, 12, 10};

TEST(R_MEET_QUORUM, SeniorSixteenRefusedSeventeenAccepted) {
  auto o = check_quorum(CommitteeLevel::senior, 16, kMeeting);
  ASSERT_TRUE(o.has("R-MEET-QUORUM"));
  EXPECT_EQ(o.violations[0].message, "出席 16 人，高评会不得少于 17 人");
  EXPECT_EQ(o.violations[0].section, "§四(四), §一(三)");
  EXPECT_TRUE(check_quorum(CommitteeLevel::senior, 17, kMeeting).ok());
}

TEST(R_MEET_QUORUM, IntermediateTwelveRefusedThirteenAccepted) {
  EXPECT_TRUE(check_quorum(CommitteeLevel::intermediate, 12, kMeeting).has("R-MEET-QUORUM"));
  EXPECT_TRUE(check_quorum(CommitteeLevel::intermediate, 13, kMeeting).ok());
  EXPECT_EQ(quorum(CommitteeLevel::intermediate, kMeeting), 13);
}

TEST(R_MEET_TRAINING, BriefingRecordedBeforeMeeting) {
  EXPECT_TRUE(check_training(std::nullopt, kMeeting).has("R-MEET-TRAINING"));
  EXPECT_TRUE(check_training(Date{2025, 12, 11}, kMeeting).has("R-MEET-TRAINING"));
  EXPECT_TRUE(check_training(Date{2025, 12, 10}, kMeeting).ok());
  EXPECT_TRUE(check_training(Date{2025, 12, 1}, kMeeting).ok());
}

TEST(R_MEET_BASIS, ReviewAndGroupOpinionPerApplicant) {
  EXPECT_TRUE(check_basis({{"a1", true, true}}).ok());
  auto o = check_basis({{"a1", true, false}, {"a2", false, true}});
  EXPECT_EQ(o.violations.size(), 2u);
  EXPECT_TRUE(o.has("R-MEET-BASIS"));
}

TEST(R_MEET_RECORD, RequiredFieldsAndSignatures) {
  MeetingRecord r{kMeeting, {"e1"}, {"a1"}, "答辩摘要", "发言摘要", "通过 1 人", "张三", "李四"};
  EXPECT_TRUE(check_meeting_record(r).ok());
  r.recorder_signature = " ";
  r.date.reset();
  auto o = check_meeting_record(r);
  EXPECT_EQ(o.violations.size(), 2u);
  EXPECT_TRUE(o.has("R-MEET-RECORD"));
}

TEST(R_SUPERVISE, EachKeyStepHasSupervisors) {
  EXPECT_TRUE(check_supervision({std::vector<std::string>{"s"}, {"s"}, {"s"}}).ok());
  EXPECT_TRUE(check_supervision({std::nullopt, {"s"}, {"s"}}).ok());
  EXPECT_TRUE(check_supervision({std::vector<std::string>{}, {"s"}, {"s"}}).has("R-SUPERVISE"));
  EXPECT_TRUE(check_supervision({std::nullopt, {"s"}, {}}).has("R-SUPERVISE"));
}

TEST(R_MEET_SECRECY, NoDisclosureBeforePublicity) {
  EXPECT_TRUE(may_disclose_outcomes(kMeeting, std::nullopt).has("R-MEET-SECRECY"));
  EXPECT_TRUE(may_disclose_outcomes(kMeeting, Date{2025, 12, 11}).has("R-MEET-SECRECY"));
  EXPECT_TRUE(may_disclose_outcomes(Date{2025, 12, 11}, Date{2025, 12, 11}).ok());
}

TEST(R_MEET_PLAN, RulesAndPlanForTheYear) {
  EXPECT_TRUE(check_meeting_plan({true, 2025}, 2025).ok());
  EXPECT_TRUE(check_meeting_plan({true, 2024}, 2025).has("R-MEET-PLAN"));
  EXPECT_TRUE(check_meeting_plan({false, 2025}, 2025).has("R-MEET-PLAN"));
}

}  // namespace
}  // namespace zp::core
