// /api/v1/series: the catalogue (public read; sysadmin adds).
#include "app/series.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_series(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/series", [&ctx](Request&) { return ok(app::list_series(ctx)); },
        {"系列与专业目录", "series", true});
  r.add("POST", "/api/v1/series",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<std::string> sps;
          if (const auto* arr = opt_array(b, "specialties")) {
            for (std::size_t i = 0; i < arr->size(); ++i) {
              const auto& v = (*arr)[i];
              // accept "name" or {name}
              if (v.is_string()) sps.emplace_back(v.as_string());
              else sps.push_back(req_string(element_object(*arr, i, "specialties"), "name"));
            }
          }
          return created(app::add_series(ctx, a, req_string(b, "name"), sps));
        },
        {"新增系列或专业（系统管理员）", "series", false,
         R"({"type":"object","required":["name"],"properties":{"name":{"type":"string"},"specialties":{"type":"array"}}})"});
}

}  // namespace zp::http
