// Registration of every /api/v1 resource. One file per resource (session.cc,
// orgs.cc, users.cc, persons.cc, series.cc, calendar.cc, audit.cc, admin.cc);
// each declares its routes next to its handlers.
#pragma once

#include <optional>

#include "app/actor.h"
#include "app/context.h"
#include "http/router.h"

namespace zp::http {

void register_api(Router& r, const app::Context& ctx);

void register_session(Router& r, const app::Context& ctx);
void register_orgs(Router& r, const app::Context& ctx);
void register_users(Router& r, const app::Context& ctx);
void register_persons(Router& r, const app::Context& ctx);
void register_series(Router& r, const app::Context& ctx);
void register_calendar(Router& r, const app::Context& ctx);
void register_audit(Router& r, const app::Context& ctx);
void register_admin(Router& r, const app::Context& ctx);
void register_committees(Router& r, const app::Context& ctx);
void register_pools(Router& r, const app::Context& ctx);
void register_rounds(Router& r, const app::Context& ctx);
void register_draws(Router& r, const app::Context& ctx);
void register_applications(Router& r, const app::Context& ctx);
void register_publicities(Router& r, const app::Context& ctx);
void register_objections(Router& r, const app::Context& ctx);
void register_blacklist(Router& r, const app::Context& ctx);
void register_self_check(Router& r, const app::Context& ctx);
void register_imports(Router& r, const app::Context& ctx);
void register_exports(Router& r, const app::Context& ctx);
void register_certificates(Router& r, const app::Context& ctx);
void register_defense(Router& r, const app::Context& ctx);
void register_meetings(Router& r, const app::Context& ctx);
void register_votes(Router& r, const app::Context& ctx);
void register_documents(Router& r, const app::Context& ctx);
void register_qualifications(Router& r, const app::Context& ctx);
void register_eval_methods(Router& r, const app::Context& ctx);

// The session token from `Authorization: Bearer …` or the zp_session cookie.
std::string session_token(const Request& req);
// The logged-in actor, or 401. A POST/PUT/PATCH/DELETE authenticated by the cookie
// (no Authorization header) of a live session must carry X-CSRF-Token equal to the
// session's csrf_token, else 403 csrf_failed (HttpRefusal). Routes that never ask who
// is calling (login, the public objection form) are therefore not subject to it.
app::Actor require_actor(const app::Context& ctx, const Request& req);
// The same, or nullopt when there is no live session (never 401; 403 csrf_failed as above).
std::optional<app::Actor> optional_actor(const app::Context& ctx, const Request& req);

inline constexpr const char* kSessionCookie = "zp_session";

}  // namespace zp::http
