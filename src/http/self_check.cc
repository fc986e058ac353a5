// /api/v1/self-check: the application's checks without creating anything.
#include "app/self_check.h"

#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

app::ApplicationRequest parse_application_request(const json::object& b, bool need_round);  // applications.cc

void register_self_check(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/self-check",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        return ok(app::self_check(ctx, a, parse_application_request(b, false)));
      },
      {"申报条件自测", "applications", false,
       R"({"type":"object","required":["person_id","target_level","series","specialty","promotion_type"]})"});
}

}  // namespace zp::http
