#include "app/qualifications.h"

#include "app/audit.h"
#include "app/error.h"
#include "app/series.h"
#include "core/level.h"
#include "crypto/seal.h"

namespace zp::app {
namespace json = boost::json;

namespace {

constexpr const char* kSelect =
    "SELECT q.id, q.series, q.specialty, q.level, q.effective_date, q.scope, q.how, q.promotion_type, q.doc_no, "
    "q.status, q.title_name, p.name, o.name AS unit FROM qualifications q JOIN persons p ON p.id = q.person_id "
    "JOIN orgs o ON o.id = p.unit_id";

json::object qual_json(store::Tx& tx, const store::Row& r) {
  // 资格名称 as issued (rows without one: the table's name now).
  const std::string t = r.str("title_name");
  const auto l = core::parse_level(r.str("level"));
  return json::object{{"id", r.str("id")},
                      {"name", r.str("name")},
                      {"unit", r.str("unit")},
                      {"series", r.str("series")},
                      {"specialty", r.str("specialty")},
                      {"level", r.str("level")},
                      {"level_name", l ? std::string{core::chinese(*l)} : r.str("level")},
                      {"title_name", t.empty() ? title_name(tx, r.str("series"), r.str("specialty"), r.str("level")) : t},
                      {"effective_date", r.str("effective_date")},
                      {"doc_no", r.str("doc_no")},
                      {"scope", r.str("scope")},
                      {"how", r.str("how")},
                      {"promotion_type", r.str("promotion_type")},
                      {"status", r.str("status")}};
}

bool valid_last6(const std::string& s) {
  if (s.size() != 6) return false;
  for (std::size_t i = 0; i < 6; ++i) {
    const char c = s[i];
    if (!(c >= '0' && c <= '9') && !(i == 5 && (c == 'X' || c == 'x'))) return false;
  }
  return true;
}

}  // namespace

json::array public_qualification_query(const Context& ctx, const std::string& client, const std::string& name,
                                       const std::string& id_last6) {
  if (name.empty() || name.size() > 100) bad_request("参数 name 不能为空（不超过 100 字节）");
  if (!valid_last6(id_last6)) bad_request("参数 id_last6 须为身份证号后 6 位");
  std::string last6 = id_last6;
  if (last6[5] == 'x') last6[5] = 'X';
  {
    auto tx = ctx.db.begin(store::TxMode::write);
    const std::int64_t now = ctx.clock.now();
    const std::string since = Clock::rfc3339(now - kPublicQueryWindow);
    auto n = tx->one("SELECT COUNT(*) AS n FROM public_query_hits WHERE client = ? AND at > ?", {client, since});
    if (n->i64("n") >= kPublicQueryLimit)
      throw Failure(Category::too_many_requests, "查询过于频繁，请 10 分钟后再试");
    tx->exec("DELETE FROM public_query_hits WHERE at < ?", {Clock::rfc3339(now - 24 * 3600)});
    tx->exec("INSERT INTO public_query_hits(client, at) VALUES (?,?)", {client, Clock::rfc3339(now)});
    tx->commit();
  }
  auto tx = ctx.db.begin(store::TxMode::read);
  const std::string idx = crypto::blind_index(ctx.keys.data, name + "|" + last6);
  json::array out;
  for (const auto& r : tx->query(std::string{kSelect} + " WHERE p.name_last6_index = ? AND p.name = ? "
                                                        "ORDER BY q.effective_date DESC, q.id",
                                 {idx, name}))
    out.push_back(qual_json(*tx, r));
  return out;
}

json::object get_qualification(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one(std::string{kSelect} + " WHERE q.id = ?", {id});
  if (!r) not_found("资格");
  return qual_json(*tx, *r);
}

json::object revoke_qualification(const Context& ctx, const Actor& actor, const std::string& id,
                                  const std::string& reason) {
  if (!actor.has("title_office")) forbidden("撤销资格由职改办办理");
  if (reason.empty()) bad_request("字段 reason 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto q = tx->one("SELECT status, person_id FROM qualifications WHERE id = ?", {id});
  if (!q) not_found("资格");
  if (q->str("status") == "revoked") throw Failure(Category::conflict, "该资格已撤销");
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("UPDATE qualifications SET status = 'revoked', revoked_reason = ?, revoked_at = ?, revoked_by = ? "
           "WHERE id = ?",
           {reason, now, actor.username, id});
  audit_append(*tx, ctx, &actor, "qualification.revoke", "qualification:" + id,
               json::object{{"person_id", q->str("person_id")}, {"reason", reason}});
  auto r = tx->one(std::string{kSelect} + " WHERE q.id = ?", {id});
  json::object o = qual_json(*tx, *r);
  tx->commit();
  o["revoked_reason"] = reason;
  return o;
}

}  // namespace zp::app
