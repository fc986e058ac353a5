#include "app/orgs.h"

#include "app/audit.h"
#include "app/error.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

json::object org_json(const store::Row& r) {
  json::object o;
  o["id"] = r.str("id");
  o["name"] = r.str("name");
  o["kind"] = r.str("kind");
  o["parent_id"] = r.is_null("parent_id") ? json::value(nullptr) : json::value(r.str("parent_id"));
  o["region"] = r.str("region");
  return o;
}

}  // namespace

std::string create_org_system(const Context& ctx, store::Tx& tx, const NewOrg& o) {
  if (o.name.empty()) bad_request("缺少字段 name");
  if (o.kind != "bureau" && o.kind != "department" && o.kind != "county_office" && o.kind != "unit")
    bad_request("字段 kind 须为 bureau、department、county_office 或 unit");
  if (o.region.empty()) bad_request("缺少字段 region（州直 或 县市名称）");
  if (o.parent_id && !tx.one("SELECT 1 AS x FROM orgs WHERE id = ?", {*o.parent_id}))
    bad_request("字段 parent_id 指向的机构不存在");
  const std::string id = crypto::random_id();
  tx.exec("INSERT INTO orgs(id, name, kind, parent_id, region, created_at) VALUES (?,?,?,?,?,?)",
          {id, o.name, o.kind, o.parent_id ? store::Value(*o.parent_id) : store::Value(nullptr),
           o.region, ctx.clock.now_rfc3339()});
  return id;
}

json::object create_org(const Context& ctx, const Actor& actor, const NewOrg& o) {
  if (!actor.any({"sysadmin", "title_office"})) forbidden("仅系统管理员或州职改办可登记机构");
  auto tx = ctx.db.begin(store::TxMode::write);
  const std::string id = create_org_system(ctx, *tx, o);
  json::object data;
  data["name"] = o.name;
  data["kind"] = o.kind;
  data["region"] = o.region;
  audit_append(*tx, ctx, &actor, "org.create", "org:" + id, data);
  tx->commit();
  return get_org(ctx, id);
}

json::array list_orgs(const Context& ctx) {
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r : tx->query("SELECT id, name, kind, parent_id, region FROM orgs ORDER BY kind, name"))
    out.push_back(org_json(r));
  return out;
}

json::object get_org(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one("SELECT id, name, kind, parent_id, region FROM orgs WHERE id = ?", {id});
  if (!r) not_found("机构");
  return org_json(*r);
}

}  // namespace zp::app
