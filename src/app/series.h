// The series/specialty catalogue (系列/专业). Requests name series and specialties by
// their Chinese names; an unknown one is a 400 naming the field.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

boost::json::array list_series(const Context& ctx);
// POST /api/v1/series (sysadmin): adds a series, or adds specialties to an existing one.
boost::json::object add_series(const Context& ctx, const Actor& actor, const std::string& name,
                               const std::vector<std::string>& specialties);
// Loads the default catalogue when the table is empty.
void seed_default_series(const Context& ctx, store::Tx& tx);

// Validation for other services: 400 naming `field` when unknown.
void require_series(store::Tx& tx, const std::string& series, const char* field);
void require_specialty(store::Tx& tx, const std::string& series, const std::string& specialty,
                       const char* field);

}  // namespace zp::app
