// Full-process records (R-RECORD-ALL, §八(四)) other than the meeting record
// (R-MEET-RECORD, meeting.h): the unit's recommendation record and social evaluations.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/violation.h"

namespace zp::core {

// 单位推荐过程全程记录.
struct UnitRecommendationRecord {
  std::optional<Date> date;
  std::vector<std::string> attendees;
  std::string remarks_summary;          // 推荐发言摘要
  std::vector<std::string> chosen;      // 最后确定推荐人选
  std::string publicity_meeting;        // 确定公示对象的会议记录
  std::string publicity_time, publicity_place;
  std::string original_materials;       // 公示对象的主要业绩原始材料
  std::string objection_handling;       // 对群众反映的处理情况记录
  std::string head_signature, recorder_signature;  // 单位主要负责人和记录人签名
};
Outcome check_unit_recommendation_record(const UnitRecommendationRecord& r);

// 社会评价: teachers by 学生、学生家长、教师、学校 (4 parties); doctors by 病人、医生、医院 (3).
enum class SocialEvaluationKind { teacher, doctor };
const std::set<std::string>& required_parties(SocialEvaluationKind k);
struct SocialEvaluationRecord {
  SocialEvaluationKind kind = SocialEvaluationKind::teacher;
  std::set<std::string> parties;  // Chinese party names as in required_parties
  std::string organiser, person_in_charge, place, summary, results, publicity;
  std::optional<Date> date;
  std::vector<std::string> participants;
  std::string head_signature, recorder_signature;
};
Outcome check_social_evaluation_record(const SocialEvaluationRecord& r);

// The same record as the API takes it: one entry per evaluating party, each with its
// own organiser, person in charge, time, place, participants, summary and result, and
// the record's publicity. Every required party must appear (R-RECORD-ALL); a party
// may be named in Chinese (学生) or by its code (students, parents, teachers, school,
// patients, doctors, hospital).
struct SocialEvaluationParty {
  std::string party;
  std::string organiser, person_in_charge, place, summary, result;
  std::optional<Date> date;
  std::vector<std::string> participants;
};
// The Chinese party name for a code or Chinese name of `k`'s parties; "" when unknown.
std::string party_name(SocialEvaluationKind k, const std::string& party);
Outcome check_social_evaluation_parties(SocialEvaluationKind k,
                                        const std::vector<SocialEvaluationParty>& parties,
                                        const std::string& publicity);

}  // namespace zp::core
