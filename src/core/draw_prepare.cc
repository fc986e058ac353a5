#include "core/draw_prepare.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/rule_ids.h"

namespace zp::core::draw_detail {
namespace {

using std::to_string;

// R-COM-MEMBER-TITLE: 高评会 members hold a senior title, 正高级 when they evaluate
// 正高级; 中评会 members hold 中级 or higher.
bool title_ok(const DrawConstraints& c, Level l) {
  if (c.committee_level == CommitteeLevel::senior)
    return c.evaluates_full_senior ? l == Level::full_senior : l >= Level::deputy_senior;
  return l >= Level::intermediate;
}

std::string title_need(const DrawConstraints& c) {
  if (c.committee_level == CommitteeLevel::intermediate) return "中评会委员须具有中级及以上职称";
  return c.evaluates_full_senior ? "评审正高级的委员须具有正高级职称" : "高评会委员须具有高级职称";
}

// R-RECUSAL: an expert who must recuse is not drawn into a discipline group.
bool recused_out(const DrawConstraints& c, const PoolEntry& e) {
  return c.purpose == DrawPurpose::discipline_group && e.recused;
}

const PoolEntry* find(const PoolSnapshot& pool, const std::string& id, std::uint32_t& idx) {
  auto it = std::lower_bound(pool.entries.begin(), pool.entries.end(), id,
                             [](const PoolEntry& e, const std::string& k) { return e.person_id < k; });
  if (it == pool.entries.end() || it->person_id != id) return nullptr;
  idx = static_cast<std::uint32_t>(it - pool.entries.begin());
  return &*it;
}

// R-COM-SIZE: committee size, fixed roles, a professional among chair/vice-chairs.
void check_size(const DrawConstraints& c, const PoolSnapshot& pool, Outcome& out) {
  if (c.size < 1) fail(out, rule::kComSize, "抽取人数须至少 1 人，本次为 " + to_string(c.size) + " 人");
  const bool senior = c.committee_level == CommitteeLevel::senior;
  if (c.purpose == DrawPurpose::meeting) {
    const int lo = senior ? 19 : 15, hi = senior ? 25 : 21;
    if (c.size < lo || c.size > hi)
      fail(out, rule::kComSize, std::string(senior ? "高评会" : "中评会") + "委员应为 " +
                                    to_string(lo) + "–" + to_string(hi) + " 人，本次为 " +
                                    to_string(c.size) + " 人");
    int chairs = 0, vices = 0;
    bool professional = false;
    for (const auto& f : c.fixed) {
      (f.role == FixedRole::chair ? chairs : vices) += 1;
      std::uint32_t i;
      if (const PoolEntry* e = find(pool, f.person_id, i); e && e->professional) professional = true;
    }
    if (chairs != 1) fail(out, rule::kComSize, "须指定 1 名主任委员，现为 " + to_string(chairs) + " 名");
    const int vlo = 1, vhi = senior ? 2 : 1;
    if (vices < vlo || vices > vhi)
      fail(out, rule::kComSize, std::string("须指定 ") + (senior ? "1–2" : "1") +
                                    " 名副主任委员，现为 " + to_string(vices) + " 名");
    if (chairs + vices > 0 && !professional)
      fail(out, rule::kComSize, "主任委员、副主任委员中至少 1 人应为专业技术人员");
  }
  if (static_cast<int>(c.fixed.size()) > c.size)
    fail(out, rule::kComSize, "固定委员 " + to_string(c.fixed.size()) + " 人，超过抽取人数 " +
                                  to_string(c.size) + " 人");
}

void check_fixed(const DrawInputs& in, Prepared& p, Outcome& out) {
  const auto& c = in.constraints;
  std::vector<std::string> seen;
  for (const auto& f : c.fixed) {
    if (std::find(seen.begin(), seen.end(), f.person_id) != seen.end()) {
      fail(out, rule::kDrawRandom, "固定委员 " + f.person_id + " 重复指定");
      continue;
    }
    seen.push_back(f.person_id);
    std::uint32_t idx = 0;
    const PoolEntry* e = find(in.pool, f.person_id, idx);
    if (!e) {
      fail(out, rule::kDrawRandom, "固定委员 " + f.person_id + " 不在本次专家库快照中");
      continue;
    }
    if (!title_ok(c, e->level))
      fail(out, rule::kComMemberTitle, "固定委员 " + f.person_id + " 职称为" +
                                           std::string(chinese(e->level)) + "，" + title_need(c));
    if (recused_out(c, *e))
      fail(out, rule::kRecusal, "固定委员 " + f.person_id + " 须回避，不得进入本学科组");
    p.fixed.push_back(idx);
  }
}

void check_quotas(const DrawConstraints& c, Outcome& out) {
  for (std::size_t i = 0; i < c.quotas.size(); ++i) {
    if (c.quotas[i].min_count < 0)
      fail(out, rule::kDrawRandom, "专业「" + c.quotas[i].specialty + "」的最少人数不得为负");
    for (std::size_t j = 0; j < i; ++j)
      if (c.quotas[j].specialty == c.quotas[i].specialty)
        fail(out, rule::kDrawRandom, "专业「" + c.quotas[i].specialty + "」重复列出");
  }
  if (c.max_per_unit && *c.max_per_unit < 1)
    fail(out, rule::kDrawRandom, "每单位人数上限须至少为 1");
}

}  // namespace

void prepare(const DrawInputs& in, Prepared& p, Outcome& out) {
  const auto& c = in.constraints;
  check_size(c, in.pool, out);
  check_fixed(in, p, out);
  check_quotas(c, out);
  if (!out.ok()) return;

  Model& m = p.model;
  m.size = c.size;
  std::vector<const SpecialtyQuota*> active;
  for (const auto& q : c.quotas)
    if (q.min_count > 0) active.push_back(&q);
  std::sort(active.begin(), active.end(),
            [](auto* a, auto* b) { return a->specialty < b->specialty; });
  if (active.size() > 64) {
    fail(out, rule::kDrawRandom, "专业配额最多 64 个");
    return;
  }
  for (auto* q : active) m.quota_min.push_back(q->min_count);

  // Eligible = passes the title rule and is not recused (fixed members included).
  const auto& entries = in.pool.entries;
  PoolIndex local;
  if (!in.pool.index.matches(entries.size())) local = build_pool_index(entries);
  const PoolIndex& ix = in.pool.index.matches(entries.size()) ? in.pool.index : local;
  std::vector<char> is_fixed(entries.size(), 0);
  for (auto i : p.fixed) is_fixed[i] = 1;
  const bool group_draw = c.purpose == DrawPurpose::discipline_group;
  std::vector<std::uint32_t> all;  // eligible incl. fixed, ascending
  all.reserve(entries.size());
  int by_title = 0;
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    if (!title_ok(c, ix.level[i])) continue;
    ++by_title;
    if (!(group_draw && (ix.flags[i] & 2))) all.push_back(i);  // R-RECUSAL
  }
  const int n = static_cast<int>(all.size());
  if (by_title < c.size)  // R-COM-MEMBER-TITLE
    fail(out, rule::kComMemberTitle, "符合职称条件的专家仅 " + to_string(by_title) + " 人，需 " +
                                         to_string(c.size) + " 人（" + title_need(c) + "）");
  else if (n < c.size)  // R-RECUSAL
    fail(out, rule::kRecusal, "回避后合格专家仅 " + to_string(n) + " 人，需 " + to_string(c.size) + " 人");

  // Per-candidate attributes.
  std::vector<int> bit_of(ix.specialties.size(), -1);
  for (std::size_t q = 0; q < active.size(); ++q) {
    auto it = std::lower_bound(ix.specialties.begin(), ix.specialties.end(), active[q]->specialty);
    if (it != ix.specialties.end() && *it == active[q]->specialty)
      bit_of[it - ix.specialties.begin()] = static_cast<int>(q);
  }
  std::vector<std::uint64_t> mask(n, 0);
  int news = 0, olds = 0, seniors = 0, juniors = 0, fixed_new = 0, fixed_old = 0;
  std::vector<int> per_quota(active.size(), 0);
  for (int a = 0; a < n; ++a) {
    const std::uint32_t i = all[a];
    if (!active.empty())
      for (std::uint32_t k = ix.spec_begin[i]; k < ix.spec_begin[i + 1]; ++k)
        if (const int b = bit_of[ix.spec_ids[k]]; b >= 0) {
          mask[a] |= std::uint64_t{1} << b;
          ++per_quota[b];
        }
    const bool previous = ix.flags[i] & 1;
    (previous ? olds : news) += 1;
    if (is_fixed[i]) (previous ? fixed_old : fixed_new) += 1;
    (is_senior(ix.level[i]) ? seniors : juniors) += 1;
  }
  for (std::size_t q = 0; q < active.size(); ++q)
    if (per_quota[q] < active[q]->min_count)  // R-DRAW-RANDOM: by the applicants' specialties
      fail(out, rule::kDrawRandom, "专业「" + active[q]->specialty + "」合格专家仅 " +
                                       to_string(per_quota[q]) + " 人，需至少 " +
                                       to_string(active[q]->min_count) + " 人");
  int quota_sum = 0;
  for (int q : m.quota_min) quota_sum += q;
  if (quota_sum > c.size)
    fail(out, rule::kDrawRandom, "专业配额合计 " + to_string(quota_sum) + " 人，超过抽取人数 " +
                                     to_string(c.size) + " 人");

  m.rot = c.has_previous_roster;
  m.rb = rotation_bounds(c.size);
  if (m.rot) {  // R-COM-ROTATION: 30%–60% of the roster new
    const int keep = c.size - m.rb.max_new;
    if (news < m.rb.min_new)
      fail(out, rule::kComRotation, "上一年度名单外的合格专家仅 " + to_string(news) +
                                        " 人，本次至少需更换 " + to_string(m.rb.min_new) + " 人");
    if (olds < keep)
      fail(out, rule::kComRotation, "上一年度名单内的合格专家仅 " + to_string(olds) +
                                        " 人，本次至多更换 " + to_string(m.rb.max_new) +
                                        " 人，需留任至少 " + to_string(keep) + " 人");
    if (fixed_new > m.rb.max_new)
      fail(out, rule::kComRotation, "固定委员中新任 " + to_string(fixed_new) + " 人，超过至多更换的 " +
                                        to_string(m.rb.max_new) + " 人");
    if (fixed_old > c.size - m.rb.min_new)
      fail(out, rule::kComRotation, "固定委员中留任 " + to_string(fixed_old) + " 人，本次至少需更换 " +
                                        to_string(m.rb.min_new) + " 人");
  }
  m.min_seniors = (c.size + 1) / 2;
  m.sen = c.committee_level == CommitteeLevel::intermediate && juniors > 0;
  if (c.committee_level == CommitteeLevel::intermediate && seniors < m.min_seniors)
    fail(out, rule::kComMemberTitle, "具有高级职称的合格专家仅 " + to_string(seniors) +
                                         " 人，中评会高级职称委员不得少于 " +
                                         to_string(m.min_seniors) + " 人（1/2）");

  // Units with more eligible experts than the cap ("heavy") are the only ones a cap binds.
  std::vector<int> unit_count;
  std::vector<int> unit_of(n, -1);
  if (c.max_per_unit) {
    for (int a = 0; a < n; ++a) {
      const std::uint32_t u = ix.unit_of[all[a]];
      if (u >= unit_count.size()) unit_count.resize(u + 1, 0);
      unit_of[a] = static_cast<int>(u);
      ++unit_count[u];
    }
    m.cap = *c.max_per_unit;
    long capacity = 0;
    std::vector<int> heavy_id(unit_count.size(), -1);
    for (std::size_t u = 0; u < unit_count.size(); ++u) {
      capacity += std::min(unit_count[u], m.cap);
      if (unit_count[u] > m.cap) heavy_id[u] = m.heavy_units++;
    }
    for (int a = 0; a < n; ++a) unit_of[a] = heavy_id[unit_of[a]];
    m.caps = m.heavy_units > 0;
    if (capacity < c.size)
      fail(out, rule::kDrawRandom, "每单位至多 " + to_string(m.cap) + " 人时最多可抽 " +
                                       to_string(capacity) + " 人，需 " + to_string(c.size) + " 人");
  }
  if (!out.ok()) return;

  // Groups of interchangeable candidates, numbered in order of first appearance.
  struct KeyHash {
    std::size_t operator()(const std::pair<std::uint64_t, std::int64_t>& k) const {
      return std::hash<std::uint64_t>()(k.first * 0x9e3779b97f4a7c15ull ^ static_cast<std::uint64_t>(k.second));
    }
  };
  std::unordered_map<std::pair<std::uint64_t, std::int64_t>, std::uint32_t, KeyHash> key_to_group;
  for (int a = 0; a < n; ++a) {
    const bool fresh = m.rot && !(ix.flags[all[a]] & 1);
    const bool senior = m.sen && is_senior(ix.level[all[a]]);
    const int heavy = m.caps ? unit_of[a] : -1;
    const std::int64_t rest = (std::int64_t{heavy} + 1) * 4 + (fresh ? 2 : 0) + (senior ? 1 : 0);
    auto [it, added] = key_to_group.try_emplace({mask[a], rest}, static_cast<std::uint32_t>(m.groups.size()));
    if (added) {
      Group g;
      g.mask = mask[a];
      g.is_new = fresh;
      g.senior = senior;
      g.heavy = heavy;
      m.groups.push_back(g);
      p.members.emplace_back();
    }
    Group& g = m.groups[it->second];
    ++g.hi;
    if (is_fixed[all[a]]) ++g.lo;
    else p.members[it->second].push_back(all[a]);
  }
}

}  // namespace zp::core::draw_detail
