// Expert pool 专家库 (§二): applications, the intake steps in order, removal (出库,
// recorded, never deleted) and the confidential listing with size/diversity reports.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

struct NewPoolEntry {
  std::string person_id;
  std::optional<std::string> exception_reason;  // award exception (R-POOL-ELIGIBLE)
  std::string award;                            // the first-class award claimed, when any
  bool grassroots = false;                      // 基层一线专家 (R-POOL-DIVERSITY)
  bool outside_system = false;                  // 系统外/行业外专家
};

// POST /api/v1/committees/{id}/pool: 201 {id, status:"applied", warnings} or 422.
boost::json::object apply_to_pool(const Context& ctx, const Actor& actor, const std::string& committee_id,
                                  const NewPoolEntry& in);
// POST /api/v1/pool-entries/{id}/steps {step} (R-POOL-INTAKE).
boost::json::object pool_step(const Context& ctx, const Actor& actor, const std::string& entry_id,
                              const std::string& step);
// POST /api/v1/pool-entries/{id}/remove {reason} (R-POOL-DYNAMIC; R-POOL-SIZE warning).
boost::json::object remove_from_pool(const Context& ctx, const Actor& actor, const std::string& entry_id,
                                     const std::string& reason);
// GET /api/v1/pool-entries/{id} (confidential).
boost::json::object get_pool_entry(const Context& ctx, const Actor& actor, const std::string& entry_id);
// GET /api/v1/committees/{id}/pool (confidential): [{id, person_id, status, …}].
boost::json::array list_pool(const Context& ctx, const Actor& actor, const std::string& committee_id);
// GET /api/v1/committees/{id}/pool/candidates (the committee's office, the title office):
// persons with a senior qualification of the committee's series not in its pool, as name,
// unit and qualification only, with R-POOL-ELIGIBLE/EXCLUDE as `eligible` — the office
// picks new experts from this, since its person list holds only persons linked to it.
boost::json::array pool_candidates(const Context& ctx, const Actor& actor, const std::string& committee_id);
// GET /api/v1/committees/{id}/pool/summary: counts and R-POOL-SIZE / R-POOL-DIVERSITY warnings.
boost::json::object pool_summary(const Context& ctx, const Actor& actor, const std::string& committee_id);

}  // namespace zp::app
