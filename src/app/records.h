// Full-process records (R-RECORD-ALL, §八(四)) of an application: the unit's
// recommendation record and the social evaluations (teachers: 4 parties; doctors: 3).
// The rules are core/records.h; this file stores what passed them.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/records.h"

namespace zp::app {

// POST /api/v1/applications/{id}/recommendation-record (unit_hr of the unit).
// `original_materials` empty: the application's achievements on file are recorded as them.
boost::json::object put_recommendation_record(const Context& ctx, const Actor& actor, const std::string& id,
                                              core::UnitRecommendationRecord rec);
// POST /api/v1/applications/{id}/social-evaluations (unit_hr of the unit).
boost::json::object add_social_evaluation(const Context& ctx, const Actor& actor, const std::string& id,
                                          core::SocialEvaluationKind kind,
                                          const std::vector<core::SocialEvaluationParty>& parties,
                                          const std::string& publicity);

}  // namespace zp::app
