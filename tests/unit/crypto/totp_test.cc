#include "crypto/totp.h"

#include <gtest/gtest.h>

namespace zp::crypto {
namespace {

const std::string kSecret = "12345678901234567890";  // RFC 6238 Appendix B, SHA1

// RFC 6238 Appendix B (8-digit values; the 6-digit code is the last six).
TEST(Totp, Rfc6238Vectors) {
  EXPECT_EQ(totp_code(kSecret, 59), "287082");                  // 94287082
  EXPECT_EQ(totp_code(kSecret, 1111111109), "081804");          // 07081804
  EXPECT_EQ(totp_code(kSecret, 1111111111), "050471");          // 14050471
  EXPECT_EQ(totp_code(kSecret, 1234567890), "005924");          // 89005924
  EXPECT_EQ(totp_code(kSecret, 2000000000), "279037");          // 69279037
  EXPECT_EQ(totp_code(kSecret, 20000000000LL), "353130");       // 65353130
}

// RFC 4226 Appendix D: HOTP values for counters 0..2 (step = t / 30).
TEST(Totp, Rfc4226Counters) {
  EXPECT_EQ(totp_code(kSecret, 0), "755224");
  EXPECT_EQ(totp_code(kSecret, 30), "287082");
  EXPECT_EQ(totp_code(kSecret, 60), "359152");
}

TEST(Totp, WindowOfOneStep) {
  const std::int64_t t = 1111111111;  // step 37037037
  const std::string code = totp_code(kSecret, t);
  EXPECT_EQ(totp_match(kSecret, code, t), 37037037);
  EXPECT_TRUE(totp_verify(kSecret, code, t + 30));   // next step: previous code accepted
  EXPECT_TRUE(totp_verify(kSecret, code, t - 30));   // clock behind by one step
  EXPECT_EQ(totp_match(kSecret, code, t + 30), 37037037);
  EXPECT_FALSE(totp_verify(kSecret, code, t + 60));
  EXPECT_FALSE(totp_verify(kSecret, code, t - 60));
}

TEST(Totp, RejectsMalformedCodesAndOtherSecrets) {
  const std::int64_t t = 1234567890;
  EXPECT_FALSE(totp_verify(kSecret, "05924", t));
  EXPECT_FALSE(totp_verify(kSecret, "0059240", t));
  EXPECT_FALSE(totp_verify(kSecret, "00592a", t));
  EXPECT_FALSE(totp_verify(kSecret, "", t));
  EXPECT_FALSE(totp_verify("another secret 12345", "005924", t));
  EXPECT_TRUE(totp_verify(kSecret, "005924", t));
}

TEST(Totp, SecretAndUri) {
  EXPECT_EQ(totp_secret().size(), 20u);
  EXPECT_NE(totp_secret(), totp_secret());
  EXPECT_EQ(totp_uri(kSecret, "职评", "zhang san"),
            "otpauth://totp/%E8%81%8C%E8%AF%84:zhang%20san?secret="
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%E8%81%8C%E8%AF%84"
            "&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace zp::crypto
