#include "core/publicity.h"

#include <algorithm>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {
bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool lists(const PublicityFacts& p, const std::string& app) {
  return std::find(p.application_ids.begin(), p.application_ids.end(), app) != p.application_ids.end();
}

// Common check of both stages.
void check_stage(Outcome& o, PublicityStage stage, const std::string& app,
                 const std::vector<PublicityFacts>& pubs, const std::vector<ObjectionFacts>& objs,
                 Date today) {
  const char* what = stage == PublicityStage::unit ? "单位推荐前公示" : "评委会评审结束后公示";
  const PublicityFacts* covering = nullptr;
  for (const auto& p : pubs)
    if (p.stage == stage && lists(p, app) && (!covering || p.end > covering->end)) covering = &p;
  if (!covering) {
    fail(o, rule::kPubTwoStage, "申报 " + app + " 未经" + what);
  } else if (!publicity_finished(*covering, today)) {
    fail(o, rule::kPubTwoStage,
         "申报 " + app + " 的" + what + "至 " + covering->end.str() + " 结束，公示结束前不能进行下一步");
  }
  for (const auto& ob : objs) {
    if (ob.application_id != app) continue;
    if (objection_blocks(ob))
      fail(o, rule::kObjHandle, "申报 " + app + " 有已登记的异议尚未处理完毕");
    // R-OBJ-HANDLE: after an upheld objection only a publicity begun after its resolution
    // (of the corrected, resubmitted application) counts.
    else if (ob.upheld && ob.resolved_on && covering && covering->start <= *ob.resolved_on)
      fail(o, rule::kObjHandle,
           "申报 " + app + " 的异议经核查属实（" + ob.resolved_on->str() + " 处理），须更正后重新提交并重新" + what);
  }
}
}  // namespace

// R-PUB-DURATION: 「在本单位范围内进行公示，时间为5个工作日」; 评委会公示「时间为5个工作日」.
Checked<Date> publicity_end(const WorkCalendar& cal, Date start) {
  auto r = cal.nth_workday_on_or_after(start, params_on(start).publicity_workdays.value);
  return r;
}

std::string_view code(PublicityStage s) { return s == PublicityStage::unit ? "unit" : "committee"; }
std::string_view code(ObjectionStatus s) {
  switch (s) {
    case ObjectionStatus::registered: return "registered";
    case ObjectionStatus::late: return "late";
    case ObjectionStatus::anonymous: return "anonymous";
  }
  return "registered";
}

// R-PUB-TWO-STAGE: 「实行用人单位推荐上报前公示和评委会评审结束后、任职资格文件下发前公示的二次公示办法」.
Outcome check_recommendation(const std::string& application_id,
                             const std::vector<PublicityFacts>& publicities,
                             const std::vector<ObjectionFacts>& objections, Date today) {
  Outcome o;
  check_stage(o, PublicityStage::unit, application_id, publicities, objections, today);
  return o;
}

Outcome check_documents(const std::vector<std::string>& passed_application_ids,
                        const std::vector<PublicityFacts>& publicities,
                        const std::vector<ObjectionFacts>& objections, Date today) {
  Outcome o;
  if (passed_application_ids.empty())
    fail(o, rule::kPubTwoStage, "没有经评审通过并公示的人员，不能下发资格文件");
  for (const auto& app : passed_application_ids)
    check_stage(o, PublicityStage::committee, app, publicities, objections, today);
  return o;
}

// R-PUB-UNIT-CONTENT: 「姓名、工作单位、出生年月、学历、专业工作经历和年限、取得资格时间、聘任现
// 职务时间等；…年度考核结果、继续教育任务完成情况、业务工作量等；任现职务以来业绩条件」.
const std::vector<std::string_view>& unit_publicity_person_fields() {
  static const std::vector<std::string_view> k{
      "name", "unit", "birth_month", "education", "work_history", "work_years",
      "qualification_date", "appointment_date", "assessments", "continuing_education",
      "workload", "achievements"};
  return k;
}
const std::vector<std::string_view>& unit_publicity_post_fields() {
  static const std::vector<std::string_view> k{"senior_total", "senior_vacant",
                                               "intermediate_total", "intermediate_vacant"};
  return k;
}
const std::vector<std::string_view>& never_public_fields() {
  static const std::vector<std::string_view> k{"id_number", "phone", "birth_date"};
  return k;
}

Outcome check_unit_publicity_person(const std::map<std::string, std::string>& fields) {
  Outcome o;
  for (auto f : unit_publicity_person_fields()) {
    auto it = fields.find(std::string{f});
    if (it == fields.end() || blank(it->second))
      fail(o, rule::kPubUnitContent, "单位公示缺少被推荐人员情况：" + std::string{f});
  }
  for (auto f : never_public_fields())
    if (fields.count(std::string{f}))
      fail(o, rule::kPubUnitContent, "公示不得包含个人信息：" + std::string{f});
  return o;
}

// R-PUB-UNIT-CONTENT: 「(1)本单位高、中级职务岗位总数及空缺岗位数额」.
Outcome check_unit_publicity_posts(const std::optional<PostCounts>& posts) {
  Outcome o;
  if (!posts) {
    fail(o, rule::kPubUnitContent, "单位公示缺少本单位高、中级职务岗位总数及空缺岗位数额");
    return o;
  }
  const auto& p = *posts;
  if (p.senior_total < 0 || p.senior_vacant < 0 || p.intermediate_total < 0 || p.intermediate_vacant < 0 ||
      p.senior_vacant > p.senior_total || p.intermediate_vacant > p.intermediate_total)
    fail(o, rule::kPubUnitContent, "岗位总数及空缺岗位数额不一致：空缺数不能为负或超过岗位总数");
  return o;
}

// R-OBJ-FORM: 「以书面形式并署真实姓名和联系方式，于公示结束之日前…反映」.
ObjectionStatus classify_objection(std::string_view name, std::string_view contact, Date received,
                                   Date publicity_end) {
  if (blank(name) || blank(contact)) return ObjectionStatus::anonymous;
  if (received > publicity_end) return ObjectionStatus::late;
  return ObjectionStatus::registered;
}

Checked<ObjectionStatus> register_objection(std::string_view name, std::string_view contact,
                                            Date received, Date publicity_end) {
  Checked<ObjectionStatus> r;
  r.value = classify_objection(name, contact, received, publicity_end);
  if (r.value == ObjectionStatus::anonymous)
    warn(r.outcome, rule::kObjForm, "异议未署真实姓名或联系方式，按匿名登记存档，不影响评审进程");
  else if (r.value == ObjectionStatus::late)
    warn(r.outcome, rule::kObjForm,
         "异议于公示结束（" + publicity_end.str() + "）后收到，按逾期登记存档，不影响评审进程");
  return r;
}

// R-OBJ-HANDLE: 「认真及时地进行核查落实，同时向反映问题者本人书面回复调查处理情况」.
Outcome check_resolution(const std::string& finding, const std::string& reply) {
  Outcome o;
  if (blank(finding)) fail(o, rule::kObjHandle, "异议处理须记录核查结论");
  if (blank(reply)) fail(o, rule::kObjHandle, "异议处理须向反映问题者书面回复");
  return o;
}

}  // namespace zp::core
