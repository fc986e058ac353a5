#include "app/applications.h"

#include <set>

#include "app/audit.h"
#include "app/calendar.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "app/persons.h"
#include "app/series.h"
#include "core/application_rules.h"
#include "core/publicity.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

std::string actor_name(const Actor* a) {
  return a ? a->username : "public";
}

namespace {

// R-MEET-SECRECY (§四(四)): 「评审情况要严格保密」 — the vote's outcome (passed /
// not_passed) is shown only to the committee's office, the title office and
// supervisors until the committee publicity starts; others see the status the
// application had before the vote, and no vote entries in its history.
bool outcome_hidden(const Context& ctx, store::Tx& tx, const Actor& actor, const std::string& status,
                    const std::string& round_id) {
  if (status != "passed" && status != "not_passed") return false;
  auto round = load_round(tx, round_id);
  return round && !outcomes_visible(ctx, tx, &actor, *round);
}

std::string status_before_vote(store::Tx& tx, const std::string& app_id) {
  auto d = tx.one(
      "SELECT action FROM application_history WHERE application_id = ? "
      "AND action IN ('defense.pass', 'defense.fail') ORDER BY seq DESC LIMIT 1",
      {app_id});
  if (!d) return "reviewed";
  return d->str("action") == "defense.pass" ? "defense_passed" : "defense_failed";
}

}  // namespace

std::optional<ApplicationRow> load_application(store::Tx& tx, const std::string& id) {
  auto r = tx.one(
      "SELECT id, round_id, person_id, unit_id, status, target_level, series, specialty, pledged_at "
      "FROM applications WHERE id = ?",
      {id});
  if (!r) return std::nullopt;
  return ApplicationRow{r->str("id"),      r->str("round_id"),  r->str("person_id"),
                        r->str("unit_id"), r->str("status"),    r->str("target_level"),
                        r->str("series"),  r->str("specialty"), r->opt_str("pledged_at").value_or("")};
}

ApplicationRow application_for(store::Tx& tx, const Actor& actor, const std::string& id) {
  auto a = load_application(tx, id);
  if (!a || !application_in_scope(tx, actor, a->person_id, a->unit_id, a->round_id)) not_found("申报");
  return *a;
}

void add_history(store::Tx& tx, const Context& ctx, const Actor* actor, const std::string& id,
                 const std::string& action, const std::string& detail) {
  tx.exec("INSERT INTO application_history(application_id, at, by_actor, action, detail) VALUES (?,?,?,?,?)",
          {id, ctx.clock.now_rfc3339(), actor_name(actor), action, detail});
}

void add_history_by(store::Tx& tx, const Context& ctx, const std::string& by, const std::string& id,
                    const std::string& action, const std::string& detail) {
  tx.exec("INSERT INTO application_history(application_id, at, by_actor, action, detail) VALUES (?,?,?,?,?)",
          {id, ctx.clock.now_rfc3339(), by, action, detail});
}

void set_status(store::Tx& tx, const Context& ctx, const std::string& id, const std::string& status) {
  tx.exec("UPDATE applications SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
          {status, ctx.clock.now_rfc3339(), id});
}

namespace {

void insert_achievement(store::Tx& tx, const Context& ctx, const std::string& app_id,
                        const AchievementInput& a, bool supplement) {
  // seq: insertion order within the application (the write transaction serialises writers).
  auto next = tx.one(
      "SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM application_achievements WHERE application_id = ?", {app_id});
  tx.exec(
      "INSERT INTO application_achievements(id, application_id, seq, kind, title, date, level, grade, "
      "supplement, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
      {crypto::random_id(), app_id, next->i64("n"), a.kind, a.title, a.date.str(),
       a.level ? store::Value(*a.level) : store::Value(nullptr),
       a.grade ? store::Value(*a.grade) : store::Value(nullptr), std::int64_t{supplement ? 1 : 0},
       ctx.clock.now_rfc3339()});
}

json::value parse_or(const std::string& s, json::value dflt) {
  boost::system::error_code ec;
  auto v = json::parse(s, ec);
  return ec ? dflt : v;
}

bool unit_hr_of(const Actor& a, const std::string& unit_id) {
  return a.has("unit_hr") && a.org_id == unit_id;
}

// Applicant for self or unit_hr for its unit: the ones who act on an application.
void require_owner(const Actor& a, const ApplicationRow& app) {
  if (unit_hr_of(a, app.unit_id)) return;
  if (a.has("applicant") && a.person_id == app.person_id) return;
  forbidden("只有申报人本人或其用人单位可以办理此事项");
}

}  // namespace

json::object create_application(const Context& ctx, const Actor& actor, const ApplicationRequest& r) {
  if (!actor.any({"applicant", "unit_hr"})) forbidden("只有申报人本人或其用人单位可以申报");
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  auto round = load_round(*tx, r.round_id);
  if (!round) bad_request("字段 round_id 不是已登记的评审批次");
  auto person = load_person(ctx, *tx, r.person_id);
  if (!person) bad_request("字段 person_id 不是已登记的人员");
  const bool self = actor.has("applicant") && actor.person_id == r.person_id;
  if (!self && !unit_hr_of(actor, person->unit_id))
    forbidden("申报人只能为本人申报，用人单位只能为本单位人员申报");
  validate_request(*tx, r, today);
  if (tx->one("SELECT 1 AS x FROM applications WHERE round_id = ? AND person_id = ? "
              "AND status NOT IN ('withdrawn','rejected')",
              {r.round_id, r.person_id}))
    throw Failure(Category::conflict, "该人员在本批次已有申报");

  Evaluation ev = evaluate_application(ctx, *tx, *person, r.person_id, round, r, today);
  require(ev.outcome, "申报不符合规定");

  const std::string id = crypto::random_id();
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec(
      "INSERT INTO applications(id, round_id, person_id, unit_id, target_level, series, specialty, "
      "promotion_type, "
      "exceptional_basis, continuing_education, workload, status, months_total, months_in_level, materials, "
      "warnings, created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,'draft',?,?,?,?,?,?,?)",
      {id, r.round_id, r.person_id, person->unit_id, r.target_level, r.series, r.specialty, r.promotion_type,
       r.exceptional_basis, r.continuing_education, r.workload, std::int64_t{ev.months_total},
       std::int64_t{ev.months_in_level}, json::serialize(materials_array(ev.materials)),
       json::serialize(violations_array(ev.outcome.warnings)), now, actor.username, now});
  for (const auto& a : r.achievements) insert_achievement(*tx, ctx, id, a, false);
  add_history(*tx, ctx, &actor, id, "create");
  audit_append(*tx, ctx, &actor, "application.create", "application:" + id,
               json::object{{"round_id", r.round_id},
                            {"person_id", r.person_id},
                            {"target_level", r.target_level},
                            {"promotion_type", r.promotion_type}});
  const std::string tname = title_name(*tx, r.series, r.specialty, r.target_level);
  tx->commit();
  return json::object{{"id", id},
                      {"status", "draft"},
                      {"title_name", tname},
                      {"months_total", ev.months_total},
                      {"months_in_level", ev.months_in_level},
                      {"materials", materials_array(ev.materials)},
                      {"warnings", violations_array(ev.outcome.warnings)}};
}

json::object get_application(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  application_for(*tx, actor, id);
  auto r = tx->one(
      "SELECT a.*, p.name AS person_name FROM applications a JOIN persons p ON p.id = a.person_id "
      "WHERE a.id = ?",
      {id});
  json::object o{{"id", id},
                 {"round_id", r->str("round_id")},
                 {"person_id", r->str("person_id")},
                 {"person_name", r->str("person_name")},
                 {"unit_id", r->str("unit_id")},
                 {"target_level", r->str("target_level")},
                 {"title_name", title_name(*tx, r->str("series"), r->str("specialty"), r->str("target_level"))},
                 {"series", r->str("series")},
                 {"specialty", r->str("specialty")},
                 {"promotion_type", r->str("promotion_type")},
                 {"exceptional_basis", r->str("exceptional_basis")},
                 {"continuing_education", r->str("continuing_education")},
                 {"workload", r->str("workload")},
                 {"status", r->str("status")},
                 {"pledged", !r->is_null("pledged_at")},
                 {"months_total", r->i64("months_total")},
                 {"months_in_level", r->i64("months_in_level")},
                 {"materials", parse_or(r->str("materials"), json::array{})},
                 {"warnings", parse_or(r->str("warnings"), json::array{})},
                 {"version", r->i64("version")}};
  json::array ach;
  for (const auto& a :
       tx->query("SELECT kind, title, date, level, grade, supplement FROM application_achievements "
                 "WHERE application_id = ? ORDER BY date, seq",
                 {id})) {
    json::object e{{"kind", a.str("kind")},
                   {"title", a.str("title")},
                   {"date", a.str("date")},
                   {"supplement", a.i64("supplement") != 0}};
    if (auto l = a.opt_str("level")) e["level"] = *l;
    if (auto g = a.opt_str("grade")) e["grade"] = *g;
    ach.push_back(std::move(e));
  }
  o["achievements"] = std::move(ach);
  json::array reviews;
  for (const auto& v : tx->query("SELECT stage, decision, opinion, at, by_actor FROM application_reviews "
                                 "WHERE application_id = ? ORDER BY seq",
                                 {id}))
    reviews.push_back(json::object{{"stage", v.str("stage")},
                                   {"decision", v.str("decision")},
                                   {"opinion", v.str("opinion")},
                                   {"at", v.str("at")},
                                   {"by", v.str("by_actor")}});
  o["reviews"] = std::move(reviews);
  const bool hidden = outcome_hidden(ctx, *tx, actor, r->str("status"), r->str("round_id"));
  if (hidden) o["status"] = status_before_vote(*tx, id);
  json::array hist;
  for (const auto& h : tx->query("SELECT at, by_actor, action, detail FROM application_history "
                                 "WHERE application_id = ? ORDER BY seq",
                                 {id})) {
    if (hidden && h.str("action").rfind("vote.", 0) == 0) continue;
    json::object e{{"at", h.str("at")}, {"by", h.str("by_actor")}, {"action", h.str("action")}};
    if (!h.str("detail").empty()) e["detail"] = h.str("detail");
    hist.push_back(std::move(e));
  }
  o["history"] = std::move(hist);
  return o;
}

json::array list_applications(const Context& ctx, const Actor& actor, const std::string& round_id,
                              const std::string& unit_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  std::string sql =
      "SELECT a.id, a.round_id, a.person_id, a.unit_id, a.status, a.target_level, a.series, a.specialty, "
      "p.name AS person_name FROM applications a JOIN persons p ON p.id = a.person_id WHERE 1=1";
  std::vector<store::Value> params;
  if (!round_id.empty()) {
    sql += " AND a.round_id = ?";
    params.emplace_back(round_id);
  }
  if (!unit_id.empty()) {
    sql += " AND a.unit_id = ?";
    params.emplace_back(unit_id);
  }
  sql += " ORDER BY a.created_at, a.id LIMIT 2000";
  json::array out;
  for (const auto& r : tx->query(sql, params)) {
    if (!application_in_scope(*tx, actor, r.str("person_id"), r.str("unit_id"), r.str("round_id"))) continue;
    const std::string status = outcome_hidden(ctx, *tx, actor, r.str("status"), r.str("round_id"))
                                   ? status_before_vote(*tx, r.str("id"))
                                   : r.str("status");
    out.push_back(json::object{{"id", r.str("id")},
                               {"round_id", r.str("round_id")},
                               {"person_id", r.str("person_id")},
                               {"person_name", r.str("person_name")},
                               {"unit_id", r.str("unit_id")},
                               {"status", status},
                               {"target_level", r.str("target_level")},
                               {"title_name", title_name(*tx, r.str("series"), r.str("specialty"),
                                                         r.str("target_level"))},
                               {"series", r.str("series")},
                               {"specialty", r.str("specialty")}});
  }
  return out;
}

json::object add_achievement(const Context& ctx, const Actor& actor, const std::string& id,
                             const AchievementInput& a) {
  const core::Date today = ctx.clock.today();
  if (a.date > today) bad_request("字段 date 晚于今天（" + today.str() + "），不能是将来的日期");
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  require_owner(actor, app);
  static const std::set<std::string> kOpen{"draft", "submitted", "recommended", "returned", "reviewed"};
  if (!kOpen.count(app.status))
    throw Failure(Category::conflict, "申报状态为 " + app.status + "，评审已结束，不能补报业绩");
  auto round = load_round(*tx, app.round_id);
  const int year = round ? round->year : today.year;
  // R-APP-CUTOFF-ACHIEVE: after 30 September of the round's year it counts next year.
  require(core::check_achievement_date(a.date, year), "业绩不能计入本年度申报");
  insert_achievement(*tx, ctx, id, a, true);
  add_history(*tx, ctx, &actor, id, "achievement.supplement", a.title);
  audit_append(*tx, ctx, &actor, "application.achievement", "application:" + id,
               json::object{{"kind", a.kind}, {"title", a.title}, {"date", a.date.str()}});
  tx->commit();
  return json::object{{"application_id", id}, {"kind", a.kind},     {"title", a.title},
                      {"date", a.date.str()}, {"supplement", true}, {"warnings", json::array{}}};
}

json::object pledge_application(const Context& ctx, const Actor& actor, const std::string& id, bool agree) {
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  require_owner(actor, app);
  // R-APP-PLEDGE: the pledge is the applicant's own signature; a refusal leaves it unsigned.
  require(core::check_pledge(agree), "须同意诚信承诺书");
  if (app.status != "draft" && app.status != "returned")
    throw Failure(Category::conflict, "申报状态为 " + app.status + "，无需再签诚信承诺书");
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("UPDATE applications SET pledged_at = ?, updated_at = ? WHERE id = ?", {now, now, id});
  add_history(*tx, ctx, &actor, id, "pledge");
  audit_append(*tx, ctx, &actor, "application.pledge", "application:" + id);
  tx->commit();
  return json::object{{"id", id}, {"status", app.status}, {"pledged", true}, {"pledged_at", now}};
}

json::object submit_application(const Context& ctx, const Actor& actor, const std::string& id) {
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  require_owner(actor, app);
  if (app.status != "draft" && app.status != "returned")
    throw Failure(Category::conflict, "申报状态为 " + app.status + "，不能提交");
  auto round = load_round(*tx, app.round_id);
  if (!round) not_found("评审批次");
  core::Outcome o = core::check_pledge(!app.pledged_at.empty());
  if (app.status == "draft") {
    // R-APP-WINDOW: a first submission within the application window.
    o.merge(core::check_application_date(*ctx.calendar(), round->notice_date, today));
  } else {
    // A corrected resubmission must reach the reviewers by the joint-review deadline (R-APP-LATE).
    o.merge(core::check_materials_on_time(round->joint_review_deadline, today, true));
  }
  require(o, "申报不能提交");
  set_status(*tx, ctx, id, "submitted");
  add_history(*tx, ctx, &actor, id, app.status == "returned" ? "resubmit" : "submit");
  audit_append(*tx, ctx, &actor, "application.submit", "application:" + id);
  tx->commit();
  return json::object{{"id", id}, {"status", "submitted"}, {"warnings", violations_array(o.warnings)}};
}

json::object withdraw_application(const Context& ctx, const Actor& actor, const std::string& id,
                                  const std::string& reason) {
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  require_owner(actor, app);
  static const std::set<std::string> kOpen{"draft", "submitted", "recommended", "returned"};
  if (!kOpen.count(app.status)) throw Failure(Category::conflict, "申报状态为 " + app.status + "，不能撤回");
  set_status(*tx, ctx, id, "withdrawn");
  add_history(*tx, ctx, &actor, id, "withdraw", reason);
  audit_append(*tx, ctx, &actor, "application.withdraw", "application:" + id,
               json::object{{"reason", reason}});
  tx->commit();
  return json::object{{"id", id}, {"status", "withdrawn"}};
}

json::object recommend_application(const Context& ctx, const Actor& actor, const std::string& id) {
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  if (!unit_hr_of(actor, app.unit_id)) forbidden("只有申报人所在用人单位可以推荐");
  if (app.status != "submitted") throw Failure(Category::conflict, "申报状态为 " + app.status + "，不能推荐");
  // R-PUB-TWO-STAGE stage 1 and R-OBJ-HANDLE, decided by core from the stored facts.
  std::vector<core::PublicityFacts> pubs;
  for (const auto& p : tx->query("SELECT p.id, p.start_date, p.end_date FROM publicities p "
                                 "JOIN publicity_items i ON i.publicity_id = p.id "
                                 "WHERE p.stage = 'unit' AND i.application_id = ?",
                                 {id})) {
    core::PublicityFacts f;
    f.id = p.str("id");
    f.stage = core::PublicityStage::unit;
    f.start = core::Date::parse(p.str("start_date")).value_or(core::Date{});
    f.end = core::Date::parse(p.str("end_date")).value_or(core::Date{});
    f.application_ids = {id};
    pubs.push_back(std::move(f));
  }
  std::vector<core::ObjectionFacts> objs;
  for (const auto& ob : tx->query("SELECT status, resolved, upheld, resolved_at FROM objections WHERE application_id = ?",
                                  {id})) {
    core::ObjectionFacts f;
    f.application_id = id;
    const std::string s = ob.str("status");
    f.status = s == "late"        ? core::ObjectionStatus::late
               : s == "anonymous" ? core::ObjectionStatus::anonymous
                                  : core::ObjectionStatus::registered;
    f.resolved = ob.i64("resolved") != 0;
    f.upheld = f.resolved && !ob.is_null("upheld") && ob.i64("upheld") != 0;
    if (f.upheld && !ob.is_null("resolved_at")) f.resolved_on = core::Date::parse(ob.str("resolved_at").substr(0, 10));
    objs.push_back(f);
  }
  require(core::check_recommendation(id, pubs, objs, today), "未完成单位公示或异议尚未处理，不能推荐");
  set_status(*tx, ctx, id, "recommended");
  add_history(*tx, ctx, &actor, id, "recommend");
  audit_append(*tx, ctx, &actor, "application.recommend", "application:" + id);
  tx->commit();
  return json::object{{"id", id}, {"status", "recommended"}, {"warnings", json::array{}}};
}

}  // namespace zp::app
