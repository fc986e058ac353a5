#include "app/objections.h"

#include "app/applications.h"
#include "app/audit.h"
#include "app/error.h"
#include "core/publicity.h"
#include "crypto/random.h"
#include "crypto/seal.h"

namespace zp::app {
namespace json = boost::json;

json::object submit_objection(const Context& ctx, const std::string& publicity_id,
                              const ObjectionRequest& r) {
  if (r.content.find_first_not_of(" \t\r\n") == std::string::npos) bad_request("字段 content 不能为空");
  if (r.content.size() > 20000) bad_request("字段 content 过长");
  if (r.name.size() > 200 || r.contact.size() > 200) bad_request("字段 name 或 contact 过长");
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  auto pub = tx->one("SELECT end_date FROM publicities WHERE id = ?", {publicity_id});
  if (!pub) not_found("公示");
  if (!tx->one("SELECT 1 AS x FROM publicity_items WHERE publicity_id = ? AND application_id = ?",
               {publicity_id, r.application_id}))
    bad_request("字段 application_id 不在该公示名单中");
  const core::Date end = core::Date::parse(pub->str("end_date")).value_or(core::Date{});
  // R-OBJ-FORM: judged on the day received against the publicity's end date.
  auto reg = core::register_objection(r.name, r.contact, today, end);
  const std::string status{core::code(reg.value)};
  const std::string id = crypto::random_id();
  tx->exec(
      "INSERT INTO objections(id, publicity_id, application_id, name, contact_sealed, content, status, "
      "received_on, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
      {id, publicity_id, r.application_id, r.name,
       r.contact.empty() ? store::Value(nullptr) : store::Value(crypto::seal(ctx.keys.data, r.contact)),
       r.content, status, today.str(), ctx.clock.now_rfc3339()});
  add_history(*tx, ctx, nullptr, r.application_id, "objection." + status);
  audit_append(
      *tx, ctx, nullptr, "objection.create", "objection:" + id,
      json::object{{"publicity_id", publicity_id}, {"application_id", r.application_id}, {"status", status}});
  tx->commit();
  return json::object{{"id", id}, {"status", status}, {"warnings", violations_array(reg.outcome.warnings)}};
}

json::object resolve_objection(const Context& ctx, const Actor& actor, const std::string& id,
                               const std::string& finding, const std::string& reply, bool upheld) {
  auto tx = ctx.db.begin(store::TxMode::write);
  auto ob = tx->one(
      "SELECT o.application_id, o.status, o.resolved, a.unit_id FROM objections o "
      "JOIN applications a ON a.id = o.application_id WHERE o.id = ?",
      {id});
  const bool office = actor.has("title_office");
  const bool unit = ob && actor.has("unit_hr") && actor.org_id == ob->str("unit_id");
  if (!ob || !(office || unit)) {
    if (ob && actor.any({"supervisor"})) forbidden("监督人员只读");
    not_found("异议");
  }
  if (ob->i64("resolved") != 0) throw Failure(Category::conflict, "该异议已处理");
  // R-OBJ-HANDLE: a finding and a written reply to the objector.
  require(core::check_resolution(finding, reply), "异议处理不完整");
  tx->exec(
      "UPDATE objections SET resolved = 1, finding = ?, reply = ?, upheld = ?, resolved_at = ?, "
      "resolved_by = ? WHERE id = ? AND resolved = 0",
      {finding, reply, std::int64_t{upheld ? 1 : 0}, ctx.clock.now_rfc3339(), actor.username, id});
  const std::string app_id = ob->str("application_id");
  add_history(*tx, ctx, &actor, app_id, upheld ? "objection.upheld" : "objection.dismissed");
  json::object data{{"upheld", upheld}};
  // R-OBJ-HANDLE: an upheld objection stops the application: it goes back to the
  // applicant (returned) to be corrected, resubmitted and publicised again before the
  // unit can recommend it (applications.cc recommend, core::check_recommendation).
  if (upheld) {
    auto app = load_application(*tx, app_id);
    if (app && (app->status == "submitted" || app->status == "recommended")) {
      set_status(*tx, ctx, app_id, "returned");
      add_history(*tx, ctx, &actor, app_id, "return", "异议经核查属实：" + finding);
      data["application_status"] = json::object{{"from", app->status}, {"to", "returned"}};
    }
  }
  audit_append(*tx, ctx, &actor, "objection.resolve", "objection:" + id, data);
  tx->commit();
  return json::object{{"id", id},
                      {"status", ob->str("status")},
                      {"resolved", true},
                      {"upheld", upheld},
                      {"warnings", json::array{}}};
}

json::array list_objections(const Context& ctx, const Actor& actor, const std::string& application_id,
                            const std::string& publicity_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  std::string sql =
      "SELECT o.id, o.publicity_id, o.application_id, o.name, o.content, o.status, o.received_on, "
      "o.resolved, "
      "o.finding, o.reply, o.upheld, a.unit_id FROM objections o JOIN applications a ON a.id = "
      "o.application_id "
      "WHERE 1=1";
  std::vector<store::Value> params;
  if (!application_id.empty()) {
    sql += " AND o.application_id = ?";
    params.emplace_back(application_id);
  }
  if (!publicity_id.empty()) {
    sql += " AND o.publicity_id = ?";
    params.emplace_back(publicity_id);
  }
  sql += " ORDER BY o.created_at, o.id LIMIT 1000";
  json::array out;
  for (const auto& r : tx->query(sql, params)) {
    const bool ok = actor.any({"title_office", "supervisor", "sysadmin"}) ||
                    (actor.has("unit_hr") && actor.org_id == r.str("unit_id"));
    if (!ok) continue;
    json::object o{{"id", r.str("id")},
                   {"publicity_id", r.str("publicity_id")},
                   {"application_id", r.str("application_id")},
                   {"name", r.str("name")},
                   {"content", r.str("content")},
                   {"status", r.str("status")},
                   {"received_on", r.str("received_on")},
                   {"resolved", r.i64("resolved") != 0}};
    if (r.i64("resolved") != 0) {
      o["finding"] = r.str("finding");
      o["reply"] = r.str("reply");
      o["upheld"] = r.i64("upheld") != 0;
    }
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace zp::app
