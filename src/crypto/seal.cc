#include "crypto/seal.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <new>

#include "crypto/encoding.h"
#include "crypto/ossl_util.h"
#include "crypto/random.h"
#include "crypto/sm3.h"

namespace zp::crypto {

namespace {

constexpr std::string_view kPrefix = "v1:";
constexpr std::string_view kVersion = "v1";
constexpr std::size_t kIvSize = 16;
constexpr std::size_t kTagSize = 32;
constexpr std::size_t kEncKeySize = 16;

std::string expand(std::string_view prk, std::string_view label) {
  std::string info(label);
  info.push_back('\x01');
  return hmac_sm3(prk, info);
}

bool key_ok(const DataKey& key) { return key.enc.size() == kEncKeySize && !key.mac.empty(); }

std::string tag_of(const DataKey& key, std::string_view iv, std::string_view ct) {
  std::string msg;
  msg.reserve(kVersion.size() + iv.size() + ct.size());
  msg.append(kVersion).append(iv).append(ct);
  return hmac_sm3(key.mac, msg);
}

// SM4-CTR is its own inverse: the same call encrypts and decrypts.
std::string sm4_ctr(std::string_view key, std::string_view iv, std::string_view in) {
  detail::CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx) throw std::bad_alloc();
  std::string out(in.size(), '\0');
  int len = 0, fin = 0;
  if (EVP_EncryptInit_ex2(ctx.get(), detail::cipher_sm4_ctr(),
                          reinterpret_cast<const unsigned char*>(key.data()),
                          reinterpret_cast<const unsigned char*>(iv.data()), nullptr) != 1 ||
      EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                        reinterpret_cast<const unsigned char*>(in.data()),
                        static_cast<int>(in.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len,
                          &fin) != 1 ||
      static_cast<std::size_t>(len + fin) != in.size()) {
    detail::fatal("SM4-CTR failed");
  }
  return out;
}

}  // namespace

DataKey derive_data_key(std::string_view master) {
  const std::string prk = hmac_sm3("zhiping/seal/v1", master);
  DataKey k;
  k.enc = expand(prk, "enc").substr(0, kEncKeySize);
  k.mac = expand(prk, "mac");
  k.index = expand(prk, "index");
  return k;
}

std::string seal(const DataKey& key, std::string_view plaintext) {
  if (!key_ok(key)) detail::fatal("seal: malformed DataKey");
  if (plaintext.size() > (1u << 30)) throw std::bad_alloc();  // int lengths in EVP
  const std::string iv = random_bytes(kIvSize);
  std::string blob = iv;
  blob += sm4_ctr(key.enc, iv, plaintext);
  blob += tag_of(key, iv, std::string_view(blob).substr(kIvSize));
  std::string out(kPrefix);
  out += base64_encode(blob);
  return out;
}

std::optional<std::string> open(const DataKey& key, std::string_view sealed) {
  if (!key_ok(key)) return std::nullopt;
  if (sealed.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  auto blob = base64_decode(sealed.substr(kPrefix.size()));
  if (!blob || blob->size() < kIvSize + kTagSize) return std::nullopt;
  std::string_view b(*blob);
  const std::string_view iv = b.substr(0, kIvSize);
  const std::string_view ct = b.substr(kIvSize, b.size() - kIvSize - kTagSize);
  const std::string_view tag = b.substr(b.size() - kTagSize);
  const std::string expect = tag_of(key, iv, ct);
  if (CRYPTO_memcmp(expect.data(), tag.data(), kTagSize) != 0) return std::nullopt;
  return sm4_ctr(key.enc, iv, ct);
}

std::string blind_index(const DataKey& key, std::string_view value) {
  return to_hex(hmac_sm3(key.index, value));
}

}  // namespace zp::crypto
