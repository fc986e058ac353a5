// JSON forms of the draw's inputs and the offline re-derivation (zhiping draw verify).
#include "app/draws.h"
#include "core/draw_seed.h"
#include "core/sm3.h"

namespace zp::app {
namespace json = boost::json;
namespace {

std::string str_at(const json::object& o, const char* k) {
  auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string().c_str()) : std::string();
}
bool bool_at(const json::object& o, const char* k, bool dflt) {
  auto* v = o.if_contains(k);
  return v && v->is_bool() ? v->as_bool() : dflt;
}
std::int64_t int_at(const json::object& o, const char* k, std::int64_t dflt) {
  auto* v = o.if_contains(k);
  return v && v->is_int64() ? v->as_int64() : dflt;
}
const json::object& obj(const json::value& v) {
  static const json::object empty;
  return v.is_object() ? v.as_object() : empty;
}

}  // namespace

json::array pool_json(const std::vector<core::PoolEntry>& entries) {
  json::array a;
  for (const auto& e : entries) {
    json::array sp;
    for (const auto& s : e.specialties) sp.push_back(json::value(s));
    a.push_back(json::object{{"person_id", e.person_id},
                             {"unit_id", e.unit_id},
                             {"specialties", sp},
                             {"level", core::code(e.level)},
                             {"on_previous_roster", e.on_previous_roster},
                             {"recused", e.recused},
                             {"professional", e.professional}});
  }
  return a;
}

std::vector<core::PoolEntry> pool_from_json(const json::value& v) {
  std::vector<core::PoolEntry> out;
  if (!v.is_array()) return out;
  for (const auto& x : v.as_array()) {
    const auto& o = obj(x);
    core::PoolEntry e;
    e.person_id = str_at(o, "person_id");
    e.unit_id = str_at(o, "unit_id");
    if (auto* sp = o.if_contains("specialties"); sp && sp->is_array())
      for (const auto& s : sp->as_array())
        if (s.is_string()) e.specialties.emplace_back(s.as_string().c_str());
    e.level = core::parse_level(str_at(o, "level")).value_or(core::Level::junior);
    e.on_previous_roster = bool_at(o, "on_previous_roster", false);
    e.recused = bool_at(o, "recused", false);
    e.professional = bool_at(o, "professional", true);
    out.push_back(std::move(e));
  }
  return out;
}

json::object constraints_json(const core::DrawConstraints& c) {
  json::array fixed, quotas;
  for (const auto& f : c.fixed)
    fixed.push_back(json::object{{"person_id", f.person_id},
                                 {"role", f.role == core::FixedRole::chair ? "chair" : "vice_chair"}});
  for (const auto& q : c.quotas)
    quotas.push_back(json::object{{"specialty", q.specialty}, {"min_count", q.min_count}});
  return json::object{{"purpose", c.purpose == core::DrawPurpose::meeting ? "meeting" : "discipline_group"},
                      {"size", c.size},
                      {"committee_level", core::code(c.committee_level)},
                      {"evaluates_full_senior", c.evaluates_full_senior},
                      {"fixed", fixed},
                      {"quotas", quotas},
                      {"max_per_unit", c.max_per_unit ? json::value(*c.max_per_unit) : json::value(nullptr)},
                      {"has_previous_roster", c.has_previous_roster}};
}

core::DrawConstraints constraints_from_json(const json::value& v) {
  const auto& o = obj(v);
  core::DrawConstraints c;
  c.purpose =
      str_at(o, "purpose") == "meeting" ? core::DrawPurpose::meeting : core::DrawPurpose::discipline_group;
  c.size = static_cast<int>(int_at(o, "size", 0));
  c.committee_level =
      core::parse_committee_level(str_at(o, "committee_level")).value_or(core::CommitteeLevel::senior);
  c.evaluates_full_senior = bool_at(o, "evaluates_full_senior", false);
  if (auto* f = o.if_contains("fixed"); f && f->is_array())
    for (const auto& x : f->as_array())
      c.fixed.push_back({str_at(obj(x), "person_id"), str_at(obj(x), "role") == "chair"
                                                          ? core::FixedRole::chair
                                                          : core::FixedRole::vice_chair});
  if (auto* q = o.if_contains("quotas"); q && q->is_array())
    for (const auto& x : q->as_array())
      c.quotas.push_back({str_at(obj(x), "specialty"), static_cast<int>(int_at(obj(x), "min_count", 1))});
  if (auto* m = o.if_contains("max_per_unit"); m && m->is_int64())
    c.max_per_unit = static_cast<int>(m->as_int64());
  c.has_previous_roster = bool_at(o, "has_previous_roster", false);
  return c;
}

json::object verify_draw_export(const json::object& ex) {
  const std::string secret = str_at(ex, "revealed_secret");
  const std::string contribution = str_at(ex, "supervisor_contribution");
  const bool commitment_ok = core::commitment_matches(secret, str_at(ex, "commitment"));
  json::object checks;
  checks["commitment_opens"] = commitment_ok;
  auto snap = core::make_pool_snapshot(
      pool_from_json(ex.contains("pool_snapshot") ? ex.at("pool_snapshot") : json::value()));
  const bool pool_ok = snap.ok() && core::to_hex(snap.value.digest) == str_at(ex, "pool_digest");
  checks["pool_digest"] = pool_ok;
  const core::Sm3Digest seed = core::derive_seed(secret, contribution, snap.value.digest);
  const bool seed_ok = core::to_hex(seed) == str_at(ex, "seed");
  checks["seed"] = seed_ok;
  core::DrawInputs in;
  in.seed = core::digest_bytes(seed);
  in.pool = snap.value;
  in.constraints = constraints_from_json(ex.contains("constraints") ? ex.at("constraints") : json::value());
  auto result = core::draw(in);
  std::vector<std::string> claimed;
  if (auto* m = ex.if_contains("members"); m && m->is_array())
    for (const auto& x : m->as_array())
      if (x.is_string()) claimed.emplace_back(x.as_string().c_str());
  const bool members_ok = result.ok() && result.value.members == claimed;
  const bool digest_ok = result.ok() && result.value.digest == str_at(ex, "digest");
  const bool algorithm_ok = str_at(ex, "algorithm") == core::kDrawAlgorithm;
  checks["members"] = members_ok;
  checks["digest"] = digest_ok;
  checks["algorithm"] = algorithm_ok;
  json::array members;
  for (const auto& m : result.value.members) members.push_back(json::value(m));
  return json::object{
      {"reproduced", commitment_ok && pool_ok && seed_ok && members_ok && digest_ok && algorithm_ok},
      {"checks", checks},
      {"members", members}};
}

}  // namespace zp::app
