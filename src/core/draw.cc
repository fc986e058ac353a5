#include "core/draw.h"

#include <algorithm>
#include <utility>

#include "core/drbg.h"
#include "core/draw_model.h"
#include "core/draw_prepare.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {

using draw_detail::Cells;
using draw_detail::Model;
using draw_detail::Prepared;

// docs/draw.md §7: SM3 over the canonical inputs and outputs.
std::string result_digest(const DrawInputs& in, const std::vector<std::string>& members) {
  const auto& c = in.constraints;
  std::string b = kDrawAlgorithm;
  put_str(b, in.seed);
  b.append(digest_bytes(in.pool.digest));
  b.push_back(static_cast<char>(c.purpose == DrawPurpose::meeting ? 1 : 2));
  put_u32(b, static_cast<std::uint32_t>(c.size));
  b.push_back(static_cast<char>(c.committee_level == CommitteeLevel::senior ? 1 : 2));
  b.push_back(static_cast<char>(c.evaluates_full_senior ? 1 : 0));
  put_u32(b, static_cast<std::uint32_t>(c.fixed.size()));
  for (const auto& f : c.fixed) {
    put_str(b, f.person_id);
    b.push_back(static_cast<char>(f.role == FixedRole::chair ? 1 : 2));
  }
  std::vector<const SpecialtyQuota*> quotas;
  for (const auto& q : c.quotas) quotas.push_back(&q);
  std::sort(quotas.begin(), quotas.end(), [](auto* x, auto* y) { return x->specialty < y->specialty; });
  put_u32(b, static_cast<std::uint32_t>(quotas.size()));
  for (auto* q : quotas) {
    put_str(b, q->specialty);
    put_u32(b, static_cast<std::uint32_t>(q->min_count));
  }
  put_u32(b, static_cast<std::uint32_t>(c.max_per_unit.value_or(0)));
  b.push_back(static_cast<char>(c.has_previous_roster ? 1 : 0));
  put_u32(b, static_cast<std::uint32_t>(members.size()));
  for (const auto& id : members) put_str(b, id);
  return sm3_hex(b);
}

// Names the rule(s) behind an infeasible model whose counts all passed.
void diagnose(const Model& m, Outcome& out) {
  Model base = m;
  base.rot = base.sen = false;
  if (!draw_detail::feasible_any(base)) {  // R-DRAW-RANDOM: specialty coverage / unit caps
    fail(out, rule::kDrawRandom,
         m.caps ? "在专业配额与每单位人数上限下，不存在可行的抽取结果（各专业须由不同专家分别满足）"
                : "各专业配额无法由不同专家同时满足（同一专家只计入一个专业）");
    return;
  }
  bool named = false;
  if (m.rot) {
    Model r = m;
    r.sen = false;
    if (!draw_detail::feasible_any(r)) {  // R-COM-ROTATION
      fail(out, rule::kComRotation, "在专业配额等约束下，无法使新任委员为 " +
                                        std::to_string(m.rb.min_new) + "–" +
                                        std::to_string(m.rb.max_new) + " 人");
      named = true;
    }
  }
  if (m.sen) {
    Model s = m;
    s.rot = false;
    if (!draw_detail::feasible_any(s)) {  // R-COM-MEMBER-TITLE
      fail(out, rule::kComMemberTitle, "在专业配额等约束下，无法使高级职称委员不少于 " +
                                           std::to_string(m.min_seniors) + " 人");
      named = true;
    }
  }
  if (!named) {
    fail(out, rule::kComRotation, "换届比例与中评会高级职称比例无法同时满足");
    fail(out, rule::kComMemberTitle, "换届比例与中评会高级职称比例无法同时满足");
  }
}

}  // namespace

RotationBounds rotation_bounds(int size) {
  // R-COM-ROTATION: 10*n >= 3*size and 10*n <= 6*size.
  return {(3 * size + 9) / 10, (6 * size) / 10};
}

Checked<DrawResult> draw(const DrawInputs& in) {
  Checked<DrawResult> res;
  Prepared p;
  draw_detail::prepare(in, p, res.outcome);
  if (!res.ok()) return res;
  Model& m = p.model;
  if (!m.quota_min.empty() && m.caps && (m.rot || m.sen)) {  // documented limit, §6
    fail(res.outcome, rule::kDrawRandom,
         "专业配额、每单位人数上限与" + std::string(m.rot ? "换届比例" : "中评会高级职称比例") +
             "同时生效时无法保证精确判定可行性，不予抽取；请取消每单位人数上限，或取消专业配额");
    return res;
  }

  Drbg rng(in.seed);
  Cells cells;
  if (m.rot) {  // R-COM-ROTATION: k uniform among the feasible new-member counts
    const auto ks = draw_detail::feasible_new_counts(m);
    if (ks.empty()) {
      diagnose(m, res.outcome);
      return res;
    }
    cells.k = ks[rng.uniform(ks.size())];
    if (m.sen) {
      const auto sns = draw_detail::feasible_new_seniors(m, cells.k);
      cells.sn = sns[rng.uniform(sns.size())];
    }
  } else if (!draw_detail::feasible(m, cells)) {
    diagnose(m, res.outcome);
    return res;
  }

  // Partial Fisher–Yates over the live candidates, kept per group (docs/draw.md §5.4):
  // r = uniform(live) picks the r-th live candidate counting group by group; it is
  // swapped to the front of its group's unconsumed part and taken only when the draw
  // stays completable. Otherwise its group closes (it can never be taken later:
  // constraints only tighten) and drops out of `live`. Invariant: feasible(m, cells).
  auto& members = res.value.members;
  for (auto i : p.fixed) members.push_back(in.pool.entries[i].person_id);
  std::vector<std::size_t> used(m.groups.size(), 0);  // consumed prefix of each list
  std::uint64_t live = 0;
  for (std::size_t g = 0; g < m.groups.size(); ++g) live += p.members[g].size();
  int taken = static_cast<int>(p.fixed.size());
  while (taken < m.size && live > 0) {
    std::uint64_t r = rng.uniform(live);
    std::size_t g = 0;
    for (;; ++g) {
      const std::uint64_t rem = m.groups[g].lo == m.groups[g].hi ? 0 : p.members[g].size() - used[g];
      if (r < rem) break;
      r -= rem;
    }
    auto& list = p.members[g];
    std::swap(list[used[g]], list[used[g] + r]);
    const std::uint32_t idx = list[used[g]++];
    auto& grp = m.groups[g];
    ++grp.lo;
    --live;
    if (draw_detail::feasible(m, cells)) {
      members.push_back(in.pool.entries[idx].person_id);
      ++taken;
    } else {
      --grp.lo;
      grp.hi = grp.lo;
      live -= list.size() - used[g];
    }
  }
  if (taken < m.size) {  // unreachable while the invariant holds
    fail(res.outcome, rule::kDrawRandom, "抽取未能完成（内部错误）");
    res.value = {};
    return res;
  }
  int fresh = 0;
  for (const auto& g : m.groups) fresh += g.is_new ? g.lo : 0;
  if (!m.rot) {
    fresh = 0;
    for (const auto& id : members) {
      auto it = std::lower_bound(in.pool.entries.begin(), in.pool.entries.end(), id,
                                 [](const PoolEntry& e, const std::string& k) { return e.person_id < k; });
      fresh += it->on_previous_roster ? 0 : 1;
    }
  }
  res.value.new_members = fresh;
  res.value.digest = result_digest(in, members);
  return res;
}

bool verify(const DrawInputs& in, const std::vector<std::string>& claimed_members) {
  const auto r = draw(in);
  return r.ok() && r.value.members == claimed_members;
}

}  // namespace zp::core
