#include "crypto/token.h"

#include <gtest/gtest.h>

#include "crypto/random.h"
#include "crypto/sm3.h"

namespace zp::crypto {
namespace {

TEST(TokenHash, IsSm3HexOfToken) {
  EXPECT_EQ(token_hash("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  auto t = random_token();
  EXPECT_EQ(token_hash(t), sm3_hex(t));
  EXPECT_EQ(token_hash(t).size(), 64u);
  EXPECT_NE(token_hash(t), t);
  EXPECT_NE(token_hash(t), token_hash(random_token()));
}

}  // namespace
}  // namespace zp::crypto
