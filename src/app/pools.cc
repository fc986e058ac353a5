#include "app/pools.h"

#include <set>

#include "app/applications_eval.h"
#include "app/audit.h"
#include "app/committees.h"
#include "app/error.h"
#include "app/persons.h"
#include "app/rosters.h"
#include "core/pool_rules.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

json::array warnings_json(const std::vector<core::Violation>& v) {
  json::array a;
  for (const auto& w : v)
    a.push_back(json::object{{"rule", w.rule}, {"section", w.section}, {"message", w.message}});
  return a;
}

json::object entry_json(store::Tx& tx, const store::Row& r) {
  json::object o;
  o["id"] = r.str("id");
  o["committee_id"] = r.str("committee_id");
  o["person_id"] = r.str("person_id");
  o["status"] = r.str("status");
  o["exception_reason"] =
      r.is_null("exception_reason") ? json::value(nullptr) : json::value(r.str("exception_reason"));
  o["grassroots"] = r.i64("grassroots") != 0;
  o["outside_system"] = r.i64("outside_system") != 0;
  o["removal_reason"] =
      r.is_null("removal_reason") ? json::value(nullptr) : json::value(r.str("removal_reason"));
  o["removed_at"] = r.is_null("removed_at") ? json::value(nullptr) : json::value(r.str("removed_at"));
  o["created_at"] = r.str("created_at");
  json::array steps;
  for (const auto& s : tx.query(
           "SELECT step, at, by_user FROM pool_steps WHERE entry_id = ? ORDER BY at, seq", {r.str("id")}))
    steps.push_back(json::object{{"step", s.str("step")}, {"at", s.str("at")}, {"by", s.str("by_user")}});
  o["steps"] = steps;
  return o;
}

constexpr const char* kCols =
    "SELECT id, committee_id, person_id, status, exception_reason, grassroots, outside_system, "
    "removal_reason, "
    "removed_at, created_at FROM pool_entries ";

int admitted_count(store::Tx& tx, const std::string& committee_id) {
  auto r = tx.one("SELECT COUNT(*) AS n FROM pool_entries WHERE committee_id = ? AND status = 'admitted'",
                  {committee_id});
  return r ? static_cast<int>(r->i64("n")) : 0;
}

store::Row require_entry(store::Tx& tx, const std::string& id) {
  auto r = tx.one(std::string(kCols) + "WHERE id = ?", {id});
  if (!r) not_found("专家库条目");
  return *r;
}

void add_step(const Context& ctx, store::Tx& tx, const std::string& entry_id, const std::string& step,
              const Actor& actor) {
  // seq: insertion order within the entry (the write transaction serialises writers).
  auto next = tx.one("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM pool_steps WHERE entry_id = ?", {entry_id});
  tx.exec("INSERT INTO pool_steps(entry_id, seq, step, at, by_user) VALUES (?,?,?,?,?)",
          {entry_id, next->i64("n"), step, ctx.clock.now_rfc3339(),
           actor.username.empty() ? actor.user_id : actor.username});
}

// What GET /api/v1/pool-entries/{id} allows: the expert self, or R-COM-CONFIDENTIAL access.
bool may_read_entry(const Actor& actor, const store::Row& row) {
  if (actor.has("expert") && !actor.person_id.empty() && actor.person_id == row.str("person_id")) return true;
  try {
    require_confidential_access(&actor, row.str("committee_id"));
    return true;
  } catch (const Failure&) {
    return false;
  }
}

}  // namespace

json::object apply_to_pool(const Context& ctx, const Actor& actor, const std::string& committee_id,
                           const NewPoolEntry& in) {
  const bool self = actor.has("expert") && !actor.person_id.empty() && actor.person_id == in.person_id;
  if (!self && !manages_committee(actor, committee_id))
    forbidden("专家本人、州职改办或该评委会工作机构方可申请入库");
  auto tx = ctx.db.begin(store::TxMode::write);
  const CommitteeRecord c = require_committee(*tx, committee_id);
  auto p = load_person(ctx, *tx, in.person_id);
  if (!p) bad_request("字段 person_id 指向的人员不存在");
  if (tx->one(
          "SELECT 1 AS x FROM pool_entries WHERE committee_id = ? AND person_id = ? AND status <> 'removed'",
          {committee_id, in.person_id}))
    throw Failure(Category::conflict, "该人员已在本评委会专家库或入库程序中");
  core::ExpertFacts e = expert_facts(in.person_id, *p);
  // The award exception: the office records the first-class award and the reason.
  e.first_class_award = in.exception_reason.has_value();
  const core::Outcome o =
      core::check_pool_admission(e, c.facts.level, ctx.clock.today(), in.exception_reason);
  require(o, "不符合入库条件");
  const std::string id = crypto::random_id();
  std::string reason;
  if (in.exception_reason) reason = *in.exception_reason + (in.award.empty() ? "" : "（" + in.award + "）");
  tx->exec(
      "INSERT INTO pool_entries(id, committee_id, person_id, status, exception_reason, grassroots, "
      "outside_system, "
      "created_at, created_by) VALUES (?,?,?,'applied',?,?,?,?,?)",
      {id, committee_id, in.person_id, in.exception_reason ? store::Value(reason) : store::Value(nullptr),
       std::int64_t{in.grassroots ? 1 : 0}, std::int64_t{in.outside_system ? 1 : 0}, ctx.clock.now_rfc3339(),
       actor.user_id});
  add_step(ctx, *tx, id, "applied", actor);
  audit_append(
      *tx, ctx, &actor, "pool.apply", "pool_entry:" + id,
      json::object{{"committee_id", committee_id},
                   {"person_id", in.person_id},
                   {"exception_reason", in.exception_reason ? json::value(reason) : json::value(nullptr)}});
  json::object out = entry_json(*tx, require_entry(*tx, id));
  tx->commit();
  out["warnings"] = warnings_json(o.warnings);
  return out;
}

json::object pool_step(const Context& ctx, const Actor& actor, const std::string& entry_id,
                       const std::string& step) {
  auto proposed = core::parse_pool_status(step);
  if (!proposed || *proposed == core::PoolStatus::removed || *proposed == core::PoolStatus::applied)
    bad_request("字段 step 须为 unit_recommended、dept_reviewed、publicized、filed 或 admitted");
  auto tx = ctx.db.begin(store::TxMode::write);
  const auto row = require_entry(*tx, entry_id);
  const std::string committee_id = row.str("committee_id");
  bool allowed = manages_committee(actor, committee_id);
  // Finding 15.3: the unit's HR recommends only its own staff, and the review step is the
  // expert's unit's competent department or county office (org_oversees, as for
  // applications). Anyone else learns nothing about the entry: 404 as for a GET.
  auto unit = tx->one("SELECT unit_id FROM persons WHERE id = ?", {row.str("person_id")});
  const std::string unit_id = unit ? unit->str("unit_id") : "";
  const bool own_unit = actor.has("unit_hr") && !actor.org_id.empty() && unit_id == actor.org_id;
  const bool oversees = actor.has("dept_reviewer") && org_oversees(*tx, actor.org_id, unit_id);
  if (!allowed && *proposed == core::PoolStatus::unit_recommended && own_unit) allowed = true;
  if (!allowed && *proposed == core::PoolStatus::dept_reviewed && oversees) allowed = true;
  if (!allowed) {
    if (own_unit || oversees || may_read_entry(actor, row)) forbidden("无权办理该入库步骤");
    not_found("专家库条目");
  }
  const auto current = core::parse_pool_status(row.str("status")).value_or(core::PoolStatus::applied);
  require(core::check_intake_step(current, *proposed), "入库程序不得跳过");
  tx->exec("UPDATE pool_entries SET status = ? WHERE id = ?", {step, entry_id});
  add_step(ctx, *tx, entry_id, step, actor);
  audit_append(*tx, ctx, &actor, "pool.step", "pool_entry:" + entry_id,
               json::object{{"from", row.str("status")}, {"to", step}});
  // The reply carries no more than the caller may GET: the confidential entry to those
  // who may read it, otherwise only what the caller did.
  json::object out = may_read_entry(actor, row)
                         ? entry_json(*tx, require_entry(*tx, entry_id))
                         : json::object{{"id", entry_id}, {"status", step}};
  tx->commit();
  out["warnings"] = json::array();
  return out;
}

json::object remove_from_pool(const Context& ctx, const Actor& actor, const std::string& entry_id,
                              const std::string& reason) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const auto row = require_entry(*tx, entry_id);
  const std::string committee_id = row.str("committee_id");
  if (!manages_committee(actor, committee_id)) forbidden("仅州职改办或该评委会工作机构可清理出库");
  const CommitteeRecord c = require_committee(*tx, committee_id);
  const auto current = core::parse_pool_status(row.str("status")).value_or(core::PoolStatus::applied);
  require(core::check_removal(current, reason), "不能清理出库");
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec(
      "UPDATE pool_entries SET status = 'removed', removal_reason = ?, removed_at = ?, removed_by = ? WHERE "
      "id = ?",
      {reason, now, actor.user_id, entry_id});
  add_step(ctx, *tx, entry_id, "removed", actor);
  audit_append(*tx, ctx, &actor, "pool.remove", "pool_entry:" + entry_id,
               json::object{{"from", row.str("status")}, {"reason", reason}});
  const core::Outcome size =
      core::check_pool_size(c.facts.level, admitted_count(*tx, committee_id), ctx.clock.today());
  json::object out = entry_json(*tx, require_entry(*tx, entry_id));
  tx->commit();
  out["warnings"] = warnings_json(size.warnings);
  return out;
}

json::object get_pool_entry(const Context& ctx, const Actor& actor, const std::string& entry_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const auto row = require_entry(*tx, entry_id);
  const bool self = actor.has("expert") && actor.person_id == row.str("person_id");
  if (!self) require_confidential_access(&actor, row.str("committee_id"));
  return entry_json(*tx, row);
}

json::array list_pool(const Context& ctx, const Actor& actor, const std::string& committee_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  require_committee(*tx, committee_id);
  require_confidential_access(&actor, committee_id);
  json::array out;
  for (const auto& r :
       tx->query(std::string(kCols) + "WHERE committee_id = ? ORDER BY created_at, id", {committee_id}))
    out.push_back(entry_json(*tx, r));
  return out;
}

json::array pool_candidates(const Context& ctx, const Actor& actor, const std::string& committee_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const CommitteeRecord c = require_committee(*tx, committee_id);
  if (!manages_committee(actor, committee_id)) forbidden("仅该评委会工作机构或职改办可查看入库候选人");
  std::set<std::string> taken;
  for (const auto& r : tx->query("SELECT person_id FROM pool_entries WHERE committee_id = ? AND status <> 'removed'",
                                 {committee_id}))
    taken.insert(r.str("person_id"));
  json::array out;
  for (const auto& r : tx->query("SELECT p.id, p.unit_id, o.name AS unit FROM persons p "
                                 "LEFT JOIN orgs o ON o.id = p.unit_id ORDER BY p.name LIMIT 5000")) {
    const std::string pid = r.str("id");
    if (taken.count(pid)) continue;
    auto p = load_person(ctx, *tx, pid);
    if (!p) continue;
    const Qualification* q = nullptr;
    for (const auto& x : p->qualifications)
      if (x.series == c.facts.series && (x.level == "full_senior" || x.level == "deputy_senior")) q = &x;
    if (!q) continue;
    const core::Outcome o = core::check_pool_admission(expert_facts(pid, *p), c.facts.level, ctx.clock.today(),
                                                       std::nullopt);
    // Name, unit and the qualification only: no ID number, birth date or phone.
    out.push_back(json::object{{"person_id", pid},
                               {"name", p->name},
                               {"unit_id", r.str("unit_id")},
                               {"unit", r.str("unit")},
                               {"series", q->series},
                               {"specialty", q->specialty},
                               {"level", q->level},
                               {"eligible", o.ok()}});
  }
  return out;
}

json::object pool_summary(const Context& ctx, const Actor& actor, const std::string& committee_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const CommitteeRecord c = require_committee(*tx, committee_id);
  require_confidential_access(&actor, committee_id);
  auto r = tx->one(
      "SELECT COUNT(*) AS n, COALESCE(SUM(grassroots),0) AS g, COALESCE(SUM(outside_system),0) AS s "
      "FROM pool_entries WHERE committee_id = ? AND status = 'admitted'",
      {committee_id});
  const int n = static_cast<int>(r->i64("n")), g = static_cast<int>(r->i64("g")),
            s = static_cast<int>(r->i64("s"));
  core::Outcome o = core::check_pool_size(c.facts.level, n, ctx.clock.today());
  o.merge(core::check_pool_diversity(n, g, s));
  return json::object{{"committee_id", committee_id},
                      {"admitted", n},
                      {"grassroots", g},
                      {"outside_system", s},
                      {"warnings", warnings_json(o.warnings)}};
}

}  // namespace zp::app
