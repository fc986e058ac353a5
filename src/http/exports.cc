// Excel exports (issue 7): the expert pool, a round's applications, a public publicity
// list. Bodies are .xlsx bytes with a Content-Disposition attachment header.
#include "app/exports.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {
namespace {

Response xlsx(std::string bytes, const std::string& filename) {
  Response res;
  res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  res.body = std::move(bytes);
  res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  res.set_header("Cache-Control", "no-store");
  return res;
}

}  // namespace

void register_exports(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/committees/{id}/pool.xlsx",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return xlsx(app::export_pool_xlsx(ctx, a, req.param("id")), "pool.xlsx");
        },
        {"专家库名单 Excel（保密，R-COM-CONFIDENTIAL）", "exports"});
  r.add("GET", "/api/v1/rounds/{id}/applications.xlsx",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return xlsx(app::export_applications_xlsx(ctx, a, req.param("id")), "applications.xlsx");
        },
        {"申报人员名单 Excel（州职改办、本评委会工作机构）", "exports"});
  r.add("GET", "/api/v1/public/publicities/{id}.xlsx",
        [&ctx](Request& req) {
          return xlsx(app::export_publicity_xlsx(ctx, req.param("id")), "publicity.xlsx");
        },
        {"公示名单 Excel（公开；不含身份证号与电话）", "exports", true});
}

}  // namespace zp::http
