#include "core/pool_rules.h"

#include <algorithm>
#include <array>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
std::string num(int n) { return std::to_string(n); }
Date add_years(Date d, int n) {
  const int y = d.year + n;
  return {y, d.month, std::min(d.day, Date::days_in_month(y, d.month))};
}
const ExpertQualification* highest(const std::vector<ExpertQualification>& qs, bool province_only) {
  const ExpertQualification* best = nullptr;
  for (const auto& q : qs) {
    if (province_only && q.scope != Scope::province) continue;
    if (!best || q.level > best->level) best = &q;
  }
  return best;
}
std::string pct(int part, int whole) {
  if (whole <= 0) return "0%";
  return num((200 * part + whole) / (2 * whole)) + "%";  // rounded
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kStatus{{
    {"applied", "个人申报"}, {"unit_recommended", "单位推荐"}, {"dept_reviewed", "主管部门政治审核"},
    {"publicized", "本系统公示无异议"}, {"filed", "州职改部门审查备案"}, {"admitted", "纳入专家库"},
    {"removed", "清理出库"}}};

}  // namespace

// R-POOL-EXCLUDE: 「下列人员不得作为评委：品德有问题的，低层级职称参加高一级评委会的，新层级职称
// 履职不满1年的，获得“小范围”职称的，正在接受组织审查的，已经退休人员」.
Outcome check_pool_exclusions(const ExpertFacts& e, CommitteeLevel committee, Date on) {
  Outcome o;
  const auto& r = rule::kPoolExclude;
  if (e.conduct_issue) fail(o, r, "品德有问题的人员不得作为评委");
  if (e.under_investigation) fail(o, r, "正在接受组织审查的人员不得作为评委");
  if (e.retired) fail(o, r, "已经退休人员不得作为评委");
  const ExpertQualification* any = highest(e.qualifications, false);
  const ExpertQualification* prov = highest(e.qualifications, true);
  if (any && !prov) {
    fail(o, r, "仅获得“小范围”（" + std::string{chinese(any->scope)} + "）职称的人员不得作为评委");
  }
  const Level need = min_member_level(committee);
  if (!prov || prov->level < need) {
    fail(o, r, std::string{"低层级职称不得参加"} + std::string{chinese(committee)} + "，须具备全省有效的" +
                   std::string{chinese(need)} + (need == Level::intermediate ? "以上" : "") + "职称");
  }
  if (any) {
    const Params& p = params_on(on);
    const Date since = any->appointed.value_or(any->obtained);
    if (add_years(since, p.pool_new_level_min_years.value) > on)
      fail(o, r, "自 " + since.str() + " 起履行" + std::string{chinese(any->level)} + "职务，至 " + on.str() +
                     " 不满 " + num(p.pool_new_level_min_years.value) + " 年");
  }
  return o;
}

// R-POOL-ELIGIBLE: 「一般应具备本专业本科以上学历、取得全省有效的高、中级专业技术职务任职资格、
// 并被聘任2年以上且年度考核为合格以上；…获得本专业州级及以上一等成果奖的定额人员，可适当放宽
// 学历和聘任年限要求」. TODO(legal): 「一般」 opens the sentence; the catalogue states the
// requirements with their own labelled exception, so they block unless the exception applies.
Outcome check_pool_eligibility(const ExpertFacts& e, Date on,
                               const std::optional<std::string>& exception_reason) {
  Outcome o;
  const auto& r = rule::kPoolEligible;
  const Params& p = params_on(on);
  const bool reason_given = exception_reason && !blank(*exception_reason);
  const bool relaxed = e.first_class_award && reason_given;
  if (reason_given && !e.first_class_award)
    fail(o, r, "放宽学历和聘任年限仅适用于获得本专业州级及以上一等成果奖的人员");
  if (e.first_class_award && !reason_given && exception_reason)
    fail(o, r, "放宽学历和聘任年限须记录理由");

  bool relaxed_something = false;
  if (e.highest_degree < p.pool_min_degree.value) {
    if (relaxed) relaxed_something = true;
    else
      fail(o, r, "学历为" + std::string{chinese(e.highest_degree)} + "，入库专家应具备" +
                     std::string{chinese(p.pool_min_degree.value)} + "以上学历");
  }
  const ExpertQualification* prov = highest(e.qualifications, true);
  if (!prov || prov->level < Level::intermediate) {
    fail(o, r, "须取得全省有效的高、中级专业技术职务任职资格");
  } else {
    const int years = p.pool_min_appointed_years.value;
    if (!prov->appointed || add_years(*prov->appointed, years) > on) {
      if (relaxed) relaxed_something = true;
      else
        fail(o, r, prov->appointed ? "自 " + prov->appointed->str() + " 起被聘，至 " + on.str() + " 不满 " +
                                         num(years) + " 年"
                                   : std::string{"未被聘任现职务，入库专家须被聘任 "} + num(years) + " 年以上");
    }
  }
  const int n = p.pool_assessment_years.value;
  for (int y = on.year - n; y < on.year; ++y) {
    auto it = e.assessments.find(y);
    if (it == e.assessments.end())
      fail(o, r, num(y) + " 年度考核结果未录入，须合格以上");
    else if (!competent_or_better(it->second))
      fail(o, r, num(y) + " 年度考核为" + std::string{chinese(it->second)} + "，须合格以上");
  }
  if (relaxed_something)
    warn(o, r, "获本专业州级及以上一等成果奖，按例外放宽学历或聘任年限要求，理由：" + *exception_reason);
  return o;
}

Outcome check_pool_admission(const ExpertFacts& e, CommitteeLevel committee, Date on,
                             const std::optional<std::string>& exception_reason) {
  Outcome o = check_pool_exclusions(e, committee, on);
  o.merge(check_pool_eligibility(e, on, exception_reason));
  return o;
}

std::string_view code(PoolStatus s) { return kStatus[static_cast<int>(s)].first; }
std::string_view chinese(PoolStatus s) { return kStatus[static_cast<int>(s)].second; }
std::optional<PoolStatus> parse_pool_status(std::string_view s) {
  for (std::size_t i = 0; i < kStatus.size(); ++i)
    if (kStatus[i].first == s) return static_cast<PoolStatus>(i);
  return std::nullopt;
}

// R-POOL-INTAKE: 「个人自主申报，所在用人单位择优推荐，主管部门政治审核并在本系统经公示无异议的，
// 上报州职改部门审查备案后，由评委会所在单位纳入专家库」 — in this order, no step skipped.
Outcome check_intake_step(PoolStatus current, PoolStatus proposed) {
  Outcome o;
  if (current == PoolStatus::removed) {
    fail(o, rule::kPoolIntake, "该专家已清理出库，不能继续入库程序");
    return o;
  }
  if (current == PoolStatus::admitted || proposed == PoolStatus::applied ||
      proposed == PoolStatus::removed) {
    fail(o, rule::kPoolIntake, "当前状态为「" + std::string{chinese(current)} + "」，不能进行「" +
                                   std::string{chinese(proposed)} + "」");
    return o;
  }
  const auto expected = static_cast<PoolStatus>(static_cast<int>(current) + 1);
  if (proposed != expected)
    fail(o, rule::kPoolIntake, "入库程序不得跳过或颠倒：当前为「" + std::string{chinese(current)} +
                                   "」，下一步应为「" + std::string{chinese(expected)} + "」(" +
                                   std::string{code(expected)} + ")");
  return o;
}

// R-POOL-DYNAMIC: 「违反评审工作纪律或履职不合格人员…要及时清理出库」 — with a reason, kept on record.
Outcome check_removal(PoolStatus current, const std::string& reason) {
  Outcome o;
  if (current == PoolStatus::removed) fail(o, rule::kPoolDynamic, "该专家已清理出库");
  if (blank(reason)) fail(o, rule::kPoolDynamic, "清理出库须写明理由");
  return o;
}

// R-POOL-SIZE: 「高级评委会专家库存人数要保持在100人以上，中级评委会…50人以上」.
Outcome check_pool_size(CommitteeLevel committee, int admitted, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  const int min = committee == CommitteeLevel::senior ? p.pool_min_senior.value : p.pool_min_intermediate.value;
  if (admitted < min)
    warn(o, rule::kPoolSize, std::string{chinese(committee)} + "专家库现有 " + num(admitted) +
                                 " 人，应保持在 " + num(min) + " 人以上");
  return o;
}

// R-POOL-DIVERSITY: 「还要吸收基层和工作一线的专家及本系统、本行业以外的同行专家参加」.
Outcome check_pool_diversity(int admitted, int grassroots, int outside_system) {
  Outcome o;
  if (grassroots == 0 || outside_system == 0)
    warn(o, rule::kPoolDiversity,
         "专家库 " + num(admitted) + " 人中，基层和一线专家 " + num(grassroots) + " 人（" +
             pct(grassroots, admitted) + "），本系统、本行业以外专家 " + num(outside_system) + " 人（" +
             pct(outside_system, admitted) + "）；应吸收两类专家");
  return o;
}

}  // namespace zp::core
