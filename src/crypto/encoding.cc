#include "crypto/encoding.h"

#include <array>
#include <cstdint>

namespace zp::crypto {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr char kB64Std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kB64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kB32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

using Table = std::array<std::int8_t, 256>;

Table make_table(const char* alphabet, int size, bool fold_case) {
  Table t;
  t.fill(-1);
  for (int i = 0; i < size; ++i) {
    auto c = static_cast<unsigned char>(alphabet[i]);
    t[c] = static_cast<std::int8_t>(i);
    if (fold_case && c >= 'A' && c <= 'Z') t[c - 'A' + 'a'] = static_cast<std::int8_t>(i);
  }
  return t;
}

// Generic bit packer for base 2^bits alphabets (6 for base64, 5 for base32).
std::string encode_bits(std::string_view bytes, const char* alphabet, int bits) {
  std::string out;
  out.reserve((bytes.size() * 8 + bits - 1) / bits);
  std::uint32_t acc = 0;
  int have = 0;
  const std::uint32_t mask = (1u << bits) - 1;
  for (unsigned char b : bytes) {
    acc = (acc << 8) | b;
    have += 8;
    while (have >= bits) {
      have -= bits;
      out.push_back(alphabet[(acc >> have) & mask]);
    }
  }
  if (have > 0) out.push_back(alphabet[(acc << (bits - have)) & mask]);
  return out;
}

std::optional<std::string> decode_bits(std::string_view text, const Table& table, int bits) {
  std::string out;
  out.reserve(text.size() * bits / 8);
  std::uint32_t acc = 0;
  int have = 0;
  for (char ch : text) {
    int v = table[static_cast<unsigned char>(ch)];
    if (v < 0) return std::nullopt;
    acc = (acc << bits) | static_cast<std::uint32_t>(v);
    have += bits;
    if (have >= 8) {
      have -= 8;
      out.push_back(static_cast<char>((acc >> have) & 0xffu));
    }
  }
  // Leftover bits must be fewer than one character's worth and all zero;
  // otherwise the length is impossible or the encoding is non-canonical.
  if (have >= bits) return std::nullopt;
  if ((acc & ((1u << have) - 1)) != 0) return std::nullopt;
  return out;
}

}  // namespace

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.resize(bytes.size() * 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    out[2 * i] = kDigits[b >> 4];
    out[2 * i + 1] = kDigits[b & 15];
  }
  return out;
}

std::optional<std::string> from_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out(hex.size() / 2, '\0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    int hi = hex_value(hex[2 * i]);
    int lo = hex_value(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<char>((hi << 4) | lo);
  }
  return out;
}

std::string base64_encode(std::string_view bytes) {
  std::string out = encode_bits(bytes, kB64Std, 6);
  while (out.size() % 4 != 0) out.push_back('=');
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  static const Table table = make_table(kB64Std, 64, false);
  if (text.size() % 4 != 0) return std::nullopt;
  std::size_t pad = 0;
  while (pad < 2 && pad < text.size() && text[text.size() - 1 - pad] == '=') ++pad;
  // A third '=' (or a lone "=" group) is caught by decode_bits as an invalid
  // character or an impossible length.
  return decode_bits(text.substr(0, text.size() - pad), table, 6);
}

std::string base64url_encode(std::string_view bytes) { return encode_bits(bytes, kB64Url, 6); }

std::optional<std::string> base64url_decode(std::string_view text) {
  static const Table table = make_table(kB64Url, 64, false);
  return decode_bits(text, table, 6);
}

std::string base32_encode(std::string_view bytes) { return encode_bits(bytes, kB32, 5); }

std::optional<std::string> base32_decode(std::string_view text) {
  static const Table table = make_table(kB32, 32, true);
  return decode_bits(text, table, 5);
}

}  // namespace zp::crypto
