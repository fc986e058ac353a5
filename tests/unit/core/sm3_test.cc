#include "core/sm3.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/drbg.h"

namespace zp::core {
namespace {

TEST(Sm3, StandardVectorAbc) {
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

TEST(Sm3, StandardVectorAbcdTimes16) {
  std::string s;
  for (int i = 0; i < 16; ++i) s += "abcd";
  EXPECT_EQ(sm3_hex(s), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
}

TEST(Sm3, EmptyString) {
  EXPECT_EQ(sm3_hex(""), "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
}

TEST(Sm3, IncrementalEqualsOneShotAtEverySplit) {
  std::string s;
  for (int i = 0; i < 200; ++i) s.push_back(static_cast<char>(i * 7 + 3));
  for (std::size_t len : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 119u, 120u, 128u, 200u}) {
    const std::string_view part(s.data(), len);
    const auto want = sm3(part);
    for (std::size_t cut = 0; cut <= len; cut += 7) {
      Sm3 h;
      h.update(part.substr(0, cut));
      h.update(part.substr(cut));
      EXPECT_EQ(h.final(), want) << "len " << len << " cut " << cut;
    }
  }
}

TEST(Sm3, ResetStartsOver) {
  Sm3 h;
  h.update("garbage");
  h.reset();
  h.update("abc");
  EXPECT_EQ(to_hex(h.final()), sm3_hex("abc"));
}

TEST(Drbg, BlockZeroIsSm3OfSeedAndCounter) {
  Drbg d("seed");
  std::string input = "seed";
  input.append(8, '\0');
  const auto block = sm3(input);
  std::uint64_t want = 0;
  for (int i = 0; i < 8; ++i) want = (want << 8) | block[i];
  EXPECT_EQ(d.next_u64(), want);
  d.next_u64();
  d.next_u64();
  d.next_u64();
  EXPECT_EQ(d.blocks(), 1u);
  const std::uint64_t fifth = d.next_u64();  // first word of block_1
  std::string input1 = "seed";
  input1.append(7, '\0');
  input1.push_back('\1');
  const auto block1 = sm3(input1);
  std::uint64_t want1 = 0;
  for (int i = 0; i < 8; ++i) want1 = (want1 << 8) | block1[i];
  EXPECT_EQ(fifth, want1);
  EXPECT_EQ(d.blocks(), 2u);
}

TEST(Drbg, DeterministicForSameSeedDifferentForOther) {
  Drbg a("s1"), b("s1"), c("s2");
  for (int i = 0; i < 100; ++i) {
    const auto x = a.next_u64();
    EXPECT_EQ(x, b.next_u64());
    EXPECT_NE(x, c.next_u64());
  }
}

TEST(Drbg, UniformStaysInRangeAndCoversIt) {
  Drbg d("uniform");
  std::set<std::uint64_t> seen;
  for (int i = 0; i < 2000; ++i) {
    const auto x = d.uniform(7);
    ASSERT_LT(x, 7u);
    seen.insert(x);
  }
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(d.uniform(1), 0u);
}

TEST(Drbg, UniformIsRoughlyFlat) {
  Drbg d("flat");
  int counts[10] = {};
  const int n = 100000;
  for (int i = 0; i < n; ++i) ++counts[d.uniform(10)];
  for (int c : counts) EXPECT_NEAR(c, n / 10, 600);  // > 6 sigma
}

TEST(Drbg, UniformRejectsBelowThreshold) {
  // n = 2^63 + 1: t = 2^64 mod n = 2^63 - 1, so about half the words are rejected;
  // the result must equal the first accepted word mod n.
  const std::uint64_t n = (std::uint64_t{1} << 63) + 1;
  const std::uint64_t t = (0 - n) % n;
  Drbg ref("rej"), d("rej");
  std::uint64_t x;
  do x = ref.next_u64();
  while (x < t);
  EXPECT_EQ(d.uniform(n), x % n);
}

}  // namespace
}  // namespace zp::core
