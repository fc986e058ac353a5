// POST /api/v1/session (login), GET (who am I), DELETE (logout).
#include "app/auth.h"
#include "app/users.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_session(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/session",
        [&ctx](Request& req) {
          auto body = body_object(req);
          const std::string username = req_string(body, "username");
          const std::string password = req_string(body, "password");
          auto res = app::login(ctx, username, password, req.client_ip);
          Response out =
              ok(json::object{{"token", res.token}, {"csrf_token", res.csrf_token}, {"user", res.user}});
          out.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + res.token +
                                           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
          return out;
        },
        {"登录（返回令牌与 csrf_token，并设置 HttpOnly Cookie）", "session", true,
         R"({"type":"object","required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string"}}})"});
  r.add("GET", "/api/v1/session",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto u = app::find_user_by_id(ctx, a.user_id);
          return ok(json::object{{"user", app::user_json(a, u ? u->name : "")},
                                 {"csrf_token", app::session_csrf_token(ctx, session_token(req))}});
        },
        {"当前登录用户（含本会话的 csrf_token）", "session"});
  r.add("DELETE", "/api/v1/session",
        [&ctx](Request& req) {
          const std::string token = session_token(req);
          // A live cookie session needs X-CSRF-Token here too (optional_actor checks it).
          if (!token.empty() && optional_actor(ctx, req)) app::logout(ctx, token);
          Response out;
          out.status = 204;
          out.set_header("Set-Cookie", std::string(kSessionCookie) +
                                           "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
          return out;
        },
        {"退出登录", "session", true});
}

}  // namespace zp::http
