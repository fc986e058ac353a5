// Signed audit checkpoints (DESIGN.md "Audit"): the SM2 signature of the bureau over
// the audit head {seq, digest}, stored in audit_checkpoints, at each meeting's close.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "store/database.h"

namespace zp::app {

// Signs the current audit head inside `tx` (a write transaction, after the last
// audit_append of the change) and stores it. Returns {seq, digest, signature, reason}.
boost::json::object signed_checkpoint(store::Tx& tx, const Context& ctx, const std::string& reason);
// GET /api/v1/audit/checkpoints (supervisor, sysadmin, title office).
boost::json::array list_checkpoints(const Context& ctx, const Actor& actor);

}  // namespace zp::app
