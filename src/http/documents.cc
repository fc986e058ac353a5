// Qualification documents (§四(五)): issue after the committee publicity, read,
// the public list (R-DOC-PUBLIC) and archive tracking (R-ARCHIVE).
#include "app/documents.h"
#include "app/pdf_views.h"
#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_documents(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/rounds/{id}/documents",
        [&ctx](Request& req) { return created(app::issue_document(ctx, require_actor(ctx, req), req.param("id"))); },
        {"印发资格文件（评审结果公示期满且无未处理异议）", "documents"});
  r.add("GET", "/api/v1/documents/{id}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::get_document(ctx, req.param("id")));
        },
        {"资格文件", "documents"});
  r.add("GET", "/api/v1/documents/{id}.pdf",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          Response res;
          res.content_type = "application/pdf";
          res.body = app::document_pdf(ctx, req.param("id"));
          res.set_header("Content-Disposition", "inline; filename=\"document.pdf\"");
          return res;
        },
        {"资格文件（PDF，红头文件格式）", "documents"});
  r.add("GET", "/api/v1/public/documents", [&ctx](Request&) { return ok(app::list_public_documents(ctx)); },
        {"资格文件公开（门户）", "documents", true});
  r.add("POST", "/api/v1/documents/{id}/archive",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::ArchiveRecord rec;
          rec.application_id = req_string(b, "application_id");
          rec.review_form_archived = req_bool(b, "review_form_archived");
          rec.personal_file_copy = req_bool(b, "personal_file_copy");
          rec.materials_returned_to = req_string(b, "materials_returned_to");
          return created(app::record_archive(ctx, a, req.param("id"), rec));
        },
        {"归档登记：评审表原件归档、复印件入人事档案、材料退还", "documents", false,
         R"({"type":"object","required":["application_id","review_form_archived","personal_file_copy","materials_returned_to"],"properties":{"materials_returned_to":{"enum":["applicant","unit"]}}})"});
}

}  // namespace zp::http
