#include "crypto/random.h"

#include <sodium.h>

#include <algorithm>
#include <string_view>

#include "crypto/encoding.h"
#include "crypto/sodium_init.h"

namespace zp::crypto {

std::string random_bytes(std::size_t n) {
  detail::ensure_sodium();
  std::string out(n, '\0');
  if (n > 0) randombytes_buf(out.data(), n);
  return out;
}

std::string random_token() { return to_hex(random_bytes(32)); }

std::string random_id(std::size_t chars) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::string out = random_bytes(chars);
  // 256 is a multiple of 32, so the low 5 bits of a uniform byte are uniform.
  for (char& c : out) c = kAlphabet[static_cast<unsigned char>(c) & 31u];
  return out;
}

namespace {
constexpr std::string_view kUpper = "ABCDEFGHJKLMNPQRSTUVWXYZ";   // no I, O
constexpr std::string_view kLower = "abcdefghijkmnpqrstuvwxyz";   // no l, o
constexpr std::string_view kDigit = "23456789";                   // no 0, 1
constexpr std::string_view kSymbol = "!#$%&*+-=?@^_";

char pick(std::string_view set) {
  return set[randombytes_uniform(static_cast<std::uint32_t>(set.size()))];
}
}  // namespace

std::string random_password(std::size_t len) {
  detail::ensure_sodium();
  len = std::max<std::size_t>(len, 10);
  static const std::string kAll = [] {
    std::string s;
    s.append(kUpper).append(kLower).append(kDigit).append(kSymbol);
    return s;
  }();
  std::string out;
  out.reserve(len);
  out.push_back(pick(kUpper));
  out.push_back(pick(kLower));
  out.push_back(pick(kDigit));
  out.push_back(pick(kSymbol));
  while (out.size() < len) out.push_back(pick(kAll));
  // Fisher-Yates so the guaranteed classes are not always in front.
  for (std::size_t i = out.size() - 1; i > 0; --i) {
    std::size_t j = randombytes_uniform(static_cast<std::uint32_t>(i + 1));
    std::swap(out[i], out[j]);
  }
  return out;
}

}  // namespace zp::crypto
