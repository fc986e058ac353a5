#include "core/records.h"

#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

// R-RECORD-ALL: 「单位推荐过程全程记录，包括推荐日期、出席人员、推荐发言摘要、最后确定推荐人选等，
// 也包括确定公示对象的会议记录、公示时间、公示地点、公示对象的主要业绩原始材料、对群众反映的处理
// 情况记录等，记录由单位主要负责人和记录人签名」.
Outcome check_unit_recommendation_record(const UnitRecommendationRecord& r) {
  Outcome o;
  auto need = [&](bool ok, const char* what) {
    if (!ok) fail(o, rule::kRecordAll, std::string{"单位推荐记录缺少"} + what);
  };
  need(r.date.has_value(), "推荐日期");
  need(!r.attendees.empty(), "出席人员");
  need(!blank(r.remarks_summary), "推荐发言摘要");
  need(!r.chosen.empty(), "最后确定的推荐人选");
  need(!blank(r.publicity_meeting), "确定公示对象的会议记录");
  need(!blank(r.publicity_time), "公示时间");
  need(!blank(r.publicity_place), "公示地点");
  need(!blank(r.original_materials), "公示对象的主要业绩原始材料");
  need(!blank(r.objection_handling), "对群众反映的处理情况记录");
  need(!blank(r.head_signature), "单位主要负责人签名");
  need(!blank(r.recorder_signature), "记录人签名");
  return o;
}

// R-RECORD-ALL: 「教师由学生、学生家长、教师、学校4方评价和医生由病人、医生、医院3方评价…包括组织
// 单位、负责人、时间、地点、参加对象、评价摘要、测评结果、公示情况等」.
const std::set<std::string>& required_parties(SocialEvaluationKind k) {
  static const std::set<std::string> kTeacher{"学生", "学生家长", "教师", "学校"};
  static const std::set<std::string> kDoctor{"病人", "医生", "医院"};
  return k == SocialEvaluationKind::teacher ? kTeacher : kDoctor;
}

Outcome check_social_evaluation_record(const SocialEvaluationRecord& r) {
  Outcome o;
  for (const auto& p : required_parties(r.kind))
    if (!r.parties.count(p)) fail(o, rule::kRecordAll, "社会评价缺少" + p + "评价");
  auto need = [&](bool ok, const char* what) {
    if (!ok) fail(o, rule::kRecordAll, std::string{"社会评价记录缺少"} + what);
  };
  need(!blank(r.organiser), "组织单位");
  need(!blank(r.person_in_charge), "负责人");
  need(r.date.has_value(), "时间");
  need(!blank(r.place), "地点");
  need(!r.participants.empty(), "参加对象");
  need(!blank(r.summary), "评价摘要");
  need(!blank(r.results), "测评结果");
  need(!blank(r.publicity), "公示情况");
  need(!blank(r.head_signature), "负责人签名");
  need(!blank(r.recorder_signature), "记录人签名");
  return o;
}

std::string party_name(SocialEvaluationKind k, const std::string& party) {
  static const std::vector<std::pair<std::string, std::string>> kCodes{
      {"students", "学生"}, {"parents", "学生家长"}, {"teachers", "教师"}, {"school", "学校"},
      {"patients", "病人"}, {"doctors", "医生"}, {"hospital", "医院"}};
  std::string name = party;
  for (const auto& [c, n] : kCodes)
    if (c == party) name = n;
  return required_parties(k).count(name) ? name : std::string{};
}

// R-RECORD-ALL: the per-party form of the social evaluation record.
Outcome check_social_evaluation_parties(SocialEvaluationKind k,
                                        const std::vector<SocialEvaluationParty>& parties,
                                        const std::string& publicity) {
  Outcome o;
  std::set<std::string> seen;
  for (const auto& p : parties) {
    const std::string name = party_name(k, p.party);
    if (name.empty()) {
      fail(o, rule::kRecordAll, "社会评价的评价方「" + p.party + "」不属于" +
                                    (k == SocialEvaluationKind::teacher ? "教师" : "医生") + "的评价方");
      continue;
    }
    seen.insert(name);
    auto need = [&](bool ok, const char* what) {
      if (!ok) fail(o, rule::kRecordAll, name + "评价记录缺少" + what);
    };
    need(!blank(p.organiser), "组织单位");
    need(!blank(p.person_in_charge), "负责人");
    need(p.date.has_value(), "时间");
    need(!blank(p.place), "地点");
    need(!p.participants.empty(), "参加对象");
    need(!blank(p.summary), "评价摘要");
    need(!blank(p.result), "测评结果");
  }
  for (const auto& r : required_parties(k))
    if (!seen.count(r)) fail(o, rule::kRecordAll, "社会评价缺少" + r + "评价");
  if (blank(publicity)) fail(o, rule::kRecordAll, "社会评价记录缺少公示情况");
  return o;
}

}  // namespace zp::core
