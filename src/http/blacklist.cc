// /api/v1/blacklist: the dishonesty blacklist (R-APP-BLACKLIST).
#include "app/blacklist.h"

#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_blacklist(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/blacklist",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::add_blacklist(ctx, a, req_string(b, "person_id"), req_string(b, "reason"),
                                            opt_date(b, "until")));
        },
        {"列入失信黑名单（职改办）", "integrity", false,
         R"({"type":"object","required":["person_id","reason"]})"});
  r.add("GET", "/api/v1/blacklist",
        [&ctx](Request& req) { return ok(app::list_blacklist(ctx, require_actor(ctx, req))); },
        {"失信黑名单（职改办、监督）", "integrity"});
}

}  // namespace zp::http
