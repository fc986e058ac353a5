#include "crypto/sm3.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <new>

#include "crypto/encoding.h"
#include "crypto/ossl_util.h"

namespace zp::crypto {

std::string sm3(std::string_view data) {
  std::string out(kSm3Size, '\0');
  unsigned int len = 0;
  if (EVP_Digest(data.data(), data.size(), reinterpret_cast<unsigned char*>(out.data()), &len,
                 detail::md_sm3(), nullptr) != 1 ||
      len != kSm3Size) {
    detail::fatal("EVP_Digest(SM3) failed");
  }
  return out;
}

std::string sm3_hex(std::string_view data) { return to_hex(sm3(data)); }

std::string hmac_sm3(std::string_view key, std::string_view data) {
  return detail::hmac("SM3", kSm3Size, key, data);
}

Sm3Hasher::Sm3Hasher() : ctx_(EVP_MD_CTX_new()) {
  if (ctx_ == nullptr) throw std::bad_alloc();
  if (EVP_DigestInit_ex2(static_cast<EVP_MD_CTX*>(ctx_), detail::md_sm3(), nullptr) != 1)
    detail::fatal("EVP_DigestInit(SM3) failed");
}

Sm3Hasher::~Sm3Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

Sm3Hasher& Sm3Hasher::update(std::string_view data) {
  if (EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data.data(), data.size()) != 1)
    detail::fatal("EVP_DigestUpdate(SM3) failed");
  return *this;
}

std::string Sm3Hasher::finish() {
  auto* ctx = static_cast<EVP_MD_CTX*>(ctx_);
  std::string out(kSm3Size, '\0');
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()), &len) != 1 ||
      len != kSm3Size || EVP_DigestInit_ex2(ctx, detail::md_sm3(), nullptr) != 1) {
    detail::fatal("EVP_DigestFinal(SM3) failed");
  }
  return out;
}

}  // namespace zp::crypto
