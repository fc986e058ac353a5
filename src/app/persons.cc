#include "app/persons.h"

#include "app/audit.h"
#include "app/error.h"
#include "app/series.h"
#include "core/id_number.h"
#include "core/retirement.h"
#include "crypto/random.h"
#include "crypto/seal.h"

namespace zp::app {
namespace json = boost::json;
namespace {

bool sees_full(const Actor& a) { return a.any({"sysadmin", "title_office"}); }

// Finding 15.1: a role that gets a masked ID number gets nothing else that pins it.
// The masked number keeps only the province/prefecture prefix (6229…), no sequence or
// check digit, and such roles see the birth year-month, never the day: from the
// prefix, the year-month, the gender and the check digit rule, at least 28 days × 500
// sequences (≥ 14,000 numbers per county code) remain possible. See docs/security.md.
std::string masked_id(const std::string& id) {
  if (id.size() <= 4) return std::string(id.size(), '*');
  return id.substr(0, 4) + std::string(id.size() - 4, '*');
}

std::string birth_month(const core::Date& d) { return core::YearMonth{d.year, d.month}.str(); }

// Persons linked to a committee: applicants of its rounds, its expert pool (any
// status, the record is kept), its rosters (finding 15.2).
bool linked_to_committee(store::Tx& tx, const std::string& committee_id, const std::string& person_id) {
  if (committee_id.empty()) return false;
  return tx.one(
             "SELECT 1 AS x FROM applications a JOIN rounds r ON r.id = a.round_id "
             "WHERE a.person_id = ?1 AND r.committee_id = ?2 "
             "UNION ALL SELECT 1 FROM pool_entries WHERE person_id = ?1 AND committee_id = ?2 "
             "UNION ALL SELECT 1 FROM roster_members WHERE person_id = ?1 AND committee_id = ?2 LIMIT 1",
             {person_id, committee_id})
      .has_value();
}

// Whether `actor` may see person rows of `unit_id` (or the person `person_id`).
bool in_scope(store::Tx& tx, const Actor& a, const std::string& person_id, const std::string& unit_id) {
  if (a.any({"sysadmin", "title_office", "supervisor"})) return true;
  if (a.any({"expert", "applicant"}) && a.person_id == person_id) return true;
  if (a.has("committee_office") && linked_to_committee(tx, a.committee_id, person_id)) return true;
  if (a.has("unit_hr") && a.org_id == unit_id) return true;
  if (a.has("dept_reviewer")) {
    // Units whose parent chain reaches the reviewer's org, or in the county office's region.
    auto org = tx.one("SELECT kind, region FROM orgs WHERE id = ?", {a.org_id});
    auto unit = tx.one("SELECT parent_id, region FROM orgs WHERE id = ?", {unit_id});
    if (!org || !unit) return false;
    if (org->str("kind") == "county_office" && unit->str("region") == org->str("region")) return true;
    std::string p = unit->str("parent_id");
    for (int depth = 0; depth < 8 && !p.empty(); ++depth) {
      if (p == a.org_id) return true;
      auto up = tx.one("SELECT parent_id FROM orgs WHERE id = ?", {p});
      p = up ? up->str("parent_id") : "";
    }
  }
  return false;
}

void validate(store::Tx& tx, const PersonInput& in) {
  if (in.name.empty()) bad_request("缺少字段 name");
  if (!core::id_number_valid(in.id_number))
    bad_request("字段 id_number 不是有效的公民身份号码（18 位，GB 11643 校验位）");
  if (core::id_number_birth_date(in.id_number) != in.birth_date)
    bad_request("字段 id_number 中的出生日期与 birth_date 不一致");
  if (std::string(1, core::id_number_gender(in.id_number)) != in.gender)
    bad_request("字段 id_number 的性别位与 gender 不一致");
  if (!tx.one("SELECT 1 AS x FROM orgs WHERE id = ? AND kind = 'unit'", {in.unit_id}))
    bad_request("字段 unit_id 须为已登记的用人单位");
  for (std::size_t i = 0; i < in.qualifications.size(); ++i) {
    const auto& q = in.qualifications[i];
    const std::string f = "qualifications[" + std::to_string(i) + "]";
    require_series(tx, q.series, (f + ".series").c_str());
    require_specialty(tx, q.series, q.specialty, (f + ".specialty").c_str());
  }
}

std::string last6(const std::string& id) { return id.size() >= 6 ? id.substr(id.size() - 6) : id; }

json::object person_json(const PersonInput& p, const std::string& id, bool full, std::int64_t version) {
  json::object o;
  o["id"] = id;
  o["name"] = p.name;
  o["id_number"] = full ? p.id_number : masked_id(p.id_number);
  o["phone"] = p.phone ? json::value(full ? *p.phone : core::mask_phone(*p.phone)) : json::value(nullptr);
  o["gender"] = p.gender;
  if (full) o["birth_date"] = p.birth_date.str();
  o["birth_month"] = birth_month(p.birth_date);
  o["retirement_base"] = p.retirement_base;
  o["unit_id"] = p.unit_id;
  o["post_managed"] = p.post_managed;
  for (auto& kv : profile_json(p)) o[kv.key()] = kv.value();
  o["version"] = version;
  return o;
}

struct Loaded {
  PersonInput p;
  std::int64_t version;
};

std::optional<Loaded> load(const Context& ctx, store::Tx& tx, const std::string& id) {
  auto r = tx.one(
      "SELECT name, id_number_sealed, phone_sealed, gender, birth_date, retirement_base, unit_id, "
      "post_managed, profile, version FROM persons WHERE id = ?",
      {id});
  if (!r) return std::nullopt;
  Loaded l;
  l.p.name = r->str("name");
  l.p.id_number = crypto::open(ctx.keys.data, r->str("id_number_sealed")).value_or("");
  if (auto ph = r->opt_str("phone_sealed")) l.p.phone = crypto::open(ctx.keys.data, *ph).value_or("");
  l.p.gender = r->str("gender");
  l.p.birth_date = core::Date::parse(r->str("birth_date")).value_or(core::Date{});
  l.p.retirement_base = static_cast<int>(r->i64("retirement_base"));
  l.p.unit_id = r->str("unit_id");
  l.p.post_managed = r->i64("post_managed") != 0;
  boost::system::error_code ec;
  auto prof = json::parse(r->str("profile"), ec);
  if (!ec && prof.is_object()) profile_from_json(prof.as_object(), l.p);
  l.version = r->i64("version");
  return l;
}

json::object audit_summary(const PersonInput& in) {
  // No ID number or phone in the audit trail: only that they were set.
  return json::object{{"name", in.name}, {"unit_id", in.unit_id}, {"has_phone", in.phone.has_value()}};
}

}  // namespace

std::optional<PersonInput> load_person(const Context& ctx, store::Tx& tx, const std::string& id) {
  auto l = load(ctx, tx, id);
  if (!l) return std::nullopt;
  return l->p;
}

std::string create_person_system(const Context& ctx, store::Tx& tx, const PersonInput& in) {
  validate(tx, in);
  const std::string idx = crypto::blind_index(ctx.keys.data, in.id_number);
  if (tx.one("SELECT 1 AS x FROM persons WHERE id_index = ?", {idx}))
    throw Failure(Category::conflict, "该公民身份号码的人员已登记");
  const std::string id = crypto::random_id();
  const std::string now = ctx.clock.now_rfc3339();
  tx.exec(
      "INSERT INTO persons(id, name, id_number_sealed, id_index, name_last6_index, phone_sealed, gender, "
      "birth_date, retirement_base, unit_id, post_managed, profile, version, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)",
      {id, in.name, crypto::seal(ctx.keys.data, in.id_number), idx,
       crypto::blind_index(ctx.keys.data, in.name + "|" + last6(in.id_number)),
       in.phone ? store::Value(crypto::seal(ctx.keys.data, *in.phone)) : store::Value(nullptr), in.gender,
       in.birth_date.str(), std::int64_t{in.retirement_base}, in.unit_id, std::int64_t{in.post_managed ? 1 : 0},
       json::serialize(profile_json(in)), now, now});
  return id;
}

json::object create_person(const Context& ctx, const Actor& actor, const PersonInput& in) {
  if (!actor.any({"sysadmin", "title_office", "unit_hr"})) forbidden("无权登记人员");
  if (!actor.any({"sysadmin", "title_office"}) && in.unit_id != actor.org_id)
    forbidden("用人单位只能登记本单位人员");
  auto tx = ctx.db.begin(store::TxMode::write);
  const std::string id = create_person_system(ctx, *tx, in);
  audit_append(*tx, ctx, &actor, "person.create", "person:" + id, audit_summary(in));
  tx->commit();
  return person_json(in, id, sees_full(actor), 1);
}

json::object get_person(const Context& ctx, const Actor& actor, const std::string& id) {
  std::optional<Loaded> l;
  {
    auto tx = ctx.db.begin(store::TxMode::read);
    l = load(ctx, *tx, id);
    if (!l || !in_scope(*tx, actor, id, l->p.unit_id)) not_found("人员");
  }
  if (actor.person_id != id) {
    auto w = ctx.db.begin(store::TxMode::write);
    json::array roles;
    std::string rs;
    for (const auto& r : actor.roles) rs += (rs.empty() ? "" : ",") + r;
    w->exec("INSERT INTO person_access_log(person_id, at, user_id, username, roles, action) VALUES (?,?,?,?,?,?)",
            {id, ctx.clock.now_rfc3339(), actor.user_id, actor.username, rs, std::string("read")});
    w->commit();
  }
  return person_json(l->p, id, sees_full(actor), l->version);
}

PersonInput person_for_update(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto l = load(ctx, *tx, id);
  if (!l || !in_scope(*tx, actor, id, l->p.unit_id)) not_found("人员");
  return l->p;
}

json::object update_person(const Context& ctx, const Actor& actor, const std::string& id,
                           const PersonInput& in) {
  if (!actor.any({"sysadmin", "title_office", "unit_hr"})) forbidden("无权修改人员信息");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto cur = load(ctx, *tx, id);
  if (!cur || !in_scope(*tx, actor, id, cur->p.unit_id)) not_found("人员");
  if (actor.has("unit_hr") && !actor.any({"sysadmin", "title_office"}) && in.unit_id != actor.org_id)
    forbidden("用人单位不能把人员移出本单位");
  if (in.version && *in.version != cur->version)
    throw Failure(Category::conflict, "记录已被他人修改（版本 " + std::to_string(cur->version) + "），请刷新后重试");
  validate(*tx, in);
  const std::string idx = crypto::blind_index(ctx.keys.data, in.id_number);
  if (tx->one("SELECT 1 AS x FROM persons WHERE id_index = ? AND id <> ?", {idx, id}))
    throw Failure(Category::conflict, "该公民身份号码的人员已登记");
  const std::int64_t changed = tx->exec(
      "UPDATE persons SET name=?, id_number_sealed=?, id_index=?, name_last6_index=?, phone_sealed=?, gender=?, "
      "birth_date=?, retirement_base=?, unit_id=?, post_managed=?, profile=?, version=version+1, updated_at=? "
      "WHERE id = ? AND version = ?",
      {in.name, crypto::seal(ctx.keys.data, in.id_number), idx,
       crypto::blind_index(ctx.keys.data, in.name + "|" + last6(in.id_number)),
       in.phone ? store::Value(crypto::seal(ctx.keys.data, *in.phone)) : store::Value(nullptr), in.gender,
       in.birth_date.str(), std::int64_t{in.retirement_base}, in.unit_id, std::int64_t{in.post_managed ? 1 : 0},
       json::serialize(profile_json(in)), ctx.clock.now_rfc3339(), id, cur->version});
  if (changed != 1) throw Failure(Category::conflict, "记录已被他人修改，请刷新后重试");
  audit_append(*tx, ctx, &actor, "person.update", "person:" + id, audit_summary(in));
  tx->commit();
  return person_json(in, id, sees_full(actor), cur->version + 1);
}

json::array list_persons(const Context& ctx, const Actor& actor, const std::string& unit_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  std::string sql = "SELECT id FROM persons";
  std::vector<store::Value> params;
  if (!unit_id.empty()) {
    sql += " WHERE unit_id = ?";
    params.emplace_back(unit_id);
  }
  sql += " ORDER BY name LIMIT 1000";
  json::array out;
  for (const auto& r : tx->query(sql, params)) {
    auto l = load(ctx, *tx, r.str("id"));
    if (!l || !in_scope(*tx, actor, r.str("id"), l->p.unit_id)) continue;
    const bool full = sees_full(actor);
    json::object o{{"id", r.str("id")}, {"name", l->p.name}, {"unit_id", l->p.unit_id},
                   {"gender", l->p.gender}, {"birth_month", birth_month(l->p.birth_date)}};
    if (full) o["birth_date"] = l->p.birth_date.str();
    o["id_number"] = full ? l->p.id_number : masked_id(l->p.id_number);
    out.push_back(std::move(o));
  }
  return out;
}

json::object person_retirement(const Context& ctx, const Actor& actor, const std::string& id) {
  PersonInput p = person_for_update(ctx, actor, id);
  // R-APP-RETIRE: statutory age under the 2024 progressive-retirement decision.
  const auto base = core::parse_retirement_base(p.retirement_base).value_or(core::RetirementBase::male60);
  const auto r = core::statutory_retirement(core::YearMonth{p.birth_date.year, p.birth_date.month}, base);
  json::object o;
  o["base"] = p.retirement_base;
  o["statutory_age"] = json::object{{"years", r.age_years}, {"months", r.age_months}};
  o["retirement_month"] = r.retirement_month.str();
  return o;
}

json::array person_access_log(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const bool self = actor.person_id == id;
  if (!self && !actor.any({"sysadmin", "title_office", "supervisor"})) not_found("人员");
  json::array out;
  for (const auto& r : tx->query(
           "SELECT at, username, roles, action FROM person_access_log WHERE person_id = ? ORDER BY at DESC LIMIT 500",
           {id}))
    out.push_back(json::object{{"at", r.str("at")}, {"username", r.str("username")},
                               {"roles", r.str("roles")}, {"action", r.str("action")}});
  return out;
}

}  // namespace zp::app
