#include "app/exports.h"

#include <boost/json.hpp>
#include <map>

#include "app/committees.h"
#include "app/error.h"
#include "app/persons.h"
#include "app/publicity.h"
#include "app/rounds.h"
#include "app/series.h"
#include "core/level.h"
#include "render/xlsx_layouts.h"

namespace zp::app {
namespace json = boost::json;

std::string level_chinese(const std::string& code) {
  auto l = core::parse_level(code);
  return l ? std::string{core::chinese(*l)} : code;
}

namespace {

std::string str_of(const json::object& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? std::string{it->value().as_string()} : std::string{};
}

std::string pool_status(const std::string& s) {
  static const std::map<std::string, std::string> m = {
      {"applied", "已申请"},   {"unit_recommended", "单位已推荐"}, {"dept_reviewed", "主管部门已审核"},
      {"publicized", "已公示"}, {"filed", "已备案"},                {"admitted", "在库"},
      {"removed", "出库"}};
  auto it = m.find(s);
  return it == m.end() ? s : it->second;
}

std::string app_status(const std::string& s) {
  static const std::map<std::string, std::string> m = {
      {"draft", "草稿"},          {"submitted", "已提交"},       {"recommended", "单位已推荐"},
      {"reviewed", "已审核"},     {"defense_passed", "答辩通过"}, {"defense_failed", "答辩未通过"},
      {"passed", "评审通过"},     {"not_passed", "评审未通过"},   {"qualified", "已取得资格"},
      {"returned", "已退回"},     {"rejected", "未通过审核"},     {"withdrawn", "已撤回"}};
  auto it = m.find(s);
  return it == m.end() ? s : it->second;
}

}  // namespace

std::string export_pool_xlsx(const Context& ctx, const Actor& actor, const std::string& committee_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  require_committee(*tx, committee_id);
  require_confidential_access(&actor, committee_id);
  std::vector<render::ExpertRow> rows;
  for (const auto& r : tx->query(
           "SELECT e.id, e.person_id, e.status, o.name AS unit, "
           "(SELECT MIN(s.at) FROM pool_steps s WHERE s.entry_id = e.id AND s.step = 'admitted') AS admitted_at "
           "FROM pool_entries e JOIN persons p ON p.id = e.person_id LEFT JOIN orgs o ON o.id = p.unit_id "
           "WHERE e.committee_id = ? ORDER BY e.created_at, e.id",
           {committee_id})) {
    auto p = load_person(ctx, *tx, r.str("person_id"));
    if (!p) continue;
    render::ExpertRow e;
    e.name = p->name;
    e.unit = r.str("unit");
    const Qualification* best = nullptr;
    for (const auto& q : p->qualifications) {
      auto a = core::parse_level(q.level), b = best ? core::parse_level(best->level) : std::nullopt;
      if (!best || (a && b && *a > *b)) best = &q;
    }
    if (best) {
      e.specialty = best->series + " " + best->specialty;
      e.title = title_name(*tx, best->series, best->specialty, best->level);  // 资格名称
    }
    e.status = pool_status(r.str("status"));
    if (auto at = r.opt_str("admitted_at"); at && at->size() >= 10) e.joined = core::Date::parse(at->substr(0, 10));
    rows.push_back(std::move(e));
  }
  return render::expert_pool_xlsx(rows);
}

std::string export_applications_xlsx(const Context& ctx, const Actor& actor, const std::string& round_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto round = load_round(*tx, round_id);
  if (!round) not_found("评审批次");
  if (!actor.any({"title_office", "sysadmin", "supervisor"}) && !manages_committee(actor, round->committee_id))
    forbidden("只有州职改办和本评委会工作机构可以导出申报人员名单");
  std::vector<render::ApplicationRow> rows;
  for (const auto& r : tx->query(
           "SELECT a.id, a.person_id, a.series, a.specialty, a.target_level, a.promotion_type, a.status, "
           "p.name, p.gender, o.name AS unit, "
           "(SELECT MIN(h.at) FROM application_history h WHERE h.application_id = a.id AND h.action = 'submit') AS sub "
           "FROM applications a JOIN persons p ON p.id = a.person_id LEFT JOIN orgs o ON o.id = a.unit_id "
           "WHERE a.round_id = ? ORDER BY o.name, p.name, a.id",
           {round_id})) {
    render::ApplicationRow a;
    a.name = r.str("name");
    a.gender = r.str("gender") == "M" ? "男" : "女";
    a.unit = r.str("unit");
    a.series = r.str("series");
    a.specialty = r.str("specialty");
    a.applying_for = title_name(*tx, r.str("series"), r.str("specialty"), r.str("target_level"));  // 资格名称
    auto pt = core::parse_promotion_type(r.str("promotion_type"));
    a.promotion_type = pt ? std::string{core::chinese(*pt)} : r.str("promotion_type");
    a.status = app_status(r.str("status"));
    if (auto s = r.opt_str("sub"); s && s->size() >= 10) a.submitted = core::Date::parse(s->substr(0, 10));
    rows.push_back(std::move(a));
  }
  return render::applications_xlsx(rows);
}

std::string export_publicity_xlsx(const Context& ctx, const std::string& publicity_id) {
  const json::object pub = get_public_publicity(ctx, publicity_id);
  std::vector<render::PublicityPerson> persons;
  if (auto it = pub.find("persons"); it != pub.end() && it->value().is_array()) {
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object()) continue;
      const auto& o = v.as_object();
      render::PublicityPerson p;  // the public fields only: never id_number or phone
      p.name = str_of(o, "name");
      p.unit = str_of(o, "unit");
      p.birth_month = str_of(o, "birth_month");
      p.education = str_of(o, "education");
      p.current_qualification = str_of(o, "current_title");
      p.current_qualification_date = str_of(o, "qualification_date");
      p.appointment_date = str_of(o, "appointment_date");
      p.applying_for = str_of(o, "applying_for");
      p.extra = {str_of(o, "work_years"), str_of(o, "continuing_education"), str_of(o, "workload")};
      persons.push_back(std::move(p));
    }
  }
  return render::publicity_xlsx(persons, {"工作年限", "继续教育", "业务工作量"});
}

}  // namespace zp::app
