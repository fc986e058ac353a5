// R-EVAL-METHODS: evaluation methods per series and level.
#include "app/error.h"
#include "app/eval_methods.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_eval_methods(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/eval-methods/{series}/{level}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::get_eval_methods(ctx, req.param("series"), req.param("level")));
        },
        {"评价方式（按系列、级别）", "eval-methods"});
  r.add("PUT", "/api/v1/eval-methods/{series}/{level}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<std::string> methods;
          const auto& arr = req_array(b, "methods");
          for (std::size_t i = 0; i < arr.size(); ++i) methods.push_back(element_string(arr, i, "methods"));
          return ok(app::put_eval_methods(ctx, a, req.param("series"), req.param("level"), methods,
                                          opt_string(b, "notes").value_or("")));
        },
        {"配置评价方式（职改办）", "eval-methods", false, R"({"type":"object","required":["methods"]})"});
}

}  // namespace zp::http
