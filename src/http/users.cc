// /api/v1/users (sysadmin)
#include "app/users.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_users(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/users",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::NewUser u;
          u.username = req_string(b, "username");
          u.password = req_string(b, "password");
          u.name = req_string(b, "name");
          const auto& roles = req_array(b, "roles");
          for (std::size_t i = 0; i < roles.size(); ++i) u.roles.push_back(element_string(roles, i, "roles"));
          u.org_id = opt_string(b, "org_id").value_or("");
          u.person_id = opt_string(b, "person_id").value_or("");
          u.committee_id = opt_string(b, "committee_id").value_or("");
          return created(app::create_user(ctx, a, u));
        },
        {"创建用户（系统管理员）", "users", false,
         R"({"type":"object","required":["username","password","name","roles"],"properties":{"username":{"type":"string"},"password":{"type":"string","minLength":10},"name":{"type":"string"},"roles":{"type":"array","items":{"enum":["sysadmin","title_office","committee_office","unit_hr","dept_reviewer","expert","applicant","supervisor"]}},"org_id":{"type":"string"},"person_id":{"type":"string"},"committee_id":{"type":"string"}}})"});
  r.add("GET", "/api/v1/users",
        [&ctx](Request& req) { return ok(app::list_users(ctx, require_actor(ctx, req))); },
        {"用户列表", "users"});
  r.add("GET", "/api/v1/users/{id}",
        [&ctx](Request& req) { return ok(app::get_user(ctx, require_actor(ctx, req), req.param("id"))); },
        {"用户详情", "users"});
}

}  // namespace zp::http
