#include "core/certificates.h"
#include "core/complaint.h"
#include "core/documents.h"
#include "core/eval_methods.h"
#include "core/records.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

TEST(R_DOC_DATE, EffectiveOnTheVoteDate) {
  const Date vote{2025, 12, 10};
  EXPECT_EQ(qualification_effective_date(vote), vote);
  EXPECT_TRUE(check_effective_date(vote, vote).ok());
  EXPECT_TRUE(check_effective_date({2025, 12, 11}, vote).has("R-DOC-DATE"));
  EXPECT_TRUE(check_effective_date({2025, 12, 9}, vote).has("R-DOC-DATE"));
}

TEST(R_DOC_CONTENT, EntryFields) {
  EXPECT_TRUE(check_document_entries({{"张三", "州医院", "副主任医师", "全省有效", "正常晋升"}}).ok());
  EXPECT_TRUE(check_document_entries({{"张三", "州医院", "副主任医师", "全省有效", "normal"}}).ok());
  EXPECT_TRUE(check_document_entries({{"张三", "", "副主任医师", "全省有效", "正常晋升"}}).has("R-DOC-CONTENT"));
  EXPECT_TRUE(check_document_entries({{"张三", "州医院", "副主任医师", "全省有效", "特批"}}).has("R-DOC-CONTENT"));
  EXPECT_TRUE(check_document_entries({}).has("R-DOC-CONTENT"));
}

TEST(R_DOC_ISSUER, ByLevelAndHost) {
  EXPECT_EQ(expected_issuer(Level::deputy_senior, HostKind::prefecture_department).issuer, "州人社局");
  EXPECT_EQ(expected_issuer(Level::deputy_senior, HostKind::prefecture_department).filed_with, "省职改办");
  EXPECT_TRUE(check_issuer(Level::deputy_senior, HostKind::prefecture_department, "临夏州人社局", false).ok());
  EXPECT_TRUE(check_issuer(Level::deputy_senior, HostKind::prefecture_department, "州卫健委", false).has("R-DOC-ISSUER"));
  EXPECT_TRUE(check_issuer(Level::intermediate, HostKind::county_bureau, "临夏县(市)人社局", true).ok());
  EXPECT_TRUE(check_issuer(Level::intermediate, HostKind::county_bureau, "临夏县(市)人社局", false).has("R-DOC-ISSUER"));
  EXPECT_TRUE(check_issuer(Level::assistant, HostKind::employer, "州医院（用人单位）", false).ok());
}

TEST(R_ARCHIVE, FormArchivedCopyFiledMaterialsReturned) {
  EXPECT_TRUE(check_archive({{"a1", true, true, true}}).ok());
  EXPECT_EQ(check_archive({{"a1", false, true, false}}).violations.size(), 2u);
  EXPECT_TRUE(check_archive({{"a1", true, false, true}}).has("R-ARCHIVE"));
}

TEST(R_CERT_NO_INDIVIDUAL, OnlyUnitOrCommitteeOffice) {
  EXPECT_TRUE(check_certificate_submitter(Role::unit_hr).ok());
  EXPECT_TRUE(check_certificate_submitter(Role::committee_office).ok());
  EXPECT_TRUE(check_certificate_submitter(Role::applicant).has("R-CERT-NO-INDIVIDUAL"));
  EXPECT_TRUE(check_certificate_submitter(Role::expert).has("R-CERT-NO-INDIVIDUAL"));
}

TEST(R_CERT_LOST, FormReasonOnly) {
  EXPECT_TRUE(check_replacement("搬家遗失").ok());
  EXPECT_TRUE(check_replacement(" ").has("R-CERT-LOST"));
}

TEST(R_CERT_OTHER, RosterThreeCopiesApprovalFormTwo) {
  EXPECT_TRUE(check_other_certificate(OtherCertificateKind::graduate_assessment, 3, 0).ok());
  EXPECT_TRUE(check_other_certificate(OtherCertificateKind::graduate_assessment, 2, 0).has("R-CERT-OTHER"));
  EXPECT_TRUE(check_other_certificate(OtherCertificateKind::exam_based, 3, 2).ok());
  EXPECT_TRUE(check_other_certificate(OtherCertificateKind::exam_based, 3, 1).has("R-CERT-OTHER"));
}

TEST(R_RECORD_ALL, UnitRecommendationRecordFields) {
  UnitRecommendationRecord r{Date{2025, 6, 1}, {"a"}, "摘要", {"张三"}, "会议", "6月", "公示栏", "原件", "无异议", "王", "李"};
  EXPECT_TRUE(check_unit_recommendation_record(r).ok());
  r.head_signature.clear();
  EXPECT_TRUE(check_unit_recommendation_record(r).has("R-RECORD-ALL"));
}

TEST(R_RECORD_ALL, SocialEvaluationPartiesTeachersFourDoctorsThree) {
  EXPECT_EQ(required_parties(SocialEvaluationKind::teacher).size(), 4u);
  EXPECT_EQ(required_parties(SocialEvaluationKind::doctor).size(), 3u);
  SocialEvaluationRecord r;
  r.kind = SocialEvaluationKind::doctor;
  r.parties = {"病人", "医生", "医院"};
  r.organiser = r.person_in_charge = r.place = r.summary = r.results = r.publicity = "x";
  r.date = Date{2025, 5, 1};
  r.participants = {"p"};
  r.head_signature = r.recorder_signature = "x";
  EXPECT_TRUE(check_social_evaluation_record(r).ok());
  r.parties.erase("病人");
  EXPECT_TRUE(check_social_evaluation_record(r).has("R-RECORD-ALL"));
  r.kind = SocialEvaluationKind::teacher;
  r.parties = {"学生", "学生家长", "教师"};
  EXPECT_TRUE(check_social_evaluation_record(r).has("R-RECORD-ALL"));
}

TEST(R_EVAL_METHODS, CatalogueAndValidation) {
  EXPECT_EQ(eval_methods().size(), 12u);
  EXPECT_TRUE(check_eval_methods("中小学教师", {"review", "defense", "lecture"}).ok());
  EXPECT_TRUE(check_eval_methods("中小学教师", {"review", "defense", "lecture"}).warnings.empty());
  EXPECT_TRUE(check_eval_methods("卫生", {"lecture"}).warns("R-EVAL-METHODS"));
  EXPECT_TRUE(check_eval_methods("卫生", {"magic"}).has("R-EVAL-METHODS"));
  EXPECT_TRUE(check_eval_methods("卫生", {}).has("R-EVAL-METHODS"));
  EXPECT_TRUE(check_eval_methods("卫生", {"exam", "exam"}).has("R-EVAL-METHODS"));
}

TEST(R_COMPLAINT, IdentifiedAndStatusFlow) {
  EXPECT_TRUE(check_complaint_lodged("张三", "138", "评审不公").ok());
  EXPECT_TRUE(check_complaint_lodged("", "138", "评审不公").has("R-COMPLAINT"));
  using S = ComplaintStatus;
  EXPECT_TRUE(check_complaint_step(S::registered, {S::assigned, "科员", "", ""}).ok());
  EXPECT_TRUE(check_complaint_step(S::registered, {S::investigated, "", "x", ""}).has("R-COMPLAINT"));
  EXPECT_TRUE(check_complaint_step(S::investigated, {S::answered, "", "", ""}).has("R-COMPLAINT"));
  EXPECT_TRUE(check_complaint_step(S::investigated, {S::answered, "", "", "书面答复"}).ok());
  EXPECT_TRUE(check_complaint_step(S::answered, {S::answered, "", "", "x"}).has("R-COMPLAINT"));
}

}  // namespace
}  // namespace zp::core
