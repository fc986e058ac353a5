// Feasible circulation with lower bounds (Dinic), the exact feasibility test of the
// draw (docs/draw.md §5). Internal to the draw; integers only, deterministic.
#pragma once

#include <cstdint>
#include <vector>

namespace zp::core::draw_detail {

class BoundedFlow {
 public:
  static constexpr std::int64_t kInf = std::int64_t{1} << 40;

  int add_node();
  // An edge u → v carrying between lo and hi units. REQUIRES: 0 <= lo <= hi.
  void add_edge(int u, int v, std::int64_t lo, std::int64_t hi);
  // True when a circulation meets every edge's bounds (integral by construction).
  bool feasible();

 private:
  struct Arc {
    int to;
    std::int64_t cap;
  };
  void add_arc(int u, int v, std::int64_t cap);
  bool bfs(int s, int t);
  std::int64_t dfs(int u, int t, std::int64_t f);

  std::vector<Arc> arcs_;
  std::vector<std::vector<int>> adj_;
  std::vector<std::int64_t> excess_;
  std::vector<int> level_, it_;
};

}  // namespace zp::core::draw_detail
