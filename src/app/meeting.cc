#include "app/meeting.h"

#include <set>

#include "app/applications.h"
#include "app/applications_eval.h"
#include "app/audit.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "core/meeting.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

namespace {

json::array strings_json(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return a;
}

std::vector<std::string> drawn_meeting_members(store::Tx& tx, const std::string& round_id) {
  std::vector<std::string> out;
  for (const auto& d : tx.query("SELECT members FROM draws WHERE round_id = ? AND purpose = 'meeting'", {round_id}))
    for (auto& m : stored_strings(d.str("members"))) out.push_back(std::move(m));
  return out;
}

std::string person_name(store::Tx& tx, const std::string& id) {
  auto p = tx.one("SELECT name FROM persons WHERE id = ?", {id});
  return p ? p->str("name") : id;
}

}  // namespace

std::optional<MeetingInfo> load_meeting(store::Tx& tx, const std::string& round_id) {
  auto m = tx.one("SELECT date, present, chair_id, recorder FROM meetings WHERE round_id = ?", {round_id});
  auto round = load_round(tx, round_id);
  if (!m || !round) return std::nullopt;
  MeetingInfo i;
  i.date = core::Date::parse(m->str("date")).value_or(round->meeting_date);
  i.present = stored_strings(m->str("present"));
  i.chair_id = m->str("chair_id");
  i.recorder = m->str("recorder");
  i.quorate = core::check_quorum(round->committee_level, static_cast<int>(i.present.size()), i.date).ok();
  return i;
}

json::object record_training(const Context& ctx, const Actor& actor, const std::string& round_id, core::Date date,
                             const std::string& content, const std::vector<std::string>& attendees) {
  if (content.empty()) bad_request("字段 content 不能为空");
  if (attendees.empty()) bad_request("字段 attendees 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  const std::string id = crypto::random_id();
  tx->exec("INSERT INTO meeting_trainings(id, round_id, date, content, attendees, created_at, created_by) "
           "VALUES (?,?,?,?,?,?,?)",
           {id, round.id, date.str(), content, json::serialize(strings_json(attendees)), ctx.clock.now_rfc3339(),
            actor.username});
  audit_append(*tx, ctx, &actor, "meeting.training", "round:" + round.id,
               json::object{{"id", id}, {"date", date.str()}, {"attendees", static_cast<std::int64_t>(attendees.size())}});
  tx->commit();
  return json::object{{"id", id}, {"round_id", round.id}, {"date", date.str()}, {"content", content},
                      {"attendees", strings_json(attendees)}};
}

json::object record_meeting(const Context& ctx, const Actor& actor, const std::string& round_id,
                            const NewMeeting& in) {
  if (in.recorder.empty()) bad_request("字段 recorder 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  if (tx->one("SELECT 1 AS x FROM meetings WHERE round_id = ?", {round.id}))
    throw Failure(Category::conflict, "本批次的评审会议已登记");
  std::set<std::string> present;
  for (const auto& p : in.present)
    if (!present.insert(p).second) bad_request("字段 present 中 " + p + " 重复");
  core::Outcome o;
  // Only the round's drawn meeting members attend as members.
  const auto drawn = drawn_meeting_members(*tx, round.id);
  const std::set<std::string> drawn_set(drawn.begin(), drawn.end());
  for (const auto& p : in.present)
    if (!drawn_set.count(p))
      o.fail(core::rule::kMeetQuorum.id, core::rule::kMeetQuorum.section,
             "出席人员 " + p + " 不是本批次随机抽取的评审会议评委");
  if (!present.count(in.chair_id)) bad_request("字段 chair_id 须为出席评委之一");
  o.merge(core::check_quorum(round.committee_level, static_cast<int>(present.size()), in.date));
  auto t = tx->one("SELECT MIN(date) AS d FROM meeting_trainings WHERE round_id = ?", {round.id});
  std::optional<core::Date> training;
  if (t && !t->is_null("d")) training = core::Date::parse(t->str("d"));
  o.merge(core::check_training(training, in.date));
  require(o, "评审会议不符合规定");
  // R-SUPERVISE: the review and the vote are supervised; a missing record is reported.
  std::vector<std::string> sup_names;
  json::array sup;
  for (const auto& s : in.supervisors) {
    sup_names.push_back(s.name);
    sup.push_back(json::object{{"name", s.name}, {"role", s.role}});
  }
  core::Outcome w = core::check_supervision({std::nullopt, sup_names, sup_names});
  tx->exec("INSERT INTO meetings(round_id, date, present, chair_id, recorder, supervisors, created_at, created_by) "
           "VALUES (?,?,?,?,?,?,?,?)",
           {round.id, in.date.str(), json::serialize(strings_json(in.present)), in.chair_id, in.recorder,
            json::serialize(sup), ctx.clock.now_rfc3339(), actor.username});
  audit_append(*tx, ctx, &actor, "meeting.create", "round:" + round.id,
               json::object{{"date", in.date.str()}, {"present", strings_json(in.present)}, {"chair_id", in.chair_id},
                            {"recorder", in.recorder}, {"supervisors", sup}});
  tx->commit();
  return json::object{{"round_id", round.id},
                      {"date", in.date.str()},
                      {"present", strings_json(in.present)},
                      {"quorum", core::quorum(round.committee_level, in.date)},
                      {"chair_id", in.chair_id},
                      {"recorder", in.recorder},
                      {"supervisors", sup},
                      {"warnings", violations_array(w.violations)}};
}

json::object record_basis(const Context& ctx, const Actor& actor, const std::string& round_id,
                          const std::string& application_id, const std::string& material_review,
                          const std::string& group_opinion) {
  if (material_review.empty()) bad_request("字段 material_review 不能为空");
  if (group_opinion.empty()) bad_request("字段 group_opinion 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  auto app = load_application(*tx, application_id);
  if (!app || app->round_id != round.id) bad_request("字段 application_id 不是本批次的申报");
  if (tx->one("SELECT 1 AS x FROM meeting_basis WHERE round_id = ? AND application_id = ?", {round.id, application_id}))
    throw Failure(Category::conflict, "该申报的评议依据已登记");
  tx->exec("INSERT INTO meeting_basis(round_id, application_id, material_review, group_opinion, created_at, "
           "created_by) VALUES (?,?,?,?,?,?)",
           {round.id, application_id, material_review, group_opinion, ctx.clock.now_rfc3339(), actor.username});
  audit_append(*tx, ctx, &actor, "meeting.basis", "application:" + application_id,
               json::object{{"round_id", round.id}});
  tx->commit();
  return json::object{{"round_id", round.id}, {"application_id", application_id},
                      {"material_review", material_review}, {"group_opinion", group_opinion}};
}

json::object record_remarks(const Context& ctx, const Actor& actor, const std::string& round_id,
                            const std::string& summary) {
  if (summary.empty()) bad_request("字段 summary 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  auto n = tx->one("SELECT COUNT(*) AS n FROM meeting_remarks WHERE round_id = ?", {round.id});
  const std::string id = crypto::random_id();
  tx->exec("INSERT INTO meeting_remarks(id, round_id, position, summary, created_at, created_by) VALUES (?,?,?,?,?,?)",
           {id, round.id, n->i64("n"), summary, ctx.clock.now_rfc3339(), actor.username});
  audit_append(*tx, ctx, &actor, "meeting.remarks", "round:" + round.id, json::object{{"id", id}});
  tx->commit();
  return json::object{{"id", id}, {"round_id", round.id}, {"summary", summary}};
}

json::object get_minutes(const Context& ctx, const Actor& actor, const std::string& round_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const RoundInfo round = round_or_404(*tx, round_id);
  if (!is_round_office(actor, round) && !actor.has("supervisor"))
    forbid_rule(core::rule::kMeetSecrecy, "评审会议记录仅限评委会工作机构、职改办和纪检监督查阅");
  auto m = tx->one("SELECT * FROM meetings WHERE round_id = ?", {round.id});
  if (!m) not_found("评审会议");
  json::array attending;
  for (const auto& p : stored_strings(m->str("present")))
    attending.push_back(json::object{{"person_id", p}, {"name", person_name(*tx, p)}});
  // Applicants reviewed: those put to a vote, with their defense summary and basis.
  json::array applicants, defense, results;
  std::string vote_date;
  for (const auto& v : tx->query("SELECT id, application_ids, results, vote_date, status FROM votes "
                                 "WHERE round_id = ? ORDER BY opened_at, id",
                                 {round.id})) {
    vote_date = v.str("vote_date");
    for (const auto& aid : stored_strings(v.str("application_ids"))) {
      auto app = load_application(*tx, aid);
      if (!app) continue;
      applicants.push_back(json::object{{"application_id", aid}, {"name", person_name(*tx, app->person_id)},
                                        {"series", app->series}, {"specialty", app->specialty},
                                        {"level", app->target_level}});
      if (auto d = defense_outcome(*tx, aid, ctx.clock.today()))
        defense.push_back(json::object{{"application_id", aid}, {"result", core::code(d->result)},
                                       {"below_60", d->below_60}, {"group_size", d->group_size},
                                       {"scored", d->scored}});
    }
    if (v.str("status") == "closed") {
      auto r = parse_stored(v.str("results"), json::array{});
      if (r.is_array())
        for (auto& x : r.as_array()) results.push_back(x);
    }
  }
  json::array remarks;
  for (const auto& r : tx->query("SELECT summary FROM meeting_remarks WHERE round_id = ? ORDER BY position", {round.id}))
    remarks.push_back(json::value(r.str("summary")));
  json::array basis;
  for (const auto& b : tx->query("SELECT application_id, material_review, group_opinion FROM meeting_basis "
                                 "WHERE round_id = ? ORDER BY application_id",
                                 {round.id}))
    basis.push_back(json::object{{"application_id", b.str("application_id")},
                                 {"material_review", b.str("material_review")},
                                 {"group_opinion", b.str("group_opinion")}});
  const std::string chair = person_name(*tx, m->str("chair_id"));
  core::MeetingRecord rec;
  rec.date = core::Date::parse(m->str("date"));
  for (const auto& p : stored_strings(m->str("present"))) rec.attendees.push_back(p);
  for (const auto& a : applicants) rec.applicants.emplace_back(a.as_object().at("application_id").as_string());
  rec.defense_summary = defense.empty() ? std::string{} : json::serialize(defense);
  rec.remarks_summary = remarks.empty() ? std::string{} : json::serialize(remarks);
  rec.vote_results = results.empty() ? std::string{} : json::serialize(results);
  rec.chair_signature = chair;
  rec.recorder_signature = m->str("recorder");
  const auto check = core::check_meeting_record(rec);
  return json::object{{"round_id", round.id},
                      {"date", m->str("date")},
                      {"vote_date", vote_date},
                      {"attending_members", attending},
                      {"applicants_reviewed", applicants},
                      {"defense_summaries", defense},
                      {"basis", basis},
                      {"remarks_summary", remarks},
                      {"vote_results", results},
                      {"supervisors", parse_stored(m->str("supervisors"), json::array{})},
                      {"chair", json::object{{"person_id", m->str("chair_id")}, {"name", chair}, {"signature", ""}}},
                      {"recorder", json::object{{"name", m->str("recorder")}, {"signature", ""}}},
                      {"complete", check.ok()},
                      {"missing", violations_array(check.violations)}};
}

}  // namespace zp::app
