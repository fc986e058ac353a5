#include "crypto/encoding.h"

#include <gtest/gtest.h>

#include "crypto/random.h"

namespace zp::crypto {
namespace {

TEST(Hex, RoundTripAndCase) {
  EXPECT_EQ(to_hex(""), "");
  EXPECT_EQ(to_hex(std::string("\x00\x01\xab\xff", 4)), "0001abff");
  EXPECT_EQ(from_hex("0001ABff"), std::string("\x00\x01\xab\xff", 4));
  EXPECT_EQ(from_hex(""), "");
  for (int n = 0; n < 64; ++n) {
    auto b = random_bytes(n);
    EXPECT_EQ(from_hex(to_hex(b)), b);
  }
}

TEST(Hex, RejectsBadInput) {
  EXPECT_EQ(from_hex("abc"), std::nullopt);
  EXPECT_EQ(from_hex("zz"), std::nullopt);
  EXPECT_EQ(from_hex("0g"), std::nullopt);
  EXPECT_EQ(from_hex(" 0"), std::nullopt);
}

// RFC 4648 §10 test vectors.
TEST(Base64, Rfc4648Vectors) {
  const char* in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  const char* b64[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
  const char* url[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
  const char* b32[] = {"", "MY", "MZXQ", "MZXW6", "MZXW6YQ", "MZXW6YTB", "MZXW6YTBOI"};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(base64_encode(in[i]), b64[i]);
    EXPECT_EQ(base64_decode(b64[i]), in[i]);
    EXPECT_EQ(base64url_encode(in[i]), url[i]);
    EXPECT_EQ(base64url_decode(url[i]), in[i]);
    EXPECT_EQ(base32_encode(in[i]), b32[i]);
    EXPECT_EQ(base32_decode(b32[i]), in[i]);
  }
  EXPECT_EQ(base32_decode("mzxw6ytboi"), "foobar");
}

TEST(Base64, AlphabetsDiffer) {
  std::string b("\xfb\xff\xbf", 3);
  EXPECT_EQ(base64_encode(b), "+/+/");
  EXPECT_EQ(base64url_encode(b), "-_-_");
  EXPECT_EQ(base64_decode("-_-_"), std::nullopt);
  EXPECT_EQ(base64url_decode("+/+/"), std::nullopt);
}

TEST(Base64, RandomRoundTrip) {
  for (int n = 0; n < 100; ++n) {
    auto b = random_bytes(n);
    EXPECT_EQ(base64_decode(base64_encode(b)), b);
    EXPECT_EQ(base64url_decode(base64url_encode(b)), b);
    EXPECT_EQ(base32_decode(base32_encode(b)), b);
  }
}

TEST(Base64, RejectsNonCanonical) {
  EXPECT_EQ(base64_decode("Zg="), std::nullopt);     // bad length
  EXPECT_EQ(base64_decode("Zg"), std::nullopt);      // padding required
  EXPECT_EQ(base64_decode("Zh=="), std::nullopt);    // non-zero trailing bits
  EXPECT_EQ(base64_decode("Z==="), std::nullopt);    // impossible length
  EXPECT_EQ(base64_decode("===="), std::nullopt);
  EXPECT_EQ(base64_decode("Zg==Zg=="), std::nullopt);  // padding in the middle
  EXPECT_EQ(base64_decode("Zm9v\n"), std::nullopt);
  EXPECT_EQ(base64url_decode("Zg=="), std::nullopt);
  EXPECT_EQ(base64url_decode("Z"), std::nullopt);
  EXPECT_EQ(base64url_decode("Zh"), std::nullopt);
  EXPECT_EQ(base32_decode("M"), std::nullopt);
  EXPECT_EQ(base32_decode("MZX"), std::nullopt);
  EXPECT_EQ(base32_decode("MZ"), std::nullopt);      // trailing bits set
  EXPECT_EQ(base32_decode("MY======"), std::nullopt);
  EXPECT_EQ(base32_decode("M1"), std::nullopt);
}

}  // namespace
}  // namespace zp::crypto
