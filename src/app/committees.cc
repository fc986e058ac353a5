#include "app/committees.h"

#include "app/audit.h"
#include "app/error.h"
#include "app/series.h"
#include "core/rule_ids.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

std::string json_strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return json::serialize(a);
}

std::vector<std::string> strings_from_json(const std::string& text) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.as_array())
    if (e.is_string()) out.emplace_back(e.as_string().c_str());
  return out;
}

namespace {

json::array strings_array(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return a;
}

json::array warnings_json(const std::vector<core::Violation>& v) {
  json::array a;
  for (const auto& w : v)
    a.push_back(json::object{{"rule", w.rule}, {"section", w.section}, {"message", w.message}});
  return a;
}

// Validates the committee fields (400 naming the field) and builds the facts; the rule
// checks (R-COM-LEVELS, R-COM-AUTHORITY, R-COM-PUBLIC-LIST) are left to the caller.
core::CommitteeFacts facts_of(store::Tx& tx, const NewCommittee& in) {
  if (in.name.empty()) bad_request("缺少字段 name");
  core::CommitteeFacts f;
  auto lvl = core::parse_committee_level(in.level);
  if (!lvl) {
    if (in.level == "junior" || in.level == "assistant" || in.level == "primary")
      throw Failure(
          Category::rule_violation, "不得设置初级评委会",
          {{core::rule::kComLevels.id, core::rule::kComLevels.section,
            "自 2018-09-01 起取消初级职称评审，评委会只设高评会（senior）和中评会（intermediate）"}});
    bad_request("字段 level 须为 senior 或 intermediate");
  }
  f.level = *lvl;
  require_series(tx, in.series, "series");
  f.series = in.series;
  for (std::size_t i = 0; i < in.specialties.size(); ++i)
    require_specialty(tx, in.series, in.specialties[i], ("specialties[" + std::to_string(i) + "]").c_str());
  f.specialties = in.specialties;
  for (std::size_t i = 0; i < in.evaluates.size(); ++i) {
    auto l = core::parse_level(in.evaluates[i]);
    if (!l) bad_request("字段 evaluates[" + std::to_string(i) + "] 不是有效的职称层级");
    f.evaluates.push_back(*l);
  }
  f.approving_authority = in.approving_authority;
  if (!tx.one("SELECT 1 AS x FROM orgs WHERE id = ?", {in.host_org_id}))
    bad_request("字段 host_org_id 指向的机构不存在");
  return f;
}

core::Outcome committee_checks(store::Tx& tx, const NewCommittee& in, const core::CommitteeFacts& f,
                               core::Date today) {
  core::Outcome o = core::check_committee_levels(f, today);
  o.merge(core::check_authority(f));
  core::CommitteeListing l;
  l.name = in.name;
  l.scope = in.series;
  l.levels = in.evaluates.empty() ? "" : in.level;
  l.personnel_scope = in.personnel_scope;
  auto host = tx.one("SELECT name FROM orgs WHERE id = ?", {in.host_org_id});
  l.host = host ? host->str("name") : "";
  l.contact_phone = in.contact_phone;
  o.merge(core::check_public_listing(l));
  return o;
}

std::string insert_committee(store::Tx& tx, const Context& ctx, const NewCommittee& in,
                             const std::optional<std::string>& application_id) {
  const std::string id = crypto::random_id();
  tx.exec(
      "INSERT INTO committees(id, name, level, series, specialties, evaluates, approving_authority, "
      "host_org_id, "
      "personnel_scope, contact_phone, application_id, status, created_at) VALUES "
      "(?,?,?,?,?,?,?,?,?,?,?,'active',?)",
      {id, in.name, in.level, in.series, json_strings(in.specialties), json_strings(in.evaluates),
       in.approving_authority, in.host_org_id, in.personnel_scope, in.contact_phone,
       application_id ? store::Value(*application_id) : store::Value(nullptr), ctx.clock.now_rfc3339()});
  return id;
}

json::object committee_json(store::Tx& tx, const store::Row& r) {
  json::object o;
  o["id"] = r.str("id");
  o["name"] = r.str("name");
  o["level"] = r.str("level");
  o["series"] = r.str("series");
  o["specialties"] = strings_array(strings_from_json(r.str("specialties")));
  o["evaluates"] = strings_array(strings_from_json(r.str("evaluates")));
  o["approving_authority"] = r.str("approving_authority");
  o["host_org_id"] = r.str("host_org_id");
  auto host = tx.one("SELECT name FROM orgs WHERE id = ?", {r.str("host_org_id")});
  o["host_org_name"] = host ? host->str("name") : "";
  o["personnel_scope"] = r.str("personnel_scope");
  o["contact_phone"] = r.str("contact_phone");
  o["filed_on"] = r.is_null("filed_on") ? json::value(nullptr) : json::value(r.str("filed_on"));
  o["filing_doc_no"] =
      r.is_null("filing_doc_no") ? json::value(nullptr) : json::value(r.str("filing_doc_no"));
  o["status"] = r.str("status");
  return o;
}

constexpr const char* kCommitteeCols =
    "SELECT id, name, level, series, specialties, evaluates, approving_authority, host_org_id, "
    "personnel_scope, "
    "contact_phone, filed_on, filing_doc_no, status FROM committees ";

}  // namespace

std::optional<CommitteeRecord> load_committee(store::Tx& tx, const std::string& id) {
  auto r = tx.one(std::string(kCommitteeCols) + "WHERE id = ?", {id});
  if (!r) return std::nullopt;
  CommitteeRecord c;
  c.id = r->str("id");
  c.name = r->str("name");
  c.status = r->str("status");
  c.facts.level = core::parse_committee_level(r->str("level")).value_or(core::CommitteeLevel::intermediate);
  c.facts.series = r->str("series");
  c.facts.specialties = strings_from_json(r->str("specialties"));
  for (const auto& s : strings_from_json(r->str("evaluates")))
    if (auto l = core::parse_level(s)) c.facts.evaluates.push_back(*l);
  c.facts.approving_authority = r->str("approving_authority");
  return c;
}

CommitteeRecord require_committee(store::Tx& tx, const std::string& id) {
  auto c = load_committee(tx, id);
  if (!c) not_found("评委会");
  return *c;
}

bool manages_committee(const Actor& a, const std::string& committee_id) {
  if (a.has("title_office")) return true;
  return a.has("committee_office") && !a.committee_id.empty() && a.committee_id == committee_id;
}

void require_confidential_access(const Actor* a, const std::string& committee_id) {
  if (a) {
    const bool own = !a->committee_id.empty() && a->committee_id == committee_id;
    for (const auto& role : a->roles) {
      auto r = core::parse_role(role);
      if (r && core::may_see_roster(*r, own).ok()) return;
    }
  }
  auto o = core::may_see_roster(core::Role::public_user, false);
  forbidden("评委会人员组成保密", o.violations);
}

json::object create_committee(const Context& ctx, const Actor& actor, const NewCommittee& in) {
  if (!actor.has("title_office")) forbidden("仅州职改办可登记评委会");
  auto tx = ctx.db.begin(store::TxMode::write);
  const auto f = facts_of(*tx, in);
  require(committee_checks(*tx, in, f, ctx.clock.today()), "评委会设置不符合规则");
  const std::string id = insert_committee(*tx, ctx, in, std::nullopt);
  audit_append(*tx, ctx, &actor, "committee.create", "committee:" + id,
               json::object{{"name", in.name},
                            {"level", in.level},
                            {"series", in.series},
                            {"approving_authority", in.approving_authority}});
  auto row = tx->one(std::string(kCommitteeCols) + "WHERE id = ?", {id});
  json::object o = committee_json(*tx, *row);
  tx->commit();
  o["warnings"] = json::array();
  return o;
}

namespace {
json::object application_json(const store::Row& r) {
  json::object o;
  for (const char* k :
       {"id", "name", "level", "series", "workforce_status", "reason", "personnel_scope", "specialty_scope",
        "approving_authority", "host_org_id", "contact_phone", "status", "created_at"})
    o[k] = r.str(k);
  o["specialties"] = strings_array(strings_from_json(r.str("specialties")));
  o["evaluates"] = strings_array(strings_from_json(r.str("evaluates")));
  o["rule_documents"] = strings_array(strings_from_json(r.str("rule_documents")));
  o["workforce"] = r.i64("workforce");
  o["evaluates_lower"] =
      r.is_null("evaluates_lower") ? json::value(nullptr) : json::value(r.i64("evaluates_lower") != 0);
  o["specialty_based"] = r.i64("specialty_based") != 0;
  o["committee_id"] = r.is_null("committee_id") ? json::value(nullptr) : json::value(r.str("committee_id"));
  boost::system::error_code ec;
  auto w = json::parse(r.str("warnings"), ec);
  o["warnings"] = (!ec && w.is_array()) ? w : json::array();
  return o;
}
}  // namespace

json::object create_committee_application(const Context& ctx, const Actor& actor,
                                          const NewCommitteeApplication& in) {
  if (!actor.has("title_office")) forbidden("仅州职改办可登记评委会设置申请");
  auto tx = ctx.db.begin(store::TxMode::write);
  const auto f = facts_of(*tx, in.committee);
  core::CommitteeSetupFacts s;
  s.level = f.level;
  s.specialty_based = in.specialty_based;
  s.workforce_status = in.workforce_status;
  s.reason = in.reason;
  s.personnel_scope = in.committee.personnel_scope;
  s.specialty_scope = in.specialty_scope;
  s.levels = f.evaluates;
  s.evaluates_lower = in.evaluates_lower;
  s.workforce = in.workforce;
  s.rule_documents = in.rule_documents;
  const core::Date today = ctx.clock.today();
  core::Outcome o = core::check_setup(s, today);
  o.merge(committee_checks(*tx, in.committee, f, today));
  require(o, "评委会设置申请不符合规则");
  const std::string id = crypto::random_id();
  const auto& c = in.committee;
  tx->exec(
      "INSERT INTO committee_applications(id, name, level, series, specialties, evaluates, evaluates_lower, "
      "specialty_based, workforce_status, workforce, reason, personnel_scope, specialty_scope, "
      "rule_documents, "
      "approving_authority, host_org_id, contact_phone, status, warnings, created_by, created_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'submitted',?,?,?)",
      {id,
       c.name,
       c.level,
       c.series,
       json_strings(c.specialties),
       json_strings(c.evaluates),
       in.evaluates_lower ? store::Value(std::int64_t{*in.evaluates_lower ? 1 : 0}) : store::Value(nullptr),
       std::int64_t{in.specialty_based ? 1 : 0},
       in.workforce_status,
       std::int64_t{in.workforce},
       in.reason,
       c.personnel_scope,
       in.specialty_scope,
       json_strings(in.rule_documents),
       c.approving_authority,
       c.host_org_id,
       c.contact_phone,
       json::serialize(warnings_json(o.warnings)),
       actor.user_id,
       ctx.clock.now_rfc3339()});
  audit_append(*tx, ctx, &actor, "committee_application.create", "committee_application:" + id,
               json::object{{"name", c.name}, {"level", c.level}, {"workforce", in.workforce}});
  auto row = tx->one("SELECT * FROM committee_applications WHERE id = ?", {id});
  json::object out = application_json(*row);
  tx->commit();
  return out;
}

json::object get_committee_application(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!actor.any({"title_office", "supervisor", "sysadmin"})) forbidden("无权查看评委会设置申请");
  auto tx = ctx.db.begin(store::TxMode::read);
  auto row = tx->one("SELECT * FROM committee_applications WHERE id = ?", {id});
  if (!row) not_found("评委会设置申请");
  return application_json(*row);
}

json::object approve_committee_application(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!actor.has("title_office")) forbidden("仅州职改办可批复评委会设置申请");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto row = tx->one("SELECT * FROM committee_applications WHERE id = ?", {id});
  if (!row) not_found("评委会设置申请");
  if (row->str("status") != "submitted") throw Failure(Category::conflict, "该申请已处理");
  NewCommittee c;
  c.name = row->str("name");
  c.level = row->str("level");
  c.series = row->str("series");
  c.specialties = strings_from_json(row->str("specialties"));
  c.evaluates = strings_from_json(row->str("evaluates"));
  c.approving_authority = row->str("approving_authority");
  c.host_org_id = row->str("host_org_id");
  c.personnel_scope = row->str("personnel_scope");
  c.contact_phone = row->str("contact_phone");
  const auto f = facts_of(*tx, c);
  require(committee_checks(*tx, c, f, ctx.clock.today()), "评委会设置不符合规则");
  const std::string cid = insert_committee(*tx, ctx, c, id);
  tx->exec(
      "UPDATE committee_applications SET status = 'approved', committee_id = ?, decided_at = ? WHERE id = ?",
      {cid, ctx.clock.now_rfc3339(), id});
  audit_append(*tx, ctx, &actor, "committee_application.approve", "committee_application:" + id,
               json::object{{"committee_id", cid}});
  auto crow = tx->one(std::string(kCommitteeCols) + "WHERE id = ?", {cid});
  json::object out = committee_json(*tx, *crow);
  tx->commit();
  return out;
}

json::object file_committee(const Context& ctx, const Actor& actor, const std::string& id,
                            core::Date filed_on, const std::string& doc_no) {
  if (!actor.has("title_office")) forbidden("仅州职改办可登记评委会备案");
  auto tx = ctx.db.begin(store::TxMode::write);
  require_committee(*tx, id);
  tx->exec("UPDATE committees SET filed_on = ?, filing_doc_no = ? WHERE id = ?",
           {filed_on.str(), doc_no.empty() ? store::Value(nullptr) : store::Value(doc_no), id});
  audit_append(*tx, ctx, &actor, "committee.file", "committee:" + id,
               json::object{{"filed_on", filed_on.str()}, {"doc_no", doc_no}});
  auto row = tx->one(std::string(kCommitteeCols) + "WHERE id = ?", {id});
  json::object out = committee_json(*tx, *row);
  tx->commit();
  return out;
}

json::array list_committees(const Context& ctx) {
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r :
       tx->query(std::string(kCommitteeCols) + "WHERE status = 'active' ORDER BY level, name"))
    out.push_back(committee_json(*tx, r));
  return out;
}

json::object get_committee(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one(std::string(kCommitteeCols) + "WHERE id = ?", {id});
  if (!r) not_found("评委会");
  return committee_json(*tx, *r);
}

}  // namespace zp::app
