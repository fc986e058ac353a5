#include "app/blacklist.h"

#include "app/audit.h"
#include "app/error.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

json::object add_blacklist(const Context& ctx, const Actor& actor, const std::string& person_id,
                           const std::string& reason, std::optional<core::Date> until) {
  if (!actor.has("title_office")) forbidden("只有州职改办可以列入失信黑名单");
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos) bad_request("字段 reason 不能为空");
  const core::Date today = ctx.clock.today();
  if (until && *until < today) bad_request("字段 until 早于今天（" + today.str() + "）");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto p = tx->one("SELECT name FROM persons WHERE id = ?", {person_id});
  if (!p) bad_request("字段 person_id 不是已登记的人员");
  const std::string id = crypto::random_id();
  tx->exec(
      "INSERT INTO blacklist(id, person_id, reason, from_date, until, created_at, created_by) "
      "VALUES (?,?,?,?,?,?,?)",
      {id, person_id, reason, today.str(), until ? store::Value(until->str()) : store::Value(nullptr),
       ctx.clock.now_rfc3339(), actor.username});
  audit_append(
      *tx, ctx, &actor, "blacklist.add", "person:" + person_id,
      json::object{
          {"entry", id}, {"reason", reason}, {"until", until ? json::value(until->str()) : nullptr}});
  tx->commit();
  return json::object{{"id", id},
                      {"person_id", person_id},
                      {"name", p->str("name")},
                      {"reason", reason},
                      {"from", today.str()},
                      {"until", until ? json::value(until->str()) : json::value(nullptr)}};
}

json::array list_blacklist(const Context& ctx, const Actor& actor) {
  if (!actor.any({"title_office", "supervisor"})) forbidden("无权查看失信黑名单");
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r :
       tx->query("SELECT b.id, b.person_id, p.name, b.reason, b.from_date, b.until, b.created_by "
                 "FROM blacklist b JOIN persons p ON p.id = b.person_id "
                 "ORDER BY b.created_at DESC, b.id LIMIT 2000"))
    out.push_back(
        json::object{{"id", r.str("id")},
                     {"person_id", r.str("person_id")},
                     {"name", r.str("name")},
                     {"reason", r.str("reason")},
                     {"from", r.str("from_date")},
                     {"until", r.is_null("until") ? json::value(nullptr) : json::value(r.str("until"))},
                     {"created_by", r.str("created_by")}});
  return out;
}

}  // namespace zp::app
