#include "app/applications_eval.h"

#include <algorithm>

#include "app/calendar.h"
#include "app/error.h"
#include "app/series.h"
#include "core/level.h"
#include "core/retirement.h"
#include "core/rule_ids.h"
#include "core/tenure.h"
#include "core/vocabulary.h"

namespace zp::app {
namespace json = boost::json;

std::vector<core::BlacklistEntry> blacklist_entries(store::Tx& tx, const std::string& person_id) {
  std::vector<core::BlacklistEntry> out;
  for (const auto& r :
       tx.query("SELECT from_date, until, reason FROM blacklist WHERE person_id = ?", {person_id})) {
    core::BlacklistEntry e;
    e.from = core::Date::parse(r.str("from_date")).value_or(core::Date{});
    if (auto u = r.opt_str("until")) e.until = core::Date::parse(*u);
    e.reason = r.str("reason");
    out.push_back(std::move(e));
  }
  return out;
}

core::Placement placement_of(store::Tx& tx, const std::string& unit_id) {
  auto r = tx.one("SELECT region FROM orgs WHERE id = ?", {unit_id});
  return (!r || r->str("region") == "州直") ? core::Placement::prefecture_direct : core::Placement::county;
}

bool org_oversees(store::Tx& tx, const std::string& org_id, const std::string& unit_id) {
  if (org_id.empty()) return false;
  auto org = tx.one("SELECT kind, region FROM orgs WHERE id = ?", {org_id});
  auto unit = tx.one("SELECT parent_id, region FROM orgs WHERE id = ?", {unit_id});
  if (!org || !unit) return false;
  if (org->str("kind") == "county_office" && unit->str("region") == org->str("region")) return true;
  std::string p = unit->str("parent_id");
  for (int depth = 0; depth < 8 && !p.empty(); ++depth) {
    if (p == org_id) return true;
    auto up = tx.one("SELECT parent_id FROM orgs WHERE id = ?", {p});
    p = up ? up->str("parent_id") : "";
  }
  return false;
}

bool application_in_scope(store::Tx& tx, const Actor& a, const std::string& person_id,
                          const std::string& unit_id, const std::string& round_id) {
  if (a.any({"sysadmin", "title_office", "supervisor"})) return true;
  if (a.has("applicant") && !a.person_id.empty() && a.person_id == person_id) return true;
  if (a.has("unit_hr") && !a.org_id.empty() && a.org_id == unit_id) return true;
  if (a.has("dept_reviewer") && org_oversees(tx, a.org_id, unit_id)) return true;
  if (a.has("dept_reviewer") && !a.org_id.empty()) {
    // The committee's hosting department runs the joint review (联审).
    if (tx.one("SELECT 1 AS x FROM rounds r JOIN committees c ON c.id = r.committee_id "
               "WHERE r.id = ? AND c.host_org_id = ?",
               {round_id, a.org_id}))
      return true;
  }
  if (a.has("committee_office") && !a.committee_id.empty()) {
    if (tx.one("SELECT 1 AS x FROM rounds WHERE id = ? AND committee_id = ?", {round_id, a.committee_id}))
      return true;
  }
  return false;
}

void validate_request(store::Tx& tx, const ApplicationRequest& r, core::Date today) {
  if (!core::parse_level(r.target_level)) bad_request("字段 target_level 取值无效：" + r.target_level);
  if (!core::parse_promotion_type(r.promotion_type))
    bad_request("字段 promotion_type 取值无效：" + r.promotion_type +
                "（可选：normal、exceptional、transfer）");
  require_series(tx, r.series, "series");
  require_specialty(tx, r.series, r.specialty, "specialty");
  for (std::size_t i = 0; i < r.achievements.size(); ++i)
    if (r.achievements[i].date > today)
      bad_request("字段 achievements[" + std::to_string(i) + "].date 晚于今天（" + today.str() +
                  "），不能是将来的日期");
}

namespace {

core::TenureFacts tenure_facts(const PersonInput& p) {
  core::TenureFacts f;
  f.post_managed = p.post_managed;
  for (const auto& q : p.qualifications) {
    auto lv = core::parse_level(q.level);
    if (!lv) continue;
    core::TenureFacts::Held h{*lv, core::YearMonth{q.obtained_on.year, q.obtained_on.month}, std::nullopt};
    // The earliest appointment at that level is when the tenure in it began.
    for (const auto& a : p.appointments) {
      if (a.level != q.level) continue;
      core::YearMonth m{a.appointed_on.year, a.appointed_on.month};
      if (!h.appointed || m < *h.appointed) h.appointed = m;
    }
    f.titles.push_back(h);
  }
  return f;
}

core::MaterialsFacts materials_facts(const PersonInput& p) {
  core::MaterialsFacts f;
  f.post_managed = p.post_managed;
  for (const auto& d : p.degrees) {
    core::DegreeFacts df;
    df.degree = core::parse_degree(d.degree).value_or(core::Degree::bachelor);
    df.institution = d.institution;
    df.kind = core::parse_institution_kind(d.kind).value_or(core::InstitutionKind::regular);
    df.specialty = d.specialty;
    df.graduated_on = d.graduated_on;
    df.verifiable_online = d.verifiable_online;
    f.degrees.push_back(df);
  }
  for (const auto& a : p.assessments) f.assessment_years.push_back(a.year);
  std::sort(f.assessment_years.begin(), f.assessment_years.end());
  return f;
}

std::optional<core::CurrentTitle> current_title(const PersonInput& p) {
  std::optional<core::CurrentTitle> cur;
  for (const auto& q : p.qualifications) {
    auto lv = core::parse_level(q.level);
    if (!lv) continue;
    if (!cur || *lv > cur->level) cur = core::CurrentTitle{*lv, q.series};
  }
  return cur;
}

}  // namespace

Evaluation evaluate_application(const Context& ctx, store::Tx& tx, const PersonInput& person,
                                const std::string& person_id, const std::optional<RoundInfo>& round,
                                const ApplicationRequest& r, core::Date today) {
  Evaluation ev;
  ev.application_year = round ? round->year : today.year;
  const int year = ev.application_year;
  auto& o = ev.outcome;

  // R-APP-BLACKLIST: judged on today.
  o.merge(core::check_blacklist(blacklist_entries(tx, person_id), false, today));

  // R-APP-RETIRE: as of 31 December of the application year.
  const auto base =
      core::parse_retirement_base(person.retirement_base).value_or(core::RetirementBase::male60);
  o.merge(
      core::check_not_retiring(core::YearMonth{person.birth_date.year, person.birth_date.month}, base, year));
  if (person.flags.retired && !o.has("R-APP-RETIRE"))
    core::fail(o, core::rule::kAppRetire, "人员已登记为退休，不能申报");

  // R-APP-CUTOFF-ACHIEVE: each achievement up to 30 September of the year.
  for (const auto& a : r.achievements) o.merge(core::check_achievement_date(a.date, year));

  // R-APP-WINDOW: today against the round's deadline (the 20th working day after the notice).
  if (round) {
    auto cal = ctx.calendar();
    o.merge(core::check_application_date(*cal, round->notice_date, today));
  }

  // R-APP-LEVEL-ORDER.
  core::LevelRequest lr;
  lr.target = core::parse_level(r.target_level).value_or(core::Level::junior);
  lr.series = r.series;
  lr.type = core::parse_promotion_type(r.promotion_type).value_or(core::PromotionType::normal);
  lr.basis = r.exceptional_basis;
  o.merge(core::check_level_order(current_title(person), lr));

  // R-APP-CUTOFF-YEARS: months through December of the year.
  const auto facts = tenure_facts(person);
  auto mt = core::months_total(facts, year);
  auto ml = core::months_in_level(facts, year);
  ev.months_total = mt.value;
  ev.months_in_level = ml.value;
  // The same warning may come from both counts; keep one.
  for (const auto& w : mt.outcome.warnings) o.warnings.push_back(w);
  for (const auto& w : ml.outcome.warnings)
    if (std::find(o.warnings.begin(), o.warnings.end(), w) == o.warnings.end()) o.warnings.push_back(w);

  // R-APP-ORIGINALS: the checklist from the record.
  ev.materials = core::materials_checklist(materials_facts(person));
  return ev;
}

json::array violations_array(const std::vector<core::Violation>& v) {
  json::array a;
  for (const auto& x : v)
    a.push_back(json::object{{"rule", x.rule}, {"section", x.section}, {"message", x.message}});
  return a;
}

json::array materials_array(const std::vector<core::MaterialItem>& m) {
  json::array a;
  for (const auto& x : m)
    a.push_back(
        json::object{{"name", x.name}, {"original_required", x.original_required}, {"reason", x.reason}});
  return a;
}

}  // namespace zp::app
