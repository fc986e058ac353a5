#include "app/publicity.h"

#include <algorithm>
#include <map>

#include "app/applications.h"
#include "app/audit.h"
#include "app/calendar.h"
#include "app/documents.h"
#include "app/error.h"
#include "app/persons.h"
#include "app/series.h"
#include "core/level.h"
#include "core/vocabulary.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

std::string level_name(const std::string& code) {
  auto l = core::parse_level(code);
  return l ? std::string{core::chinese(*l)} : code;
}

// R-PUB-UNIT-CONTENT: the per-person fields of a unit publicity, from the record.
json::object public_content(store::Tx& tx, const PersonInput& p, const std::string& app_id) {
  auto app = tx.one("SELECT target_level, series, specialty, promotion_type, months_total, continuing_education, "
                    "workload FROM applications "
                    "WHERE id = ?",
                    {app_id});
  auto unit = tx.one("SELECT name FROM orgs WHERE id = ?", {p.unit_id});
  json::object o;
  o["application_id"] = app_id;
  o["name"] = p.name;
  o["unit"] = unit ? unit->str("name") : "";
  o["birth_month"] = core::YearMonth{p.birth_date.year, p.birth_date.month}.str();
  // Education: the highest degree.
  const Degree* best = nullptr;
  for (const auto& d : p.degrees) {
    auto a = core::parse_degree(d.degree), b = best ? core::parse_degree(best->degree) : std::nullopt;
    if (!best || (a && b && *a > *b)) best = &d;
  }
  o["education"] = best ? std::string{core::chinese(core::parse_degree(best->degree).value_or(core::Degree::bachelor))} +
                              " " + best->institution + " " + best->specialty + "（" +
                              std::to_string(best->graduated_on.year) + " 年毕业）"
                        : std::string{};
  // Work history: titles and appointments in order; years per R-APP-CUTOFF-YEARS.
  json::array history;
  const Qualification* cur = nullptr;
  for (const auto& q : p.qualifications) {
    history.push_back(json::object{{"month", core::YearMonth{q.obtained_on.year, q.obtained_on.month}.str()},
                                   {"event", "取得" + q.series + q.specialty +
                                                 title_name(tx, q.series, q.specialty, q.level) + "资格"}});
    auto a = core::parse_level(q.level), b = cur ? core::parse_level(cur->level) : std::nullopt;
    if (!cur || (a && b && *a > *b)) cur = &q;
  }
  const Appointment* appt = nullptr;
  for (const auto& a : p.appointments) {
    history.push_back(json::object{{"month", core::YearMonth{a.appointed_on.year, a.appointed_on.month}.str()},
                                   {"event", "聘任" + level_name(a.level) + "专业技术职务"}});
    if (cur && a.level == cur->level && (!appt || a.appointed_on > appt->appointed_on)) appt = &a;
  }
  std::sort(history.begin(), history.end(), [](const json::value& x, const json::value& y) {
    return x.at("month").as_string() < y.at("month").as_string();
  });
  o["work_history"] = std::move(history);
  const std::int64_t months = app ? app->i64("months_total") : 0;
  o["work_years"] = std::to_string(months / 12) + " 年 " + std::to_string(months % 12) + " 个月";
  o["current_title"] =
      cur ? cur->series + " " + cur->specialty + " " + title_name(tx, cur->series, cur->specialty, cur->level) : "";
  o["qualification_date"] = cur ? cur->obtained_on.str() : "";
  o["appointment_date"] = appt ? appt->appointed_on.str() : "";
  json::array assessments;
  for (const auto& a : p.assessments)
    assessments.push_back(json::object{
        {"year", a.year},
        {"result", std::string{core::chinese(core::parse_assessment(a.result).value_or(core::Assessment::competent))}}});
  o["assessments"] = std::move(assessments);
  json::array ach;
  for (const auto& a : tx.query("SELECT kind, title, date, level, grade FROM application_achievements "
                                "WHERE application_id = ? ORDER BY date, seq",
                                {app_id})) {
    json::object e{{"kind", a.str("kind")}, {"title", a.str("title")}, {"date", a.str("date")}};
    if (auto l = a.opt_str("level")) e["level"] = *l;
    if (auto g = a.opt_str("grade")) e["grade"] = *g;
    ach.push_back(std::move(e));
  }
  o["achievements"] = std::move(ach);
  o["continuing_education"] = app ? app->str("continuing_education") : "";
  o["workload"] = app ? app->str("workload") : "";
  if (app) {
    // 资格名称 of the level applied for (e.g. 主治医师), with the series and specialty.
    const std::string tname = title_name(tx, app->str("series"), app->str("specialty"), app->str("target_level"));
    o["title_name"] = tname;
    o["applying_for"] = app->str("series") + " " + app->str("specialty") + " " + tname;
  }
  return o;
}

json::value parse_or(const std::string& s, json::value dflt) {
  boost::system::error_code ec;
  auto v = json::parse(s, ec);
  return ec ? dflt : v;
}

json::object summary(store::Tx& tx, const store::Row& r) {
  json::object o{{"id", r.str("id")},
                 {"stage", r.str("stage")},
                 {"round_id", r.str("round_id")},
                 {"unit_id", r.str("unit_id")},
                 {"unit", r.str("unit_name")},
                 {"start_date", r.str("start_date")},
                 {"end_date", r.str("end_date")},
                 {"posts", r.is_null("posts") ? json::value(nullptr) : parse_or(r.str("posts"), nullptr)}};
  auto n = tx.one("SELECT COUNT(*) AS n FROM publicity_items WHERE publicity_id = ?", {r.str("id")});
  o["count"] = n ? n->i64("n") : 0;
  return o;
}

constexpr const char* kSelect =
    "SELECT p.id, p.stage, p.round_id, p.unit_id, p.start_date, p.end_date, p.posts, o.name AS unit_name "
    "FROM publicities p LEFT JOIN orgs o ON o.id = p.unit_id";

}  // namespace

json::object create_publicity(const Context& ctx, const Actor& actor, const PublicityRequest& r) {
  // Stage 2 (after the review) is the evaluation workflow's (app/documents_publicity.cc).
  if (r.stage == "committee") return create_committee_publicity(ctx, actor, r);
  if (r.stage != "unit") bad_request("字段 stage 取值无效：" + r.stage + "（可选：unit、committee）");
  if (!actor.has("unit_hr") || actor.org_id != r.unit_id) forbidden("单位公示只能由本单位办理");
  if (r.application_ids.empty()) bad_request("字段 application_ids 不能为空");
  const core::Date today = ctx.clock.today();
  if (r.start_date < today) bad_request("字段 start_date 不能早于今天（" + today.str() + "）");

  // R-PUB-UNIT-CONTENT: the post counts are part of the content.
  require(core::check_unit_publicity_posts(r.posts), "单位公示内容不完整");
  // R-PUB-DURATION: 5 working days (R-CAL-DATA when the calendar is missing).
  const core::Date end = value_or_throw(core::publicity_end(*ctx.calendar(), r.start_date));

  auto tx = ctx.db.begin(store::TxMode::write);
  if (!load_round(*tx, r.round_id)) bad_request("字段 round_id 不是已登记的评审批次");
  std::vector<std::pair<std::string, PersonInput>> listed;
  for (const auto& aid : r.application_ids) {
    auto app = load_application(*tx, aid);
    if (!app || app->unit_id != r.unit_id || app->round_id != r.round_id)
      bad_request("字段 application_ids 中的 " + aid + " 不是本单位本批次的申报");
    if (app->status != "submitted")
      throw Failure(Category::conflict, "申报 " + aid + " 的状态为 " + app->status + "，须为已提交（submitted）");
    for (const auto& [id, _] : listed)
      if (id == aid) bad_request("字段 application_ids 中 " + aid + " 重复");
    auto p = load_person(ctx, *tx, app->person_id);
    if (!p) not_found("人员");
    listed.emplace_back(aid, std::move(*p));
  }
  const std::string id = crypto::random_id();
  const auto& pc = *r.posts;
  json::object posts{{"senior_total", pc.senior_total},
                     {"senior_vacant", pc.senior_vacant},
                     {"intermediate_total", pc.intermediate_total},
                     {"intermediate_vacant", pc.intermediate_vacant}};
  tx->exec("INSERT INTO publicities(id, stage, round_id, unit_id, start_date, end_date, posts, created_at, "
           "created_by) VALUES (?,?,?,?,?,?,?,?,?)",
           {id, r.stage, r.round_id, r.unit_id, r.start_date.str(), end.str(), json::serialize(posts),
            ctx.clock.now_rfc3339(), actor.username});
  std::int64_t pos = 0;
  core::Outcome content_check;
  for (const auto& [aid, person] : listed) {
    json::object content = public_content(*tx, person, aid);
    // R-PUB-UNIT-CONTENT: a field the record lacks is shown blank and reported as a warning.
    std::map<std::string, std::string> shown;
    for (const auto& kv : content) {
      const auto& v = kv.value();
      shown[std::string(kv.key())] = v.is_string() ? std::string(v.as_string())
                                     : (v.is_array() && v.as_array().empty()) ? std::string{}
                                                                              : std::string{"有"};
    }
    auto c = core::check_unit_publicity_person(shown);
    for (auto& v : c.violations) {
      v.message = person.name + "：" + v.message;
      content_check.warnings.push_back(std::move(v));
    }
    tx->exec("INSERT INTO publicity_items(publicity_id, application_id, position, content) VALUES (?,?,?,?)",
             {id, aid, pos++, json::serialize(content)});
    add_history(*tx, ctx, &actor, aid, "publicity.unit", r.start_date.str() + " 至 " + end.str());
  }
  audit_append(*tx, ctx, &actor, "publicity.create", "publicity:" + id,
               json::object{{"stage", r.stage}, {"round_id", r.round_id}, {"unit_id", r.unit_id},
                            {"start_date", r.start_date.str()}, {"end_date", end.str()},
                            {"applications", static_cast<std::int64_t>(listed.size())}});
  tx->commit();
  return json::object{{"id", id},
                      {"stage", r.stage},
                      {"start_date", r.start_date.str()},
                      {"end_date", end.str()},
                      {"warnings", violations_array(content_check.warnings)}};
}

json::array list_public_publicities(const Context& ctx, const std::string& round_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  std::string sql = std::string{kSelect};
  std::vector<store::Value> params;
  if (!round_id.empty()) {
    sql += " WHERE p.round_id = ?";
    params.emplace_back(round_id);
  }
  sql += " ORDER BY p.start_date DESC, p.id LIMIT 500";
  json::array out;
  for (const auto& r : tx->query(sql, params)) out.push_back(summary(*tx, r));
  return out;
}

json::object get_public_publicity(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one(std::string{kSelect} + " WHERE p.id = ?", {id});
  if (!r) not_found("公示");
  json::object o = summary(*tx, *r);
  json::array persons;
  for (const auto& i : tx->query("SELECT content FROM publicity_items WHERE publicity_id = ? ORDER BY position", {id}))
    persons.push_back(parse_or(i.str("content"), json::object{}));
  o["persons"] = std::move(persons);
  return o;
}

}  // namespace zp::app
