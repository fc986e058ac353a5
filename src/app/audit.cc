#include "app/audit.h"

#include "app/error.h"
#include "crypto/encoding.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"

namespace zp::app {
namespace json = boost::json;

std::int64_t audit_append(store::Tx& tx, const Context& ctx, const std::string& actor,
                          const std::string& action, const std::string& target,
                          json::object data) {
  auto last = tx.one("SELECT seq, digest FROM audit ORDER BY seq DESC LIMIT 1");
  const std::int64_t seq = last ? last->i64("seq") + 1 : 1;
  const std::string prev = last ? last->str("digest") : kGenesisDigest;
  const std::string at = ctx.clock.now_rfc3339();
  json::object rec;
  rec["seq"] = seq;
  rec["at"] = at;
  rec["actor"] = actor;
  rec["action"] = action;
  rec["target"] = target;
  rec["data"] = std::move(data);
  const std::string record = json::serialize(rec);
  const std::string digest = crypto::sm3_hex(prev + record);
  tx.exec(
      "INSERT INTO audit(seq, at, actor, action, target, record, digest, prev_digest) "
      "VALUES (?,?,?,?,?,?,?,?)",
      {seq, at, actor, action, target, record, digest, prev});
  return seq;
}

json::array audit_list(const Context& ctx, const Actor& actor, std::int64_t after_seq,
                       std::int64_t limit) {
  if (!actor.any({"supervisor", "sysadmin"})) forbidden("审计记录仅供纪检监督与系统管理员查看");
  if (limit <= 0 || limit > 1000) limit = 100;
  auto tx = ctx.db.begin(store::TxMode::read);
  auto rows = tx->query(
      "SELECT seq, at, actor, action, target, record, digest, prev_digest FROM audit "
      "WHERE seq > ? ORDER BY seq LIMIT ?",
      {after_seq, limit});
  json::array out;
  for (const auto& r : rows) {
    json::object e;
    e["seq"] = r.i64("seq");
    e["at"] = r.str("at");
    e["actor"] = r.str("actor");
    e["action"] = r.str("action");
    e["target"] = r.str("target");
    e["digest"] = r.str("digest");
    e["prev_digest"] = r.str("prev_digest");
    e["record"] = r.str("record");  // what the digest covers: lets a supervisor recompute it
    boost::system::error_code ec;
    auto rec = json::parse(r.str("record"), ec);
    if (!ec && rec.is_object() && rec.as_object().contains("data")) e["data"] = rec.as_object()["data"];
    out.push_back(std::move(e));
  }
  return out;
}

std::string audit_head_statement(std::int64_t seq, const std::string& digest) {
  return "zhiping-audit-head-v1|" + std::to_string(seq) + "|" + digest;
}

json::object audit_head(const Context& ctx, const Actor& actor) {
  if (!actor.any({"supervisor", "sysadmin", "title_office"}))
    forbidden("审计链头仅供纪检监督、职改办与系统管理员查看");
  auto tx = ctx.db.begin(store::TxMode::read);
  auto last = tx->one("SELECT seq, digest FROM audit ORDER BY seq DESC LIMIT 1");
  const std::int64_t seq = last ? last->i64("seq") : 0;
  const std::string digest = last ? last->str("digest") : kGenesisDigest;
  auto sig = crypto::sm2_sign(ctx.keys.sm2_private_pem, audit_head_statement(seq, digest));
  json::object o;
  o["seq"] = seq;
  o["digest"] = digest;
  o["signature"] = sig ? crypto::base64_encode(*sig) : "";
  o["public_key"] = ctx.keys.sm2_public_pem;
  return o;
}

ChainCheck audit_verify(store::Database& db) {
  ChainCheck c;
  auto tx = db.begin(store::TxMode::read);
  std::string prev = kGenesisDigest;
  std::int64_t expect = 1;
  for (const auto& r : tx->query("SELECT seq, at, actor, action, target, record, digest, prev_digest FROM audit ORDER BY seq")) {
    const std::int64_t seq = r.i64("seq");
    auto bad = [&](std::string why) {
      c.ok = false;
      c.first_bad_seq = seq;
      c.problem = std::move(why);
    };
    if (seq != expect) { bad("sequence gap: expected " + std::to_string(expect)); break; }
    if (r.str("prev_digest") != prev) { bad("prev_digest does not match the previous entry"); break; }
    const std::string record = r.str("record");
    boost::system::error_code ec;
    auto rec = json::parse(record, ec);
    if (ec || !rec.is_object()) { bad("record is not JSON"); break; }
    const auto& o = rec.as_object();
    auto field = [&](const char* k) -> std::string {
      auto it = o.find(k);
      return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
    };
    if (!o.contains("seq") || !o.at("seq").is_int64() || o.at("seq").as_int64() != seq ||
        field("at") != r.str("at") || field("actor") != r.str("actor") ||
        field("action") != r.str("action") || field("target") != r.str("target")) {
      bad("columns differ from the signed record");
      break;
    }
    if (crypto::sm3_hex(prev + record) != r.str("digest")) { bad("digest mismatch"); break; }
    prev = r.str("digest");
    ++expect;
    ++c.entries;
  }
  return c;
}

}  // namespace zp::app
