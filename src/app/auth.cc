#include "app/auth.h"

#include "app/audit.h"
#include "app/error.h"
#include "app/users.h"
#include "crypto/password.h"
#include "crypto/random.h"
#include "crypto/token.h"

namespace zp::app {
namespace json = boost::json;
namespace {

// A valid argon2id hash of a random password, verified against when the user does
// not exist so both paths take the same time.
const std::string& dummy_hash() {
  static const std::string h = crypto::password_hash(crypto::random_token()).value_or("");
  return h;
}

int recent_failures(store::Tx& tx, const std::string& key, std::int64_t since) {
  auto r = tx.one("SELECT COUNT(*) AS n FROM login_failures WHERE key = ? AND at > ?", {key, since});
  return r ? static_cast<int>(r->i64("n")) : 0;
}

}  // namespace

json::object user_json(const Actor& a, const std::string& name) {
  json::object u;
  u["id"] = a.user_id;
  u["username"] = a.username;
  u["name"] = name;
  json::array roles;
  for (const auto& r : a.roles) roles.emplace_back(r);
  u["roles"] = std::move(roles);
  u["org_id"] = a.org_id.empty() ? json::value(nullptr) : json::value(a.org_id);
  u["person_id"] = a.person_id.empty() ? json::value(nullptr) : json::value(a.person_id);
  u["committee_id"] = a.committee_id.empty() ? json::value(nullptr) : json::value(a.committee_id);
  return u;
}

LoginResult login(const Context& ctx, const std::string& username, const std::string& password,
                  const std::string& client_ip) {
  const std::int64_t now = ctx.clock.now();
  const std::int64_t since = now - kThrottleWindowSeconds;
  const std::string ukey = "u:" + username, ikey = "ip:" + client_ip;
  {
    auto tx = ctx.db.begin(store::TxMode::read);
    if (recent_failures(*tx, ukey, since) >= kMaxFailuresPerAccount ||
        recent_failures(*tx, ikey, since) >= kMaxFailuresPerAddress)
      throw Failure(Category::too_many_requests, "登录失败次数过多，请 15 分钟后再试");
  }
  std::optional<StoredUser> user = find_user_by_username(ctx, username);
  const bool good = user && user->active
                        ? crypto::password_verify(user->password_hash, password)
                        : (crypto::password_verify(dummy_hash(), password), false);
  auto tx = ctx.db.begin(store::TxMode::write);
  if (!good) {
    tx->exec("INSERT INTO login_failures(key, at) VALUES (?, ?), (?, ?)", {ukey, now, ikey, now});
    tx->exec("DELETE FROM login_failures WHERE at < ?", {now - 24 * 3600});
    audit_append(*tx, ctx, "public", "session.login_failed", "user:" + username);
    tx->commit();
    unauthenticated("用户名或密码错误");
  }
  LoginResult res;
  res.token = crypto::random_token();
  res.csrf_token = crypto::random_token();
  tx->exec("INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, csrf_token) VALUES (?,?,?,?,?)",
           {crypto::token_hash(res.token), user->actor.user_id, now, now, res.csrf_token});
  tx->exec("DELETE FROM login_failures WHERE key = ?", {ukey});
  tx->exec("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?",
           {now - kSessionIdleSeconds, now - kSessionAbsoluteSeconds});
  audit_append(*tx, ctx, &user->actor, "session.login", "user:" + user->actor.user_id);
  tx->commit();
  res.user = user_json(user->actor, user->name);
  return res;
}

std::optional<SessionInfo> authenticate_session(const Context& ctx, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  const std::string h = crypto::token_hash(token);
  const std::int64_t now = ctx.clock.now();
  std::string user_id, csrf;
  std::int64_t last_seen = 0;
  {
    auto tx = ctx.db.begin(store::TxMode::read);
    auto s = tx->one("SELECT user_id, created_at, last_seen_at, csrf_token FROM sessions WHERE token_hash = ?", {h});
    if (!s) return std::nullopt;
    last_seen = s->i64("last_seen_at");
    if (now - last_seen > kSessionIdleSeconds || now - s->i64("created_at") > kSessionAbsoluteSeconds) {
      tx.reset();
      auto w = ctx.db.begin(store::TxMode::write);
      w->exec("DELETE FROM sessions WHERE token_hash = ?", {h});
      w->commit();
      return std::nullopt;
    }
    user_id = s->str("user_id");
    csrf = s->opt_str("csrf_token").value_or("");
  }
  std::optional<StoredUser> u = find_user_by_id(ctx, user_id);
  if (!u || !u->active) return std::nullopt;
  if (now - last_seen >= 30) {  // refresh at most twice a minute
    auto w = ctx.db.begin(store::TxMode::write);
    w->exec("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, h});
    w->commit();
  }
  return SessionInfo{u->actor, csrf};
}

std::optional<Actor> authenticate(const Context& ctx, const std::string& token) {
  auto s = authenticate_session(ctx, token);
  if (!s) return std::nullopt;
  return s->actor;
}

std::string session_csrf_token(const Context& ctx, const std::string& token) {
  auto s = authenticate_session(ctx, token);
  if (!s) return "";
  if (!s->csrf_token.empty()) return s->csrf_token;
  // A session from before migration 0008: give it a token once (first writer wins).
  const std::string h = crypto::token_hash(token);
  auto w = ctx.db.begin(store::TxMode::write);
  w->exec("UPDATE sessions SET csrf_token = ? WHERE token_hash = ? AND csrf_token IS NULL",
          {crypto::random_token(), h});
  auto r = w->one("SELECT csrf_token FROM sessions WHERE token_hash = ?", {h});
  w->commit();
  return r ? r->opt_str("csrf_token").value_or("") : "";
}

bool csrf_token_matches(const std::string& expected, const std::string& presented) {
  if (expected.empty() || presented.size() != expected.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < expected.size(); ++i)
    diff |= static_cast<unsigned char>(expected[i] ^ presented[i]);
  return diff == 0;
}

void logout(const Context& ctx, const std::string& token) {
  const std::string h = crypto::token_hash(token);
  auto tx = ctx.db.begin(store::TxMode::write);
  auto s = tx->one("SELECT user_id FROM sessions WHERE token_hash = ?", {h});
  if (!s) return;
  tx->exec("DELETE FROM sessions WHERE token_hash = ?", {h});
  audit_append(*tx, ctx, "user:" + s->str("user_id"), "session.logout", "user:" + s->str("user_id"));
  tx->commit();
}

}  // namespace zp::app
