#include "app/rounds.h"

#include "app/audit.h"
#include "app/calendar.h"
#include "app/committees.h"
#include "app/error.h"
#include "core/rule_ids.h"
#include "core/schedule.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

core::Date date_of(const store::Row& r, const char* col) {
  return core::Date::parse(r.str(col)).value_or(core::Date{});
}

json::object round_json(const RoundInfo& r) {
  json::object o;
  o["id"] = r.id;
  o["committee_id"] = r.committee_id;
  o["committee_level"] = core::code(r.committee_level);
  o["series"] = r.series;
  o["year"] = r.year;
  o["notice_date"] = r.notice_date.str();
  o["application_deadline"] = r.application_deadline.str();
  o["joint_review_deadline"] = r.joint_review_deadline.str();
  o["defense_date"] = r.defense_date ? json::value(r.defense_date->str()) : json::value(nullptr);
  o["meeting_date"] = r.meeting_date.str();
  o["draw_window"] = json::object{{"from", r.draw_from.str()}, {"to", r.draw_to.str()}};
  o["rotation_report_window"] = json::object{{"from", r.rotation_from.str()}, {"to", r.rotation_to.str()}};
  return o;
}

constexpr const char* kSelect =
    "SELECT r.id, r.committee_id, c.level, c.series, r.year, r.notice_date, r.application_deadline, "
    "r.joint_review_deadline, r.defense_date, r.meeting_date, r.draw_from, r.draw_to, r.rotation_from, "
    "r.rotation_to FROM rounds r JOIN committees c ON c.id = r.committee_id ";

RoundInfo from_row(const store::Row& r) {
  RoundInfo i;
  i.id = r.str("id");
  i.committee_id = r.str("committee_id");
  i.committee_level =
      core::parse_committee_level(r.str("level")).value_or(core::CommitteeLevel::intermediate);
  i.series = r.str("series");
  i.year = static_cast<int>(r.i64("year"));
  i.notice_date = date_of(r, "notice_date");
  i.application_deadline = date_of(r, "application_deadline");
  i.joint_review_deadline = date_of(r, "joint_review_deadline");
  if (auto d = r.opt_str("defense_date")) i.defense_date = core::Date::parse(*d);
  i.meeting_date = date_of(r, "meeting_date");
  i.draw_from = date_of(r, "draw_from");
  i.draw_to = date_of(r, "draw_to");
  i.rotation_from = date_of(r, "rotation_from");
  i.rotation_to = date_of(r, "rotation_to");
  return i;
}

}  // namespace

std::optional<RoundInfo> load_round(store::Tx& tx, const std::string& id) {
  auto r = tx.one(std::string(kSelect) + "WHERE r.id = ?", {id});
  if (!r) return std::nullopt;
  return from_row(*r);
}

json::object create_round(const Context& ctx, const Actor& actor, const NewRound& in) {
  if (!manages_committee(actor, in.committee_id)) forbidden("仅州职改办或该评委会工作机构可安排评审");
  auto tx = ctx.db.begin(store::TxMode::write);
  const CommitteeRecord c = require_committee(*tx, in.committee_id);
  if (c.status != "active")
    throw Failure(
        Category::rule_violation, "评委会已撤销",
        {{core::rule::kComLevels.id, core::rule::kComLevels.section, "评委会已撤销，不能开展评审"}});
  // One round per committee and year (unique index rounds_committee_year_unique).
  if (tx->one("SELECT id FROM rounds WHERE committee_id = ? AND year = ?", {c.id, std::int64_t{in.year}}))
    throw Failure(Category::conflict,
                  "该评委会 " + std::to_string(in.year) + " 年度的评审轮次已安排，每个评委会每年只能安排一次评审");
  core::Outcome pre;
  // R-CAL-YEAR: the round is the notice year's; nothing spans two years.
  if (in.notice_date.year != in.year || in.meeting_date.year != in.year ||
      (in.defense_date && in.defense_date->year != in.year))
    pre.fail(core::rule::kCalYear.id, core::rule::kCalYear.section,
             "评审年度为 " + std::to_string(in.year) + " 年：通知、答辩与评审会议须在同一自然年内完成");
  auto cal = ctx.calendar();
  auto sched =
      core::compute_round_schedule(*cal, c.facts.level, in.notice_date, in.defense_date, in.meeting_date);
  pre.merge(sched.outcome);  // the round's year and the schedule's rules, listed together
  require(pre, "评审安排不符合规则");
  RoundInfo r;
  r.id = crypto::random_id();
  r.committee_id = c.id;
  r.committee_level = c.facts.level;
  r.series = c.facts.series;
  r.year = in.year;
  r.notice_date = in.notice_date;
  r.application_deadline = sched.value.application_deadline;
  r.joint_review_deadline = sched.value.joint_review_deadline;
  r.defense_date = in.defense_date;
  r.meeting_date = in.meeting_date;
  r.draw_from = sched.value.draw_window.from;
  r.draw_to = sched.value.draw_window.to;
  r.rotation_from = sched.value.rotation_report_window.from;
  r.rotation_to = sched.value.rotation_report_window.to;
  tx->exec(
      "INSERT INTO rounds(id, committee_id, year, notice_date, application_deadline, joint_review_deadline, "
      "defense_date, meeting_date, draw_from, draw_to, rotation_from, rotation_to, created_at, created_by) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      {r.id, r.committee_id, std::int64_t{r.year}, r.notice_date.str(), r.application_deadline.str(),
       r.joint_review_deadline.str(),
       r.defense_date ? store::Value(r.defense_date->str()) : store::Value(nullptr), r.meeting_date.str(),
       r.draw_from.str(), r.draw_to.str(), r.rotation_from.str(), r.rotation_to.str(),
       ctx.clock.now_rfc3339(), actor.user_id});
  json::object o = round_json(r);
  audit_append(*tx, ctx, &actor, "round.create", "round:" + r.id, o);
  tx->commit();
  o["warnings"] = json::array();
  for (const auto& w : sched.outcome.warnings)
    o["warnings"].as_array().push_back(
        json::object{{"rule", w.rule}, {"section", w.section}, {"message", w.message}});
  return o;
}

json::object get_round(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = load_round(*tx, id);
  if (!r) not_found("评审轮次");
  return round_json(*r);
}

json::array list_rounds(const Context& ctx, std::optional<int> year, const std::string& committee_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  std::string sql = std::string(kSelect) + "WHERE 1=1 ";
  std::vector<store::Value> params;
  if (year) {
    sql += "AND r.year = ? ";
    params.push_back(std::int64_t{*year});
  }
  if (!committee_id.empty()) {
    sql += "AND r.committee_id = ? ";
    params.push_back(committee_id);
  }
  sql += "ORDER BY r.meeting_date, r.id";
  json::array out;
  for (const auto& row : tx->query(sql, params)) {
    json::object o = round_json(from_row(row));
    if (auto n = tx->one("SELECT name FROM committees WHERE id = ?", {o["committee_id"].as_string().c_str()}))
      o["committee_name"] = n->str("name");
    out.push_back(o);
  }
  return out;
}

}  // namespace zp::app
