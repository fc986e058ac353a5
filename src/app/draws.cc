#include "app/draws.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/audit.h"
#include "app/committees.h"
#include "app/error.h"
#include "app/persons.h"
#include "app/rosters.h"
#include "app/rounds.h"
#include "app/series.h"
#include "core/defense.h"
#include "core/draw_seed.h"
#include "core/rule_ids.h"
#include "core/schedule.h"
#include "core/sm3.h"
#include "crypto/encoding.h"
#include "crypto/random.h"
#include "crypto/seal.h"

namespace zp::app {
namespace json = boost::json;
namespace {

[[noreturn]] void draw_refused(const std::string& message) {
  throw Failure(Category::rule_violation, message,
                {{core::rule::kDrawRandom.id, core::rule::kDrawRandom.section, message}});
}

RoundInfo require_round(store::Tx& tx, const std::string& id) {
  auto r = load_round(tx, id);
  if (!r) not_found("评审轮次");
  return *r;
}

json::value parse_or_null(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  return ec ? json::value(nullptr) : v;
}

constexpr const char* kCols =
    "SELECT d.id, d.round_id, d.purpose, d.size, d.specialties, d.fixed, d.constraints, d.commitment, "
    "d.revealed_secret, d.supervisor_contribution, d.pool_snapshot, d.pool_digest, d.seed, d.members, "
    "d.new_members, d.algorithm, d.digest, d.drawn_on, d.created_at, r.committee_id, r.year "
    "FROM draws d JOIN rounds r ON r.id = d.round_id ";

store::Row require_draw(store::Tx& tx, const std::string& id) {
  auto r = tx.one(std::string(kCols) + "WHERE d.id = ?", {id});
  if (!r) not_found("抽取记录");
  return *r;
}

// The recusals a draw was made with, stored beside its constraints.
json::value recusals_of(const store::Row& r) {
  const auto c = parse_or_null(r.str("constraints"));
  if (c.is_object())
    if (const auto* x = c.as_object().if_contains("recusals"); x && x->is_array()) return *x;
  return json::array{};
}

// Applications of the round that go on to the discipline groups: recommended or
// further, not withdrawn, rejected or returned.
constexpr const char* kActiveApplications =
    "SELECT id, person_id, unit_id, specialty FROM applications WHERE round_id = ? AND status IN "
    "('recommended','reviewed','defense_passed','defense_failed','passed','not_passed','qualified') "
    "ORDER BY id";

json::object draw_json(const store::Row& r) {
  return json::object{{"id", r.str("id")},
                      {"round_id", r.str("round_id")},
                      {"committee_id", r.str("committee_id")},
                      {"year", r.i64("year")},
                      {"purpose", r.str("purpose")},
                      {"size", r.i64("size")},
                      {"specialties", parse_or_null(r.str("specialties"))},
                      {"fixed", parse_or_null(r.str("fixed"))},
                      {"members", parse_or_null(r.str("members"))},
                      {"new_members", r.i64("new_members")},
                      {"commitment", r.str("commitment")},
                      {"seed", r.str("seed")},
                      {"pool_digest", r.str("pool_digest")},
                      {"pool_size", parse_or_null(r.str("pool_snapshot")).is_array()
                                        ? parse_or_null(r.str("pool_snapshot")).as_array().size()
                                        : 0},
                      {"algorithm", r.str("algorithm")},
                      {"digest", r.str("digest")},
                      {"drawn_on", r.str("drawn_on")},
                      {"created_at", r.str("created_at")},
                      {"recusals", recusals_of(r)}};
}

json::object export_json(const store::Row& r) {
  json::object o = draw_json(r);
  o["revealed_secret"] = r.str("revealed_secret");
  o["supervisor_contribution"] = r.str("supervisor_contribution");
  o["pool_snapshot"] = parse_or_null(r.str("pool_snapshot"));
  o["constraints"] = parse_or_null(r.str("constraints"));
  o.erase("pool_size");
  return o;
}

}  // namespace

json::object commit_draw_secret(const Context& ctx, const Actor& actor, const std::string& round_id,
                                const std::optional<std::string>& secret) {
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo r = require_round(*tx, round_id);
  if (!manages_committee(actor, r.committee_id)) forbidden("仅该评委会工作机构或州职改办可提交抽取承诺");
  if (secret && secret->size() < 16) bad_request("字段 secret 至少 16 个字符");
  const core::Date today = ctx.clock.today();
  // R-DRAW-RANDOM: the commitment is fixed before the draw window opens.
  if (today >= r.draw_from)
    draw_refused("抽取承诺须在抽取期（" + r.draw_from.str() + " 起）开始之前提交，今天是 " + today.str());
  if (tx->one("SELECT 1 AS x FROM draw_commitments WHERE round_id = ?", {round_id}))
    throw Failure(Category::conflict, "本轮已提交抽取承诺，不能更改");
  const std::string s = secret ? *secret : crypto::to_hex(crypto::random_bytes(32));
  const std::string commitment = core::to_hex(core::draw_commitment(s));
  tx->exec(
      "INSERT INTO draw_commitments(round_id, commitment, secret_sealed, committed_at, committed_by) "
      "VALUES (?,?,?,?,?)",
      {round_id, commitment, crypto::seal(ctx.keys.data, s), ctx.clock.now_rfc3339(), actor.user_id});
  audit_append(*tx, ctx, &actor, "draw.commit", "round:" + round_id,
               json::object{{"commitment", commitment}});
  tx->commit();
  return json::object{
      {"round_id", round_id}, {"commitment", commitment}, {"secret_supplied", secret.has_value()}};
}

json::object contribute_to_draw(const Context& ctx, const Actor& actor, const std::string& round_id,
                                const std::string& contribution) {
  if (!actor.has("supervisor")) forbidden("仅纪检监督人员可提交随机贡献");
  if (contribution.empty() || contribution.size() > 256) bad_request("字段 contribution 须为 1–256 个字符");
  auto tx = ctx.db.begin(store::TxMode::write);
  require_round(*tx, round_id);
  if (tx->one("SELECT 1 AS x FROM draw_contributions WHERE round_id = ?", {round_id}))
    throw Failure(Category::conflict, "本轮已提交监督随机贡献，不能更改");
  if (tx->one("SELECT 1 AS x FROM draws WHERE round_id = ?", {round_id}))
    draw_refused("本轮已抽取，不能再提交随机贡献");
  tx->exec("INSERT INTO draw_contributions(round_id, contribution, given_at, given_by) VALUES (?,?,?,?)",
           {round_id, contribution, ctx.clock.now_rfc3339(), actor.user_id});
  audit_append(*tx, ctx, &actor, "draw.contribute", "round:" + round_id,
               json::object{{"contribution", contribution}});
  tx->commit();
  return json::object{{"round_id", round_id}, {"contribution", contribution}};
}

json::object make_draw(const Context& ctx, const Actor& actor, const std::string& round_id,
                       const NewDraw& in) {
  if (in.purpose != "meeting" && in.purpose != "discipline_group")
    bad_request("字段 purpose 须为 meeting 或 discipline_group");
  if (in.size < 1 || in.size > 200) bad_request("字段 size 须为 1–200 的整数");
  if (in.purpose == "discipline_group" && in.specialties.empty())
    bad_request("缺少字段 specialties（学科组按申报人专业抽取）");
  auto tx = ctx.db.begin(store::TxMode::write);
  const RoundInfo r = require_round(*tx, round_id);
  if (!manages_committee(actor, r.committee_id)) forbidden("仅该评委会工作机构或州职改办可组织抽取");
  const CommitteeRecord c = require_committee(*tx, r.committee_id);
  for (std::size_t i = 0; i < in.specialties.size(); ++i)
    require_specialty(*tx, c.facts.series, in.specialties[i],
                      ("specialties[" + std::to_string(i) + "]").c_str());
  const core::Date today = ctx.clock.today();
  // R-DRAW-RANDOM: the window, the office's commitment and the supervisor's contribution
  // are independent; a refusal lists every one that is missing.
  core::Outcome when = core::check_draw_date(*ctx.calendar(), r.meeting_date, today);
  auto com = tx->one("SELECT commitment, secret_sealed FROM draw_commitments WHERE round_id = ?", {round_id});
  if (!com)
    when.fail(core::rule::kDrawRandom.id, core::rule::kDrawRandom.section,
              "评委会工作机构须在抽取期开始前提交抽取承诺");
  auto contrib = tx->one("SELECT contribution FROM draw_contributions WHERE round_id = ?", {round_id});
  if (!contrib)
    when.fail(core::rule::kDrawRandom.id, core::rule::kDrawRandom.section, "须由纪检监督人员提交随机贡献后方可抽取");
  require(when, "不能抽取");
  if (in.purpose == "meeting" &&
      tx->one("SELECT 1 AS x FROM draws WHERE round_id = ? AND purpose = 'meeting'", {round_id}))
    throw Failure(Category::conflict, "本轮评审会议委员已抽取，名单已固定");
  const auto secret = crypto::open(ctx.keys.data, com->str("secret_sealed"));
  if (!secret) throw Failure(Category::internal, "抽取承诺无法解封");

  // The admitted pool as of now, with what the draw needs.
  const auto previous = roster_ids(*tx, c.id, r.year - 1);
  const std::set<std::string> prev(previous ? previous->begin() : std::vector<std::string>::const_iterator{},
                                   previous ? previous->end() : std::vector<std::string>::const_iterator{});
  // R-RECUSAL (discipline groups): an expert recuses from the applicants of the group's
  // specialties who are of the expert's own unit (or the expert themself), and from any
  // declared conflict. The reasons are stored with the draw's inputs.
  std::map<std::string, std::string> declared;
  for (std::size_t i = 0; i < in.recused.size(); ++i) {
    const auto& d = in.recused[i];
    if (d.person_id.empty()) bad_request("字段 recused[" + std::to_string(i) + "].person_id 不能为空");
    if (d.reason.size() > 500) bad_request("字段 recused[" + std::to_string(i) + "].reason 过长");
    declared[d.person_id] = d.reason;
  }
  std::vector<core::ApplicantRef> applicants;
  std::map<std::string, std::string> applicant_app;  // person id → application id
  if (in.purpose == "discipline_group")
    for (const auto& a : tx->query(kActiveApplications, {round_id}))
      if (std::find(in.specialties.begin(), in.specialties.end(), a.str("specialty")) != in.specialties.end()) {
        applicants.push_back({a.str("person_id"), a.str("unit_id")});
        applicant_app[a.str("person_id")] = a.str("id");
      }
  json::array recusals;
  std::vector<core::PoolEntry> entries;
  for (const auto& row : tx->query(
           "SELECT person_id FROM pool_entries WHERE committee_id = ? AND status = 'admitted'", {c.id})) {
    const std::string pid = row.str("person_id");
    auto p = load_person(ctx, *tx, pid);
    if (!p) continue;
    // Only experts who may serve today enter the snapshot, so the draw meets the member
    // rules by construction: no exclusion arisen since admission (R-POOL-EXCLUDE), a title
    // in the committee's series and specialties (R-COM-MEMBER-TITLE), and for a meeting
    // the tenure and degree of members (R-COM-MEMBER-TENURE; award exceptions included).
    if (!core::check_pool_exclusions(expert_facts(pid, *p), c.facts.level, today).ok()) continue;
    const auto* q = relevant_qualification(*p, c.facts);
    if (!q || q->series != c.facts.series ||
        (!c.facts.specialties.empty() && std::find(c.facts.specialties.begin(), c.facts.specialties.end(),
                                                   q->specialty) == c.facts.specialties.end()))
      continue;
    if (in.purpose == "meeting") {
      const auto m = member_facts(pid, *p, c.facts, core::RosterRole::member, true, today);
      if (!core::check_member_tenure({m}, today).ok()) continue;
    }
    core::PoolEntry e;
    e.person_id = pid;
    e.unit_id = p->unit_id;
    e.level = core::parse_level(q->level).value_or(core::Level::junior);
    for (const auto& qq : p->qualifications)
      if (qq.series == c.facts.series) e.specialties.push_back(qq.specialty);
    e.on_previous_roster = prev.count(pid) > 0;
    e.professional = true;
    if (in.purpose == "discipline_group" &&
        std::none_of(e.specialties.begin(), e.specialties.end(), [&](const std::string& s) {
          return std::find(in.specialties.begin(), in.specialties.end(), s) != in.specialties.end();
        }))
      continue;  // a discipline group is drawn from the experts of its specialties
    if (in.purpose == "discipline_group") {
      json::array from;
      const core::RecusalFacts f{pid, p->unit_id, {}};
      for (const auto& a : applicants)
        if (core::must_recuse(f, a)) from.push_back(json::value(applicant_app[a.person_id]));
      auto dc = declared.find(pid);
      if (!from.empty() || dc != declared.end()) {
        e.recused = true;
        json::object rec{{"person_id", pid}};
        if (!from.empty()) rec["same_unit_applications"] = from;
        if (dc != declared.end()) rec["declared"] = dc->second.empty() ? json::value(true) : json::value(dc->second);
        recusals.push_back(std::move(rec));
      }
    }
    entries.push_back(std::move(e));
  }
  auto snap = core::make_pool_snapshot(std::move(entries));
  require(snap.outcome, "专家库快照无效");
  if (snap.value.entries.empty()) draw_refused("专家库中没有已入库的合格专家");

  core::DrawConstraints k;
  k.purpose = in.purpose == "meeting" ? core::DrawPurpose::meeting : core::DrawPurpose::discipline_group;
  k.size = in.size;
  k.committee_level = c.facts.level;
  k.evaluates_full_senior = std::find(c.facts.evaluates.begin(), c.facts.evaluates.end(),
                                      core::Level::full_senior) != c.facts.evaluates.end();
  for (std::size_t i = 0; i < in.fixed.size(); ++i) {
    const auto& f = in.fixed[i];
    if (f.role != "chair" && f.role != "vice_chair")
      bad_request("字段 fixed[" + std::to_string(i) + "].role 须为 chair 或 vice_chair");
    k.fixed.push_back(
        {f.person_id, f.role == "chair" ? core::FixedRole::chair : core::FixedRole::vice_chair});
  }
  for (const auto& s : in.specialties) k.quotas.push_back({s, 1});
  k.max_per_unit = in.max_per_unit;
  k.has_previous_roster = in.purpose == "meeting" && previous.has_value();

  const core::Sm3Digest seed = core::derive_seed(*secret, contrib->str("contribution"), snap.value.digest);
  core::DrawInputs di;
  di.seed = core::digest_bytes(seed);
  di.pool = snap.value;
  di.constraints = k;
  auto result = core::draw(di);
  require(result.outcome, "无法按规则完成抽取");

  const std::string id = crypto::random_id();
  json::object stored_constraints = constraints_json(k);
  stored_constraints["recusals"] = recusals;
  json::array fixed_json;
  for (const auto& f : in.fixed)
    fixed_json.push_back(json::object{{"person_id", f.person_id}, {"role", f.role}});
  const std::string seed_hex = core::to_hex(seed), pool_hex = core::to_hex(snap.value.digest);
  tx->exec(
      "INSERT INTO draws(id, round_id, purpose, size, specialties, fixed, constraints, commitment, "
      "revealed_secret, "
      "supervisor_contribution, pool_snapshot, pool_digest, seed, members, new_members, algorithm, digest, "
      "drawn_on, "
      "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      {id,
       round_id,
       in.purpose,
       std::int64_t{in.size},
       json_strings(in.specialties),
       json::serialize(fixed_json),
       json::serialize(stored_constraints),
       com->str("commitment"),
       *secret,
       contrib->str("contribution"),
       json::serialize(pool_json(snap.value.entries)),
       pool_hex,
       seed_hex,
       json_strings(result.value.members),
       std::int64_t{result.value.new_members},
       result.value.algorithm,
       result.value.digest,
       today.str(),
       ctx.clock.now_rfc3339(),
       actor.user_id});
  if (in.purpose == "meeting") {
    // The meeting draw becomes the year's roster (roles from `fixed`, the rest member).
    std::vector<RosterMemberInput> roster;
    for (const auto& m : result.value.members) {
      std::string role = "member";
      for (const auto& f : in.fixed)
        if (f.person_id == m) role = f.role;
      roster.push_back({m, role, true});
    }
    store_roster(ctx, *tx, c.id, r.year, roster, "draw:" + id);
  }
  // Names stay out of the audit (R-COM-CONFIDENTIAL): the digest binds them.
  audit_append(*tx, ctx, &actor, "draw.make", "draw:" + id,
               json::object{{"round_id", round_id},
                            {"purpose", in.purpose},
                            {"size", in.size},
                            {"seed", seed_hex},
                            {"pool_digest", pool_hex},
                            {"recusals", static_cast<std::int64_t>(recusals.size())},
                            {"digest", result.value.digest}});
  json::object out = draw_json(require_draw(*tx, id));
  tx->commit();
  out["warnings"] = json::array();
  return out;
}

json::object get_draw(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const auto r = require_draw(*tx, id);
  require_confidential_access(&actor, r.str("committee_id"));
  return draw_json(r);
}

json::object verify_draw(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const auto r = require_draw(*tx, id);
  require_confidential_access(&actor, r.str("committee_id"));
  json::object v = verify_draw_export(export_json(r));
  v["id"] = id;
  v.erase("members");
  return v;
}

json::object export_draw(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const auto r = require_draw(*tx, id);
  require_confidential_access(&actor, r.str("committee_id"));
  return export_json(r);
}

json::array list_draws(const Context& ctx, const Actor& actor, const std::string& round_id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  const RoundInfo r = require_round(*tx, round_id);
  require_confidential_access(&actor, r.committee_id);
  json::array out;
  for (const auto& row :
       tx->query(std::string(kCols) + "WHERE d.round_id = ? ORDER BY d.created_at, d.id", {round_id}))
    out.push_back(draw_json(row));
  return out;
}

}  // namespace zp::app
