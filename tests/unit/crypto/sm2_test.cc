#include "crypto/sm2.h"

#include "crypto/encoding.h"

#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <string>

namespace zp::crypto {
namespace {

class Sm2 : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = sm2_generate();
    auto b = sm2_generate();
    ASSERT_TRUE(a && b);
    alice_ = new Sm2KeyPair(*a);
    bob_ = new Sm2KeyPair(*b);
  }
  static void TearDownTestSuite() {
    delete alice_;
    delete bob_;
  }
  static Sm2KeyPair* alice_;
  static Sm2KeyPair* bob_;
};
Sm2KeyPair* Sm2::alice_ = nullptr;
Sm2KeyPair* Sm2::bob_ = nullptr;

TEST_F(Sm2, GeneratesPemPair) {
  EXPECT_EQ(alice_->private_pem.rfind("-----BEGIN PRIVATE KEY-----", 0), 0u);
  EXPECT_EQ(alice_->public_pem.rfind("-----BEGIN PUBLIC KEY-----", 0), 0u);
  EXPECT_NE(alice_->public_pem, bob_->public_pem);
  EXPECT_EQ(sm2_public_pem(alice_->private_pem), alice_->public_pem);
  EXPECT_EQ(sm2_public_pem("garbage"), std::nullopt);
}

// The point is the SubjectPublicKeyInfo's BIT STRING: the last 65 bytes of the DER.
TEST_F(Sm2, PublicPointIsTheUncompressedKeyOfThePem) {
  auto der_of = [](const std::string& pem) {
    std::string b64;
    for (std::size_t pos = pem.find('\n') + 1; pos < pem.size();) {
      std::size_t nl = pem.find('\n', pos);
      std::string line = pem.substr(pos, nl - pos);
      if (line.rfind("-----", 0) == 0) break;
      b64 += line;
      pos = nl + 1;
    }
    return base64_decode(b64).value_or("");
  };
  auto a = sm2_public_point(alice_->public_pem);
  auto b = sm2_public_point(bob_->public_pem);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->size(), 65u);
  EXPECT_EQ((*a)[0], '\x04');
  EXPECT_NE(*a, *b);
  const std::string der = der_of(alice_->public_pem);
  ASSERT_GT(der.size(), 65u);
  EXPECT_EQ(der.substr(der.size() - 65), *a);
  EXPECT_EQ(sm2_public_point("garbage"), std::nullopt);
  EXPECT_EQ(sm2_public_point(alice_->private_pem), std::nullopt);  // not a public key PEM
}

TEST_F(Sm2, SignVerifyRoundTrip) {
  const std::string msg = "审计检查点 #42: h=66c7f0f4";
  auto sig = sm2_sign(alice_->private_pem, msg);
  ASSERT_TRUE(sig);
  EXPECT_GE(sig->size(), 8u);
  EXPECT_LE(sig->size(), 72u);
  EXPECT_EQ((*sig)[0], '\x30');  // DER SEQUENCE
  EXPECT_TRUE(sm2_verify(alice_->public_pem, msg, *sig));
  auto sig2 = sm2_sign(alice_->private_pem, msg);
  ASSERT_TRUE(sig2);
  EXPECT_NE(*sig, *sig2);  // randomised
  EXPECT_TRUE(sm2_verify(alice_->public_pem, msg, *sig2));
  auto empty = sm2_sign(alice_->private_pem, "");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(sm2_verify(alice_->public_pem, "", *empty));
}

TEST_F(Sm2, AlteredMessageFails) {
  auto sig = sm2_sign(alice_->private_pem, "message");
  ASSERT_TRUE(sig);
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "messagE", *sig));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message ", *sig));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "", *sig));
}

TEST_F(Sm2, AlteredSignatureFails) {
  auto sig = sm2_sign(alice_->private_pem, "message");
  ASSERT_TRUE(sig);
  for (std::size_t i = 0; i < sig->size(); ++i) {
    std::string t = *sig;
    t[i] = static_cast<char>(t[i] ^ 0x01);
    EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", t)) << i;
  }
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", sig->substr(0, sig->size() - 1)));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", *sig + '\0'));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", ""));
}

TEST_F(Sm2, WrongKeyFails) {
  auto sig = sm2_sign(alice_->private_pem, "message");
  ASSERT_TRUE(sig);
  EXPECT_FALSE(sm2_verify(bob_->public_pem, "message", *sig));
}

TEST_F(Sm2, DifferentIdFails) {
  auto sig = sm2_sign(alice_->private_pem, "message", "alice@example.cn");
  ASSERT_TRUE(sig);
  EXPECT_TRUE(sm2_verify(alice_->public_pem, "message", *sig, "alice@example.cn"));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", *sig));
  auto def = sm2_sign(alice_->private_pem, "message");
  ASSERT_TRUE(def);
  EXPECT_TRUE(sm2_verify(alice_->public_pem, "message", *def, kSm2DefaultId));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", *def, "1234567812345679"));
  EXPECT_FALSE(sm2_verify(alice_->public_pem, "message", *def, ""));
}

TEST_F(Sm2, BadKeysAreRejected) {
  EXPECT_EQ(sm2_sign("", "m"), std::nullopt);
  EXPECT_EQ(sm2_sign("not a pem", "m"), std::nullopt);
  EXPECT_EQ(sm2_sign(alice_->public_pem, "m"), std::nullopt);  // public, not private
  auto sig = sm2_sign(alice_->private_pem, "m");
  ASSERT_TRUE(sig);
  EXPECT_FALSE(sm2_verify("", "m", *sig));
  EXPECT_FALSE(sm2_verify(alice_->private_pem, "m", *sig));  // private PEM as public
  EXPECT_EQ(sm2_sign(alice_->private_pem, "m", std::string(8192, 'x')), std::nullopt);

  // A NIST P-256 key is not an SM2 key.
  EVP_PKEY* p256 = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  ASSERT_NE(p256, nullptr);
  BIO* b = BIO_new(BIO_s_mem());
  ASSERT_EQ(PEM_write_bio_PrivateKey(b, p256, nullptr, nullptr, 0, nullptr, nullptr), 1);
  char* data = nullptr;
  long n = BIO_get_mem_data(b, &data);
  std::string pem(data, static_cast<std::size_t>(n));
  BIO_free(b);
  EVP_PKEY_free(p256);
  EXPECT_EQ(sm2_sign(pem, "m"), std::nullopt);
}

}  // namespace
}  // namespace zp::crypto
