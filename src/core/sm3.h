// SM3 cryptographic hash (GB/T 32905-2016), pure C++.
//
// Used by the verifiable draw (seed, DRBG, digests). Standard library only, so the
// rules layer can hash without OpenSSL; src/crypto may use OpenSSL's EVP for bulk work,
// the outputs are identical.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace zp::core {

using Sm3Digest = std::array<std::uint8_t, 32>;

// Incremental hasher. Not thread-safe; copyable (a copy continues independently).
class Sm3 {
 public:
  Sm3();
  void update(const void* data, std::size_t len);
  void update(std::string_view s) { update(s.data(), s.size()); }
  // Finishes and returns the digest. REQUIRES: not called twice without reset().
  Sm3Digest final();
  void reset();

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> v_;
  std::array<std::uint8_t, 64> buf_;
  std::size_t buf_len_ = 0;
  std::uint64_t total_len_ = 0;  // bytes
};

Sm3Digest sm3(std::string_view data);
// Lower-case hex of sm3(data).
std::string sm3_hex(std::string_view data);
// Lower-case hex of any byte string (a digest, a seed).
std::string to_hex(std::string_view bytes);
std::string to_hex(const Sm3Digest& d);
// The digest's 32 bytes as a string (for concatenation).
inline std::string digest_bytes(const Sm3Digest& d) {
  return std::string(reinterpret_cast<const char*>(d.data()), d.size());
}

}  // namespace zp::core
