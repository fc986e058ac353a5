#include "app/documents.h"

#include <map>
#include <set>

#include "app/applications.h"
#include "app/audit.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "app/series.h"
#include "core/documents.h"
#include "core/level.h"
#include "core/publicity.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

namespace {

core::HostKind host_kind(const std::string& org_kind) {
  if (org_kind == "bureau") return core::HostKind::prefecture_bureau;
  if (org_kind == "county_office") return core::HostKind::county_bureau;
  if (org_kind == "unit") return core::HostKind::employer;
  return core::HostKind::prefecture_department;
}

std::string scope_name(const std::string& s) {
  if (s == "grassroots") return "基层有效";
  if (s == "unit") return "本单位有效";
  return "全省有效";
}

json::object document_json(const store::Row& d) {
  return json::object{{"id", d.str("id")},
                      {"round_id", d.str("round_id")},
                      {"doc_no", d.str("doc_no")},
                      {"issuer", d.str("issuer")},
                      {"prior_check", d.str("prior_check")},
                      {"filed_with", d.str("filed_with")},
                      {"issued_on", d.str("issued_on")},
                      {"effective_date", d.str("vote_date")},
                      {"entries", parse_stored(d.str("entries"), json::array{})}};
}

}  // namespace

json::object issue_document(const Context& ctx, const Actor& actor, const std::string& round_id) {
  if (!actor.has("title_office")) forbidden("资格文件由职改办办理");
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  if (tx->one("SELECT 1 AS x FROM documents WHERE round_id = ?", {round.id}))
    throw Failure(Category::conflict, "本批次的资格文件已印发");
  // Vote date per application (R-DOC-DATE).
  std::map<std::string, std::string> vote_date;
  for (const auto& v : tx->query("SELECT application_ids, vote_date FROM votes WHERE round_id = ? AND status = 'closed'",
                                 {round.id}))
    for (const auto& a : stored_strings(v.str("application_ids"))) vote_date[a] = v.str("vote_date");
  auto passed = tx->query(
      "SELECT a.id, a.person_id, a.series, a.specialty, a.target_level, a.promotion_type, p.name, o.name AS unit "
      "FROM applications a JOIN persons p ON p.id = a.person_id JOIN orgs o ON o.id = a.unit_id "
      "WHERE a.round_id = ? AND a.status = 'passed' ORDER BY o.name, p.name, a.id",
      {round.id});
  // R-PUB-TWO-STAGE stage 2 with R-OBJ-HANDLE.
  std::vector<std::string> ids;
  for (const auto& a : passed) ids.push_back(a.str("id"));
  std::vector<core::PublicityFacts> pubs;
  for (const auto& p : tx->query("SELECT id, start_date, end_date FROM publicities WHERE round_id = ? AND "
                                 "stage = 'committee'",
                                 {round.id})) {
    core::PublicityFacts f;
    f.id = p.str("id");
    f.stage = core::PublicityStage::committee;
    f.start = core::Date::parse(p.str("start_date")).value_or(today);
    f.end = core::Date::parse(p.str("end_date")).value_or(today);
    for (const auto& i : tx->query("SELECT application_id FROM publicity_items WHERE publicity_id = ?", {f.id}))
      f.application_ids.push_back(i.str("application_id"));
    pubs.push_back(std::move(f));
  }
  std::vector<core::ObjectionFacts> objections;
  for (const auto& id : ids)
    for (const auto& o : tx->query("SELECT status, resolved FROM objections WHERE application_id = ?", {id})) {
      const std::string st = o.str("status");
      const auto status = st == "registered" ? core::ObjectionStatus::registered
                          : st == "late"     ? core::ObjectionStatus::late
                                             : core::ObjectionStatus::anonymous;
      objections.push_back({id, status, o.i64("resolved") != 0});
    }
  if (ids.empty()) throw Failure(Category::conflict, "本批次没有评审通过的人员");
  // Every rule the document would break is collected in `o` and refused together: the
  // stage-2 publicity and its objections (R-PUB-TWO-STAGE, R-OBJ-HANDLE), then the
  // entries (R-DOC-DATE, R-DOC-CONTENT).
  core::Outcome o = core::check_documents(ids, pubs, objections, today);

  // R-DOC-ISSUER from the committee's host and the level.
  auto host = tx->one("SELECT o.kind FROM committees c JOIN orgs o ON o.id = c.host_org_id WHERE c.id = ?",
                      {round.committee_id});
  const auto level = core::parse_level(passed.front().str("target_level")).value_or(core::Level::intermediate);
  const core::Issuer issuer = core::expected_issuer(level, host_kind(host ? host->str("kind") : ""));
  const int year = today.year;
  auto n = tx->one("SELECT COUNT(*) AS n FROM documents WHERE year = ?", {std::int64_t{year}});
  const std::int64_t number = n->i64("n") + 1;
  const std::string doc_no = "临州人社发〔" + std::to_string(year) + "〕" + std::to_string(number) + "号";

  // Entries (R-DOC-CONTENT), each a qualification effective on the vote date (R-DOC-DATE).
  const std::string id = crypto::random_id();
  const std::string now = ctx.clock.now_rfc3339();
  std::vector<core::DocumentEntry> check;
  json::array entries;
  struct Qual {
    std::string id, person_id, app_id, series, specialty, level, date, promotion, title_name;
  };
  std::vector<Qual> quals;
  std::string first_vote_date;
  for (const auto& a : passed) {
    const std::string vd = vote_date.count(a.str("id")) ? vote_date[a.str("id")] : today.str();
    if (first_vote_date.empty()) first_vote_date = vd;
    const auto vdate = core::Date::parse(vd).value_or(today);
    const core::Date effective = core::qualification_effective_date(vdate);
    o.merge(core::check_effective_date(effective, vdate));
    const auto pt = core::parse_promotion_type(a.str("promotion_type"));
    // 资格名称: series, specialty and the title name of the level (e.g. 卫生系列 护理 主管护师),
    // kept as issued in the entry and on the qualification.
    const std::string tname = title_name(*tx, a.str("series"), a.str("specialty"), a.str("target_level"));
    const std::string qname = a.str("series") + "系列 " + a.str("specialty") + " " + tname;
    const std::string pname = pt ? std::string{core::chinese(*pt)} : a.str("promotion_type");
    check.push_back({a.str("name"), a.str("unit"), qname, scope_name("province"), pname});
    const std::string qid = crypto::random_id();
    entries.push_back(json::object{{"qualification_id", qid},
                                   {"application_id", a.str("id")},
                                   {"name", a.str("name")},
                                   {"unit", a.str("unit")},
                                   {"qualification_name", qname},
                                   {"title_name", tname},
                                   {"series", a.str("series")},
                                   {"specialty", a.str("specialty")},
                                   {"level", a.str("target_level")},
                                   {"scope", "province"},
                                   {"scope_name", scope_name("province")},
                                   {"promotion_type", a.str("promotion_type")},
                                   {"promotion_type_name", pname},
                                   {"effective_date", effective.str()}});
    quals.push_back({qid, a.str("person_id"), a.str("id"), a.str("series"), a.str("specialty"),
                     a.str("target_level"), effective.str(), a.str("promotion_type"), tname});
  }
  o.merge(core::check_document_entries(check));
  require(o, "资格文件不符合印发条件");
  tx->exec("INSERT INTO documents(id, round_id, year, number, doc_no, issuer, prior_check, filed_with, issued_on, "
           "vote_date, entries, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
           {id, round.id, std::int64_t{year}, number, doc_no, issuer.issuer, issuer.prior_check, issuer.filed_with,
            today.str(), first_vote_date, json::serialize(entries), now, actor.username});
  for (const auto& q : quals) {
    tx->exec("INSERT INTO qualifications(id, person_id, application_id, document_id, series, specialty, level, "
             "effective_date, scope, how, promotion_type, doc_no, status, created_at, title_name) "
             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
             {q.id, q.person_id, q.app_id, id, q.series, q.specialty, q.level, q.date, "province", "review",
              q.promotion, doc_no, "valid", now, q.title_name});
    // Visible on the person's record too.
    auto p = tx->one("SELECT profile FROM persons WHERE id = ?", {q.person_id});
    json::value prof = parse_stored(p ? p->str("profile") : "{}", json::object{});
    if (!prof.is_object()) prof = json::object{};
    auto& po = prof.as_object();
    if (!po.contains("qualifications") || !po["qualifications"].is_array()) po["qualifications"] = json::array{};
    po["qualifications"].as_array().push_back(json::object{{"series", q.series},   {"specialty", q.specialty},
                                                           {"level", q.level},     {"obtained_on", q.date},
                                                           {"scope", "province"},  {"how", "review"},
                                                           {"doc_no", doc_no}});
    tx->exec("UPDATE persons SET profile = ?, version = version + 1, updated_at = ? WHERE id = ?",
             {json::serialize(prof), now, q.person_id});
    set_status(*tx, ctx, q.app_id, "qualified");
    add_history(*tx, ctx, &actor, q.app_id, "document.issued", doc_no);
  }
  audit_append(*tx, ctx, &actor, "document.issue", "document:" + id,
               json::object{{"round_id", round.id}, {"doc_no", doc_no}, {"issuer", issuer.issuer},
                            {"entries", static_cast<std::int64_t>(quals.size())}});
  tx->commit();
  return json::object{{"id", id},
                      {"doc_no", doc_no},
                      {"issuer", issuer.issuer},
                      {"prior_check", issuer.prior_check},
                      {"filed_with", issuer.filed_with},
                      {"issued_on", today.str()},
                      {"entries", entries},
                      {"warnings", violations_array(o.warnings)}};
}

json::object get_document(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto d = tx->one("SELECT * FROM documents WHERE id = ?", {id});
  if (!d) not_found("资格文件");
  json::object o = document_json(*d);
  json::array archive;
  for (const auto& a : tx->query("SELECT * FROM document_archives WHERE document_id = ? ORDER BY application_id", {id}))
    archive.push_back(json::object{{"application_id", a.str("application_id")},
                                   {"review_form_archived", a.i64("review_form_archived") != 0},
                                   {"personal_file_copy", a.i64("personal_file_copy") != 0},
                                   {"materials_returned_to", a.str("materials_returned_to")}});
  o["archive"] = archive;
  return o;
}

json::array list_public_documents(const Context& ctx) {
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& d : tx->query("SELECT * FROM documents ORDER BY year DESC, number DESC LIMIT 500")) {
    json::object o = document_json(d);
    // Public entries: R-DOC-CONTENT fields only.
    json::array pub;
    auto e = o["entries"];
    if (e.is_array())
      for (const auto& x : e.as_array()) {
        const auto& xo = x.as_object();
        json::object p;
        for (const char* k : {"name", "unit", "qualification_name", "series", "specialty", "level", "scope",
                              "scope_name", "promotion_type", "promotion_type_name", "effective_date"})
          if (auto* v = xo.if_contains(k)) p[k] = *v;
        pub.push_back(std::move(p));
      }
    o["entries"] = std::move(pub);
    out.push_back(std::move(o));
  }
  return out;
}

json::object record_archive(const Context& ctx, const Actor& actor, const std::string& document_id,
                            const ArchiveRecord& a) {
  if (a.materials_returned_to != "applicant" && a.materials_returned_to != "unit")
    bad_request("字段 materials_returned_to 须为 applicant 或 unit");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto d = tx->one("SELECT round_id, entries FROM documents WHERE id = ?", {document_id});
  if (!d) not_found("资格文件");
  const RoundInfo round = round_or_404(*tx, d->str("round_id"));
  require_round_office(actor, round);
  bool listed = false;
  auto e = parse_stored(d->str("entries"), json::array{});
  for (const auto& x : e.as_array())
    if (auto* v = x.as_object().if_contains("application_id"); v && v->is_string() && v->as_string() == a.application_id)
      listed = true;
  if (!listed) bad_request("字段 application_id 不在该资格文件中");
  core::Outcome o = core::check_archive({{a.application_id, a.review_form_archived, a.personal_file_copy, true}});
  require(o, "归档不完整");
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("DELETE FROM document_archives WHERE document_id = ? AND application_id = ?", {document_id, a.application_id});
  tx->exec("INSERT INTO document_archives(document_id, application_id, review_form_archived, personal_file_copy, "
           "materials_returned_to, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?)",
           {document_id, a.application_id, std::int64_t{a.review_form_archived ? 1 : 0},
            std::int64_t{a.personal_file_copy ? 1 : 0}, a.materials_returned_to, now, actor.username});
  audit_append(*tx, ctx, &actor, "document.archive", "application:" + a.application_id,
               json::object{{"document_id", document_id}, {"review_form_archived", a.review_form_archived},
                            {"personal_file_copy", a.personal_file_copy},
                            {"materials_returned_to", a.materials_returned_to}});
  tx->commit();
  return json::object{{"document_id", document_id}, {"application_id", a.application_id},
                      {"review_form_archived", a.review_form_archived}, {"personal_file_copy", a.personal_file_copy},
                      {"materials_returned_to", a.materials_returned_to}};
}

}  // namespace zp::app
