// Property tests of the draw over thousands of seeds: every constraint holds on
// every result, results are reproducible, the digest binds seed and pool, and on
// small pools the draw fails exactly when brute force finds no valid roster.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>

#include "core/draw.h"

namespace zp::core {
namespace {

const std::vector<std::string> kSpecs = {"内科", "外科", "儿科", "妇产", "影像", "检验", "药学", "护理"};

std::vector<PoolEntry> random_pool(std::mt19937& g, int n, int units) {
  std::vector<PoolEntry> v;
  const Level levels[] = {Level::assistant, Level::intermediate, Level::intermediate,
                          Level::deputy_senior, Level::deputy_senior, Level::full_senior};
  for (int i = 0; i < n; ++i) {
    PoolEntry e;
    e.person_id = "e" + std::to_string(1000 + i);
    e.unit_id = "u" + std::to_string(g() % units);
    e.specialties.push_back(kSpecs[g() % 5]);
    if (g() % 3 == 0) e.specialties.push_back(kSpecs[g() % kSpecs.size()]);
    e.level = levels[g() % 6];
    e.on_previous_roster = g() % 4 == 0;
    e.recused = g() % 10 == 0;
    e.professional = g() % 5 != 0;
    v.push_back(e);
  }
  return v;
}

DrawConstraints random_constraints(std::mt19937& g, const PoolSnapshot& pool, int kind) {
  DrawConstraints c;
  auto pick = [&](auto pred) {
    for (;;) {
      const auto& e = pool.entries[g() % pool.entries.size()];
      if (pred(e)) return e.person_id;
    }
  };
  const int nq = static_cast<int>(g() % 4) + 2;
  for (int q = 0; q < nq; ++q) c.quotas.push_back({kSpecs[q], static_cast<int>(g() % 3) + 1});
  if (kind == 0) {  // senior meeting with rotation
    c.size = 19 + static_cast<int>(g() % 7);
    c.evaluates_full_senior = g() % 8 == 0;
    const Level min = c.evaluates_full_senior ? Level::full_senior : Level::deputy_senior;
    const auto chair = pick([&](const PoolEntry& e) { return e.level >= min && e.professional; });
    std::string vice;
    do vice = pick([&](const PoolEntry& e) { return e.level >= min; });
    while (vice == chair);
    c.fixed = {{chair, FixedRole::chair}, {vice, FixedRole::vice_chair}};
    c.has_previous_roster = true;
  } else if (kind == 1) {  // intermediate meeting with rotation and senior share
    c.committee_level = CommitteeLevel::intermediate;
    c.size = 15 + static_cast<int>(g() % 7);
    const auto chair = pick([](const PoolEntry& e) { return e.level >= Level::intermediate && e.professional; });
    std::string vice;
    do vice = pick([](const PoolEntry& e) { return e.level >= Level::intermediate; });
    while (vice == chair);
    c.fixed = {{chair, FixedRole::chair}, {vice, FixedRole::vice_chair}};
    c.has_previous_roster = true;
  } else if (kind == 2) {  // discipline group: recusal, quotas, unit cap
    c.purpose = DrawPurpose::discipline_group;
    c.size = 5 + static_cast<int>(g() % 7);
    c.max_per_unit = 1 + static_cast<int>(g() % 2);
  } else {  // discipline group: recusal, unit cap, rotation, no quotas
    c.purpose = DrawPurpose::discipline_group;
    c.size = 5 + static_cast<int>(g() % 7);
    c.max_per_unit = 1 + static_cast<int>(g() % 2);
    c.has_previous_roster = true;
    c.quotas.clear();
  }
  return c;
}

bool augment(int u, const std::vector<std::vector<int>>& adj, std::vector<int>& match,
             std::vector<char>& seen) {
  for (int v : adj[u]) {
    if (seen[v]) continue;
    seen[v] = 1;
    if (match[v] < 0 || augment(match[v], adj, match, seen)) {
      match[v] = u;
      return true;
    }
  }
  return false;
}

// Independent statement of every constraint; empty when the roster is valid.
std::string check_roster(const DrawInputs& in, const std::vector<std::string>& members) {
  const auto& c = in.constraints;
  if (static_cast<int>(members.size()) != c.size) return "R-COM-SIZE size";
  if (std::set<std::string>(members.begin(), members.end()).size() != members.size()) return "duplicate";
  for (std::size_t i = 0; i < c.fixed.size(); ++i)
    if (members[i] != c.fixed[i].person_id) return "fixed order";
  std::vector<const PoolEntry*> es;
  for (const auto& id : members) {
    auto it = std::find_if(in.pool.entries.begin(), in.pool.entries.end(),
                           [&](const PoolEntry& e) { return e.person_id == id; });
    if (it == in.pool.entries.end()) return "not in pool";
    es.push_back(&*it);
  }
  int fresh = 0, seniors = 0;
  std::map<std::string, int> per_unit;
  for (const auto* e : es) {
    if (c.committee_level == CommitteeLevel::senior) {
      if (e->level < (c.evaluates_full_senior ? Level::full_senior : Level::deputy_senior))
        return "R-COM-MEMBER-TITLE level";
    } else if (e->level < Level::intermediate) {
      return "R-COM-MEMBER-TITLE level";
    }
    if (c.purpose == DrawPurpose::discipline_group && e->recused) return "R-RECUSAL";
    fresh += e->on_previous_roster ? 0 : 1;
    seniors += e->level >= Level::deputy_senior ? 1 : 0;
    ++per_unit[e->unit_id];
  }
  if (c.has_previous_roster && (10 * fresh < 3 * c.size || 10 * fresh > 6 * c.size))
    return "R-COM-ROTATION " + std::to_string(fresh);
  if (c.committee_level == CommitteeLevel::intermediate && 2 * seniors < c.size)
    return "R-COM-MEMBER-TITLE share";
  if (c.max_per_unit)
    for (const auto& [u, n] : per_unit)
      if (n > *c.max_per_unit) return "unit cap";
  // Quotas: each seat matched to a distinct member holding the specialty.
  std::vector<std::vector<int>> adj;
  for (const auto& q : c.quotas)
    for (int s = 0; s < q.min_count; ++s) {
      adj.emplace_back();
      for (std::size_t i = 0; i < es.size(); ++i)
        if (std::count(es[i]->specialties.begin(), es[i]->specialties.end(), q.specialty))
          adj.back().push_back(static_cast<int>(i));
    }
  std::vector<int> match(es.size(), -1);
  for (std::size_t s = 0; s < adj.size(); ++s) {
    std::vector<char> seen(es.size(), 0);
    if (!augment(static_cast<int>(s), adj, match, seen)) return "R-DRAW-RANDOM quota";
  }
  return "";
}

TEST(R_DRAW_RANDOM, PropertyEveryConstraintHoldsOverThreeThousandSeeds) {
  std::mt19937 g(20240601);
  int drawn = 0, refused = 0;
  std::map<std::string, int> refusals;
  for (int s = 0; s < 3000; ++s) {
    if (s % 50 == 0) g.seed(static_cast<unsigned>(s));
    auto snap = make_pool_snapshot(random_pool(g, 200, 40));
    ASSERT_TRUE(snap.ok());
    DrawInputs in;
    in.pool = std::move(snap.value);
    in.constraints = random_constraints(g, in.pool, s % 4);
    in.seed = digest_bytes(sm3("property-" + std::to_string(s)));
    const auto r = draw(in);
    if (!r.ok()) {
      ++refused;
      for (const auto& v : r.outcome.violations) ++refusals[v.rule];
      EXPECT_TRUE(r.value.members.empty());
      continue;
    }
    ++drawn;
    ASSERT_EQ(check_roster(in, r.value.members), "") << "seed " << s;
    // Same inputs → same output.
    const auto again = draw(in);
    ASSERT_EQ(again.value.members, r.value.members);
    ASSERT_EQ(again.value.digest, r.value.digest);
    ASSERT_TRUE(verify(in, r.value.members));
    // Another seed → another digest.
    DrawInputs other = in;
    other.seed[0] = static_cast<char>(other.seed[0] ^ 1);
    const auto o = draw(other);
    if (o.ok()) ASSERT_NE(o.value.digest, r.value.digest);
    // Any change to one pool entry → another pool digest and draw digest.
    if (s % 5 == 0) {
      auto v = in.pool.entries;
      auto& e = v[g() % v.size()];
      switch (s / 5 % 6) {
        case 0: e.unit_id += "x"; break;
        case 1: e.specialties.push_back("新专业"); break;
        case 2: e.on_previous_roster = !e.on_previous_roster; break;
        case 3: e.recused = !e.recused; break;
        case 4: e.professional = !e.professional; break;
        default: e.level = e.level == Level::full_senior ? Level::deputy_senior : Level::full_senior;
      }
      DrawInputs changed = in;
      changed.pool = make_pool_snapshot(v).value;
      ASSERT_NE(changed.pool.digest, in.pool.digest);
      const auto ch = draw(changed);
      if (ch.ok()) ASSERT_NE(ch.value.digest, r.value.digest);
    }
  }
  EXPECT_GT(drawn, 2400);  // the generator is meant to be mostly feasible
  RecordProperty("drawn", drawn);
  RecordProperty("refused", refused);
  for (const auto& [rule, n] : refusals) std::printf("refused by %s: %d\n", rule.c_str(), n);
}

// All subsets of `n` choose `k`, visiting each as an index vector.
template <class F>
void for_each_subset(int n, int k, F&& f) {
  std::vector<int> idx(k);
  for (int i = 0; i < k; ++i) idx[i] = i;
  for (;;) {
    f(idx);
    int i = k - 1;
    while (i >= 0 && idx[i] == n - k + i) --i;
    if (i < 0) return;
    ++idx[i];
    for (int j = i + 1; j < k; ++j) idx[j] = idx[j - 1] + 1;
  }
}

TEST(R_DRAW_RANDOM, ExactFeasibilityAgreesWithBruteForceOnSmallPools) {
  std::mt19937 g(7);
  int agree_yes = 0, agree_no = 0, refused_limit = 0;
  for (int t = 0; t < 600; ++t) {
    auto v = random_pool(g, 9 + static_cast<int>(g() % 6), 4 + static_cast<int>(g() % 3));
    for (auto& e : v) e.on_previous_roster = g() % 2 == 0;
    DrawInputs in;
    in.pool = make_pool_snapshot(v).value;
    auto& c = in.constraints;
    c.purpose = DrawPurpose::discipline_group;
    c.committee_level = g() % 2 ? CommitteeLevel::senior : CommitteeLevel::intermediate;
    c.size = 3 + static_cast<int>(g() % 4);
    const int mode = t % 4;  // which two of {quotas, caps, classes} are on
    if (mode != 1) c.quotas = {{kSpecs[0], 1 + static_cast<int>(g() % 2)}, {kSpecs[1], 1}};
    if (mode != 0) c.max_per_unit = 1 + static_cast<int>(g() % 2);
    if (mode != 2) c.has_previous_roster = true;
    if (mode == 3) c.quotas.clear();
    if (g() % 3 == 0) {
      const auto& e = in.pool.entries[g() % in.pool.entries.size()];
      c.fixed = {{e.person_id, FixedRole::chair}};
    }
    in.seed = "brute-" + std::to_string(t);
    bool exists = false;
    const int n = static_cast<int>(in.pool.entries.size());
    std::vector<std::string> fixed_ids;
    for (const auto& f : c.fixed) fixed_ids.push_back(f.person_id);
    if (c.size <= n)
      for_each_subset(n, c.size, [&](const std::vector<int>& idx) {
        if (exists) return;
        std::vector<std::string> m = fixed_ids;
        bool has_fixed = true;
        for (const auto& f : fixed_ids)
          has_fixed &= std::any_of(idx.begin(), idx.end(), [&](int i) { return in.pool.entries[i].person_id == f; });
        if (!has_fixed) return;
        for (int i : idx)
          if (std::find(fixed_ids.begin(), fixed_ids.end(), in.pool.entries[i].person_id) == fixed_ids.end())
            m.push_back(in.pool.entries[i].person_id);
        exists = check_roster(in, m).empty();
      });
    const auto r = draw(in);
    if (r.ok()) {
      ASSERT_EQ(check_roster(in, r.value.members), "") << "trial " << t;
      ASSERT_TRUE(exists);
      ++agree_yes;
    } else {
      const bool limit = !r.outcome.violations.empty() &&
                         r.outcome.violations[0].message.find("无法保证精确判定") != std::string::npos;
      if (limit) {
        ++refused_limit;
        continue;
      }
      ASSERT_FALSE(exists) << "trial " << t << ": " << r.outcome.violations[0].rule << " "
                           << r.outcome.violations[0].message;
      ++agree_no;
    }
  }
  std::printf("brute force: %d feasible, %d infeasible, %d refused by the documented limit\n",
              agree_yes, agree_no, refused_limit);
  EXPECT_GT(agree_yes, 150);
  EXPECT_GT(agree_no, 50);
}

}  // namespace
}  // namespace zp::core
