#include "core/drbg.h"

namespace zp::core {

std::uint64_t Drbg::next_u64() {
  if (used_ == 4) {
    Sm3 h;
    h.update(seed_);
    std::uint8_t ctr[8];
    for (int i = 0; i < 8; ++i) ctr[i] = static_cast<std::uint8_t>(counter_ >> (56 - 8 * i));
    h.update(ctr, 8);
    block_ = h.final();
    ++counter_;
    used_ = 0;
  }
  std::uint64_t x = 0;
  for (int i = 0; i < 8; ++i) x = (x << 8) | block_[8 * used_ + i];
  ++used_;
  return x;
}

std::uint64_t Drbg::uniform(std::uint64_t n) {
  const std::uint64_t t = (0 - n) % n;  // 2^64 mod n
  for (;;) {
    const std::uint64_t x = next_u64();
    if (x >= t) return x % n;
  }
}

}  // namespace zp::core
