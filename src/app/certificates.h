// Certificates 证书 (§七, R-CERT-*): one-stop batches per round, SM2-signed statements
// with a QR payload that verifies offline, hand-over tracking, lost-certificate
// replacement with the public void declaration, and the 考核定职 / 以考代评 rosters.
// The payload format is documented in docs/certificates.md.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include "app/actor.h"
#include "app/context.h"
#include "core/date.h"

namespace zp::app {

// The signed statement: serial|name|level|series|specialty|effective_date|doc_no (UTF-8).
std::string certificate_statement(const std::string& serial, const std::string& name, const std::string& level,
                                  const std::string& series, const std::string& specialty,
                                  const std::string& effective_date, const std::string& doc_no);
// The QR payload, opening the portal's check page (docs/certificates.md):
//   <public url>/verify/<percent-encoded serial>#v=1&st=<base64url(statement)>&sig=<hex(DER signature)>
// <public url> is ZHIPING_PUBLIC_URL (default https://zhiping.lxz.gov.cn).
std::string certificate_qr_payload(const std::string& serial, const std::string& statement,
                                   const std::string& signature_der);
// RFC 3986 percent-encoding of one path segment (unreserved characters kept, every
// other byte as %XX, uppercase) and its strict inverse (nullopt on a bad escape).
std::string percent_encode_segment(std::string_view s);
std::optional<std::string> percent_decode(std::string_view s);

struct PayloadCheck {
  bool valid = false;
  std::string serial;
  std::string statement;
  std::string problem;  // why not valid
};
// Offline check of a QR payload (or of a statement + signature, hex DER or base64url)
// against the bureau's public key. Payloads of the current form (/verify/…, signature
// in hex) and of the first form (/api/v1/public/certificates/<serial>, signature in
// base64url) are both accepted; the serial in the URL must match the statement's.
// Never throws.
PayloadCheck verify_certificate_payload(const std::string& public_pem, const std::string& payload);
PayloadCheck verify_certificate_statement(const std::string& public_pem, const std::string& statement,
                                          const std::string& signature_b64url);

// GET /api/v1/public/keys: the bureau's SM2 public key for checks in the browser:
// {sm2_public_key_hex: "04"+x+y, pem, user_id, algorithm}.
boost::json::object public_keys(const Context& ctx);

// POST /api/v1/certificate-batches {round_id} (committee office of the round, unit_hr).
boost::json::object create_certificate_batch(const Context& ctx, const Actor& actor, const std::string& round_id);
// GET /api/v1/certificates/{serial}.pdf (holder's unit, committee office, title office, holder).
std::string certificate_pdf(const Context& ctx, const Actor& actor, const std::string& serial);
// GET /api/v1/certificates/{serial} (same audience): the stored record with hand-over dates.
boost::json::object get_certificate(const Context& ctx, const Actor& actor, const std::string& serial);
// GET /api/v1/public/certificates/{serial}.
boost::json::object public_certificate(const Context& ctx, const std::string& serial);
// POST /api/v1/certificates/{serial}/handover {to:"unit"|"person", date}.
boost::json::object certificate_handover(const Context& ctx, const Actor& actor, const std::string& serial,
                                         const std::string& to, core::Date date);
// POST /api/v1/certificates/{serial}/replacement {reason} (R-CERT-LOST) → {serial, replaces}.
boost::json::object replace_certificate(const Context& ctx, const Actor& actor, const std::string& serial,
                                        const std::string& reason);
// GET /api/v1/public/void-declarations (JSON) and .pdf (R-CERT-LOST).
boost::json::array void_declarations(const Context& ctx);
std::string void_declarations_pdf(const Context& ctx);

// R-CERT-OTHER: POST /api/v1/certificate-rosters and GET …/{id}/roster.xlsx.
struct RosterPerson {
  std::string person_id, series, specialty, level;
};
struct RosterRequest {
  std::string kind;  // assessment | exam
  std::string unit_id;
  bool grassroots = false;
  std::vector<RosterPerson> persons;
  int roster_copies = 0;
  int approval_form_copies = 0;
};
// Creating a roster issues one certificate per entry at once (same 甘临 + year + 6-digit
// serials as the batches, signed the same way; how = assessment|exam, scope = grassroots
// for the 基层有效 variant, province otherwise; effective date = the day of issue). The
// serials are returned and shown in the roster's 证书编号 column.
boost::json::object create_certificate_roster(const Context& ctx, const Actor& actor, const RosterRequest& r);
std::string certificate_roster_xlsx(const Context& ctx, const Actor& actor, const std::string& id);

// One roster certificate (REQUIRES: a write transaction); returns its serial.
struct RosterCertificate {
  std::string roster_id, kind, person_id, unit_id, name, series, specialty, level, doc_no;
  bool grassroots = false;
};
std::string issue_roster_certificate(const Context& ctx, store::Tx& tx, const RosterCertificate& c,
                                     const std::string& actor);

// 403 R-CERT-NO-INDIVIDUAL unless the actor acts for a unit or an office.
void require_not_individual(const Actor& actor);

}  // namespace zp::app
