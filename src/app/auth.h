// Sessions and login.
// - Tokens: 256-bit random, returned once; only SM3(token) is stored.
// - Expiry: idle 30 min, absolute 12 h (server clock).
// - Throttling: 5 failed logins per account or 20 per client address within
//   15 minutes lock further attempts (429) until the window has passed.
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
  boost::json::object user;  // {id, username, name, roles, org_id, person_id, committee_id}
};

// Throws Failure: unauthenticated (wrong credentials), too_many_requests (throttled).
LoginResult login(const Context& ctx, const std::string& username, const std::string& password,
                  const std::string& client_ip);
// Returns the actor for a valid, unexpired token; nullopt otherwise (expired
// sessions are deleted). Refreshes last_seen.
std::optional<Actor> authenticate(const Context& ctx, const std::string& token);
void logout(const Context& ctx, const std::string& token);

boost::json::object user_json(const Actor& a, const std::string& name);

}  // namespace zp::app
