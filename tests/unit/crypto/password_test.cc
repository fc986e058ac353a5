#include "crypto/password.h"

#include <gtest/gtest.h>

#include <string>

namespace zp::crypto {
namespace {

TEST(PasswordHash, RoundTrip) {
  auto h = password_hash("Correct-Horse-9");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u) << *h;
  EXPECT_TRUE(password_verify(*h, "Correct-Horse-9"));
  EXPECT_FALSE(password_verify(*h, "Correct-Horse-8"));
  EXPECT_FALSE(password_verify(*h, ""));
  EXPECT_FALSE(password_needs_rehash(*h));
}

TEST(PasswordHash, SaltedAndBinarySafe) {
  auto a = password_hash("same password");
  auto b = password_hash("same password");
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  std::string with_nul("ab\0cd", 5);
  auto h = password_hash(with_nul);
  ASSERT_TRUE(h);
  EXPECT_TRUE(password_verify(*h, with_nul));
  EXPECT_FALSE(password_verify(*h, "ab"));
  auto cn = password_hash("职称评审密码2024");
  ASSERT_TRUE(cn);
  EXPECT_TRUE(password_verify(*cn, "职称评审密码2024"));
}

TEST(PasswordHash, MalformedHashesFail) {
  auto h = password_hash("Correct-Horse-9");
  ASSERT_TRUE(h);
  EXPECT_FALSE(password_verify("", "x"));
  EXPECT_FALSE(password_verify("not a hash", "not a hash"));
  EXPECT_FALSE(password_verify(h->substr(0, h->size() - 3), "Correct-Horse-9"));
  EXPECT_FALSE(password_verify(*h + std::string(200, 'A'), "Correct-Horse-9"));
  EXPECT_FALSE(password_verify(std::string(*h).insert(5, 1, '\0'), "Correct-Horse-9"));
  std::string tampered = *h;
  tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
  EXPECT_FALSE(password_verify(tampered, "Correct-Horse-9"));
  EXPECT_TRUE(password_needs_rehash("garbage"));
}

TEST(PasswordStrength, LengthBoundary) {
  auto nine = password_strength("Abcdef12!", "");
  EXPECT_FALSE(nine.ok);
  EXPECT_EQ(nine.message, "密码至少 10 个字符");
  auto ten = password_strength("Abcdef12!x", "");
  EXPECT_TRUE(ten.ok) << ten.message;
  EXPECT_EQ(ten.message, "");
}

TEST(PasswordStrength, CountsCodePointsNotBytes) {
  // 9 code points, 21 bytes: too short.
  EXPECT_FALSE(password_strength("职称评审Ab1cd", "").ok);
  // 10 code points: upper, lower, digit and symbol (Chinese counts as symbol).
  EXPECT_TRUE(password_strength("职称评审Ab1cde", "").ok);
  EXPECT_FALSE(password_strength(std::string(129, 'a') + "A1", "").ok);
  EXPECT_EQ(password_strength(std::string(129, 'a') + "A1", "").message, "密码不能超过 128 个字符");
  EXPECT_TRUE(password_strength(std::string(125, 'a') + "A1!", "").ok);
}

TEST(PasswordStrength, ThreeOfFourClasses) {
  const char* kMsg = "密码须包含大写字母、小写字母、数字、符号中的至少 3 类";
  EXPECT_EQ(password_strength("abcdefghijk", "").message, kMsg);   // 1 class
  EXPECT_EQ(password_strength("abcdefgh12", "").message, kMsg);    // 2 classes
  EXPECT_EQ(password_strength("ABCDEFGH!!", "").message, kMsg);    // 2 classes
  EXPECT_TRUE(password_strength("abcdefgh1X", "").ok);            // lower+digit+upper
  EXPECT_TRUE(password_strength("abcdefgh1!", "").ok);            // lower+digit+symbol
  EXPECT_TRUE(password_strength("ABCDEFGH1!", "").ok);            // upper+digit+symbol
  EXPECT_TRUE(password_strength("abcd EFGHij", "").ok);           // space is a symbol
}

TEST(PasswordStrength, UsernameCaseInsensitive) {
  auto r = password_strength("xxZhangSan9!", "zhangsan");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.message, "密码不能包含用户名");
  EXPECT_FALSE(password_strength("Admin-Strong-77", "ADMIN").ok);
  EXPECT_TRUE(password_strength("Zhang-Strong-77", "zhangsan").ok);
  // Usernames under 3 characters are not checked.
  EXPECT_TRUE(password_strength("Li-Strong-77x", "li").ok);
}

TEST(PasswordStrength, CommonPasswords) {
  for (const char* pw : {"Passw0rd!!", "password123", "1234567890", "qwertyuiop", "admin12345",
                         "PASSWORD@123", "Aa123456789", "Admin@123456"}) {
    auto r = password_strength(pw, "");
    EXPECT_FALSE(r.ok) << pw;
    EXPECT_EQ(r.message, "密码过于常见，请换一个") << pw;
  }
}

}  // namespace
}  // namespace zp::crypto
