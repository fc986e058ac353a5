// Sessions and login.
// - Tokens: 256-bit random, returned once; only SM3(token) is stored.
// - Expiry: idle 30 min, absolute 12 h (server clock).
// - Throttling: 5 failed logins per account or 20 per client address within
//   15 minutes lock further attempts (429) until the window has passed.
// - CSRF: each session has a random 256-bit token (sessions.csrf_token) that the browser
//   sends back as X-CSRF-Token on cookie-authenticated writes (checked in src/http/api.cc).
// - Passwords: argon2id (libsodium); a missing user costs the same time as a wrong
//   password.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

inline constexpr std::int64_t kSessionIdleSeconds = 30 * 60;
inline constexpr std::int64_t kSessionAbsoluteSeconds = 12 * 3600;
inline constexpr std::int64_t kThrottleWindowSeconds = 15 * 60;
inline constexpr int kMaxFailuresPerAccount = 5;
inline constexpr int kMaxFailuresPerAddress = 20;

struct LoginResult {
  std::string token;
  std::string csrf_token;
  boost::json::object user;  // {id, username, name, roles, org_id, person_id, committee_id}
};

// Throws Failure: unauthenticated (wrong credentials), too_many_requests (throttled).
LoginResult login(const Context& ctx, const std::string& username, const std::string& password,
                  const std::string& client_ip);
// Returns the actor for a valid, unexpired token; nullopt otherwise (expired
// sessions are deleted). Refreshes last_seen.
std::optional<Actor> authenticate(const Context& ctx, const std::string& token);

struct SessionInfo {
  Actor actor;
  std::string csrf_token;  // empty for a session created before CSRF tokens existed
};
// authenticate() with the session's CSRF token.
std::optional<SessionInfo> authenticate_session(const Context& ctx, const std::string& token);
// The CSRF token of a live session, created now for a session that has none; "" when
// the session is unknown or expired.
std::string session_csrf_token(const Context& ctx, const std::string& token);
// Constant-time comparison; false when either side is empty.
bool csrf_token_matches(const std::string& expected, const std::string& presented);
void logout(const Context& ctx, const std::string& token);

boost::json::object user_json(const Actor& a, const std::string& name);

}  // namespace zp::app
