#include "crypto/ossl_util.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>

#include <new>

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

std::string hmac(const char* digest_name, std::size_t size, std::string_view key, std::string_view data) {
  MacCtx ctx(EVP_MAC_CTX_new(mac_hmac()));
  if (!ctx) throw std::bad_alloc();
  std::string digest(digest_name);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
      OSSL_PARAM_construct_end(),
  };
  // HMAC rejects a NULL key pointer even with length 0; point at a byte.
  static const unsigned char kEmpty = 0;
  const auto* k = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
  std::string out(size, '\0');
  std::size_t len = 0;
  if (EVP_MAC_init(ctx.get(), k, key.size(), params) != 1 ||
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1 ||
      EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, out.size()) != 1 ||
      len != size) {
    fatal("HMAC failed");
  }
  return out;
}

}  // namespace zp::crypto::detail
