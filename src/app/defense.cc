#include "app/defense.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "app/applications.h"
#include "app/audit.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

namespace {

json::array supervisors_json(const std::vector<Supervisor>& s) {
  json::array a;
  for (const auto& x : s) a.push_back(json::object{{"name", x.name}, {"role", x.role}});
  return a;
}

json::array strings_json(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return a;
}

bool is_group_expert(store::Tx& tx, const std::string& group_id, const std::string& person_id) {
  return tx.one("SELECT 1 AS x FROM defense_group_experts WHERE group_id = ? AND person_id = ?",
                {group_id, person_id})
      .has_value();
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

bool is_sm3_hex(const std::string& s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

core::Outcome defense_vote_gate(store::Tx& tx, core::CommitteeLevel committee, const std::string& app_id,
                                core::Date on) {
  core::VoteGateFacts f;
  f.subject = app_id;
  if (auto d = defense_outcome(tx, app_id, on)) f.result = d->result;
  if (auto g = tx.one("SELECT g.video, g.recording_ref, g.recording_sm3 FROM defense_group_applications a "
                      "JOIN defense_groups g ON g.id = a.group_id WHERE a.application_id = ?",
                      {app_id})) {
    f.video = g->i64("video") != 0;
    f.recording_kept = !blank(g->str("recording_ref")) && is_sm3_hex(g->str("recording_sm3"));
  }
  return core::check_vote_gate(committee, f);
}

std::optional<core::DefenseOutcome> defense_outcome(store::Tx& tx, const std::string& app_id, core::Date on) {
  auto g = tx.one("SELECT group_id FROM defense_group_applications WHERE application_id = ?", {app_id});
  if (!g) return std::nullopt;
  const std::string gid = g->str("group_id");
  auto n = tx.one("SELECT COUNT(*) AS n FROM defense_group_experts WHERE group_id = ?", {gid});
  auto r = tx.one("SELECT COUNT(*) AS n FROM defense_recusals WHERE group_id = ? AND application_id = ?",
                  {gid, app_id});
  const int size = static_cast<int>(n->i64("n") - r->i64("n"));
  std::vector<double> scores;
  for (const auto& s : tx.query("SELECT score FROM defense_scores WHERE application_id = ?", {app_id}))
    scores.push_back(s.f64("score"));
  return core::defense_result(size, scores, on);
}

json::object create_defense_group(const Context& ctx, const Actor& actor, const std::string& round_id,
                                  const NewDefenseGroup& in) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  const core::Date today = ctx.clock.today();
  if (in.application_ids.empty()) bad_request("字段 application_ids 不能为空");

  // Experts: existing persons, distinct; their units for R-DEF-GROUP and R-RECUSAL.
  std::vector<core::GroupExpert> experts;
  std::set<std::string> seen;
  for (const auto& pid : in.experts) {
    if (!seen.insert(pid).second) bad_request("字段 experts 中 " + pid + " 重复");
    auto p = tx->one("SELECT unit_id FROM persons WHERE id = ?", {pid});
    if (!p) bad_request("字段 experts 中 " + pid + " 不是已登记的人员");
    experts.push_back({pid, p->str("unit_id")});
  }
  // Every rule the group breaks is collected in `o` and refused together (R-DEF-GROUP,
  // R-DEF-VIDEO, R-RECUSAL).
  core::Outcome o = core::check_defense_group(experts, today);
  const core::DefenseMode mode = in.video ? (*in.video ? core::DefenseMode::video : core::DefenseMode::in_person)
                                          : core::default_defense_mode(round.committee_level);
  const bool video = mode == core::DefenseMode::video;
  o.merge(core::check_defense_mode(round.committee_level, {mode, in.non_video_reason}));
  if (in.recording_ref.empty() != in.recording_sm3.empty())
    bad_request("字段 recording_ref 与 recording_sm3 须同时提供（也可在答辩后登记录像）");
  if (!in.recording_ref.empty() && !video) bad_request("非视频答辩不登记录像：字段 recording_ref 应为空");
  if (!in.recording_sm3.empty() && !is_sm3_hex(in.recording_sm3))
    bad_request("字段 recording_sm3 须为 64 位十六进制 SM3 摘要");
  const std::string recording_sm3 = lower(in.recording_sm3);

  // Applications of this round, past the joint review, not yet in a group.
  std::vector<ApplicationRow> apps;
  std::set<std::string> seen_apps;
  for (const auto& aid : in.application_ids) {
    if (!seen_apps.insert(aid).second) bad_request("字段 application_ids 中 " + aid + " 重复");
    auto app = load_application(*tx, aid);
    if (!app || app->round_id != round.id) bad_request("字段 application_ids 中 " + aid + " 不是本批次的申报");
    if (app->status != "reviewed")
      throw Failure(Category::conflict, "申报 " + aid + " 的状态为 " + app->status + "，须为已审核（reviewed）");
    if (tx->one("SELECT 1 AS x FROM defense_group_applications WHERE application_id = ?", {aid}))
      throw Failure(Category::conflict, "申报 " + aid + " 已编入答辩小组");
    apps.push_back(*app);
  }
  for (const auto& c : in.conflicts) {
    if (!seen.count(c.expert_id)) bad_request("字段 conflicts 中 expert_id " + c.expert_id + " 不在 experts 中");
    if (!seen_apps.count(c.application_id))
      bad_request("字段 conflicts 中 application_id " + c.application_id + " 不在 application_ids 中");
  }

  // R-RECUSAL: who does not score whom. Each applicant keeps at least 3 scoring experts.
  struct Recusal {
    std::string expert, app, reason;
  };
  std::vector<Recusal> recusals;
  for (const auto& app : apps) {
    int scoring = 0;
    for (const auto& e : experts) {
      core::RecusalFacts f{e.person_id, e.unit_id, {}};
      std::string reason;
      for (const auto& c : in.conflicts)
        if (c.expert_id == e.person_id && c.application_id == app.id) {
          f.declared_conflicts.insert(app.person_id);
          reason = c.reason.empty() ? "申报声明的利害关系" : c.reason;
        }
      if (e.person_id == app.person_id) f.declared_conflicts.insert(app.person_id), reason = "本人";
      if (core::must_recuse(f, {app.person_id, app.unit_id})) {
        if (reason.empty()) reason = "与申报人同一单位";
        recusals.push_back({e.person_id, app.id, reason});
      } else {
        ++scoring;
      }
    }
    if (scoring < 3)
      o.fail(core::rule::kRecusal.id, core::rule::kRecusal.section,
             "申报 " + app.id + " 回避后仅余 " + std::to_string(scoring) + " 名专家评分，答辩小组须有 3–5 名专家");
  }
  require(o, "答辩小组不符合规定");

  const std::string id = crypto::random_id();
  json::array observers = strings_json(in.observers);
  const std::string now = ctx.clock.now_rfc3339();
  const bool recorded = !in.recording_ref.empty();
  tx->exec("INSERT INTO defense_groups(id, round_id, video, recording_ref, recording_sm3, non_video_reason, "
           "observers, supervisors, created_at, created_by, recording_at, recording_by) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
           {id, round.id, std::int64_t{video ? 1 : 0}, in.recording_ref, recording_sm3, in.non_video_reason,
            json::serialize(observers), json::serialize(supervisors_json(in.supervisors)), now, actor.username,
            recorded ? store::Value(now) : store::Value(nullptr),
            recorded ? store::Value(actor.username) : store::Value(nullptr)});
  for (const auto& e : experts)
    tx->exec("INSERT INTO defense_group_experts(group_id, person_id, unit_id) VALUES (?,?,?)",
             {id, e.person_id, e.unit_id});
  for (const auto& app : apps) {
    tx->exec("INSERT INTO defense_group_applications(group_id, application_id) VALUES (?,?)", {id, app.id});
    add_history(*tx, ctx, &actor, app.id, "defense.group", id);
  }
  json::array rec;
  for (const auto& r : recusals) {
    tx->exec("INSERT INTO defense_recusals(group_id, expert_id, application_id, reason) VALUES (?,?,?,?)",
             {id, r.expert, r.app, r.reason});
    rec.push_back(json::object{{"expert_id", r.expert}, {"application_id", r.app}, {"reason", r.reason}});
  }
  audit_append(*tx, ctx, &actor, "defense_group.create", "defense_group:" + id,
               json::object{{"round_id", round.id}, {"experts", strings_json(in.experts)},
                            {"application_ids", strings_json(in.application_ids)}, {"recusals", rec},
                            {"video", video}, {"recording_ref", in.recording_ref},
                            {"recording_sm3", recording_sm3}});
  tx->commit();
  return json::object{{"id", id},
                      {"round_id", round.id},
                      {"experts", strings_json(in.experts)},
                      {"application_ids", strings_json(in.application_ids)},
                      {"recusals", rec},
                      {"video", video},
                      {"mode", core::code(mode)},
                      {"recording_required", core::recording_required(round.committee_level, mode)},
                      {"recording_ref", in.recording_ref},
                      {"recording_sm3", recording_sm3},
                      {"recording_at", recorded ? json::value(now) : json::value(nullptr)},
                      {"recording_by", recorded ? json::value(actor.username) : json::value(nullptr)},
                      {"non_video_reason", in.non_video_reason},
                      {"observers", observers},
                      {"supervisors", supervisors_json(in.supervisors)},
                      {"warnings", violations_array(o.warnings)}};
}

json::object attach_defense_recording(const Context& ctx, const Actor& actor, const std::string& group_id,
                                      const std::string& reference, const std::string& sm3_hex) {
  if (blank(reference)) bad_request("字段 reference 不能为空（录像的存放位置或编号）");
  if (reference.size() > 500) bad_request("字段 reference 超过 500 个字节");
  if (!is_sm3_hex(sm3_hex)) bad_request("字段 sm3 须为 64 位十六进制 SM3 摘要");
  const std::string sm3 = lower(sm3_hex);
  auto tx = ctx.db.begin(store::TxMode::write);
  auto g = tx->one("SELECT * FROM defense_groups WHERE id = ?", {group_id});
  if (!g) not_found("答辩小组");
  const RoundInfo round = round_or_404(*tx, g->str("round_id"));
  require_round_office(actor, round);
  if (g->i64("video") == 0)
    throw Failure(Category::conflict, "该答辩小组为非视频答辩（" + g->str("non_video_reason") + "），没有答辩录像可登记");
  if (!g->str("recording_ref").empty()) {
    if (g->str("recording_ref") == reference && g->str("recording_sm3") == sm3) {
      tx->commit();
      return get_defense_group(ctx, actor, group_id);
    }
    throw Failure(Category::conflict, "该答辩小组的录像已于 " + g->str("recording_at") + " 登记（SM3 " +
                                          g->str("recording_sm3") + "），录像保存以备核查，不能替换");
  }
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("UPDATE defense_groups SET recording_ref = ?, recording_sm3 = ?, recording_at = ?, recording_by = ? "
           "WHERE id = ?",
           {reference, sm3, now, actor.username, group_id});
  for (const auto& a : tx->query("SELECT application_id FROM defense_group_applications WHERE group_id = ?",
                                 {group_id}))
    add_history(*tx, ctx, &actor, a.str("application_id"), "defense.recording", reference);
  audit_append(*tx, ctx, &actor, "defense_group.recording", "defense_group:" + group_id,
               json::object{{"round_id", round.id}, {"reference", reference}, {"sm3", sm3}});
  tx->commit();
  return get_defense_group(ctx, actor, group_id);
}

json::object get_defense_group(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto g = tx->one("SELECT * FROM defense_groups WHERE id = ?", {id});
  if (!g) not_found("答辩小组");
  const RoundInfo round = round_or_404(*tx, g->str("round_id"));
  if (!is_round_office(actor, round) && !actor.has("supervisor") &&
      !(actor.has("expert") && is_group_expert(*tx, id, actor.person_id)))
    not_found("答辩小组");
  json::array experts, apps, rec;
  for (const auto& r : tx->query("SELECT person_id FROM defense_group_experts WHERE group_id = ? ORDER BY person_id",
                                 {id}))
    experts.push_back(json::value(r.str("person_id")));
  json::array applicants, my_scores;
  for (const auto& r : tx->query(
           "SELECT ga.application_id, p.name, o.name AS unit_name, a.series, a.specialty, a.target_level "
           "FROM defense_group_applications ga JOIN applications a ON a.id = ga.application_id "
           "JOIN persons p ON p.id = a.person_id JOIN orgs o ON o.id = a.unit_id "
           "WHERE ga.group_id = ? ORDER BY ga.application_id",
           {id})) {
    apps.push_back(json::value(r.str("application_id")));
    // Who is defending: the experts of the group read the applicants' dossiers anyway.
    applicants.push_back(json::object{{"application_id", r.str("application_id")},
                                      {"name", r.str("name")},
                                      {"unit_name", r.str("unit_name")},
                                      {"series", r.str("series")},
                                      {"specialty", r.str("specialty")},
                                      {"target_level", r.str("target_level")}});
  }
  // An expert sees the scores it gave itself (never the others' before the result).
  if (actor.has("expert") && !actor.person_id.empty())
    for (const auto& r : tx->query("SELECT application_id, score FROM defense_scores WHERE group_id = ? AND "
                                   "expert_id = ? ORDER BY application_id",
                                   {id, actor.person_id}))
      my_scores.push_back(json::object{{"application_id", r.str("application_id")}, {"score", r.f64("score")}});
  for (const auto& r : tx->query("SELECT expert_id, application_id, reason FROM defense_recusals WHERE group_id = ? "
                                 "ORDER BY application_id, expert_id",
                                 {id}))
    rec.push_back(json::object{{"expert_id", r.str("expert_id")}, {"application_id", r.str("application_id")},
                               {"reason", r.str("reason")}});
  const auto mode = g->i64("video") != 0 ? core::DefenseMode::video : core::DefenseMode::in_person;
  return json::object{{"id", id},
                      {"round_id", round.id},
                      {"experts", experts},
                      {"application_ids", apps},
                      {"applicants", applicants},
                      {"my_scores", my_scores},
                      {"recusals", rec},
                      {"video", mode == core::DefenseMode::video},
                      {"mode", core::code(mode)},
                      {"recording_required", core::recording_required(round.committee_level, mode)},
                      {"recording_ref", g->str("recording_ref")},
                      {"recording_sm3", g->str("recording_sm3")},
                      {"recording_at", g->is_null("recording_at") ? json::value(nullptr)
                                                                  : json::value(g->str("recording_at"))},
                      {"recording_by", g->is_null("recording_by") ? json::value(nullptr)
                                                                  : json::value(g->str("recording_by"))},
                      {"non_video_reason", g->str("non_video_reason")},
                      {"observers", parse_stored(g->str("observers"), json::array{})},
                      {"supervisors", parse_stored(g->str("supervisors"), json::array{})}};
}

json::object add_defense_score(const Context& ctx, const Actor& actor, const std::string& group_id,
                               const std::string& application_id, const std::string& expert_id, double score) {
  auto tx = ctx.db.begin(store::TxMode::write);
  auto g = tx->one("SELECT round_id FROM defense_groups WHERE id = ?", {group_id});
  if (!g) not_found("答辩小组");
  const RoundInfo round = round_or_404(*tx, g->str("round_id"));
  const bool self = actor.has("expert") && actor.person_id == expert_id;
  if (!self && !(actor.has("committee_office") && actor.committee_id == round.committee_id))
    forbidden("评分只能由专家本人提交，或由评委会工作机构录入纸质评分表");
  if (!is_group_expert(*tx, group_id, expert_id)) {
    if (self) forbidden("您不是该答辩小组的专家");
    bad_request("字段 expert_id 不是该答辩小组的专家");
  }
  if (!tx->one("SELECT 1 AS x FROM defense_group_applications WHERE group_id = ? AND application_id = ?",
               {group_id, application_id}))
    bad_request("字段 application_id 不在该答辩小组");
  // R-RECUSAL and R-DEF-SCORE are independent: both are listed when both are broken.
  core::Outcome o;
  if (auto r = tx->one("SELECT reason FROM defense_recusals WHERE group_id = ? AND expert_id = ? AND application_id = ?",
                       {group_id, expert_id, application_id}))
    o.fail(core::rule::kRecusal.id, core::rule::kRecusal.section,
           "该专家须回避（" + r->str("reason") + "），不能为此申报人评分");
  o.merge(core::check_score(score));
  require(o, "评分无效");
  auto app = load_application(*tx, application_id);
  if (!app || app->status != "reviewed")
    throw Failure(Category::conflict, "申报状态为 " + (app ? app->status : std::string{"?"}) + "，答辩评分已结束");
  if (tx->one("SELECT 1 AS x FROM defense_scores WHERE application_id = ? AND expert_id = ?",
              {application_id, expert_id}))
    throw Failure(Category::conflict, "该专家已为此申报人评分");
  tx->exec("INSERT INTO defense_scores(group_id, application_id, expert_id, score, recorded_by, recorded_at) "
           "VALUES (?,?,?,?,?,?)",
           {group_id, application_id, expert_id, score, actor.username, ctx.clock.now_rfc3339()});
  const core::Date today = ctx.clock.today();
  auto out = *defense_outcome(*tx, application_id, today);
  audit_append(*tx, ctx, &actor, "defense.score", "application:" + application_id,
               json::object{{"group_id", group_id}, {"expert_id", expert_id}, {"score", score},
                            {"paper", !self}});
  if (out.result != core::DefenseResult::pending) {
    const std::string status = out.result == core::DefenseResult::pass ? "defense_passed" : "defense_failed";
    set_status(*tx, ctx, application_id, status);
    // The result is the group's: its history entry names the group, not the expert whose
    // score happened to complete it (the audit entry keeps who recorded the score).
    add_history_by(*tx, ctx, "答辩小组", application_id, "defense." + std::string{core::code(out.result)},
                std::to_string(out.below_60) + "/" + std::to_string(out.group_size) + " 低于 60 分");
    audit_append(*tx, ctx, &actor, "application.defense_result", "application:" + application_id,
                 json::object{{"result", core::code(out.result)}, {"below_60", out.below_60},
                              {"group_size", out.group_size}});
  }
  tx->commit();
  return json::object{{"application_id", application_id}, {"expert_id", expert_id}, {"score", score},
                      {"result", core::code(out.result)}, {"scored", out.scored}, {"group_size", out.group_size}};
}

json::object get_application_defense(const Context& ctx, const Actor& actor, const std::string& app_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto app = load_application(*tx, app_id);
  if (!app) not_found("申报");
  const RoundInfo round = round_or_404(*tx, app->round_id);
  const bool office = is_round_office(actor, round) || actor.has("supervisor");
  if (!office) application_for(*tx, actor, app_id);  // 404 out of scope
  auto out = defense_outcome(*tx, app_id, ctx.clock.today());
  json::array scores;
  for (const auto& s : tx->query("SELECT expert_id, score FROM defense_scores WHERE application_id = ? "
                                 "ORDER BY expert_id",
                                 {app_id})) {
    json::object e{{"score", s.f64("score")}};
    if (office) e["expert_id"] = s.str("expert_id");
    scores.push_back(std::move(e));
  }
  if (!out)
    return json::object{{"application_id", app_id}, {"scores", scores}, {"below_60", 0}, {"group_size", 0},
                        {"result", "pending"}, {"group_id", nullptr}};
  auto g = tx->one("SELECT group_id FROM defense_group_applications WHERE application_id = ?", {app_id});
  return json::object{{"application_id", app_id}, {"scores", scores},          {"below_60", out->below_60},
                      {"group_size", out->group_size}, {"scored", out->scored}, {"result", core::code(out->result)},
                      {"group_id", g->str("group_id")}};
}

}  // namespace zp::app

namespace zp::app {

json::array list_my_defense_groups(const Context& ctx, const Actor& actor) {
  if (!actor.has("expert") || actor.person_id.empty()) forbidden("仅评审专家可查看本人所在的答辩小组");
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r : tx->query(
           "SELECT g.id, g.round_id, g.video, c.name AS committee_name, r.year, "
           "(SELECT COUNT(*) FROM defense_group_applications ga WHERE ga.group_id = g.id) AS applications, "
           "(SELECT COUNT(*) FROM defense_scores s WHERE s.group_id = g.id AND s.expert_id = ?) AS scored, "
           "(SELECT COUNT(*) FROM defense_recusals x WHERE x.group_id = g.id AND x.expert_id = ?) AS recused "
           "FROM defense_group_experts e JOIN defense_groups g ON g.id = e.group_id "
           "JOIN rounds r ON r.id = g.round_id JOIN committees c ON c.id = r.committee_id "
           "WHERE e.person_id = ? ORDER BY r.year DESC, g.id",
           {actor.person_id, actor.person_id, actor.person_id}))
    out.push_back(json::object{{"id", r.str("id")},
                               {"round_id", r.str("round_id")},
                               {"committee_name", r.str("committee_name")},
                               {"year", r.i64("year")},
                               {"video", r.i64("video") != 0},
                               {"applications", r.i64("applications")},
                               {"to_score", r.i64("applications") - r.i64("recused")},
                               {"scored", r.i64("scored")}});
  return out;
}

}  // namespace zp::app
