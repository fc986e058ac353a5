// Cross-check: OpenSSL's SM3 (crypto/sm3.h) against the pure C++ SM3 of the
// rules layer (core/sm3.h); the draw and the audit chain rely on both agreeing.
#include <gtest/gtest.h>

#if __has_include("core/sm3.h")
#include "core/sm3.h"
#include "crypto/random.h"
#include "crypto/sm3.h"

namespace zp::crypto {
namespace {

TEST(Sm3CrossCheck, OpenSslMatchesCoreOnRandomInputs) {
  for (std::size_t n = 0; n <= 200; ++n) {
    for (int rep = 0; rep < 3; ++rep) {
      std::string data = random_bytes(n);
      ASSERT_EQ(sm3_hex(data), zp::core::sm3_hex(data)) << "length " << n;
      ASSERT_EQ(sm3(data), zp::core::digest_bytes(zp::core::sm3(data))) << "length " << n;
    }
  }
}

TEST(Sm3CrossCheck, IncrementalHashersAgree) {
  std::string data = random_bytes(1000);
  for (std::size_t chunk : {1u, 7u, 63u, 64u, 65u, 200u}) {
    Sm3Hasher a;
    zp::core::Sm3 b;
    for (std::size_t i = 0; i < data.size(); i += chunk) {
      auto piece = std::string_view(data).substr(i, chunk);
      a.update(piece);
      b.update(piece);
    }
    ASSERT_EQ(a.finish(), zp::core::digest_bytes(b.final())) << "chunk " << chunk;
  }
}

}  // namespace
}  // namespace zp::crypto
#endif
