#include "http/api.h"

#include "app/auth.h"
#include "app/error.h"
#include "http/error_map.h"
#include "http/json_io.h"

namespace zp::http {

namespace {

std::optional<std::string> bearer_token(const Request& req) {
  const std::string auth = req.header("authorization");
  if (auth.size() > 7 && (auth.rfind("Bearer ", 0) == 0 || auth.rfind("bearer ", 0) == 0)) return auth.substr(7);
  return std::nullopt;
}

bool unsafe_method(const std::string& m) { return m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE"; }

}  // namespace

std::string session_token(const Request& req) {
  if (auto b = bearer_token(req)) return *b;
  return req.cookie(kSessionCookie);
}

std::optional<app::Actor> optional_actor(const app::Context& ctx, const Request& req) {
  const auto bearer = bearer_token(req);
  const std::string token = bearer ? *bearer : req.cookie(kSessionCookie);
  if (token.empty()) return std::nullopt;
  auto s = app::authenticate_session(ctx, token);
  if (!s) return std::nullopt;
  // A write authenticated by the cookie alone, which a browser attaches by itself, must
  // prove it comes from our own page: X-CSRF-Token = the session's token (docs/web.md).
  if (!bearer && unsafe_method(req.method) && !app::csrf_token_matches(s->csrf_token, req.header("x-csrf-token")))
    throw HttpRefusal(csrf_failed_response());
  return s->actor;
}

app::Actor require_actor(const app::Context& ctx, const Request& req) {
  auto a = optional_actor(ctx, req);
  if (!a) {
    if (session_token(req).empty()) app::unauthenticated("请先登录");
    app::unauthenticated("会话已失效或已过期，请重新登录");
  }
  return *a;
}

void register_api(Router& r, const app::Context& ctx) {
  register_session(r, ctx);
  register_orgs(r, ctx);
  register_users(r, ctx);
  register_persons(r, ctx);
  register_series(r, ctx);
  register_calendar(r, ctx);
  register_audit(r, ctx);
  register_admin(r, ctx);
  register_committees(r, ctx);
  register_pools(r, ctx);
  register_rounds(r, ctx);
  register_draws(r, ctx);
  register_applications(r, ctx);
  register_publicities(r, ctx);
  register_objections(r, ctx);
  register_blacklist(r, ctx);
  register_self_check(r, ctx);
  register_imports(r, ctx);
  register_exports(r, ctx);
  register_certificates(r, ctx);
  register_defense(r, ctx);
  register_meetings(r, ctx);
  register_votes(r, ctx);
  register_documents(r, ctx);
  register_qualifications(r, ctx);
  register_eval_methods(r, ctx);
  // The OpenAPI description is generated from the route table itself.
  r.add("GET", "/api/v1/openapi.json",
        [&r](Request&) {
          Response res;
          res.body = r.openapi_json("0.1.0");
          return res;
        },
        {"OpenAPI 3 接口描述", "meta", true});
}

}  // namespace zp::http
