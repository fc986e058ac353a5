// Objections: public submission to a publicity, resolution, listing.
#include "app/objections.h"

#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_objections(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/public/publicities/{id}/objections",
        [&ctx](Request& req) {
          auto b = body_object(req);
          app::ObjectionRequest o;
          o.application_id = req_string(b, "application_id");
          o.name = opt_string(b, "name").value_or("");
          o.contact = opt_string(b, "contact").value_or("");
          o.content = req_string(b, "content");
          return created(app::submit_objection(ctx, req.param("id"), o));
        },
        {"对公示提出异议（公开；实名并留联系方式，公示期内）", "publicity", true,
         R"({"type":"object","required":["application_id","content"]})"});
  r.add("POST", "/api/v1/objections/{id}/resolve",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::resolve_objection(ctx, a, req.param("id"), req_string(b, "finding"),
                                           req_string(b, "reply"), req_bool(b, "upheld")));
        },
        {"处理异议（核查结论与书面回复）", "publicity", false,
         R"({"type":"object","required":["finding","reply","upheld"]})"});
  r.add("GET", "/api/v1/objections",
        [&ctx](Request& req) {
          return ok(app::list_objections(ctx, require_actor(ctx, req), req.q("application_id"),
                                         req.q("publicity_id")));
        },
        {"异议列表（本单位、职改办、监督）", "publicity"});
}

}  // namespace zp::http
