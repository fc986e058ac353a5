// /api/v1/publicities (stage-1 unit publicity) and the public views
// /api/v1/public/publicities[/{id}] (no login; R-PUB-UNIT-CONTENT fields only).
#include "app/error.h"
#include "app/portal.h"
#include "app/publicity.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_publicities(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/publicities",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        app::PublicityRequest p;
        p.stage = req_string(b, "stage");
        p.round_id = req_string(b, "round_id");
        if (p.stage == "unit") {
          p.unit_id = req_string(b, "unit_id");
          const auto& ids = req_array(b, "application_ids");
          for (std::size_t i = 0; i < ids.size(); ++i)
            p.application_ids.push_back(element_string(ids, i, "application_ids"));
        }
        p.start_date = req_date(b, "start_date");
        if (const auto* posts = opt_object(b, "posts")) {
          core::PostCounts c;
          auto count = [&](const char* f) {
            const auto v = req_int(*posts, f);
            if (v < 0 || v > 1000000) app::bad_request(std::string("字段 posts.") + f + " 超出范围");
            return static_cast<int>(v);
          };
          c.senior_total = count("senior_total");
          c.senior_vacant = count("senior_vacant");
          c.intermediate_total = count("intermediate_total");
          c.intermediate_vacant = count("intermediate_vacant");
          p.posts = c;
        }
        return created(app::create_publicity(ctx, a, p));
      },
      {"单位公示（5 个工作日；公示内容按规定字段）", "publicity", false,
       R"({"type":"object","required":["stage","round_id","unit_id","application_ids","start_date","posts"]})"});
  r.add("GET", "/api/v1/public/publicities",
        [&ctx](Request& req) { return ok(app::public_publicities(ctx, req.q("round_id"), req.q("state"))); },
        {"公示列表（公开；?state=upcoming|running|ended，含异议截止日 objection_deadline）", "publicity", true});
  r.add("GET", "/api/v1/public/publicities/{id}",
        [&ctx](Request& req) { return ok(app::public_publicity(ctx, req.param("id"))); },
        {"公示详情（公开；不含身份证号、电话；含 state 与异议截止日）", "publicity", true});
}

}  // namespace zp::http
