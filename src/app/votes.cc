#include "app/votes.h"

#include <algorithm>
#include <set>

#include "app/applications.h"
#include "app/audit.h"
#include "app/checkpoints.h"
#include "app/defense.h"
#include "app/error.h"
#include "app/meeting.h"
#include "app/meeting_support.h"
#include "core/defense.h"
#include "core/meeting.h"
#include "core/tally.h"
#include "crypto/random.h"
#include "crypto/sm3.h"

namespace zp::app {
namespace json = boost::json;

namespace {

std::string hex(const std::string& bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out.push_back(d[c >> 4]);
    out.push_back(d[c & 15]);
  }
  return out;
}
std::string random_hex128() { return hex(crypto::random_bytes(16)); }

struct VoteRow {
  std::string id, round_id, status, mode, vote_date;
  std::vector<std::string> apps;
  int present = 0;
  std::string paper_results, results;
  std::string early_close_reason, early_close_by, early_close_at;
};

VoteRow load_vote(store::Tx& tx, const std::string& id) {
  auto v = tx.one("SELECT * FROM votes WHERE id = ?", {id});
  if (!v) not_found("表决");
  VoteRow row{v->str("id"),      v->str("round_id"), v->str("status"),        v->str("mode"), v->str("vote_date"),
              stored_strings(v->str("application_ids")), static_cast<int>(v->i64("present")),
              v->str("paper_results"), v->str("results")};
  row.early_close_reason = v->opt_str("early_close_reason").value_or("");
  row.early_close_by = v->opt_str("early_close_by").value_or("");
  row.early_close_at = v->opt_str("early_close_at").value_or("");
  return row;
}

std::int64_t ballots_cast(store::Tx& tx, const std::string& vote_id) {
  auto r = tx.one("SELECT COUNT(*) AS n FROM vote_voters WHERE vote_id = ?", {vote_id});
  return r ? r->i64("n") : 0;
}

// SM3 over the cast ballots in id order (random, unrelated to casting order): the close's
// audit entry carries it, so the board published afterwards is covered by the chain.
std::string ballots_digest(store::Tx& tx, const std::string& vote_id) {
  std::string all;
  for (const auto& b : tx.query("SELECT id, receipt_hash, choices FROM ballots WHERE vote_id = ? AND "
                                "receipt_hash IS NOT NULL ORDER BY id",
                                {vote_id}))
    all += b.str("id") + "|" + b.str("receipt_hash") + "|" + b.str("choices") + "\n";
  return crypto::sm3_hex(all);
}

json::value early_close_json(const VoteRow& v) {
  if (v.early_close_reason.empty()) return nullptr;
  return json::object{{"reason", v.early_close_reason}, {"chair_id", v.early_close_by}, {"at", v.early_close_at}};
}

core::Choice parse_choice(const std::string& s) {
  if (s == "yes") return core::Choice::yes;
  if (s == "no") return core::Choice::no;
  if (s == "abstain") return core::Choice::abstain;
  return core::Choice::none;
}

// The electronic tally from the ballot rows (choices in the vote's application order).
std::vector<core::TallyResult> tally_ballots(store::Tx& tx, const VoteRow& v, json::array* board) {
  std::vector<core::Choice> choices;
  for (const auto& b : tx.query("SELECT receipt_hash, choices FROM ballots WHERE vote_id = ? AND "
                                "receipt_hash IS NOT NULL ORDER BY id",
                                {v.id})) {
    auto c = parse_stored(b.str("choices"), json::object{});
    for (const auto& aid : v.apps) {
      const json::value* x = c.is_object() ? c.as_object().if_contains(aid) : nullptr;
      choices.push_back(x && x->is_string() ? parse_choice(std::string(x->as_string())) : core::Choice::none);
    }
    if (board) board->push_back(json::object{{"receipt_hash", b.str("receipt_hash")}, {"choices", c}});
  }
  return core::tally(v.present, static_cast<int>(v.apps.size()), choices);
}

json::array results_json(const VoteRow& v, const std::vector<core::TallyResult>& t) {
  json::array a;
  for (std::size_t i = 0; i < v.apps.size() && i < t.size(); ++i)
    a.push_back(json::object{{"application_id", v.apps[i]}, {"present", t[i].present}, {"yes", t[i].yes},
                             {"no", t[i].no}, {"abstain", t[i].abstain}, {"passed", t[i].passed}});
  return a;
}

}  // namespace

json::object open_vote(const Context& ctx, const Actor& actor, const std::string& round_id,
                       const std::vector<std::string>& application_ids) {
  if (application_ids.empty()) bad_request("字段 application_ids 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo round = round_or_404(*tx, round_id);
  require_round_office(actor, round);
  // Every rule the request breaks is collected in `o` (the meeting's quorum, R-DEF-GATE
  // and R-DEF-VIDEO per applicant, R-MEET-BASIS) and refused together.
  core::Outcome o;
  auto meeting = load_meeting(*tx, round.id);
  if (!meeting)
    o.fail(core::rule::kMeetQuorum.id, core::rule::kMeetQuorum.section,
           "尚未登记达到法定人数的评审会议，不能开始表决");
  else
    o.merge(core::check_quorum(round.committee_level, static_cast<int>(meeting->present.size()), meeting->date));
  // Applications already put to a vote in this round.
  std::set<std::string> voted;
  for (const auto& v : tx->query("SELECT application_ids FROM votes WHERE round_id = ?", {round.id}))
    for (auto& a : stored_strings(v.str("application_ids"))) voted.insert(a);
  std::vector<core::DeliberationBasis> basis;
  std::set<std::string> seen;
  const core::Date today = ctx.clock.today();
  for (const auto& aid : application_ids) {
    if (!seen.insert(aid).second) bad_request("字段 application_ids 中 " + aid + " 重复");
    auto app = load_application(*tx, aid);
    if (!app || app->round_id != round.id) bad_request("字段 application_ids 中 " + aid + " 不是本批次的申报");
    if (voted.count(aid)) throw Failure(Category::conflict, "申报 " + aid + " 已付表决");
    if (app->status != "reviewed" && app->status != "defense_passed" && app->status != "defense_failed")
      throw Failure(Category::conflict, "申报 " + aid + " 的状态为 " + app->status + "，不能付表决");
    o.merge(defense_vote_gate(*tx, round.committee_level, aid, today));
    auto b = tx->one("SELECT material_review, group_opinion FROM meeting_basis WHERE round_id = ? AND "
                     "application_id = ?",
                     {round.id, aid});
    basis.push_back({aid, b && !b->str("material_review").empty(), b && !b->str("group_opinion").empty()});
  }
  o.merge(core::check_basis(basis));
  require(o, "不能付表决");
  const std::string id = random_hex128();
  json::array apps;
  for (const auto& a : application_ids) apps.push_back(json::value(a));
  const int present = static_cast<int>(meeting->present.size());
  tx->exec("INSERT INTO votes(id, round_id, application_ids, present, status, mode, vote_date, opened_at, opened_by) "
           "VALUES (?,?,?,?,?,?,?,?,?)",
           {id, round.id, json::serialize(apps), std::int64_t{present}, "open", "electronic", today.str(),
            ctx.clock.now_rfc3339(), actor.username});
  // One empty slot per attending member, random ids.
  for (int i = 0; i < present; ++i)
    tx->exec("INSERT INTO ballots(id, vote_id, receipt_hash, choices) VALUES (?,?,NULL,NULL)", {random_hex128(), id});
  audit_append(*tx, ctx, &actor, "vote.open", "vote:" + id,
               json::object{{"round_id", round.id}, {"application_ids", apps}, {"present", present},
                            {"vote_date", today.str()}});
  tx->commit();
  return json::object{{"id", id}, {"round_id", round.id}, {"application_ids", apps}, {"present", present},
                      {"vote_date", today.str()}, {"status", "open"}};
}

json::object cast_ballot(const Context& ctx, const Actor& actor, const std::string& vote_id,
                         const std::map<std::string, std::string>& choices) {
  if (!actor.has("expert") || actor.person_id.empty()) forbidden("只有出席会议的评委可以投票");
  auto tx = ctx.db.begin(store::TxMode::write);
  const VoteRow v = load_vote(*tx, vote_id);
  auto meeting = load_meeting(*tx, v.round_id);
  if (!meeting) not_found("评审会议");
  const std::set<std::string> present(meeting->present.begin(), meeting->present.end());
  std::set<std::string> already;
  if (tx->one("SELECT 1 AS x FROM vote_voters WHERE vote_id = ? AND person_id = ?", {v.id, actor.person_id}))
    already.insert(actor.person_id);
  auto adm = core::admit_ballot(actor.person_id, present, already);
  if (adm.absent) throw Failure(Category::forbidden, "您未出席本次评审会议，不能投票", adm.outcome.violations);
  require(adm.outcome, "不能重复投票");
  if (v.status != "open")
    refuse(core::rule::kVoteAttend, "表决已结束，不能补充投票");
  if (v.mode != "electronic") throw Failure(Category::conflict, "本次表决以纸质选票计票");
  json::object c;
  for (const auto& aid : v.apps) {
    auto it = choices.find(aid);
    if (it == choices.end()) bad_request("字段 choices 缺少申报 " + aid);
    if (parse_choice(it->second) == core::Choice::none)
      bad_request("字段 choices." + aid + " 须为 yes、no 或 abstain");
    c[aid] = it->second;
  }
  for (const auto& [aid, _] : choices)
    if (std::find(v.apps.begin(), v.apps.end(), aid) == v.apps.end())
      bad_request("字段 choices 中 " + aid + " 不在本次表决");
  // Pick an unused slot at random.
  auto slots = tx->query("SELECT id FROM ballots WHERE vote_id = ? AND receipt_hash IS NULL", {v.id});
  if (slots.empty()) refuse(core::rule::kVoteAttend, "选票数已达出席人数");
  const std::string r = crypto::random_bytes(8);
  std::uint64_t pick = 0;
  for (unsigned char b : r) pick = (pick << 8) | b;
  const std::string slot = slots[pick % slots.size()].str("id");
  const std::string receipt = random_hex128();
  tx->exec("INSERT INTO vote_voters(vote_id, person_id) VALUES (?,?)", {v.id, actor.person_id});
  tx->exec("UPDATE ballots SET receipt_hash = ?, choices = ? WHERE id = ?",
           {crypto::sm3_hex(receipt), json::serialize(c), slot});
  // R-VOTE-SECRET (finding 15.4): no audit entry per ballot. An entry naming the voter,
  // with its time, would let whoever reads the audit line voters up against anything that
  // moves per ballot; the close records the set of voters (sorted), their count and a
  // digest of the ballots instead.
  tx->commit();
  return json::object{{"receipt", receipt}};
}

json::object record_paper_tally(const Context& ctx, const Actor& actor, const std::string& vote_id,
                                const std::vector<PaperCount>& counts) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const VoteRow v = load_vote(*tx, vote_id);
  const RoundInfo round = round_or_404(*tx, v.round_id);
  if (!(actor.has("committee_office") && actor.committee_id == round.committee_id))
    forbidden("纸质计票结果由本评委会工作机构录入");
  if (v.status != "open") throw Failure(Category::conflict, "表决已结束");
  if (tx->one("SELECT 1 AS x FROM vote_voters WHERE vote_id = ?", {v.id}))
    throw Failure(Category::conflict, "本次表决已有电子选票，不能再录入纸质计票");
  core::Outcome o;
  std::set<std::string> seen;
  json::array stored;
  for (const auto& c : counts) {
    if (std::find(v.apps.begin(), v.apps.end(), c.application_id) == v.apps.end())
      bad_request("字段 results 中 " + c.application_id + " 不在本次表决");
    if (!seen.insert(c.application_id).second) bad_request("字段 results 中 " + c.application_id + " 重复");
    o.merge(core::check_paper_tally(v.present, c.yes, c.no, c.abstain));
    stored.push_back(json::object{{"application_id", c.application_id}, {"yes", c.yes}, {"no", c.no},
                                  {"abstain", c.abstain}});
  }
  if (seen.size() != v.apps.size()) bad_request("字段 results 须包含本次表决的每一项申报");
  require(o, "纸质计票结果不符合规定");
  tx->exec("UPDATE votes SET mode = 'paper', paper_results = ? WHERE id = ?", {json::serialize(stored), v.id});
  audit_append(*tx, ctx, &actor, "vote.paper_tally", "vote:" + v.id, json::object{{"results", stored}});
  tx->commit();
  return json::object{{"id", v.id}, {"mode", "paper"}, {"results", stored}};
}

json::object record_early_close(const Context& ctx, const Actor& actor, const std::string& vote_id,
                                const std::string& reason) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const VoteRow v = load_vote(*tx, vote_id);
  auto meeting = load_meeting(*tx, v.round_id);
  if (!meeting) not_found("评审会议");
  if (!actor.has("expert") || actor.person_id.empty() || actor.person_id != meeting->chair_id)
    forbidden("提前结束表决的理由须由会议主持人本人记录");
  if (v.status != "open") throw Failure(Category::conflict, "表决已结束");
  std::string r = reason;
  while (!r.empty() && (r.back() == ' ' || r.back() == '\n')) r.pop_back();
  if (r.size() < 6) bad_request("字段 reason 须写明提前结束表决的理由（至少两个汉字）");
  if (r.size() > 2000) bad_request("字段 reason 过长（至多 2000 字节）");
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("UPDATE votes SET early_close_reason = ?, early_close_by = ?, early_close_at = ? WHERE id = ?",
           {r, actor.person_id, now, v.id});
  // Audited with the count only: who has voted so far is not recorded before the close.
  audit_append(*tx, ctx, &actor, "vote.early_close_reason", "vote:" + v.id,
               json::object{{"reason", r}, {"present", v.present}, {"ballots_cast", ballots_cast(*tx, v.id)}});
  tx->commit();
  return json::object{{"id", v.id}, {"early_close", json::object{{"reason", r}, {"chair_id", actor.person_id},
                                                                 {"at", now}}}};
}

json::object close_vote(const Context& ctx, const Actor& actor, const std::string& vote_id) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const VoteRow v = load_vote(*tx, vote_id);
  const RoundInfo round = round_or_404(*tx, v.round_id);
  require_round_office(actor, round);
  if (v.status != "open") throw Failure(Category::conflict, "表决已结束");
  const std::int64_t cast = ballots_cast(*tx, v.id);
  // R-VOTE-ATTEND: every present member has a vote; closing before all have cast it needs
  // the chair's recorded reason (finding 15.4), audited below and shown to the supervisor.
  if (v.mode == "electronic" && cast < v.present && v.early_close_reason.empty())
    refuse(core::rule::kVoteAttend, "出席评委 " + std::to_string(v.present) + " 人，已投票 " +
                                        std::to_string(cast) +
                                        " 人：提前结束表决须先由会议主持人记录理由"
                                        "（POST /api/v1/votes/{id}/early-close）");
  std::vector<core::TallyResult> t;
  if (v.mode == "paper") {
    auto p = parse_stored(v.paper_results, json::array{});
    for (const auto& aid : v.apps)
      for (const auto& x : p.as_array()) {
        const auto& o = x.as_object();
        if (o.at("application_id").as_string() != aid) continue;
        t.push_back(core::paper_result(v.present, static_cast<int>(o.at("yes").as_int64()),
                                       static_cast<int>(o.at("no").as_int64()),
                                       static_cast<int>(o.at("abstain").as_int64())));
      }
  } else {
    t = tally_ballots(*tx, v, nullptr);
  }
  json::array results = results_json(v, t);
  for (std::size_t i = 0; i < v.apps.size() && i < t.size(); ++i) {
    set_status(*tx, ctx, v.apps[i], t[i].passed ? "passed" : "not_passed");
    add_history(*tx, ctx, &actor, v.apps[i], t[i].passed ? "vote.passed" : "vote.not_passed");
  }
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("UPDATE votes SET status = 'closed', results = ?, closed_at = ?, closed_by = ? WHERE id = ?",
           {json::serialize(results), now, actor.username, v.id});
  tx->exec("UPDATE meetings SET closed_at = ? WHERE round_id = ?", {now, v.round_id});
  // The voters as a set (sorted, not in casting order), recorded only now.
  json::array voters;
  for (const auto& r : tx->query("SELECT person_id FROM vote_voters WHERE vote_id = ? ORDER BY person_id", {v.id}))
    voters.push_back(json::value(r.str("person_id")));
  json::object rec{{"round_id", v.round_id}, {"mode", v.mode},       {"results", results},
                   {"present", v.present},   {"ballots_cast", cast}, {"voters", voters}};
  if (v.mode == "electronic") rec["ballots_sm3"] = ballots_digest(*tx, v.id);
  rec["early_close"] = cast < v.present && v.mode == "electronic" ? early_close_json(v) : json::value(nullptr);
  audit_append(*tx, ctx, &actor, "vote.close", "vote:" + v.id, rec);
  // The signed checkpoint over the audit head at the meeting's close.
  json::object cp = signed_checkpoint(*tx, ctx, "meeting.close:" + v.round_id);
  tx->commit();
  return json::object{{"id", v.id}, {"status", "closed"}, {"vote_date", v.vote_date}, {"results", results},
                      {"checkpoint", cp}};
}

json::object get_vote(const Context& ctx, const Actor& actor, const std::string& vote_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const VoteRow v = load_vote(*tx, vote_id);
  const RoundInfo round = round_or_404(*tx, v.round_id);
  json::array apps;
  for (const auto& a : v.apps) apps.push_back(json::value(a));
  json::object o{{"id", v.id},           {"round_id", v.round_id}, {"application_ids", apps},
                 {"present", v.present}, {"status", v.status},     {"mode", v.mode},
                 {"vote_date", v.vote_date}, {"ballots_cast", ballots_cast(*tx, v.id)}};
  if (actor.any({"supervisor", "title_office"}) || is_round_office(actor, round))
    o["early_close"] = early_close_json(v);
  if (v.status == "closed" && outcomes_visible(ctx, *tx, &actor, round))
    o["results"] = parse_stored(v.results, json::array{});
  return o;
}

json::object check_receipt(const Context& ctx, const std::string& vote_id, const std::string& receipt) {
  auto tx = ctx.db.begin(store::TxMode::read);
  load_vote(*tx, vote_id);
  const bool counted = tx->one("SELECT 1 AS x FROM ballots WHERE vote_id = ? AND receipt_hash = ?",
                               {vote_id, crypto::sm3_hex(receipt)})
                           .has_value();
  return json::object{{"vote_id", vote_id}, {"counted", counted}};
}

json::object vote_board(const Context& ctx, const Actor& actor, const std::string& vote_id) {
  if (!actor.any({"supervisor", "title_office"}))
    forbid_rule(core::rule::kMeetSecrecy, "表决公告板仅限纪检监督和职改办查看");
  auto tx = ctx.db.begin(store::TxMode::read);
  const VoteRow v = load_vote(*tx, vote_id);
  const std::int64_t cast = ballots_cast(*tx, v.id);
  json::object o{{"id", v.id},         {"status", v.status},   {"mode", v.mode},
                 {"present", v.present}, {"ballots_cast", cast}, {"early_close", early_close_json(v)}};
  // Finding 15.4: nothing about choices (ballots, a live tally) before the close; while the
  // vote is open the board shows the turnout as a count only.
  if (v.status != "closed") {
    o["ballots"] = nullptr;
    o["recomputed"] = nullptr;
    o["results"] = nullptr;
    o["matches"] = nullptr;
    return o;
  }
  json::array board;
  auto t = tally_ballots(*tx, v, &board);
  json::array recomputed = v.mode == "paper" ? json::array{} : results_json(v, t);
  json::value stored = parse_stored(v.results, json::array{});
  o["ballots"] = std::move(board);
  o["ballots_sm3"] = v.mode == "electronic" ? json::value(ballots_digest(*tx, v.id)) : json::value(nullptr);
  o["matches"] = v.mode == "electronic" && stored == json::value(recomputed);
  o["recomputed"] = std::move(recomputed);
  o["results"] = std::move(stored);
  return o;
}

}  // namespace zp::app
