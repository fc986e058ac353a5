// PDF views of recorded data: the meeting minutes (R-MEET-RECORD) and the
// qualification document (R-DOC-CONTENT). Built only from what the system recorded
// (get_minutes / get_document), with the same access rules as their JSON forms.
#pragma once

#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

// GET /api/v1/rounds/{id}/minutes.pdf: same access as the JSON minutes.
std::string minutes_pdf(const Context& ctx, const Actor& actor, const std::string& round_id);
// GET /api/v1/documents/{id}.pdf
std::string document_pdf(const Context& ctx, const std::string& document_id);

}  // namespace zp::app
