#include "crypto/sm2.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/pem.h>

#include <memory>
#include <new>

#include "crypto/ossl_util.h"

namespace zp::crypto {

namespace {

struct BioFree { void operator()(BIO* b) const { BIO_free(b); } };
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr std::size_t kMaxIdBytes = 8191;  // ENTL_A is a 16-bit bit count

// Never prompt for a passphrase: an encrypted key simply fails to load.
int no_passphrase(char*, int, int, void*) { return -1; }

Bio read_bio(std::string_view text) {
  Bio b(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
  if (!b) throw std::bad_alloc();
  return b;
}

bool is_sm2(EVP_PKEY* k) { return k != nullptr && EVP_PKEY_is_a(k, "SM2"); }

detail::Pkey load_private(std::string_view pem) {
  if (pem.size() > (1u << 20)) return nullptr;
  Bio b = read_bio(pem);
  detail::Pkey k(PEM_read_bio_PrivateKey(b.get(), nullptr, no_passphrase, nullptr));
  ERR_clear_error();
  if (!is_sm2(k.get())) return nullptr;
  return k;
}

detail::Pkey load_public(std::string_view pem) {
  if (pem.size() > (1u << 20)) return nullptr;
  Bio b = read_bio(pem);
  detail::Pkey k(PEM_read_bio_PUBKEY(b.get(), nullptr, no_passphrase, nullptr));
  ERR_clear_error();
  if (!is_sm2(k.get())) return nullptr;
  return k;
}

std::optional<std::string> bio_text(BIO* b) {
  char* data = nullptr;
  long n = BIO_get_mem_data(b, &data);
  if (n <= 0 || data == nullptr) return std::nullopt;
  return std::string(data, static_cast<std::size_t>(n));
}

std::optional<std::string> public_pem_of(EVP_PKEY* k) {
  Bio b(BIO_new(BIO_s_mem()));
  if (!b) throw std::bad_alloc();
  if (PEM_write_bio_PUBKEY(b.get(), k) != 1) return std::nullopt;
  return bio_text(b.get());
}

// A digest context set up for SM3 with the SM2 id, for signing or verifying.
// The id must be set on the key context before the DigestSign/VerifyInit.
// EVP_MD_CTX_set_pkey_ctx does not transfer ownership, so both live here;
// members are destroyed in reverse order (md first).
struct SignCtx {
  detail::PkeyCtx pctx;
  detail::MdCtx md;
};

std::optional<SignCtx> digest_ctx(EVP_PKEY* k, std::string_view id, bool sign) {
  if (id.size() > kMaxIdBytes) return std::nullopt;
  SignCtx c{detail::PkeyCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, k, nullptr)),
            detail::MdCtx(EVP_MD_CTX_new())};
  if (!c.md || !c.pctx) throw std::bad_alloc();
  if (EVP_PKEY_CTX_set1_id(c.pctx.get(), id.data(), static_cast<int>(id.size())) <= 0) {
    ERR_clear_error();
    return std::nullopt;
  }
  EVP_MD_CTX_set_pkey_ctx(c.md.get(), c.pctx.get());
  int rc = sign ? EVP_DigestSignInit(c.md.get(), nullptr, detail::md_sm3(), nullptr, k)
                : EVP_DigestVerifyInit(c.md.get(), nullptr, detail::md_sm3(), nullptr, k);
  if (rc != 1) {
    ERR_clear_error();
    return std::nullopt;
  }
  return c;
}

}  // namespace

std::optional<Sm2KeyPair> sm2_generate() {
  detail::Pkey k(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
  if (!k) {
    ERR_clear_error();
    return std::nullopt;
  }
  Bio priv(BIO_new(BIO_s_mem()));
  if (!priv) throw std::bad_alloc();
  if (PEM_write_bio_PrivateKey(priv.get(), k.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    ERR_clear_error();
    return std::nullopt;
  }
  auto priv_pem = bio_text(priv.get());
  auto pub_pem = public_pem_of(k.get());
  if (!priv_pem || !pub_pem) return std::nullopt;
  return Sm2KeyPair{std::move(*priv_pem), std::move(*pub_pem)};
}

std::optional<std::string> sm2_public_pem(std::string_view private_pem) {
  detail::Pkey k = load_private(private_pem);
  if (!k) return std::nullopt;
  return public_pem_of(k.get());
}

std::optional<std::string> sm2_public_point(std::string_view public_pem) {
  detail::Pkey k = load_public(public_pem);
  if (!k) return std::nullopt;
  unsigned char buf[65];
  std::size_t len = 0;
  if (EVP_PKEY_get_octet_string_param(k.get(), OSSL_PKEY_PARAM_PUB_KEY, buf, sizeof buf, &len) != 1 ||
      len != sizeof buf || buf[0] != 0x04) {
    ERR_clear_error();
    return std::nullopt;
  }
  return std::string(reinterpret_cast<const char*>(buf), len);
}

std::optional<std::string> sm2_sign(std::string_view private_pem, std::string_view message,
                                    std::string_view id) {
  detail::Pkey k = load_private(private_pem);
  if (!k) return std::nullopt;
  auto c = digest_ctx(k.get(), id, true);
  if (!c) return std::nullopt;
  EVP_MD_CTX* md = c->md.get();
  const auto* msg = reinterpret_cast<const unsigned char*>(message.data());
  const int max = EVP_PKEY_get_size(k.get());  // upper bound of the DER signature
  if (max <= 0) return std::nullopt;
  std::string sig(static_cast<std::size_t>(max), '\0');
  std::size_t len = sig.size();
  if (EVP_DigestSign(md, reinterpret_cast<unsigned char*>(sig.data()), &len, msg,
                     message.size()) != 1) {
    ERR_clear_error();
    return std::nullopt;
  }
  sig.resize(len);
  return sig;
}

bool sm2_verify(std::string_view public_pem, std::string_view message,
                std::string_view signature, std::string_view id) {
  detail::Pkey k = load_public(public_pem);
  if (!k) return false;
  auto c = digest_ctx(k.get(), id, false);
  if (!c) return false;
  EVP_MD_CTX* md = c->md.get();
  int rc = EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.data()),
                            signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()),
                            message.size());
  ERR_clear_error();
  return rc == 1;
}

}  // namespace zp::crypto
