#include "core/draw_model.h"

#include <algorithm>

#include "core/draw_flow.h"

namespace zp::core::draw_detail {
namespace {

constexpr std::int64_t kInf = BoundedFlow::kInf;

int cell_of(const Model& m, const Group& g) {
  return (m.rot && g.is_new ? 2 : 0) + (m.sen && g.senior ? 1 : 0);
}

// Bounds of the four class cells: 0 old-junior, 1 old-senior, 2 new-junior,
// 3 new-senior (cells a model does not split stay [0, inf]).
void cell_bounds(const Model& m, const Cells& c, std::int64_t lo[4], std::int64_t hi[4]) {
  for (int i = 0; i < 4; ++i) lo[i] = 0, hi[i] = kInf;
  if (m.rot && m.sen) {  // R-COM-ROTATION and R-COM-MEMBER-TITLE together
    lo[3] = hi[3] = c.sn;
    lo[2] = hi[2] = c.k - c.sn;
    lo[1] = std::max(0, m.min_seniors - c.sn);
  } else if (m.rot) {  // R-COM-ROTATION: exactly k new
    lo[2] = hi[2] = c.k;
    lo[0] = hi[0] = m.size - c.k;
  } else if (m.sen) {  // R-COM-MEMBER-TITLE: 2 * seniors >= size
    lo[1] = m.min_seniors;
  }
}

}  // namespace

bool feasible(const Model& m, const Cells& c) {
  BoundedFlow f;
  const int s = f.add_node();
  const int t = f.add_node();
  f.add_edge(t, s, m.size, m.size);  // R-COM-SIZE: exactly `size` members
  std::int64_t lo[4], hi[4];
  cell_bounds(m, c, lo, hi);
  const bool quotas = !m.quota_min.empty();
  const bool cells_left = !quotas && m.caps;

  // Left layer: quota seats + free seat, or the class cells, or one free seat.
  std::vector<int> left;
  int free_node = -1;
  if (quotas) {
    for (int q : m.quota_min) {  // R-DRAW-RANDOM: at least q distinct members
      left.push_back(f.add_node());
      f.add_edge(s, left.back(), q, kInf);
    }
  }
  if (cells_left) {
    for (int i = 0; i < 4; ++i) {
      left.push_back(f.add_node());
      f.add_edge(s, left.back(), lo[i], hi[i]);
    }
  } else {
    free_node = f.add_node();
    f.add_edge(s, free_node, 0, kInf);
  }
  // Right layer: heavy units capped + one light sink, or the class cells.
  std::vector<int> right;
  int light = -1;
  if (m.caps) {
    for (int u = 0; u < m.heavy_units; ++u) {
      right.push_back(f.add_node());
      f.add_edge(right.back(), t, 0, m.cap);  // per-unit cap
    }
    light = f.add_node();
    f.add_edge(light, t, 0, kInf);
  } else {
    for (int i = 0; i < 4; ++i) {
      right.push_back(f.add_node());
      f.add_edge(right.back(), t, lo[i], hi[i]);
    }
  }
  for (const Group& g : m.groups) {
    if (g.hi == 0) continue;
    const int node = f.add_node();
    if (cells_left) {
      f.add_edge(left[cell_of(m, g)], node, 0, kInf);
    } else {
      f.add_edge(free_node, node, 0, kInf);
      for (std::size_t i = 0; i < m.quota_min.size(); ++i)
        if (g.mask >> i & 1) f.add_edge(left[i], node, 0, kInf);
    }
    const int r = m.caps ? (g.heavy >= 0 ? right[g.heavy] : light) : right[cell_of(m, g)];
    f.add_edge(node, r, g.lo, g.hi);
  }
  return f.feasible();
}

std::vector<int> feasible_new_seniors(const Model& m, int k) {
  std::vector<int> out;
  for (int sn = 0; sn <= k; ++sn)
    if (feasible(m, {k, sn})) out.push_back(sn);
  return out;
}

std::vector<int> feasible_new_counts(const Model& m) {
  std::vector<int> out;
  for (int k = m.rb.min_new; k <= m.rb.max_new; ++k) {
    bool ok = false;
    if (m.sen) {
      for (int sn = 0; sn <= k && !ok; ++sn) ok = feasible(m, {k, sn});
    } else {
      ok = feasible(m, {k, 0});
    }
    if (ok) out.push_back(k);
  }
  return out;
}

bool feasible_any(const Model& m) {
  if (m.rot) return !feasible_new_counts(m).empty();
  return feasible(m, {});
}

}  // namespace zp::core::draw_detail
