// The verifiable random draw of meeting members and discipline groups (§二(三), §四(四);
// docs/draw.md). Commit-reveal: the committee office commits to a secret before the
// draw window opens, a supervisor contributes a string, and at the draw
//   seed = SM3("zhiping-seed-v1" ‖ secret ‖ contribution ‖ pool_digest)
// feeds core::draw over a snapshot of the admitted pool. Every input is stored, so
// /verify and `zhiping draw verify --file` re-derive the members.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/draw.h"

namespace zp::app {

struct NewDraw {
  std::string purpose;  // meeting | discipline_group
  int size = 0;
  std::vector<std::string> specialties;
  struct Fixed {
    std::string person_id, role;  // chair | vice_chair
  };
  std::vector<Fixed> fixed;
  // Declared conflicts (relative, supervisor, co-author) for a discipline group; the
  // same-unit recusals are derived from the round's applications in make_draw.
  struct Declared {
    std::string person_id, reason;
  };
  std::vector<Declared> recused;
  std::optional<int> max_per_unit;
};

// POST /api/v1/rounds/{id}/draw-commitments {secret?} (committee office; before the window).
boost::json::object commit_draw_secret(const Context& ctx, const Actor& actor, const std::string& round_id,
                                       const std::optional<std::string>& secret);
// POST /api/v1/rounds/{id}/draw-contributions {contribution} (supervisor).
boost::json::object contribute_to_draw(const Context& ctx, const Actor& actor, const std::string& round_id,
                                       const std::string& contribution);
// POST /api/v1/rounds/{id}/draws: the draw (reveal), R-DRAW-RANDOM window on today.
boost::json::object make_draw(const Context& ctx, const Actor& actor, const std::string& round_id,
                              const NewDraw& in);
// GET /api/v1/draws/{id}, /verify, /export (confidential like the roster).
boost::json::object get_draw(const Context& ctx, const Actor& actor, const std::string& id);
boost::json::object verify_draw(const Context& ctx, const Actor& actor, const std::string& id);
boost::json::object export_draw(const Context& ctx, const Actor& actor, const std::string& id);
// GET /api/v1/rounds/{id}/draws: the round's draws (confidential).
boost::json::array list_draws(const Context& ctx, const Actor& actor, const std::string& round_id);

// Offline: re-derives a draw from its export (commitment opens, pool digest, seed,
// members, digest). Pure: no database. {reproduced, checks:{…}, members}.
boost::json::object verify_draw_export(const boost::json::object& exported);

// JSON forms of the draw inputs (shared by the service and the offline verifier).
boost::json::array pool_json(const std::vector<core::PoolEntry>& entries);
std::vector<core::PoolEntry> pool_from_json(const boost::json::value& v);
boost::json::object constraints_json(const core::DrawConstraints& c);
core::DrawConstraints constraints_from_json(const boost::json::value& v);

}  // namespace zp::app
