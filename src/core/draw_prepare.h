// Step 1 of the draw: validate the inputs, filter eligible candidates, count, and
// build the compressed model (docs/draw.md §4). Internal to the draw.
#pragma once

#include <cstdint>
#include <vector>

#include "core/draw_model.h"

namespace zp::core::draw_detail {

struct Prepared {
  Model model;
  std::vector<std::uint32_t> fixed;      // pool indices, constraint order
  // Per group (model.groups order), its non-fixed members: pool indices, ascending.
  std::vector<std::vector<std::uint32_t>> members;
};

// Fills `out` or records the violations; counting-level infeasibility (too few
// eligible, new, returning, senior or specialty experts) is reported here.
void prepare(const DrawInputs& in, Prepared& p, Outcome& out);

}  // namespace zp::core::draw_detail
