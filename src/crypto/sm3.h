// SM3 (GB/T 32905-2016) hashing and HMAC-SM3, via OpenSSL 3 EVP.
//
// None of these fail for any input: SM3 is fetched from OpenSSL's default
// provider once per process, and an OpenSSL built without SM3 aborts the
// process on first use (a build error, not a runtime condition). Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace zp::crypto {

inline constexpr std::size_t kSm3Size = 32;

// SM3 digest of `data`: 32 raw bytes.
std::string sm3(std::string_view data);
// SM3 digest of `data` as 64 lowercase hex characters.
// sm3_hex("abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0".
std::string sm3_hex(std::string_view data);

// HMAC (RFC 2104) with SM3 as the hash: 32 raw bytes. Any key length is
// accepted (keys longer than 64 bytes are hashed first, per RFC 2104).
std::string hmac_sm3(std::string_view key, std::string_view data);

// Incremental SM3 for inputs that arrive in pieces (files, hash chains).
// Usage: Sm3Hasher h; h.update(a); h.update(b); std::string d = h.finish();
// finish() returns the 32-byte digest of everything updated since
// construction or the previous finish(), and resets the hasher for reuse.
class Sm3Hasher {
 public:
  Sm3Hasher();
  ~Sm3Hasher();
  Sm3Hasher(const Sm3Hasher&) = delete;
  Sm3Hasher& operator=(const Sm3Hasher&) = delete;

  Sm3Hasher& update(std::string_view data);
  std::string finish();

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so this header needs no OpenSSL
};

}  // namespace zp::crypto
