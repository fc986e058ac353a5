#include "crypto/password.h"

#include <sodium.h>

#include <array>

#include "crypto/sodium_init.h"

namespace zp::crypto {

namespace {

constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// libsodium reads the hash as a NUL-terminated C string of fewer than
// crypto_pwhash_STRBYTES bytes; anything else cannot be one of ours.
bool plausible_hash(std::string_view hash) {
  return !hash.empty() && hash.size() < crypto_pwhash_STRBYTES &&
         hash.find('\0') == std::string_view::npos;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::size_t utf8_code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0u) != 0x80u) ++n;  // count every byte that is not a continuation
  return n;
}

// Lowercase; compared after ascii_lower. Only entries of 10+ characters
// matter (shorter ones fail the length rule first).
constexpr std::array<std::string_view, 40> kCommon = {
    "password123", "password1234", "password@123", "password!123", "passw0rd!!",
    "p@ssw0rd123", "p@ssw0rd!!", "passw0rd123", "1234567890", "12345678910",
    "0123456789", "0987654321", "1234554321", "1111111111", "1qaz2wsx3edc",
    "1q2w3e4r5t", "1q2w3e4r5t6y", "qwertyuiop", "qwerty123456", "qwer1234!@#$",
    "asdfghjkl;", "admin12345", "admin123456", "admin@12345", "admin@123456",
    "administrator", "abc1234567", "abc@123456", "abcd123456", "abcd@123456",
    "aa123456789", "a123456789", "aa12345678", "qq123456789", "woaini1314",
    "iloveyou123", "zhiping123", "zhiping@123", "welcome123", "changeme123",
};

}  // namespace

std::optional<std::string> password_hash(std::string_view pw) {
  detail::ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, pw.data(), pw.size(), kOps, kMem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return std::nullopt;
  }
  return std::string(out);
}

bool password_verify(std::string_view hash, std::string_view pw) {
  detail::ensure_sodium();
  if (!plausible_hash(hash)) return false;
  std::string h(hash);  // NUL-terminated copy
  return crypto_pwhash_str_verify(h.c_str(), pw.data(), pw.size()) == 0;
}

bool password_needs_rehash(std::string_view hash) {
  detail::ensure_sodium();
  if (!plausible_hash(hash)) return true;
  std::string h(hash);
  return crypto_pwhash_str_needs_rehash(h.c_str(), kOps, kMem) != 0;
}

StrengthResult password_strength(std::string_view pw, std::string_view username) {
  const std::size_t n = utf8_code_points(pw);
  if (n < 10) return {false, "密码至少 10 个字符"};
  if (n > 128) return {false, "密码不能超过 128 个字符"};

  const std::string lower = ascii_lower(pw);
  for (std::string_view common : kCommon)
    if (lower == common) return {false, "密码过于常见，请换一个"};

  if (utf8_code_points(username) >= 3 && lower.find(ascii_lower(username)) != std::string::npos)
    return {false, "密码不能包含用户名"};

  bool upper = false, low = false, digit = false, symbol = false;
  for (unsigned char c : pw) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 'a' && c <= 'z') low = true;
    else if (c >= '0' && c <= '9') digit = true;
    else symbol = true;
  }
  if (int(upper) + int(low) + int(digit) + int(symbol) < 3)
    return {false, "密码须包含大写字母、小写字母、数字、符号中的至少 3 类"};
  return {true, ""};
}

}  // namespace zp::crypto
