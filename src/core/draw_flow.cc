#include "core/draw_flow.h"

#include <algorithm>
#include <deque>

namespace zp::core::draw_detail {

int BoundedFlow::add_node() {
  adj_.emplace_back();
  excess_.push_back(0);
  return static_cast<int>(adj_.size()) - 1;
}

void BoundedFlow::add_arc(int u, int v, std::int64_t cap) {
  adj_[u].push_back(static_cast<int>(arcs_.size()));
  arcs_.push_back({v, cap});
  adj_[v].push_back(static_cast<int>(arcs_.size()));
  arcs_.push_back({u, 0});
}

void BoundedFlow::add_edge(int u, int v, std::int64_t lo, std::int64_t hi) {
  if (hi > lo) add_arc(u, v, hi - lo);
  excess_[v] += lo;
  excess_[u] -= lo;
}

bool BoundedFlow::bfs(int s, int t) {
  level_.assign(adj_.size(), -1);
  std::deque<int> q{s};
  level_[s] = 0;
  while (!q.empty()) {
    const int u = q.front();
    q.pop_front();
    for (int a : adj_[u]) {
      if (arcs_[a].cap > 0 && level_[arcs_[a].to] < 0) {
        level_[arcs_[a].to] = level_[u] + 1;
        q.push_back(arcs_[a].to);
      }
    }
  }
  return level_[t] >= 0;
}

std::int64_t BoundedFlow::dfs(int u, int t, std::int64_t f) {
  if (u == t) return f;
  for (int& i = it_[u]; i < static_cast<int>(adj_[u].size()); ++i) {
    const int a = adj_[u][i];
    const int v = arcs_[a].to;
    if (arcs_[a].cap <= 0 || level_[v] != level_[u] + 1) continue;
    const std::int64_t got = dfs(v, t, std::min(f, arcs_[a].cap));
    if (got > 0) {
      arcs_[a].cap -= got;
      arcs_[a ^ 1].cap += got;
      return got;
    }
  }
  return 0;
}

bool BoundedFlow::feasible() {
  const int ss = add_node();
  const int tt = add_node();
  std::int64_t need = 0;
  for (int v = 0; v < ss; ++v) {
    if (excess_[v] > 0) {
      add_arc(ss, v, excess_[v]);
      need += excess_[v];
    } else if (excess_[v] < 0) {
      add_arc(v, tt, -excess_[v]);
    }
  }
  std::int64_t flow = 0;
  while (flow < need && bfs(ss, tt)) {
    it_.assign(adj_.size(), 0);
    while (std::int64_t f = dfs(ss, tt, kInf)) flow += f;
  }
  return flow == need;
}

}  // namespace zp::core::draw_detail
