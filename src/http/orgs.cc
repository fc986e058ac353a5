// /api/v1/orgs
#include "app/orgs.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_orgs(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/orgs",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::NewOrg o{req_string(b, "name"), req_string(b, "kind"), req_string(b, "region"),
                        opt_string(b, "parent_id")};
          return created(app::create_org(ctx, a, o));
        },
        {"登记机构（州局、主管部门、县市职改、用人单位）", "orgs", false,
         R"({"type":"object","required":["name","kind","region"],"properties":{"name":{"type":"string"},"kind":{"enum":["bureau","department","county_office","unit"]},"parent_id":{"type":"string"},"region":{"type":"string"}}})"});
  r.add("GET", "/api/v1/orgs",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::list_orgs(ctx));
        },
        {"机构列表", "orgs"});
  r.add("GET", "/api/v1/orgs/{id}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::get_org(ctx, req.param("id")));
        },
        {"机构详情", "orgs"});
}

}  // namespace zp::http
