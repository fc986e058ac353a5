// The tamper-evident audit chain. Every state change appends one entry in the same
// transaction as the change:
//   record_i = canonical JSON {seq, at, actor, action, target, data}
//   digest_i = SM3_hex(digest_{i-1} ‖ record_i), digest_0 = 64 × "0".
// Rows cannot be updated or deleted (triggers in the schema).
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "store/database.h"

namespace zp::app {

inline constexpr const char* kGenesisDigest =
    "0000000000000000000000000000000000000000000000000000000000000000";

// REQUIRES: tx is a write transaction. Returns the new seq.
std::int64_t audit_append(store::Tx& tx, const Context& ctx, const std::string& actor,
                          const std::string& action, const std::string& target,
                          boost::json::object data = {});
inline std::int64_t audit_append(store::Tx& tx, const Context& ctx, const Actor* actor,
                                 const std::string& action, const std::string& target,
                                 boost::json::object data = {}) {
  return audit_append(tx, ctx, actor_ref(actor), action, target, std::move(data));
}

// GET /api/v1/audit (supervisor, sysadmin).
boost::json::array audit_list(const Context& ctx, const Actor& actor, std::int64_t after_seq,
                              std::int64_t limit);
// GET /api/v1/audit/head: {seq, digest, signature} signed with the bureau's SM2 key.
boost::json::object audit_head(const Context& ctx, const Actor& actor);

struct ChainCheck {
  bool ok = true;
  std::int64_t entries = 0;
  std::int64_t first_bad_seq = 0;
  std::string problem;
};
// Recomputes the whole chain from the rows (used by `zhiping audit verify`).
ChainCheck audit_verify(store::Database& db);

// The statement an audit head signature covers.
std::string audit_head_statement(std::int64_t seq, const std::string& digest);

}  // namespace zp::app
