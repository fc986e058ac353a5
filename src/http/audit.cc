// /api/v1/audit: the tamper-evident chain (supervisor, sysadmin).
#include "app/audit.h"
#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_audit(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/audit",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          const auto after = query_int(req, "after_seq").value_or(0);
          const auto limit = query_int(req, "limit").value_or(100);
          if (limit < 1 || limit > 1000) app::bad_request("参数 limit 须为 1–1000");
          return ok(app::audit_list(ctx, a, after, limit));
        },
        {"审计记录（纪检监督、系统管理员）", "audit"});
  r.add("GET", "/api/v1/audit/head",
        [&ctx](Request& req) { return ok(app::audit_head(ctx, require_actor(ctx, req))); },
        {"审计链头（SM2 签名）", "audit"});
}

}  // namespace zp::http
