#include "app/checkpoints.h"

#include "app/audit.h"
#include "app/error.h"
#include "crypto/encoding.h"
#include "crypto/sm2.h"

namespace zp::app {
namespace json = boost::json;

json::object signed_checkpoint(store::Tx& tx, const Context& ctx, const std::string& reason) {
  auto last = tx.one("SELECT seq, digest FROM audit ORDER BY seq DESC LIMIT 1");
  const std::int64_t seq = last ? last->i64("seq") : 0;
  const std::string digest = last ? last->str("digest") : kGenesisDigest;
  auto sig = crypto::sm2_sign(ctx.keys.sm2_private_pem, audit_head_statement(seq, digest));
  if (!sig) throw Failure(Category::internal, "SM2 签名失败");
  const std::string b64 = crypto::base64_encode(*sig);
  if (!tx.one("SELECT 1 AS x FROM audit_checkpoints WHERE seq = ?", {seq}))
    tx.exec("INSERT INTO audit_checkpoints(seq, digest, signature, reason, created_at) VALUES (?,?,?,?,?)",
            {seq, digest, b64, reason, ctx.clock.now_rfc3339()});
  return json::object{{"seq", seq}, {"digest", digest}, {"signature", b64}, {"reason", reason}};
}

json::array list_checkpoints(const Context& ctx, const Actor& actor) {
  if (!actor.any({"supervisor", "sysadmin", "title_office"})) forbidden("审计检查点仅供纪检监督、职改办与系统管理员查看");
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r : tx->query("SELECT seq, digest, signature, reason, created_at FROM audit_checkpoints ORDER BY seq"))
    out.push_back(json::object{{"seq", r.i64("seq")}, {"digest", r.str("digest")}, {"signature", r.str("signature")},
                               {"reason", r.str("reason")}, {"at", r.str("created_at")},
                               {"public_key", ctx.keys.sm2_public_pem}});
  return out;
}

}  // namespace zp::app
