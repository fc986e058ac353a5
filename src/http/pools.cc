// /api/v1/committees/{id}/pool and /api/v1/pool-entries (§二): thin handlers.
#include "app/pools.h"

#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_pools(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/committees/{id}/pool",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        app::NewPoolEntry in;
        in.person_id = req_string(b, "person_id");
        if (const auto* ex = opt_object(b, "exception")) {
          auto reason = opt_string(*ex, "reason");
          in.exception_reason = reason.value_or("");
          in.award = opt_string(*ex, "award").value_or("");
        }
        in.grassroots = opt_bool(b, "grassroots").value_or(false);
        in.outside_system = opt_bool(b, "outside_system").value_or(false);
        return created(app::apply_to_pool(ctx, a, req.param("id"), in));
      },
      {"申请进入专家库（专家本人、评委会工作机构、州职改办）", "pools", false,
       R"({"type":"object","required":["person_id"],"properties":{"person_id":{"type":"string"},"exception":{"type":"object","properties":{"reason":{"type":"string"},"award":{"type":"string"}}},"grassroots":{"type":"boolean"},"outside_system":{"type":"boolean"}}})"});
  r.add("GET", "/api/v1/committees/{id}/pool",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::list_pool(ctx, a, req.param("id")));
        },
        {"专家库名单（保密）", "pools"});
  r.add("GET", "/api/v1/committees/{id}/pool/candidates",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::pool_candidates(ctx, a, req.param("id")));
        },
        {"入库候选人（本系列副高级以上、未入库；仅姓名、单位与资格）", "pools"});
  r.add("GET", "/api/v1/committees/{id}/pool/summary",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::pool_summary(ctx, a, req.param("id")));
        },
        {"专家库规模与结构（R-POOL-SIZE、R-POOL-DIVERSITY）", "pools"});
  r.add("GET", "/api/v1/pool-entries/{id}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_pool_entry(ctx, a, req.param("id")));
        },
        {"专家库条目及入库程序记录", "pools"});
  r.add(
      "POST", "/api/v1/pool-entries/{id}/steps",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        return ok(app::pool_step(ctx, a, req.param("id"), req_string(b, "step")));
      },
      {"办理入库程序下一步（R-POOL-INTAKE）", "pools", false,
       R"({"type":"object","required":["step"],"properties":{"step":{"enum":["unit_recommended","dept_reviewed","publicized","filed","admitted"]}}})"});
  r.add("POST", "/api/v1/pool-entries/{id}/remove",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::remove_from_pool(ctx, a, req.param("id"), req_string(b, "reason")));
        },
        {"清理出库（R-POOL-DYNAMIC，留存记录）", "pools", false,
         R"({"type":"object","required":["reason"],"properties":{"reason":{"type":"string"}}})"});
}

}  // namespace zp::http
