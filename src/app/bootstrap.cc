#include "app/bootstrap.h"

#include "app/actor.h"
#include "app/audit.h"
#include "app/calendar.h"
#include "app/error.h"
#include "app/series.h"
#include "app/users.h"
#include "crypto/random.h"

namespace zp::app {

BootstrapResult bootstrap(const Context& ctx, const std::optional<std::string>& admin_password) {
  BootstrapResult res;
  auto tx = ctx.db.begin(store::TxMode::write);
  auto n = tx->one("SELECT COUNT(*) AS n FROM users");
  if (!n || n->i64("n") == 0) {
    NewUser u;
    u.username = "admin";
    u.name = "系统管理员";
    u.roles = {"sysadmin"};
    if (admin_password && !admin_password->empty()) {
      u.password = *admin_password;
    } else {
      u.password = crypto::random_password(16);
      res.generated_password = u.password;
    }
    const std::string id = create_user_system(ctx, *tx, u);
    audit_append(*tx, ctx, "system", "user.bootstrap_admin", "user:" + id);
    res.created_admin = true;
  }
  seed_default_series(ctx, *tx);
  seed_calendar(ctx, *tx);
  tx->commit();
  reload_calendar(ctx);
  load_clock_offset(ctx);
  return res;
}

void load_clock_offset(const Context& ctx) {
  if (!ctx.clock.dev()) return;
  auto tx = ctx.db.begin(store::TxMode::read);
  if (auto r = tx->one("SELECT value FROM settings WHERE key = 'dev_clock_offset'"))
    ctx.clock.set_offset(r->i64("value"));
  if (auto r = tx->one("SELECT value FROM settings WHERE key = 'dev_clock_frozen_at'"))
    ctx.clock.freeze_at(r->i64("value"));
}

std::string set_dev_clock(const Context& ctx, const Actor& actor, const std::string& now, bool frozen) {
  if (!ctx.clock.dev()) not_found("接口");
  if (!actor.has("sysadmin")) forbidden("仅系统管理员可调整开发时钟");
  std::int64_t t = 0;
  if (!Clock::parse_rfc3339(now, &t)) bad_request("字段 now 格式错误：应为 RFC 3339 时间或 YYYY-MM-DD");
  ctx.clock.set_now(t, frozen);
  auto tx = ctx.db.begin(store::TxMode::write);
  tx->exec("INSERT INTO settings(key, value) VALUES ('dev_clock_offset', ?) "
           "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
           {std::to_string(ctx.clock.offset())});
  if (frozen)
    tx->exec("INSERT INTO settings(key, value) VALUES ('dev_clock_frozen_at', ?) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
             {std::to_string(t)});
  else
    tx->exec("DELETE FROM settings WHERE key = 'dev_clock_frozen_at'");
  audit_append(*tx, ctx, &actor, "admin.clock", "clock",
               boost::json::object{{"now", ctx.clock.now_rfc3339()}, {"frozen", frozen}});
  tx->commit();
  return ctx.clock.now_rfc3339();
}

}  // namespace zp::app
