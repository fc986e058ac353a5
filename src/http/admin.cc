// /api/v1/admin/clock: the dev clock (only with --dev-clock; otherwise 404).
#include "app/bootstrap.h"
#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_admin(Router& r, const app::Context& ctx) {
  if (!ctx.clock.dev()) return;  // without --dev-clock the endpoint does not exist
  r.add("PUT", "/api/v1/admin/clock",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const bool frozen = opt_bool(b, "frozen").value_or(false);
          return ok(json::object{{"now", app::set_dev_clock(ctx, a, req_string(b, "now"), frozen)},
                                 {"frozen", frozen}});
        },
        {"设置开发时钟（仅 --dev-clock，系统管理员）", "admin"});
  r.add("GET", "/api/v1/admin/clock",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(json::object{{"now", ctx.clock.now_rfc3339()},
                                 {"today", ctx.clock.today().str()},
                                 {"frozen", ctx.clock.frozen()}});
        },
        {"查看开发时钟", "admin"});
}

}  // namespace zp::http
