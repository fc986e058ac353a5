#include "crypto/sodium_init.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace zp::crypto::detail {

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) {
      std::fprintf(stderr, "zp_crypto: fatal: sodium_init failed\n");
      std::abort();
    }
  });
}

}  // namespace zp::crypto::detail
