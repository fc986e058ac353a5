// Qualification documents 资格文件 (§四(五)) after the stage-2 committee publicity
// (R-PUB-TWO-STAGE, R-PUB-DURATION): issuer (R-DOC-ISSUER), numbering
// 临州人社发〔YYYY〕N号 sequential per year, entries (R-DOC-CONTENT), effective date = the
// vote date (R-DOC-DATE), publication (R-DOC-PUBLIC) and archive tracking (R-ARCHIVE).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/actor.h"
#include "app/context.h"
#include "app/publicity.h"

namespace zp::app {

// Stage 2 of R-PUB-TWO-STAGE: POST /api/v1/publicities {stage:"committee", round_id,
// start_date} (committee office of the round, title office): lists the round's passed
// applications (name, unit, series, specialty, level, promotion type only).
boost::json::object create_committee_publicity(const Context& ctx, const Actor& actor, const PublicityRequest& r);

// POST /api/v1/rounds/{id}/documents (title office) → {id, doc_no, entries}.
boost::json::object issue_document(const Context& ctx, const Actor& actor, const std::string& round_id);
// GET /api/v1/documents/{id} (any logged-in user: documents are public).
boost::json::object get_document(const Context& ctx, const std::string& id);
// GET /api/v1/public/documents (no login).
boost::json::array list_public_documents(const Context& ctx);

struct ArchiveRecord {
  std::string application_id;
  bool review_form_archived = false, personal_file_copy = false;
  std::string materials_returned_to;  // applicant | unit
};
// POST /api/v1/documents/{id}/archive (title office, committee office of the round).
boost::json::object record_archive(const Context& ctx, const Actor& actor, const std::string& document_id,
                                   const ArchiveRecord& a);

}  // namespace zp::app
