// Commit-reveal seed and the canonical pool snapshot of the draw (docs/draw.md §1, §3).
//
//   commitment = SM3("zhiping-commit-v1" ‖ office_secret)
//   seed       = SM3("zhiping-seed-v1" ‖ str(office_secret) ‖ str(supervisor_contribution)
//                    ‖ pool_digest)
//   pool_digest = SM3(canonical pool bytes), str(x) = uint32_be(len x) ‖ x.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/draw_types.h"
#include "core/violation.h"

namespace zp::core {

Sm3Digest draw_commitment(std::string_view office_secret);
// True when `office_secret` opens `commitment_hex` (lower- or upper-case hex).
bool commitment_matches(std::string_view office_secret, std::string_view commitment_hex);
Sm3Digest derive_seed(std::string_view office_secret, std::string_view supervisor_contribution,
                      const Sm3Digest& pool_digest);

// Sorts entries by person_id, sorts/dedupes each entry's specialties, computes the
// digest. Fails (R-DRAW-RANDOM) on an empty or duplicate person_id.
Checked<PoolSnapshot> make_pool_snapshot(std::vector<PoolEntry> entries);
PoolIndex build_pool_index(const std::vector<PoolEntry>& entries);
// REQUIRES: entries already canonical (as make_pool_snapshot leaves them).
Sm3Digest pool_digest(const std::vector<PoolEntry>& entries);

// Byte helpers of the canonical forms (shared with draw.cc).
void put_u32(std::string& out, std::uint32_t v);
void put_str(std::string& out, std::string_view s);
std::uint8_t level_code(Level l);  // 员级 1, 助理级 2, 中级 3, 副高级 4, 正高级 5

}  // namespace zp::core
