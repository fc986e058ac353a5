// /api/v1/imports (issue 7): bulk person / expert imports. The request body is limited
// to 1 MiB by the server, so uploads here are small; large files go through
// `zhiping import` on the server.
#include "app/error.h"
#include "app/imports.h"
#include "crypto/encoding.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_imports(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/imports",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        app::ImportParams p;
        p.kind = req_string(b, "kind");
        p.format = req_string(b, "format");
        p.unit_id = opt_string(b, "unit_id").value_or("");
        p.committee_id = opt_string(b, "committee_id").value_or("");
        auto bytes = crypto::base64_decode(req_string(b, "content_base64"));
        if (!bytes) app::bad_request("字段 content_base64 不是有效的 base64");
        return json_response(202, app::start_import(ctx, a, std::move(p), std::move(*bytes)));
      },
      {"批量导入人员或专家（CSV / xlsx；逐行校验，全部正确才一次写入）", "imports", false,
       R"({"type":"object","required":["kind","format","content_base64"],"properties":{"kind":{"enum":["persons","experts"]},"format":{"enum":["csv","xlsx"]},"content_base64":{"type":"string"},"unit_id":{"type":"string"},"committee_id":{"type":"string"}}})"});
  r.add("GET", "/api/v1/imports/{id}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_import(ctx, a, req.param("id")));
        },
        {"导入任务进度与校验报告", "imports"});
}

}  // namespace zp::http
