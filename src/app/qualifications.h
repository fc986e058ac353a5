// Qualifications 资格 obtained by review (written by documents.cc), the public
// qualification query (R-DOC-PUBLIC: name + last 6 of the ID number through the
// persons' blind index, rate-limited per client) and revocation of a title obtained
// by fraud (R-APP-BLACKLIST).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

inline constexpr int kPublicQueryLimit = 30;           // per client address …
inline constexpr std::int64_t kPublicQueryWindow = 600;  // … per 10 minutes

// GET /api/v1/public/qualifications?name=&id_last6= (no login). 429 above the limit.
boost::json::array public_qualification_query(const Context& ctx, const std::string& client,
                                              const std::string& name, const std::string& id_last6);
// GET /api/v1/qualifications/{id} (logged in).
boost::json::object get_qualification(const Context& ctx, const std::string& id);
// POST /api/v1/qualifications/{id}/revoke {reason} (title office).
boost::json::object revoke_qualification(const Context& ctx, const Actor& actor, const std::string& id,
                                         const std::string& reason);

}  // namespace zp::app
