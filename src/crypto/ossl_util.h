// Internal to zp_crypto: RAII owners for OpenSSL objects and algorithm handles
// fetched once per process. Not part of the public API.
#pragma once

#include <openssl/evp.h>

#include <memory>
#include <string>
#include <string_view>

namespace zp::crypto::detail {

struct EvpMdCtxFree { void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); } };
struct EvpCipherCtxFree { void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); } };
struct EvpMacCtxFree { void operator()(EVP_MAC_CTX* p) const { EVP_MAC_CTX_free(p); } };
struct EvpPkeyFree { void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); } };
struct EvpPkeyCtxFree { void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); } };

using MdCtx = std::unique_ptr<EVP_MD_CTX, EvpMdCtxFree>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, EvpCipherCtxFree>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, EvpMacCtxFree>;
using Pkey = std::unique_ptr<EVP_PKEY, EvpPkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, EvpPkeyCtxFree>;

// Algorithms fetched from the default provider on first use and kept for the
// life of the process. Each aborts the process (with a message on stderr) if
// the algorithm is unavailable: that is a build or configuration error
// (e.g. an OpenSSL without SM2/SM3/SM4), not a runtime condition.
const EVP_MD* md_sm3();
const EVP_MD* md_sha1();
const EVP_CIPHER* cipher_sm4_ctr();
EVP_MAC* mac_hmac();

// HMAC over `data` with the named digest ("SM3", "SHA1"); returns `size` raw bytes.
// An empty key is allowed. Aborts (fatal) if OpenSSL fails, which valid inputs never cause.
std::string hmac(const char* digest_name, std::size_t size, std::string_view key, std::string_view data);

// Aborts with `what` and the OpenSSL error queue on stderr. For failures that
// cannot happen with valid inputs and a working library (allocation aside).
[[noreturn]] void fatal(const char* what);

}  // namespace zp::crypto::detail
