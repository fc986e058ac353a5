// The series/specialty catalogue (系列/专业). Requests name series and specialties by
// their Chinese names; an unknown one is a 400 naming the field.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "store/database.h"

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

// 资格名称 title names per series, specialty and level (table title_names, migration 0010;
// lookup in src/core/title_names.h). Readable by anyone; set by the system administrator.

// The name of (series, specialty, level code) as of now: the specialty's row, else the
// series' row, else the level's name (中级 …); an unknown level code is returned as is.
std::string title_name(store::Tx& tx, const std::string& series, const std::string& specialty,
                       const std::string& level);
// GET /api/v1/title-names[?series=]: the rows, in catalogue order.
boost::json::array list_title_names(const Context& ctx, const std::string& series);
// GET /api/v1/title-names/resolve?series=&specialty=&level=: the name and where it came
// from (specialty | series | level).
boost::json::object resolve_title_name(const Context& ctx, const std::string& series, const std::string& specialty,
                                       const std::string& level);
struct TitleNameInput {
  std::string series, specialty, level;
  std::optional<std::string> name;  // nullopt (JSON null): remove the row
};
// PUT /api/v1/title-names {entries:[…]} (sysadmin): every entry validated first (400 naming
// entries[i].field), then all written in one transaction with one audit entry listing
// each change (from → to). Issued qualifications and certificates keep their names.
boost::json::object put_title_names(const Context& ctx, const Actor& actor, const std::vector<TitleNameInput>& in);

}  // namespace zp::app
