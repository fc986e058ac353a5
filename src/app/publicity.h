// Stage-1 unit publicity 单位公示 (R-PUB-TWO-STAGE, R-PUB-DURATION, R-PUB-UNIT-CONTENT)
// and its public view. The listed persons' public content is fixed when the publicity
// is announced and holds only the fields of R-PUB-UNIT-CONTENT: never an ID number,
// phone or full birth date. Stage 2 (committee) belongs to the evaluation workflow:
// create_publicity hands it to create_committee_publicity (app/documents.h).
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/date.h"
#include "core/publicity.h"

namespace zp::app {

struct PublicityRequest {
  std::string stage;  // "unit" | "committee"
  std::string round_id, unit_id;
  std::vector<std::string> application_ids;
  core::Date start_date;
  std::optional<core::PostCounts> posts;
};

// POST /api/v1/publicities (unit_hr of the unit) → {id, start_date, end_date, warnings}.
boost::json::object create_publicity(const Context& ctx, const Actor& actor, const PublicityRequest& r);
// GET /api/v1/public/publicities (no login; optional round_id filter).
boost::json::array list_public_publicities(const Context& ctx, const std::string& round_id);
// GET /api/v1/public/publicities/{id} (no login).
boost::json::object get_public_publicity(const Context& ctx, const std::string& id);

}  // namespace zp::app
