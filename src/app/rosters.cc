#include "app/rosters.h"

#include <algorithm>

#include "app/audit.h"
#include "app/calendar.h"
#include "app/committees.h"
#include "app/error.h"
#include "app/persons.h"
#include "core/schedule.h"

namespace zp::app {
namespace json = boost::json;

const Qualification* relevant_qualification(const PersonInput& p, const core::CommitteeFacts& c) {
  const Qualification* best = nullptr;
  int best_score = -1;
  for (const auto& q : p.qualifications) {
    auto l = core::parse_level(q.level);
    if (!l) continue;
    int score = core::rank(*l);
    if (q.series == c.series) {
      score += 10;
      if (c.specialties.empty() ||
          std::find(c.specialties.begin(), c.specialties.end(), q.specialty) != c.specialties.end())
        score += 10;
    }
    if (score > best_score) {
      best_score = score;
      best = &q;
    }
  }
  return best;
}

namespace {
core::Degree highest_degree(const PersonInput& p) {
  core::Degree d = core::Degree::secondary;
  for (const auto& g : p.degrees)
    if (auto x = core::parse_degree(g.degree); x && *x > d) d = *x;
  return d;
}
}  // namespace

core::MemberFacts member_facts(const std::string& person_id, const PersonInput& p,
                               const core::CommitteeFacts& c, core::RosterRole role, bool professional,
                               core::Date today) {
  core::MemberFacts m;
  m.person_id = person_id;
  m.role = role;
  m.professional = professional;
  m.birth = p.birth_date;
  m.highest_degree = highest_degree(p);
  m.level_since = today;  // no appointment recorded: tenure 0 (R-COM-MEMBER-TENURE fails)
  if (const auto* q = relevant_qualification(p, c)) {
    m.highest_level = core::parse_level(q->level).value_or(core::Level::junior);
    m.series = q->series;
    m.specialty = q->specialty;
    std::optional<core::Date> since;
    for (const auto& a : p.appointments)
      if (a.level == q->level && (!since || a.appointed_on < *since)) since = a.appointed_on;
    if (since) m.level_since = *since;
  }
  return m;
}

core::ExpertFacts expert_facts(const std::string& person_id, const PersonInput& p) {
  core::ExpertFacts e;
  e.person_id = person_id;
  e.conduct_issue = p.flags.conduct_issue;
  e.under_investigation = p.flags.under_investigation;
  e.retired = p.flags.retired;
  e.highest_degree = highest_degree(p);
  for (const auto& q : p.qualifications) {
    auto l = core::parse_level(q.level);
    if (!l) continue;
    core::ExpertQualification x;
    x.level = *l;
    x.scope = core::parse_scope(q.scope).value_or(core::Scope::unit);
    x.obtained = q.obtained_on;
    for (const auto& a : p.appointments)
      if (a.level == q.level && (!x.appointed || a.appointed_on < *x.appointed)) x.appointed = a.appointed_on;
    e.qualifications.push_back(x);
  }
  for (const auto& a : p.assessments)
    if (auto r = core::parse_assessment(a.result)) e.assessments[a.year] = *r;
  return e;
}

std::optional<std::vector<std::string>> roster_ids(store::Tx& tx, const std::string& committee_id, int year) {
  if (!tx.one("SELECT 1 AS x FROM rosters WHERE committee_id = ? AND year = ?",
              {committee_id, std::int64_t{year}}))
    return std::nullopt;
  std::vector<std::string> ids;
  for (const auto& r :
       tx.query("SELECT person_id FROM roster_members WHERE committee_id = ? AND year = ? ORDER BY person_id",
                {committee_id, std::int64_t{year}}))
    ids.push_back(r.str("person_id"));
  return ids;
}

void store_roster(const Context& ctx, store::Tx& tx, const std::string& committee_id, int year,
                  const std::vector<RosterMemberInput>& members, const std::string& source) {
  const std::int64_t y = year;
  tx.exec("DELETE FROM roster_members WHERE committee_id = ? AND year = ?", {committee_id, y});
  tx.exec("DELETE FROM rosters WHERE committee_id = ? AND year = ?", {committee_id, y});
  tx.exec("INSERT INTO rosters(committee_id, year, source, updated_at) VALUES (?,?,?,?)",
          {committee_id, y, source, ctx.clock.now_rfc3339()});
  for (const auto& m : members)
    tx.exec(
        "INSERT INTO roster_members(committee_id, year, person_id, role, professional) VALUES (?,?,?,?,?)",
        {committee_id, y, m.person_id, m.role, std::int64_t{m.professional ? 1 : 0}});
}

json::object put_roster(const Context& ctx, const Actor& actor, const std::string& committee_id, int year,
                        const std::vector<RosterMemberInput>& members) {
  if (!manages_committee(actor, committee_id)) forbidden("仅州职改办或该评委会工作机构可调整委员名单");
  auto tx = ctx.db.begin(store::TxMode::write);
  const CommitteeRecord c = require_committee(*tx, committee_id);
  const core::Date today = ctx.clock.today();
  std::vector<core::MemberFacts> roster;
  core::Outcome o;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const auto& m = members[i];
    auto role = core::parse_roster_role(m.role);
    if (!role) bad_request("字段 members[" + std::to_string(i) + "].role 须为 chair、vice_chair 或 member");
    auto p = load_person(ctx, *tx, m.person_id);
    if (!p) bad_request("字段 members[" + std::to_string(i) + "].person_id 指向的人员不存在");
    roster.push_back(member_facts(m.person_id, *p, c.facts, *role, m.professional, today));
    // R-POOL-EXCLUDE applies to members as to pool experts.
    o.merge(core::check_pool_exclusions(expert_facts(m.person_id, *p), c.facts.level, today));
  }
  std::vector<std::string> ids;
  for (const auto& m : members) ids.push_back(m.person_id);
  const auto previous = roster_ids(*tx, committee_id, year - 1);
  o.merge(core::check_roster(c.facts, roster, previous, today));
  require(o, "委员名单不符合规则");
  store_roster(ctx, *tx, committee_id, year, members, "manual");
  json::array warnings;
  for (const auto& w : o.warnings)
    warnings.push_back(json::object{{"rule", w.rule}, {"section", w.section}, {"message", w.message}});
  // Only counts in the audit: the names are confidential (R-COM-CONFIDENTIAL).
  audit_append(*tx, ctx, &actor, "roster.put",
               "committee:" + committee_id + "/roster/" + std::to_string(year),
               json::object{{"size", members.size()},
                            {"new_members", previous ? core::new_member_count(*previous, ids) : -1}});
  tx->commit();
  return json::object{
      {"committee_id", committee_id}, {"year", year}, {"size", members.size()}, {"warnings", warnings}};
}

json::object get_roster(const Context& ctx, const Actor& actor, const std::string& committee_id, int year) {
  auto tx = ctx.db.begin(store::TxMode::read);
  require_committee(*tx, committee_id);
  require_confidential_access(&actor, committee_id);
  auto r = tx->one("SELECT source, updated_at FROM rosters WHERE committee_id = ? AND year = ?",
                   {committee_id, std::int64_t{year}});
  if (!r) not_found("该年度委员名单");
  json::array members;
  for (const auto& m : tx->query("SELECT m.person_id, m.role, m.professional, p.name FROM roster_members m "
                                 "JOIN persons p ON p.id = m.person_id "
                                 "WHERE m.committee_id = ? AND m.year = ? ORDER BY CASE m.role WHEN 'chair' "
                                 "THEN 0 WHEN 'vice_chair' THEN 1 "
                                 "ELSE 2 END, m.person_id",
                                 {committee_id, std::int64_t{year}}))
    members.push_back(json::object{{"person_id", m.str("person_id")},
                                   {"name", m.str("name")},
                                   {"role", m.str("role")},
                                   {"professional", m.i64("professional") != 0}});
  json::object o{{"committee_id", committee_id},
                 {"year", year},
                 {"source", r->str("source")},
                 {"updated_at", r->str("updated_at")},
                 {"members", members}};
  if (auto rep = tx->one(
          "SELECT submitted_on, new_members, size FROM rotation_reports WHERE committee_id = ? AND year = ?",
          {committee_id, std::int64_t{year}}))
    o["rotation_report"] = json::object{{"submitted_on", rep->str("submitted_on")},
                                        {"new_members", rep->i64("new_members")},
                                        {"size", rep->i64("size")}};
  return o;
}

json::object record_rotation_report(const Context& ctx, const Actor& actor, const std::string& committee_id,
                                    int year, core::Date submitted_on) {
  if (!manages_committee(actor, committee_id)) forbidden("仅州职改办或该评委会工作机构可报送调整情况");
  auto tx = ctx.db.begin(store::TxMode::write);
  require_committee(*tx, committee_id);
  const auto ids = roster_ids(*tx, committee_id, year);
  if (!ids) not_found("该年度委员名单");
  auto round = tx->one(
      "SELECT meeting_date FROM rounds WHERE committee_id = ? AND year = ? ORDER BY meeting_date LIMIT 1",
      {committee_id, std::int64_t{year}});
  if (!round) not_found("该年度评审轮次（评审会议日期）");
  const core::Date meeting = core::Date::parse(round->str("meeting_date")).value_or(core::Date{});
  require(core::check_rotation_report_date(*ctx.calendar(), meeting, submitted_on),
          "调整情况报送时间不符合规则");
  const auto previous = roster_ids(*tx, committee_id, year - 1);
  const int fresh = previous ? core::new_member_count(*previous, *ids) : static_cast<int>(ids->size());
  const std::int64_t size = static_cast<std::int64_t>(ids->size());
  tx->exec("DELETE FROM rotation_reports WHERE committee_id = ? AND year = ?",
           {committee_id, std::int64_t{year}});
  tx->exec(
      "INSERT INTO rotation_reports(committee_id, year, submitted_on, new_members, size, recorded_at, "
      "recorded_by) "
      "VALUES (?,?,?,?,?,?,?)",
      {committee_id, std::int64_t{year}, submitted_on.str(), std::int64_t{fresh}, size,
       ctx.clock.now_rfc3339(), actor.user_id});
  json::object data{{"submitted_on", submitted_on.str()}, {"new_members", fresh}, {"size", size}};
  audit_append(*tx, ctx, &actor, "roster.rotation_report",
               "committee:" + committee_id + "/roster/" + std::to_string(year), data);
  tx->commit();
  data["committee_id"] = committee_id;
  data["year"] = year;
  data["meeting_date"] = meeting.str();
  return data;
}

}  // namespace zp::app
