// R-RECORD-ALL: social evaluations in the per-party form the API takes.
#include <gtest/gtest.h>

#include "core/records.h"

namespace zp::core {
namespace {

SocialEvaluationParty party(std::string name) {
  SocialEvaluationParty p;
  p.party = std::move(name);
  p.organiser = "县教育局";
  p.person_in_charge = "王主任";
  p.place = "第一中学";
  p.summary = "评价良好";
  p.result = "优秀";
  p.date = Date{2026, 6, 1};
  p.participants = {"代表甲", "代表乙"};
  return p;
}

TEST(SocialEvaluationParties, TeacherNeedsFourPartiesByCodeOrName) {
  std::vector<SocialEvaluationParty> ps{party("students"), party("学生家长"), party("teachers"),
                                        party("school")};
  EXPECT_TRUE(check_social_evaluation_parties(SocialEvaluationKind::teacher, ps, "校内公示5天").ok());
  ps.pop_back();
  auto o = check_social_evaluation_parties(SocialEvaluationKind::teacher, ps, "校内公示5天");
  ASSERT_EQ(o.violations.size(), 1u);
  EXPECT_EQ(o.violations[0].rule, "R-RECORD-ALL");
  EXPECT_NE(o.violations[0].message.find("学校"), std::string::npos);
}

TEST(SocialEvaluationParties, DoctorNeedsThreePartiesAndPublicity) {
  std::vector<SocialEvaluationParty> ps{party("patients"), party("doctors"), party("hospital")};
  EXPECT_TRUE(check_social_evaluation_parties(SocialEvaluationKind::doctor, ps, "院内公示").ok());
  EXPECT_TRUE(check_social_evaluation_parties(SocialEvaluationKind::doctor, ps, " ").has("R-RECORD-ALL"));
  ps.push_back(party("students"));  // not a doctor's party
  EXPECT_FALSE(check_social_evaluation_parties(SocialEvaluationKind::doctor, ps, "院内公示").ok());
}

TEST(SocialEvaluationParties, EachPartyNeedsItsFields) {
  std::vector<SocialEvaluationParty> ps{party("patients"), party("doctors"), party("hospital")};
  ps[1].summary = "";
  ps[2].date.reset();
  auto o = check_social_evaluation_parties(SocialEvaluationKind::doctor, ps, "院内公示");
  EXPECT_EQ(o.violations.size(), 2u);
  EXPECT_EQ(party_name(SocialEvaluationKind::doctor, "school"), "");
  EXPECT_EQ(party_name(SocialEvaluationKind::teacher, "parents"), "学生家长");
}

}  // namespace
}  // namespace zp::core
