#include "core/application_rules.h"

#include <algorithm>

#include "core/params.h"
#include "core/rule_ids.h"
#include "core/schedule.h"

namespace zp::core {
namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
}  // namespace

// R-APP-BLACKLIST: 「对学历、学位造假行为实行“一票否决”…将个人纳入失信黑名单」;
// 「查实的学术、业绩、经历造假等行为，实行“一票否决制”」.
Outcome check_blacklist(const std::vector<BlacklistEntry>& entries, bool proven_fraud, Date on) {
  Outcome o;
  if (proven_fraud) fail(o, rule::kAppBlacklist, "查实有弄虚作假行为，实行一票否决");
  for (const auto& e : entries)
    if (e.from <= on && (!e.until || on <= *e.until))
      fail(o, rule::kAppBlacklist,
           "已列入职称评审失信黑名单（" + e.from.str() + (e.until ? " 至 " + e.until->str() : std::string{" 起"}) +
               (e.reason.empty() ? "" : "，" + e.reason) + "），一票否决");
  return o;
}

// R-APP-CUTOFF-ACHIEVE: 「人才的业绩时限全部截止计算到申报当年9月30日为止」.
Outcome check_achievement_date(Date achieved_on, int application_year) {
  Outcome o;
  const auto md = params_on(Date{application_year, 1, 1}).achievement_cutoff.value;
  const Date cutoff{application_year, md.month, md.day};
  if (achieved_on > cutoff)
    fail(o, rule::kAppCutoffAchieve, "业绩取得于 " + achieved_on.str() + "，晚于申报当年业绩截止日 " + cutoff.str() +
                                         "，不能作为本年度业绩，可作为下次申报的业绩");
  return o;
}

// R-APP-WINDOW: 「在发文之日起20个工作日内完成个人申报、单位考核推荐和公示上报工作」.
// TODO(legal): the sentence opens with 「一般」; the catalogue refuses late applications.
Outcome check_application_date(const WorkCalendar& cal, Date notice_date, Date applied_on) {
  auto d = application_deadline(cal, notice_date);
  if (!d.ok()) return d.outcome;
  Outcome o;
  if (applied_on < notice_date)
    fail(o, rule::kAppWindow, "申报日期 " + applied_on.str() + " 早于评委会发文日期 " + notice_date.str());
  else if (applied_on > d.value)
    fail(o, rule::kAppWindow, "申报截止日为 " + d.value.str() + "（发文之日起 20 个工作日），" + applied_on.str() +
                                  " 已逾期");
  return o;
}

// R-APP-LATE: 「不按时不按规定上报的视为不申报」.
Outcome check_materials_on_time(Date due, std::optional<Date> submitted_on, bool as_required) {
  Outcome o;
  if (!submitted_on || *submitted_on > due)
    fail(o, rule::kAppLate, "材料应于 " + due.str() + " 前报送，" +
                                (submitted_on ? submitted_on->str() + " 报送已逾期" : std::string{"未报送"}) +
                                "，视为不申报");
  if (!as_required) fail(o, rule::kAppLate, "材料不按规定上报，视为不申报");
  return o;
}

// R-APP-PLEDGE: 「职称申报人员要签订诚信承诺责任书，在单位公示后，随申报材料一并上报」.
Outcome check_pledge(bool pledge_signed) {
  Outcome o;
  if (!pledge_signed) fail(o, rule::kAppPledge, "申报人须签订诚信承诺书后方可提交");
  return o;
}

std::string_view code(ReviewStage s) {
  switch (s) {
    case ReviewStage::unit: return "unit";
    case ReviewStage::dept: return "dept";
    case ReviewStage::county_joint: return "county";
    case ReviewStage::committee_joint: return "joint";
  }
  return "unit";
}
std::string_view chinese(ReviewStage s) {
  switch (s) {
    case ReviewStage::unit: return "用人单位考核推荐";
    case ReviewStage::dept: return "主管部门复审";
    case ReviewStage::county_joint: return "县(市)主管部门和职改部门联合审核";
    case ReviewStage::committee_joint: return "评委会所在部门联审";
  }
  return "";
}
std::optional<ReviewStage> parse_review_stage(std::string_view s) {
  for (auto st : {ReviewStage::unit, ReviewStage::dept, ReviewStage::county_joint, ReviewStage::committee_joint})
    if (code(st) == s) return st;
  return std::nullopt;
}

// R-APP-ROUTE: 「由各县(市)主管部门和职改部门联合审核后…直接报评委会所在部门；州直单位的由主管
// 部门复审加注意见后，由申报单位直接报评委会所在部门，由评委会所在部门…进行联审」.
std::vector<ReviewStage> required_stages(Placement p) {
  if (p == Placement::county) return {ReviewStage::unit, ReviewStage::county_joint, ReviewStage::committee_joint};
  return {ReviewStage::unit, ReviewStage::dept, ReviewStage::committee_joint};
}

Outcome check_next_stage(Placement p, const std::vector<ReviewStage>& done, ReviewStage proposed) {
  Outcome o;
  const auto stages = required_stages(p);
  const char* who = p == Placement::county ? "县(市)申报人员" : "州直申报人员";
  if (std::find(stages.begin(), stages.end(), proposed) == stages.end()) {
    fail(o, rule::kAppRoute, std::string{who} + "不经过「" + std::string{chinese(proposed)} + "」环节");
    return o;
  }
  for (ReviewStage s : stages) {
    if (std::find(done.begin(), done.end(), s) != done.end()) {
      if (s == proposed) fail(o, rule::kAppRoute, "「" + std::string{chinese(s)} + "」环节已完成");
      continue;
    }
    if (s != proposed)
      fail(o, rule::kAppRoute, std::string{who} + "应先完成「" + std::string{chinese(s)} + "」，再进行「" +
                                   std::string{chinese(proposed)} + "」");
    break;
  }
  return o;
}

// R-APP-SCHEME: 「考核推荐方案，应保持一定的稳定性和连续性，严禁因人画像年年修订」.
Outcome check_scheme_stability(std::vector<SchemeVersion> versions) {
  Outcome o;
  std::sort(versions.begin(), versions.end(),
            [](const SchemeVersion& a, const SchemeVersion& b) { return a.adopted_on < b.adopted_on; });
  // versions[0] is the original adoption; later ones are revisions.
  for (std::size_t i = 2; i < versions.size(); ++i) {
    const int gap = versions[i].adopted_on.year - versions[i - 1].adopted_on.year;
    if (gap <= 1)
      warn(o, rule::kAppScheme, "考核推荐方案于 " + std::to_string(versions[i - 1].adopted_on.year) + " 年和 " +
                                    std::to_string(versions[i].adopted_on.year) +
                                    " 年连续修订（版本 " + versions[i - 1].version + "、" + versions[i].version +
                                    "），应保持稳定，严禁年年修订");
  }
  if (!versions.empty() && blank(versions.back().version))
    warn(o, rule::kAppScheme, "考核推荐方案须记录版本号");
  return o;
}

}  // namespace zp::core
