// The constrained verifiable random draw of committee members (docs/draw.md).
//
// Deterministic from (seed, pool snapshot, constraints): anyone holding the inputs
// re-derives the same members (`zhiping draw verify`). Every constraint is met by
// construction: eligibility filter → exact feasibility (integral flow) → number of
// new members chosen uniformly among the feasible values → a partial Fisher–Yates
// over the eligible list that accepts a candidate only when the draw stays
// completable. There is no "draw, check, redraw".
#pragma once

#include <string>
#include <vector>

#include "core/draw_seed.h"
#include "core/draw_types.h"
#include "core/violation.h"

namespace zp::core {

// R-COM-ROTATION: new members n allowed for a roster of `size`:
// 10*n >= 3*size and 10*n <= 6*size (19 → 6..11, 25 → 8..15).
struct RotationBounds {
  int min_new = 0;
  int max_new = 0;
};
RotationBounds rotation_bounds(int size);

// Draws `constraints.size` members. On success `value` holds the members (fixed
// first, in the order given, then drawn ones in draw order), the number of new
// members and the digest. When no valid draw exists, or the inputs are malformed,
// `outcome.violations` names each rule that cannot be met (R-COM-SIZE,
// R-COM-MEMBER-TITLE, R-COM-ROTATION, R-RECUSAL, R-DRAW-RANDOM) and `value` is empty.
// Limit: specialty quotas + a binding max_per_unit + a class constraint (rotation,
// or an intermediate committee's senior share) together are refused (docs/draw.md §6).
Checked<DrawResult> draw(const DrawInputs& in);

// True when draw(in) succeeds and yields exactly `claimed_members` (same order).
bool verify(const DrawInputs& in, const std::vector<std::string>& claimed_members);

}  // namespace zp::core
