// Excel exports (issue 7): .xlsx bytes for the expert pool, a round's applications and
// a public publicity list. Confidential like their sources: the pool export like the
// roster (R-COM-CONFIDENTIAL), the applications export for the title office and the
// round's committee office, the publicity list public (never id numbers or phones).
#pragma once
#include <string>
#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

// GET /api/v1/committees/{id}/pool.xlsx (committee office, title office, supervisor).
std::string export_pool_xlsx(const Context& ctx, const Actor& actor, const std::string& committee_id);
// GET /api/v1/rounds/{id}/applications.xlsx (title office, the round's committee office).
std::string export_applications_xlsx(const Context& ctx, const Actor& actor, const std::string& round_id);
// GET /api/v1/public/publicities/{id}.xlsx (public).
std::string export_publicity_xlsx(const Context& ctx, const std::string& publicity_id);

// "副高级" for "deputy_senior" (the code itself when unknown).
std::string level_chinese(const std::string& code);

}  // namespace zp::app
