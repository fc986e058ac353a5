#include "crypto/sm3.h"

#include <gtest/gtest.h>

#include <string>

#include "crypto/encoding.h"
#include "crypto/random.h"

namespace zp::crypto {
namespace {

// GB/T 32905-2016 Appendix A examples.
TEST(Sm3, StandardVectors) {
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  std::string abcd;
  for (int i = 0; i < 16; ++i) abcd += "abcd";
  EXPECT_EQ(sm3_hex(abcd), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  EXPECT_EQ(sm3_hex(""), "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
  EXPECT_EQ(sm3("abc").size(), 32u);
  EXPECT_EQ(to_hex(sm3("abc")), sm3_hex("abc"));
}

TEST(Sm3, HasherMatchesOneShotAndResets) {
  Sm3Hasher h;
  std::string data = random_bytes(1000);
  for (std::size_t i = 0; i < data.size(); i += 37) h.update(std::string_view(data).substr(i, 37));
  EXPECT_EQ(h.finish(), sm3(data));
  EXPECT_EQ(h.update("a").update("bc").finish(), sm3("abc"));
  EXPECT_EQ(h.finish(), sm3(""));
}

// RFC 2104 spelled out over the (vector-checked) sm3(), for keys up to the
// 64-byte block: H((K ^ opad) || H((K ^ ipad) || m)).
std::string hmac_by_definition(std::string key, std::string_view m) {
  key.resize(64, '\0');
  std::string ipad = key, opad = key;
  for (auto& c : ipad) c = static_cast<char>(c ^ 0x36);
  for (auto& c : opad) c = static_cast<char>(c ^ 0x5c);
  return sm3(opad + sm3(ipad + std::string(m)));
}

TEST(HmacSm3, KnownAnswers) {
  // Value from `openssl mac -digest SM3 -macopt key:key HMAC` (OpenSSL 3.0.19).
  EXPECT_EQ(to_hex(hmac_sm3("key", "The quick brown fox jumps over the lazy dog")),
            "bd4a34077888162b210645b8ebf74b9af357303789357a27c7fc457244ebd398");
  for (int n : {0, 1, 16, 32, 63, 64}) {
    auto key = random_bytes(n);
    auto msg = random_bytes(n * 3 + 1);
    EXPECT_EQ(hmac_sm3(key, msg), hmac_by_definition(key, msg)) << n;
  }
}

TEST(HmacSm3, KeyAndDataSensitivity) {
  auto m = hmac_sm3("k", "data");
  EXPECT_EQ(m.size(), 32u);
  EXPECT_EQ(m, hmac_sm3("k", "data"));
  EXPECT_NE(m, hmac_sm3("K", "data"));
  EXPECT_NE(m, hmac_sm3("k", "datb"));
  EXPECT_EQ(hmac_sm3("", "").size(), 32u);
  // RFC 2104: a key longer than the 64-byte block is replaced by its hash.
  std::string long_key(100, 'x');
  EXPECT_EQ(hmac_sm3(long_key, "m"), hmac_sm3(sm3(long_key), "m"));
  // Keys are zero-padded to the block, so trailing NULs change nothing.
  EXPECT_EQ(hmac_sm3("k", "m"), hmac_sm3(std::string("k\0", 2), "m"));
}

}  // namespace
}  // namespace zp::crypto
