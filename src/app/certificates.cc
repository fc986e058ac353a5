#include "app/certificates.h"

#include <cstdio>
#include <cstdlib>
#include <map>

#include "app/audit.h"
#include "app/committees.h"
#include "app/error.h"
#include "app/exports.h"
#include "app/persons.h"
#include "app/rounds.h"
#include "app/series.h"
#include "core/certificates.h"
#include "core/schedule.h"
#include "core/vocabulary.h"
#include "crypto/encoding.h"
#include "crypto/random.h"
#include "crypto/sm2.h"
#include "render/certificate.h"
#include "render/void_declaration.h"

namespace zp::app {
namespace json = boost::json;

namespace {

std::string public_base() {
  const char* b = std::getenv("ZHIPING_PUBLIC_URL");
  std::string s = b && *b ? b : "https://zhiping.lxz.gov.cn";
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

json::array violations_array(const std::vector<core::Violation>& v) {
  json::array a;
  for (const auto& x : v) a.push_back(json::object{{"rule", x.rule}, {"section", x.section}, {"message", x.message}});
  return a;
}

// Next serial of the year: 甘临 + year + 6 digits (REQUIRES: a write transaction).
std::string next_serial(store::Tx& tx, int year) {
  auto r = tx.one("SELECT last FROM certificate_counters WHERE year = ?", {std::int64_t{year}});
  std::int64_t n = r ? r->i64("last") + 1 : 1;
  if (r) tx.exec("UPDATE certificate_counters SET last = ? WHERE year = ?", {n, std::int64_t{year}});
  else tx.exec("INSERT INTO certificate_counters(year, last) VALUES (?, ?)", {std::int64_t{year}, n});
  char buf[24];
  std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(n));
  return "甘临" + std::to_string(year) + buf;
}

struct CertFields {
  std::string person_id, unit_id, committee_id, qualification_id, name, level, series, specialty, scope, how,
      effective_date, doc_no;
  std::string title_name;  // 资格名称 as issued; "" = looked up in the title-name table now
};

// Signs and inserts one certificate; returns its serial.
std::string issue(const Context& ctx, store::Tx& tx, const CertFields& f, const std::string& batch_id,
                  const std::string& actor, const std::string& replaces = "") {
  const core::Date today = ctx.clock.today();
  const std::string serial = next_serial(tx, today.year);
  const std::string tname = f.title_name.empty() ? title_name(tx, f.series, f.specialty, f.level) : f.title_name;
  const std::string st =
      certificate_statement(serial, f.name, f.level, f.series, f.specialty, f.effective_date, f.doc_no);
  auto sig = crypto::sm2_sign(ctx.keys.sm2_private_pem, st);
  if (!sig) throw Failure(Category::internal, "SM2 签名失败");
  tx.exec("INSERT INTO certificates(serial, batch_id, qualification_id, person_id, unit_id, committee_id, name, level, "
          "series, specialty, scope, how, effective_date, doc_no, statement, signature, status, replaces, issued_on, "
          "created_at, created_by, title_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'valid',?,?,?,?,?)",
          {serial, batch_id.empty() ? store::Value(nullptr) : store::Value(batch_id),
           f.qualification_id.empty() ? store::Value(nullptr) : store::Value(f.qualification_id), f.person_id,
           f.unit_id, f.committee_id.empty() ? store::Value(nullptr) : store::Value(f.committee_id), f.name, f.level,
           f.series, f.specialty, f.scope, f.how, f.effective_date, f.doc_no, st, crypto::base64url_encode(*sig),
           replaces.empty() ? store::Value(nullptr) : store::Value(replaces), today.str(), ctx.clock.now_rfc3339(),
           actor, tname});
  return serial;
}

std::optional<store::Row> load_cert(store::Tx& tx, const std::string& serial) {
  return tx.one("SELECT * FROM certificates WHERE serial = ?", {serial});
}

// The certificate's 资格名称 as issued (the table's name when the row has none).
std::string cert_title_name(store::Tx& tx, const store::Row& c) {
  const std::string t = c.str("title_name");
  return t.empty() ? title_name(tx, c.str("series"), c.str("specialty"), c.str("level")) : t;
}

std::string title_name_of(store::Tx& tx, const std::string& serial) {
  auto c = load_cert(tx, serial);
  return c ? cert_title_name(tx, *c) : std::string{};
}

// The holder's unit, the committee office, the title office, the holder.
bool may_see(const Actor& a, const store::Row& c) {
  if (a.any({"sysadmin", "title_office", "supervisor"})) return true;
  if (a.has("unit_hr") && a.org_id == c.str("unit_id")) return true;
  if (a.has("committee_office") && !c.str("committee_id").empty() && manages_committee(a, c.str("committee_id")))
    return true;
  return !a.person_id.empty() && a.person_id == c.str("person_id");
}

// Unit or office acting on the certificate (never the holder: R-CERT-NO-INDIVIDUAL).
void require_office_for(const Actor& a, const store::Row& c) {
  require_not_individual(a);
  if (a.any({"sysadmin", "title_office"})) return;
  if (a.has("unit_hr") && a.org_id == c.str("unit_id")) return;
  if (a.has("committee_office") && !c.str("committee_id").empty() && manages_committee(a, c.str("committee_id")))
    return;
  not_found("证书");
}

}  // namespace

std::string issue_roster_certificate(const Context& ctx, store::Tx& tx, const RosterCertificate& c,
                                     const std::string& actor) {
  CertFields f;
  f.person_id = c.person_id;
  f.unit_id = c.unit_id;
  f.name = c.name;
  f.level = c.level;
  f.series = c.series;
  f.specialty = c.specialty;
  f.scope = c.grassroots ? "grassroots" : "province";
  f.how = c.kind;  // assessment | exam
  f.effective_date = ctx.clock.today().str();
  f.doc_no = c.doc_no;
  const std::string serial = issue(ctx, tx, f, "", actor);
  tx.exec("UPDATE certificates SET roster_id = ? WHERE serial = ?", {c.roster_id, serial});
  return serial;
}

void require_not_individual(const Actor& actor) {
  if (actor.any({"committee_office", "unit_hr", "title_office", "sysadmin"})) return;
  std::vector<core::Violation> v;
  for (const auto& r : actor.roles)
    if (auto role = core::parse_role(r)) {
      auto o = core::check_certificate_submitter(*role);
      v.insert(v.end(), o.violations.begin(), o.violations.end());
    }
  if (!v.empty()) forbidden("证书业务不受理个人申请，须由单位或评委会工作机构办理", {v.front()});
  forbidden("无权办理证书业务");
}

std::string certificate_statement(const std::string& serial, const std::string& name, const std::string& level,
                                  const std::string& series, const std::string& specialty,
                                  const std::string& effective_date, const std::string& doc_no) {
  return serial + "|" + name + "|" + level + "|" + series + "|" + specialty + "|" + effective_date + "|" + doc_no;
}

namespace {

bool unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The signature as the payload or the command line gives it: hex (DER begins with 0x30,
// so its hex begins "30"; base64url of such bytes begins with "M") or base64url.
std::optional<std::string> signature_bytes(const std::string& text) {
  if (text.rfind("30", 0) == 0)
    if (auto h = crypto::from_hex(text)) return h;
  return crypto::base64url_decode(text);
}

constexpr std::string_view kVerifyPath = "/verify/";
constexpr std::string_view kOldPath = "/api/v1/public/certificates/";

}  // namespace

std::string percent_encode_segment(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::optional<std::string> percent_decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return std::nullopt;
    const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi << 4 | lo);
    i += 2;
  }
  return out;
}

std::string certificate_qr_payload(const std::string& serial, const std::string& statement,
                                   const std::string& signature_der) {
  return public_base() + std::string(kVerifyPath) + percent_encode_segment(serial) +
         "#v=1&st=" + crypto::base64url_encode(statement) + "&sig=" + crypto::to_hex(signature_der);
}

namespace {
PayloadCheck check_signature(const std::string& public_pem, const std::string& statement,
                             const std::optional<std::string>& sig, const char* undecodable) {
  PayloadCheck c;
  c.statement = statement;
  c.serial = statement.substr(0, statement.find('|'));
  if (!sig) c.problem = undecodable;
  else if (!crypto::sm2_verify(public_pem, statement, *sig)) c.problem = "签名与声明不符（或公钥不对）";
  else c.valid = true;
  return c;
}
}  // namespace

PayloadCheck verify_certificate_statement(const std::string& public_pem, const std::string& statement,
                                          const std::string& signature_text) {
  return check_signature(public_pem, statement, signature_bytes(signature_text),
                         "签名既不是十六进制 DER 也不是 base64url");
}

PayloadCheck verify_certificate_payload(const std::string& public_pem, const std::string& payload) {
  PayloadCheck bad;
  const auto hash = payload.find('#');
  if (hash == std::string::npos) return bad.problem = "载荷缺少 # 片段", bad;
  const std::string url = payload.substr(0, hash);
  // The serial segment: /verify/<percent-encoded serial> (current) or
  // /api/v1/public/certificates/<serial> (the first printed certificates).
  std::string segment;
  bool current = false;
  if (auto at = url.rfind(kVerifyPath); at != std::string::npos) {
    segment = url.substr(at + kVerifyPath.size());
    current = true;
  } else if (auto old = url.rfind(kOldPath); old != std::string::npos) {
    segment = url.substr(old + kOldPath.size());
  } else {
    return bad.problem = "网址不是证书查验地址（应为 …/verify/<证书编号>）", bad;
  }
  auto url_serial = percent_decode(segment);
  if (!url_serial || url_serial->empty() || segment.find_first_of("/?") != std::string::npos)
    return bad.problem = "网址中的证书编号无效", bad;
  std::string st_b64, sig_text, version;
  std::string frag = payload.substr(hash + 1);
  std::size_t pos = 0;
  while (pos <= frag.size()) {
    std::size_t amp = frag.find('&', pos);
    if (amp == std::string::npos) amp = frag.size();
    const std::string kv = frag.substr(pos, amp - pos);
    const auto eq = kv.find('=');
    if (eq != std::string::npos) {
      const std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
      if (k == "st") st_b64 = v;
      else if (k == "sig") sig_text = v;
      else if (k == "v") version = v;
    }
    pos = amp + 1;
  }
  if (version != "1") return bad.problem = "不支持的载荷版本", bad;
  auto st = crypto::base64url_decode(st_b64);
  if (!st) return bad.problem = "声明不是有效的 base64url", bad;
  // The current form carries the signature in hex, the first one in base64url.
  PayloadCheck c =
      current ? check_signature(public_pem, *st, crypto::from_hex(sig_text), "签名不是十六进制")
              : check_signature(public_pem, *st, crypto::base64url_decode(sig_text), "签名不是有效的 base64url");
  if (c.valid && *url_serial != c.serial) {
    c.valid = false;
    c.problem = "网址中的证书编号与声明不符";
  }
  return c;
}

json::object public_keys(const Context& ctx) {
  auto point = crypto::sm2_public_point(ctx.keys.sm2_public_pem);
  if (!point) throw Failure(Category::internal, "人社局 SM2 公钥无效");
  return json::object{{"sm2_public_key_hex", crypto::to_hex(*point)},
                      {"pem", ctx.keys.sm2_public_pem},
                      {"user_id", std::string(crypto::kSm2DefaultId)},
                      {"algorithm", "SM2 签名（SM3 杂凑，GM/T 0009-2012 默认用户标识），DER 编码"}};
}

json::object create_certificate_batch(const Context& ctx, const Actor& actor, const std::string& round_id) {
  require_not_individual(actor);
  auto tx = ctx.db.begin(store::TxMode::write);
  auto round = load_round(*tx, round_id);
  if (!round) not_found("评审批次");
  const bool office = actor.any({"sysadmin", "title_office"}) || manages_committee(actor, round->committee_id);
  if (!office && !actor.has("unit_hr")) forbidden("只有本评委会工作机构或用人单位可以申请证书");
  std::string sql =
      "SELECT q.id, q.person_id, q.series, q.specialty, q.level, q.effective_date, q.scope, q.how, q.doc_no, "
      "q.title_name, p.name, p.unit_id FROM qualifications q JOIN persons p ON p.id = q.person_id "
      "LEFT JOIN documents d ON d.id = q.document_id LEFT JOIN applications a ON a.id = q.application_id "
      "WHERE (d.round_id = ? OR a.round_id = ?) AND q.status = 'valid' "
      "AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.qualification_id = q.id)";
  std::vector<store::Value> params{round_id, round_id};
  if (!office) {
    sql += " AND p.unit_id = ?";
    params.emplace_back(actor.org_id);
  }
  sql += " ORDER BY q.doc_no, p.name, q.id";
  auto quals = tx->query(sql, params);
  if (quals.empty())
    throw Failure(Category::rule_violation, "该评审批次没有待发证的资格（尚未发文，或证书已一次性申请）");
  core::Outcome timing;
  if (auto pub = tx->one("SELECT MAX(end_date) AS e FROM publicities WHERE round_id = ? AND stage = 'committee'",
                         {round_id});
      pub && !pub->is_null("e"))
    if (auto end = core::Date::parse(pub->str("e")))
      timing = core::check_certificate_timing(*ctx.calendar(), *end, ctx.clock.today());
  const std::string batch_id = crypto::random_id();
  const std::string who = actor_ref(&actor);
  tx->exec("INSERT INTO certificate_batches(id, round_id, warnings, created_at, created_by) VALUES (?,?,?,?,?)",
           {batch_id, round_id, json::serialize(violations_array(timing.warnings)), ctx.clock.now_rfc3339(), who});
  json::array certs;
  for (const auto& q : quals) {
    CertFields f{q.str("person_id"), q.str("unit_id"),      round->committee_id, q.str("id"),
                 q.str("name"),      q.str("level"),        q.str("series"),     q.str("specialty"),
                 q.str("scope"),     q.str("how"),          q.str("effective_date"), q.str("doc_no"),
                 q.str("title_name")};
    const std::string serial = issue(ctx, *tx, f, batch_id, who);
    certs.push_back(json::object{{"serial", serial}, {"person_id", f.person_id}, {"name", f.name},
                                 {"title_name", title_name_of(*tx, serial)}});
  }
  audit_append(*tx, ctx, &actor, "certificate.batch", "certificate_batch:" + batch_id,
               json::object{{"round_id", round_id}, {"count", certs.size()}});
  tx->commit();
  return json::object{{"id", batch_id},
                      {"round_id", round_id},
                      {"certificates", std::move(certs)},
                      {"warnings", violations_array(timing.warnings)}};
}

std::string certificate_pdf(const Context& ctx, const Actor& actor, const std::string& serial) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto c = load_cert(*tx, serial);
  if (!c || !may_see(actor, *c)) not_found("证书");
  auto p = load_person(ctx, *tx, c->str("person_id"));
  auto unit = tx->one("SELECT name FROM orgs WHERE id = ?", {c->str("unit_id")});
  render::Certificate rc;
  rc.name = c->str("name");
  rc.gender = p && p->gender == "F" ? "女" : "男";
  if (p) rc.birth_date = p->birth_date;
  rc.unit = unit ? unit->str("name") : "";
  rc.series = c->str("series") + "系列";
  rc.specialty = c->str("specialty");
  // 资格名称: the title name as issued (e.g. 医师, 主管护师, 高级教师); the level is in it.
  rc.qualification_name = cert_title_name(*tx, *c);
  rc.level = "";
  static const std::map<std::string, std::string> scopes = {
      {"province", "全省有效"}, {"grassroots", "基层有效"}, {"unit", "本单位有效"}};
  rc.scope = scopes.count(c->str("scope")) ? scopes.at(c->str("scope")) : c->str("scope");
  rc.effective_date = core::Date::parse(c->str("effective_date")).value_or(core::Date{});
  rc.document_number = c->str("doc_no");
  rc.serial_number = serial;
  rc.issue_date = core::Date::parse(c->str("issued_on")).value_or(core::Date{});
  auto sig = crypto::base64url_decode(c->str("signature")).value_or("");
  rc.qr_payload = certificate_qr_payload(serial, c->str("statement"), sig);
  if (c->str("status") != "valid") rc.statement = "（本证书已作废）";
  return render::render_certificate(rc);
}

json::object get_certificate(const Context& ctx, const Actor& actor, const std::string& serial) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto c = load_cert(*tx, serial);
  if (!c || !may_see(actor, *c)) not_found("证书");
  json::object o;
  for (const char* k : {"serial", "batch_id", "person_id", "unit_id", "name", "level", "series", "specialty", "scope",
                        "how", "effective_date", "doc_no", "status", "statement", "signature", "issued_on"})
    o[k] = c->str(k);
  o["level_name"] = level_chinese(c->str("level"));
  o["title_name"] = cert_title_name(*tx, *c);
  for (const char* k : {"replaces", "replaced_by", "void_reason", "voided_on", "handover_unit_on", "handover_person_on"})
    o[k] = c->is_null(k) ? json::value(nullptr) : json::value(c->str(k));
  auto sig = crypto::base64url_decode(c->str("signature")).value_or("");
  o["qr_payload"] = certificate_qr_payload(serial, c->str("statement"), sig);
  return o;
}

json::object public_certificate(const Context& ctx, const std::string& serial) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto c = load_cert(*tx, serial);
  if (!c) not_found("证书");
  std::string status = c->str("status");
  if (status == "valid" && !c->str("qualification_id").empty())
    if (auto q = tx->one("SELECT status FROM qualifications WHERE id = ?", {c->str("qualification_id")});
        q && q->str("status") == "revoked")
      status = "revoked";
  const bool sig_ok = verify_certificate_statement(ctx.keys.sm2_public_pem, c->str("statement"), c->str("signature")).valid;
  json::object o{{"serial", serial},
                 {"valid", status == "valid" && sig_ok},
                 {"status", status},
                 {"name", c->str("name")},
                 {"level", c->str("level")},
                 {"level_name", level_chinese(c->str("level"))},
                 {"title_name", cert_title_name(*tx, *c)},
                 {"series", c->str("series")},
                 {"specialty", c->str("specialty")},
                 {"scope", c->str("scope")},
                 {"effective_date", c->str("effective_date")},
                 {"doc_no", c->str("doc_no")},
                 {"statement", c->str("statement")},
                 {"signature", c->str("signature")},
                 {"signature_valid", sig_ok}};
  if (!c->is_null("replaced_by")) o["replaced_by"] = c->str("replaced_by");
  if (!c->is_null("replaces")) o["replaces"] = c->str("replaces");
  if (!c->is_null("voided_on")) o["voided_on"] = c->str("voided_on");
  return o;
}

json::object certificate_handover(const Context& ctx, const Actor& actor, const std::string& serial,
                                  const std::string& to, core::Date date) {
  if (to != "unit" && to != "person") bad_request("字段 to 须为 unit 或 person");
  if (date > ctx.clock.today()) bad_request("字段 date 不能晚于今天");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto c = load_cert(*tx, serial);
  if (!c) not_found("证书");
  require_office_for(actor, *c);
  if (c->str("status") != "valid") throw Failure(Category::conflict, "证书已作废，不能登记交接");
  if (to == "person" && c->is_null("handover_unit_on"))
    throw Failure(Category::rule_violation, "证书须先交回单位，再由单位交本人",
                  {{"R-CERT-ONESTOP", "§七(一)", "证书、文件和材料先交回单位，由单位交本人"}});
  tx->exec(to == "unit" ? "UPDATE certificates SET handover_unit_on = ? WHERE serial = ?"
                        : "UPDATE certificates SET handover_person_on = ? WHERE serial = ?",
           {date.str(), serial});
  audit_append(*tx, ctx, &actor, "certificate.handover", "certificate:" + serial,
               json::object{{"to", to}, {"date", date.str()}});
  tx->commit();
  return json::object{{"serial", serial}, {"to", to}, {"date", date.str()}};
}

json::object replace_certificate(const Context& ctx, const Actor& actor, const std::string& serial,
                                 const std::string& reason) {
  require_not_individual(actor);
  require(core::check_replacement(reason), "补发申请不符合规定");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto c = load_cert(*tx, serial);
  if (!c) not_found("证书");
  require_office_for(actor, *c);
  if (c->str("status") != "valid") throw Failure(Category::conflict, "该证书已作废或已撤销，不能补发");
  CertFields f{c->str("person_id"), c->str("unit_id"),   c->str("committee_id"),   c->str("qualification_id"),
               c->str("name"),      c->str("level"),     c->str("series"),         c->str("specialty"),
               c->str("scope"),     c->str("how"),       c->str("effective_date"), c->str("doc_no"),
               c->str("title_name")};
  const std::string who = actor_ref(&actor);
  const std::string fresh = issue(ctx, *tx, f, c->str("batch_id"), who, serial);
  tx->exec("UPDATE certificates SET status = 'void', void_reason = ?, voided_on = ?, replaced_by = ? WHERE serial = ?",
           {reason, ctx.clock.today().str(), fresh, serial});
  audit_append(*tx, ctx, &actor, "certificate.replace", "certificate:" + serial,
               json::object{{"new_serial", fresh}});
  tx->commit();
  return json::object{{"serial", fresh}, {"replaces", serial}, {"void", serial}};
}

json::array void_declarations(const Context& ctx) {
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r : tx->query("SELECT c.serial, c.name, c.series, c.specialty, c.level, c.title_name, c.voided_on, "
                                 "c.replaced_by, o.name AS unit "
                                 "FROM certificates c LEFT JOIN orgs o ON o.id = c.unit_id WHERE c.status = 'void' "
                                 "ORDER BY c.voided_on DESC, c.serial"))
    out.push_back(json::object{{"serial", r.str("serial")},
                               {"name", r.str("name")},
                               {"unit", r.str("unit")},
                               {"series", r.str("series")},
                               {"level", r.str("level")},
                               {"level_name", level_chinese(r.str("level"))},
                               {"title_name", cert_title_name(*tx, r)},
                               {"replaced_by", r.is_null("replaced_by") ? json::value(nullptr)
                                                                        : json::value(r.str("replaced_by"))},
                               {"declared_on", r.str("voided_on")}});
  return out;
}

std::string void_declarations_pdf(const Context& ctx) {
  render::VoidDeclaration d;
  d.issue_date = ctx.clock.today();
  for (const auto& v : void_declarations(ctx)) {
    const auto& o = v.as_object();
    render::VoidEntry e;
    e.serial_number = std::string{o.at("serial").as_string()};
    e.name = std::string{o.at("name").as_string()};
    e.unit = std::string{o.at("unit").as_string()};
    e.series_level = std::string{o.at("series").as_string()} + "系列 " + std::string{o.at("title_name").as_string()};
    e.declared = core::Date::parse(std::string{o.at("declared_on").as_string()}).value_or(d.issue_date);
    d.entries.push_back(std::move(e));
  }
  return render::render_void_declaration(d);
}

}  // namespace zp::app
