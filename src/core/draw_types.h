// Inputs and outputs of the constrained verifiable draw (docs/draw.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/level.h"
#include "core/sm3.h"

namespace zp::core {

inline constexpr const char* kDrawAlgorithm = "zhiping-draw-v1";

enum class DrawPurpose { meeting, discipline_group };
enum class FixedRole { chair, vice_chair };

// One admitted pool entry as seen by one draw (a snapshot row).
struct PoolEntry {
  std::string person_id;                // opaque id, unique in a snapshot
  std::string unit_id;                  // employer unit
  std::vector<std::string> specialties; // 专业; the snapshot sorts and dedupes them
  Level level = Level::intermediate;    // highest title held
  bool on_previous_roster = false;      // on last year's roster of this committee
  bool recused = false;                 // must recuse from an applicant of this draw
  bool professional = true;             // 专业技术人员 (for chair/vice-chair, R-COM-SIZE)
};

// Compact per-entry columns derived from the entries (make_pool_snapshot builds it),
// so a draw over 100,000 entries reads a few small arrays instead of the strings.
struct PoolIndex {
  std::vector<std::string> specialties;  // distinct names, sorted
  std::vector<std::uint32_t> spec_begin; // entry i's ids: spec_ids[spec_begin[i] .. spec_begin[i+1])
  std::vector<std::uint32_t> spec_ids;
  std::vector<std::uint32_t> unit_of;    // dense unit number per entry
  std::vector<Level> level;
  std::vector<std::uint8_t> flags;       // 1 previous roster, 2 recused
  bool matches(std::size_t entries) const {
    return unit_of.size() == entries && level.size() == entries && flags.size() == entries &&
           spec_begin.size() == entries + 1;
  }
};

// The pool as hashed into the seed: entries sorted by person_id (bytewise), ids
// unique, each entry's specialties sorted and deduplicated. Build with
// make_pool_snapshot (draw_seed.h); `digest` is pool_digest(entries). Entries must not
// change afterwards (take a new snapshot instead).
struct PoolSnapshot {
  std::vector<PoolEntry> entries;
  Sm3Digest digest{};
  PoolIndex index;  // derived; rebuilt by the draw when it does not match `entries`
};

struct FixedMember {
  std::string person_id;
  FixedRole role = FixedRole::chair;
};

// At least `min_count` distinct members whose specialties include `specialty`;
// one member fills at most one quota seat (docs/draw.md §4).
struct SpecialtyQuota {
  std::string specialty;
  int min_count = 1;
};

struct DrawConstraints {
  DrawPurpose purpose = DrawPurpose::meeting;
  int size = 19;
  CommitteeLevel committee_level = CommitteeLevel::senior;
  bool evaluates_full_senior = false;   // senior committee reviewing 正高级
  std::vector<FixedMember> fixed;       // in the pool, count toward size
  std::vector<SpecialtyQuota> quotas;   // distinct specialties
  std::optional<int> max_per_unit;      // members from one unit, fixed included
  bool has_previous_roster = false;     // apply R-COM-ROTATION
};

struct DrawInputs {
  std::string seed;  // 32 bytes from derive_seed (any byte string is accepted)
  PoolSnapshot pool;
  DrawConstraints constraints;
};

struct DrawResult {
  std::vector<std::string> members;  // fixed members in given order, then drawn order
  int new_members = 0;               // members not on the previous roster
  std::string digest;                // hex SM3 of the canonical inputs and outputs
  std::string algorithm = kDrawAlgorithm;
};

}  // namespace zp::core
