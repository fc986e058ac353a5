#include "core/sm3.h"

#include <algorithm>
#include <cstring>

namespace zp::core {
namespace {

constexpr std::array<std::uint32_t, 8> kIv = {0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600,
                                              0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e};

inline std::uint32_t rotl(std::uint32_t x, unsigned n) {
  n &= 31;
  return n == 0 ? x : (x << n) | (x >> (32 - n));
}
inline std::uint32_t p0(std::uint32_t x) { return x ^ rotl(x, 9) ^ rotl(x, 17); }
inline std::uint32_t p1(std::uint32_t x) { return x ^ rotl(x, 15) ^ rotl(x, 23); }
inline std::uint32_t load_be(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

}  // namespace

Sm3::Sm3() { reset(); }

void Sm3::reset() {
  v_ = kIv;
  buf_len_ = 0;
  total_len_ = 0;
}

void Sm3::compress(const std::uint8_t* block) {
  std::uint32_t w[68];
  std::uint32_t w1[64];
  for (int j = 0; j < 16; ++j) w[j] = load_be(block + 4 * j);
  for (int j = 16; j < 68; ++j)
    w[j] = p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6];
  for (int j = 0; j < 64; ++j) w1[j] = w[j] ^ w[j + 4];

  std::uint32_t a = v_[0], b = v_[1], c = v_[2], d = v_[3];
  std::uint32_t e = v_[4], f = v_[5], g = v_[6], h = v_[7];
  for (int j = 0; j < 64; ++j) {
    const std::uint32_t t = j < 16 ? 0x79cc4519u : 0x7a879d8au;
    const std::uint32_t ss1 = rotl(rotl(a, 12) + e + rotl(t, static_cast<unsigned>(j)), 7);
    const std::uint32_t ss2 = ss1 ^ rotl(a, 12);
    const std::uint32_t ff = j < 16 ? (a ^ b ^ c) : ((a & b) | (a & c) | (b & c));
    const std::uint32_t gg = j < 16 ? (e ^ f ^ g) : ((e & f) | (~e & g));
    const std::uint32_t tt1 = ff + d + ss2 + w1[j];
    const std::uint32_t tt2 = gg + h + ss1 + w[j];
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = p0(tt2);
  }
  v_[0] ^= a; v_[1] ^= b; v_[2] ^= c; v_[3] ^= d;
  v_[4] ^= e; v_[5] ^= f; v_[6] ^= g; v_[7] ^= h;
}

void Sm3::update(const void* data, std::size_t len) {
  const auto* p = static_cast<const std::uint8_t*>(data);
  total_len_ += len;
  if (buf_len_ > 0) {
    const std::size_t take = std::min(len, 64 - buf_len_);
    std::memcpy(buf_.data() + buf_len_, p, take);
    buf_len_ += take;
    p += take;
    len -= take;
    if (buf_len_ < 64) return;
    compress(buf_.data());
    buf_len_ = 0;
  }
  while (len >= 64) {
    compress(p);
    p += 64;
    len -= 64;
  }
  if (len > 0) {
    std::memcpy(buf_.data(), p, len);
    buf_len_ = len;
  }
}

Sm3Digest Sm3::final() {
  const std::uint64_t bits = total_len_ * 8;
  const std::uint8_t one = 0x80;
  update(&one, 1);
  const std::uint8_t zero[64] = {};
  const std::size_t pad = (buf_len_ <= 56) ? 56 - buf_len_ : 120 - buf_len_;
  update(zero, pad);
  std::uint8_t len_be[8];
  for (int i = 0; i < 8; ++i) len_be[i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
  update(len_be, 8);
  Sm3Digest out{};
  for (int i = 0; i < 8; ++i) {
    out[4 * i] = static_cast<std::uint8_t>(v_[i] >> 24);
    out[4 * i + 1] = static_cast<std::uint8_t>(v_[i] >> 16);
    out[4 * i + 2] = static_cast<std::uint8_t>(v_[i] >> 8);
    out[4 * i + 3] = static_cast<std::uint8_t>(v_[i]);
  }
  return out;
}

Sm3Digest sm3(std::string_view data) {
  Sm3 h;
  h.update(data);
  return h.final();
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  s.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    s.push_back(kDigits[c >> 4]);
    s.push_back(kDigits[c & 15]);
  }
  return s;
}

std::string to_hex(const Sm3Digest& d) { return to_hex(digest_bytes(d)); }

std::string sm3_hex(std::string_view data) { return to_hex(sm3(data)); }

}  // namespace zp::core
