// Deterministic random bit generator from SM3 in counter mode (docs/draw.md §2).
//
//   block_i = SM3(seed ‖ uint64_be(i)),  i = 0, 1, 2, …
//   the output stream is block_0 ‖ block_1 ‖ …; next_u64() takes the next 8 bytes,
//   big-endian. Each block yields exactly four u64 values.
//
// Same seed → same stream, on every platform. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/sm3.h"

namespace zp::core {

class Drbg {
 public:
  explicit Drbg(std::string_view seed) : seed_(seed) {}
  std::uint64_t next_u64();
  // Uniform in [0, n) without bias: t = 2^64 mod n; draw x = next_u64() until
  // x >= t; return x mod n. REQUIRES: n >= 1.
  std::uint64_t uniform(std::uint64_t n);
  // Number of SM3 blocks produced so far (for tests and the worked example).
  std::uint64_t blocks() const { return counter_; }

 private:
  std::string seed_;
  std::uint64_t counter_ = 0;
  Sm3Digest block_{};
  int used_ = 4;  // u64 words of block_ already consumed
};

}  // namespace zp::core
