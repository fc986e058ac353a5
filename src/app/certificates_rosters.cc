// R-CERT-OTHER (§七(二)): 考核定职 (graduates) and 以考代评 certificate applications by the
// unit with a roster (花名册) in three copies, plus two approval forms for 以考代评.
#include <boost/json.hpp>
#include <set>

#include "app/audit.h"
#include "app/certificates.h"
#include "app/error.h"
#include "app/exports.h"
#include "app/persons.h"
#include "app/series.h"
#include "core/certificates.h"
#include "core/level.h"
#include "crypto/random.h"
#include "render/xlsx_layouts.h"

namespace zp::app {
namespace json = boost::json;

json::object create_certificate_roster(const Context& ctx, const Actor& actor, const RosterRequest& r) {
  require_not_individual(actor);
  if (r.kind != "assessment" && r.kind != "exam") bad_request("字段 kind 须为 assessment 或 exam");
  if (!actor.any({"sysadmin", "title_office"}) && !(actor.has("unit_hr") && actor.org_id == r.unit_id))
    forbidden("考核定职、以考代评证书由本单位申请");
  if (r.persons.empty()) bad_request("字段 persons 不能为空");
  if (r.roster_copies < 0 || r.approval_form_copies < 0) bad_request("份数不能为负数");
  require(core::check_other_certificate(r.kind == "exam" ? core::OtherCertificateKind::exam_based
                                                          : core::OtherCertificateKind::graduate_assessment,
                                        r.roster_copies, r.approval_form_copies),
          "花名册或审批表份数不符合规定");
  auto tx = ctx.db.begin(store::TxMode::write);
  if (!tx->one("SELECT 1 AS x FROM orgs WHERE id = ? AND kind = 'unit'", {r.unit_id}))
    bad_request("字段 unit_id 须为已登记的用人单位");
  const std::string id = crypto::random_id();
  const std::string who = actor_ref(&actor);
  json::array persons, certs;
  std::set<std::string> listed;
  for (std::size_t i = 0; i < r.persons.size(); ++i) {
    const auto& p = r.persons[i];
    const std::string f = "persons[" + std::to_string(i) + "]";
    auto person = load_person(ctx, *tx, p.person_id);
    if (!person) bad_request("字段 " + f + ".person_id 不是已登记的人员");
    if (person->unit_id != r.unit_id) bad_request("字段 " + f + ".person_id 不是本单位人员");
    require_series(*tx, p.series, (f + ".series").c_str());
    require_specialty(*tx, p.series, p.specialty, (f + ".specialty").c_str());
    if (!core::parse_level(p.level)) bad_request("字段 " + f + ".level 不是有效的级别");
    if (!listed.insert(p.person_id).second) bad_request("字段 " + f + ".person_id 在花名册中重复");
    RosterCertificate c{id, r.kind, p.person_id, r.unit_id, person->name, p.series, p.specialty, p.level, ""};
    c.grassroots = r.grassroots;
    const std::string serial = issue_roster_certificate(ctx, *tx, c, who);
    const std::string tname = title_name(*tx, p.series, p.specialty, p.level);  // as the certificate prints it
    persons.push_back(json::object{{"person_id", p.person_id}, {"series", p.series}, {"specialty", p.specialty},
                                   {"level", p.level}, {"title_name", tname}, {"serial", serial}});
    certs.push_back(json::object{{"serial", serial}, {"person_id", p.person_id}, {"name", person->name},
                                 {"title_name", tname}});
  }
  tx->exec("INSERT INTO certificate_rosters(id, kind, unit_id, grassroots, persons, roster_copies, "
           "approval_form_copies, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)",
           {id, r.kind, r.unit_id, std::int64_t{r.grassroots ? 1 : 0}, json::serialize(persons),
            std::int64_t{r.roster_copies}, std::int64_t{r.approval_form_copies}, ctx.clock.now_rfc3339(), who});
  json::array serials;
  for (const auto& c : certs) serials.push_back(c.as_object().at("serial"));
  audit_append(*tx, ctx, &actor, "certificate.roster", "certificate_roster:" + id,
               json::object{{"kind", r.kind},
                            {"unit_id", r.unit_id},
                            {"grassroots", r.grassroots},
                            {"count", persons.size()},
                            {"serials", std::move(serials)}});
  tx->commit();
  return json::object{{"id", id},
                      {"kind", r.kind},
                      {"unit_id", r.unit_id},
                      {"grassroots", r.grassroots},
                      {"count", persons.size()},
                      {"certificates", std::move(certs)},
                      {"warnings", json::array{}}};
}

std::string certificate_roster_xlsx(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one("SELECT * FROM certificate_rosters WHERE id = ?", {id});
  if (!r) not_found("花名册");
  if (!actor.any({"sysadmin", "title_office", "supervisor"}) &&
      !(actor.has("unit_hr") && actor.org_id == r->str("unit_id")))
    not_found("花名册");
  auto unit = tx->one("SELECT name FROM orgs WHERE id = ?", {r->str("unit_id")});
  const bool exam = r->str("kind") == "exam";
  const bool grassroots = r->i64("grassroots") != 0;
  std::vector<render::RosterRow> rows;
  boost::system::error_code ec;
  auto persons = json::parse(r->str("persons"), ec);
  if (!ec && persons.is_array()) {
    for (const auto& v : persons.as_array()) {
      const auto& o = v.as_object();
      auto p = load_person(ctx, *tx, std::string{o.at("person_id").as_string()});
      if (!p) continue;
      render::RosterRow row;
      row.name = p->name;
      row.gender = p->gender == "F" ? "女" : "男";
      char bm[16];
      std::snprintf(bm, sizeof bm, "%04d.%02d", p->birth_date.year, p->birth_date.month);
      row.birth_month = bm;
      row.unit = unit ? unit->str("name") : "";
      row.series = std::string{o.at("series").as_string()};
      row.specialty = std::string{o.at("specialty").as_string()};
      // 资格名称 as issued (rosters from before the title names: the table's name now).
      if (auto t = o.if_contains("title_name"); t && t->is_string() && !t->as_string().empty())
        row.qualification_name = std::string{t->as_string()};
      else
        row.qualification_name = title_name(*tx, row.series, row.specialty, std::string{o.at("level").as_string()});
      row.how_obtained = exam ? "以考代评" : "考核认定";
      row.scope = grassroots ? "基层有效" : "全省有效";
      if (auto s = o.if_contains("serial"); s && s->is_string()) row.serial_number = std::string{s->as_string()};
      rows.push_back(std::move(row));
    }
  }
  return render::roster_xlsx(rows);
}

}  // namespace zp::app
