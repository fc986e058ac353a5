// The draw's compressed model and its exact feasibility test (docs/draw.md §5).
// Internal to the draw.
//
// Candidates that agree on (quota mask, new?, senior?, heavy unit) are
// interchangeable for every constraint, so the model keeps one Group per such key
// with bounds [lo, hi]: lo = members already taken from it (fixed or drawn), hi = how
// many it may still supply. A draw exists iff the bounded flow of feasible() does.
#pragma once

#include <cstdint>
#include <vector>

#include "core/draw.h"

namespace zp::core::draw_detail {

struct Group {
  std::uint64_t mask = 0;  // bit i: has active quota specialty i
  bool is_new = false;     // not on the previous roster (used when rot)
  bool senior = false;     // 副高级 or above (used when sen)
  int heavy = -1;          // index of a heavy unit (used when caps), -1 = light
  int lo = 0;
  int hi = 0;
};

struct Model {
  int size = 0;
  std::vector<int> quota_min;  // active quotas (min > 0), sorted by specialty
  bool rot = false;            // R-COM-ROTATION applies
  bool sen = false;            // R-COM-MEMBER-TITLE senior share applies (中评会)
  bool caps = false;           // some unit has more eligible experts than the cap
  int cap = 0;
  int heavy_units = 0;
  int min_seniors = 0;         // smallest s with 2*s >= size
  RotationBounds rb;
  std::vector<Group> groups;
};

// The class split: k members new in total; sn of the new ones senior.
struct Cells {
  int k = 0;
  int sn = 0;
};

// REQUIRES: !(quota_min non-empty && caps && (rot || sen)).
bool feasible(const Model& m, const Cells& c);
// Feasible values of k in [rb.min_new, rb.max_new], ascending (rot only).
std::vector<int> feasible_new_counts(const Model& m);
// Feasible values of sn in [0, k] for that k, ascending (rot && sen only).
std::vector<int> feasible_new_seniors(const Model& m, int k);
// Some completion exists (over every k / sn when they apply).
bool feasible_any(const Model& m);

}  // namespace zp::core::draw_detail
