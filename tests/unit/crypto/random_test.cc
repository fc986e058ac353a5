#include "crypto/random.h"

#include <gtest/gtest.h>

#include <set>

#include "crypto/password.h"

namespace zp::crypto {
namespace {

TEST(RandomBytes, LengthAndVariety) {
  EXPECT_EQ(random_bytes(0), "");
  EXPECT_EQ(random_bytes(1).size(), 1u);
  auto a = random_bytes(32), b = random_bytes(32);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
}

TEST(RandomToken, SixtyFourLowercaseHex) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    auto t = random_token();
    ASSERT_EQ(t.size(), 64u);
    for (char c : t) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << t;
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(RandomId, Base32LowercaseAlphabet) {
  EXPECT_EQ(random_id().size(), 16u);
  EXPECT_EQ(random_id(0), "");
  EXPECT_EQ(random_id(40).size(), 40u);
  std::set<char> chars;
  for (int i = 0; i < 200; ++i)
    for (char c : random_id()) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')) << c;
      chars.insert(c);
    }
  EXPECT_EQ(chars.size(), 32u);  // 3200 draws cover all 32 symbols
}

TEST(RandomPassword, MeetsPolicy) {
  for (int i = 0; i < 200; ++i) {
    auto pw = random_password();
    ASSERT_EQ(pw.size(), 16u);
    bool up = false, lo = false, dg = false, sy = false;
    for (char c : pw) {
      if (c >= 'A' && c <= 'Z') up = true;
      else if (c >= 'a' && c <= 'z') lo = true;
      else if (c >= '0' && c <= '9') dg = true;
      else sy = true;
      EXPECT_EQ(std::string("0Oo1lI").find(c), std::string::npos) << pw;
    }
    EXPECT_TRUE(up && lo && dg && sy) << pw;
    EXPECT_TRUE(password_strength(pw, "zhangsan").ok) << pw;
  }
  EXPECT_EQ(random_password(4).size(), 10u);  // raised to the minimum
  EXPECT_EQ(random_password(30).size(), 30u);
  EXPECT_NE(random_password(), random_password());
}

}  // namespace
}  // namespace zp::crypto
