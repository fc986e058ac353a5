#include "crypto/seal.h"

#include <gtest/gtest.h>

#include "crypto/encoding.h"
#include "crypto/random.h"

namespace zp::crypto {
namespace {

DataKey test_key() { return derive_data_key(std::string(32, '\x42')); }

TEST(DeriveDataKey, SizesDeterminismAndIndependence) {
  DataKey a = test_key(), b = test_key();
  EXPECT_EQ(a.enc.size(), 16u);
  EXPECT_EQ(a.mac.size(), 32u);
  EXPECT_EQ(a.index.size(), 32u);
  EXPECT_EQ(a.enc, b.enc);
  EXPECT_EQ(a.mac, b.mac);
  EXPECT_EQ(a.index, b.index);
  EXPECT_NE(a.mac, a.index);
  EXPECT_NE(a.enc, a.mac.substr(0, 16));
  DataKey c = derive_data_key(std::string(32, '\x43'));
  EXPECT_NE(a.enc, c.enc);
  EXPECT_NE(a.index, c.index);
}

TEST(Seal, RoundTripVariousLengths) {
  DataKey k = test_key();
  for (std::size_t n : {0u, 1u, 15u, 16u, 17u, 18u, 100u, 5000u}) {
    std::string pt = random_bytes(n);
    std::string s = seal(k, pt);
    EXPECT_EQ(s.rfind("v1:", 0), 0u);
    EXPECT_EQ(s.size(), 3 + 4 * ((48 + n + 2) / 3)) << n;
    EXPECT_EQ(open(k, s), pt) << n;
  }
  EXPECT_EQ(open(k, seal(k, "110101199003071234")), "110101199003071234");
  EXPECT_EQ(open(k, seal(k, "13912345678")), "13912345678");
  EXPECT_EQ(open(k, seal(k, "张三")), "张三");
}

TEST(Seal, RandomisedAndHidesPlaintext) {
  DataKey k = test_key();
  std::string a = seal(k, "110101199003071234"), b = seal(k, "110101199003071234");
  EXPECT_NE(a, b);
  auto raw = base64_decode(std::string_view(a).substr(3));
  ASSERT_TRUE(raw);
  EXPECT_EQ(raw->find("110101"), std::string::npos);
}

TEST(Open, DetectsEveryBitFlip) {
  DataKey k = test_key();
  std::string s = seal(k, "13912345678");
  auto raw = *base64_decode(std::string_view(s).substr(3));
  for (std::size_t i = 0; i < raw.size(); ++i)
    for (int bit = 0; bit < 8; ++bit) {
      std::string t = raw;
      t[i] = static_cast<char>(t[i] ^ (1 << bit));
      ASSERT_EQ(open(k, "v1:" + base64_encode(t)), std::nullopt) << i << "/" << bit;
    }
}

TEST(Open, RejectsMalformedAndForeign) {
  DataKey k = test_key();
  std::string s = seal(k, "13912345678");
  auto raw = *base64_decode(std::string_view(s).substr(3));
  EXPECT_EQ(open(k, ""), std::nullopt);
  EXPECT_EQ(open(k, "v1:"), std::nullopt);
  EXPECT_EQ(open(k, s.substr(3)), std::nullopt);                  // no prefix
  EXPECT_EQ(open(k, "v2:" + s.substr(3)), std::nullopt);          // other version
  EXPECT_EQ(open(k, s + "="), std::nullopt);                      // bad base64
  EXPECT_EQ(open(k, s.substr(0, s.size() - 4)), std::nullopt);    // truncated
  EXPECT_EQ(open(k, "v1:" + base64_encode(raw.substr(0, 47))), std::nullopt);
  EXPECT_EQ(open(k, "v1:" + base64_encode(raw + "x")), std::nullopt);  // extended
  EXPECT_EQ(open(k, "v1:" + base64_encode(raw.substr(0, 16) + raw.substr(16 + 11))),
            std::nullopt);  // ciphertext removed, tag kept
  EXPECT_EQ(open(k, "v1:" + base64url_encode(raw)), std::nullopt);
  // Another key, and a key that differs only in the MAC part.
  EXPECT_EQ(open(derive_data_key(std::string(32, '\x43')), s), std::nullopt);
  DataKey k2 = k;
  k2.mac[0] ^= 1;
  EXPECT_EQ(open(k2, s), std::nullopt);
  // Malformed key.
  DataKey bad;
  EXPECT_EQ(open(bad, s), std::nullopt);
}

TEST(Open, TagCoversIvNotJustCiphertext) {
  // Swapping IVs between two seals under the same key must be caught.
  DataKey k = test_key();
  auto a = *base64_decode(std::string_view(seal(k, "AAAAAAAAAAA")).substr(3));
  auto b = *base64_decode(std::string_view(seal(k, "BBBBBBBBBBB")).substr(3));
  std::string mixed = b.substr(0, 16) + a.substr(16);
  EXPECT_EQ(open(k, "v1:" + base64_encode(mixed)), std::nullopt);
}

TEST(BlindIndex, DeterministicKeyedHex) {
  DataKey k = test_key();
  std::string i1 = blind_index(k, "110101199003071234");
  EXPECT_EQ(i1.size(), 64u);
  EXPECT_TRUE(from_hex(i1).has_value());
  EXPECT_EQ(i1, blind_index(k, "110101199003071234"));
  EXPECT_NE(i1, blind_index(k, "110101199003071235"));
  EXPECT_NE(i1, blind_index(derive_data_key(std::string(32, '\x43')), "110101199003071234"));
}

}  // namespace
}  // namespace zp::crypto
