// Certificates (§七, R-CERT-*): batches, PDFs with a signed QR, public check, hand-over,
// lost-certificate replacement and void declarations, 考核定职/以考代评 rosters.
#include "app/certificates.h"

#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {
namespace {

Response bytes(std::string body, const char* type, const std::string& filename) {
  Response res;
  res.content_type = type;
  res.body = std::move(body);
  res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}
constexpr const char* kPdf = "application/pdf";
constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

int copies(const json::object& b, const char* field) {
  const auto n = req_int(b, field);
  if (n < 0 || n > 1000) app::bad_request(std::string("字段 ") + field + " 超出范围");
  return static_cast<int>(n);
}

}  // namespace

void register_certificates(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/certificate-batches",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        app::require_not_individual(a);
        auto b = body_object(req);
        return created(app::create_certificate_batch(ctx, a, req_string(b, "round_id")));
      },
      {"一次性申请本批次证书（R-CERT-ONESTOP；个人不受理 R-CERT-NO-INDIVIDUAL）", "certificates", false,
       R"({"type":"object","required":["round_id"],"properties":{"round_id":{"type":"string"}}})"});
  r.add("GET", "/api/v1/certificates/{serial}.pdf",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return bytes(app::certificate_pdf(ctx, a, req.param("serial")), kPdf, "certificate.pdf");
        },
        {"证书 PDF（含签名二维码）", "certificates"});
  r.add("GET", "/api/v1/certificates/{serial}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_certificate(ctx, a, req.param("serial")));
        },
        {"证书记录（含交接登记与二维码载荷）", "certificates"});
  r.add("GET", "/api/v1/public/keys", [&ctx](Request&) { return ok(app::public_keys(ctx)); },
        {"人社局 SM2 公钥（浏览器核验证书二维码签名用）", "certificates", true});
  r.add("GET", "/api/v1/public/certificates/{serial}",
        [&ctx](Request& req) { return ok(app::public_certificate(ctx, req.param("serial"))); },
        {"证书真伪查验（公开）", "certificates", true});
  r.add(
      "POST", "/api/v1/certificates/{serial}/handover",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        return ok(app::certificate_handover(ctx, a, req.param("serial"), req_string(b, "to"), req_date(b, "date")));
      },
      {"证书交接登记（交回单位 / 交本人）", "certificates", false,
       R"({"type":"object","required":["to","date"],"properties":{"to":{"enum":["unit","person"]},"date":{"type":"string","format":"date"}}})"});
  r.add(
      "POST", "/api/v1/certificates/{serial}/replacement",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        app::require_not_individual(a);
        auto b = body_object(req);
        return created(app::replace_certificate(ctx, a, req.param("serial"), req_string(b, "reason")));
      },
      {"遗失补发（R-CERT-LOST：仅凭补发表，原证书作废并公告）", "certificates", false,
       R"({"type":"object","required":["reason"],"properties":{"reason":{"type":"string"}}})"});
  r.add("GET", "/api/v1/public/void-declarations",
        [&ctx](Request&) { return ok(app::void_declarations(ctx)); },
        {"证书遗失作废声明（公开）", "certificates", true});
  r.add("GET", "/api/v1/public/void-declarations.pdf",
        [&ctx](Request&) { return bytes(app::void_declarations_pdf(ctx), kPdf, "void-declarations.pdf"); },
        {"证书遗失作废声明 PDF（公开）", "certificates", true});
  r.add(
      "POST", "/api/v1/certificate-rosters",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        app::require_not_individual(a);
        auto b = body_object(req);
        app::RosterRequest in;
        in.kind = req_string(b, "kind");
        in.unit_id = req_string(b, "unit_id");
        in.grassroots = opt_bool(b, "grassroots").value_or(false);
        const auto& ps = req_array(b, "persons");
        for (std::size_t i = 0; i < ps.size(); ++i) {
          const auto& o = element_object(ps, i, "persons");
          in.persons.push_back({req_string(o, "person_id"), req_string(o, "series"), req_string(o, "specialty"),
                                req_string(o, "level")});
        }
        in.roster_copies = copies(b, "roster_copies");
        in.approval_form_copies = opt_int(b, "approval_form_copies") ? copies(b, "approval_form_copies") : 0;
        return created(app::create_certificate_roster(ctx, a, in));
      },
      {"考核定职 / 以考代评证书申请（R-CERT-OTHER：花名册三份，以考代评审批表两份）", "certificates", false,
       R"({"type":"object","required":["kind","unit_id","persons","roster_copies"],"properties":{"kind":{"enum":["assessment","exam"]},"unit_id":{"type":"string"},"grassroots":{"type":"boolean"},"persons":{"type":"array","items":{"type":"object","required":["person_id","series","specialty","level"]}},"roster_copies":{"type":"integer"},"approval_form_copies":{"type":"integer"}}})"});
  r.add("GET", "/api/v1/certificate-rosters/{id}/roster.xlsx",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return bytes(app::certificate_roster_xlsx(ctx, a, req.param("id")), kXlsx, "roster.xlsx");
        },
        {"花名册 Excel", "certificates"});
}

}  // namespace zp::http
