#include "crypto/ossl_util.h"

#include <openssl/err.h>

#include <cstdio>
#include <cstdlib>

namespace zp::crypto::detail {

void fatal(const char* what) {
  std::fprintf(stderr, "zp_crypto: fatal: %s\n", what);
  ERR_print_errors_fp(stderr);
  std::abort();
}

namespace {
template <class T>
T* must(T* p, const char* what) {
  if (p == nullptr) fatal(what);
  return p;
}
}  // namespace

const EVP_MD* md_sm3() {
  static const EVP_MD* md = must(EVP_MD_fetch(nullptr, "SM3", nullptr), "SM3 unavailable");
  return md;
}

const EVP_MD* md_sha1() {
  static const EVP_MD* md = must(EVP_MD_fetch(nullptr, "SHA1", nullptr), "SHA1 unavailable");
  return md;
}

const EVP_CIPHER* cipher_sm4_ctr() {
  static const EVP_CIPHER* c =
      must(EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr), "SM4-CTR unavailable");
  return c;
}

EVP_MAC* mac_hmac() {
  static EVP_MAC* m = must(EVP_MAC_fetch(nullptr, "HMAC", nullptr), "HMAC unavailable");
  return m;
}

}  // namespace zp::crypto::detail
