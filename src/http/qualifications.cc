// Qualifications: the public query (rate-limited per client address) and revocation.
#include "app/error.h"
#include "app/qualifications.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_qualifications(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/public/qualifications",
        [&ctx](Request& req) {
          return ok(app::public_qualification_query(ctx, req.client_ip, req.q("name"), req.q("id_last6")));
        },
        {"资格查询（姓名 + 身份证号后 6 位；限频）", "qualifications", true});
  r.add("GET", "/api/v1/qualifications/{id}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::get_qualification(ctx, req.param("id")));
        },
        {"资格", "qualifications"});
  r.add("POST", "/api/v1/qualifications/{id}/revoke",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::revoke_qualification(ctx, a, req.param("id"), req_string(b, "reason")));
        },
        {"撤销以不正当手段取得的资格", "qualifications", false, R"({"type":"object","required":["reason"]})"});
}

}  // namespace zp::http
