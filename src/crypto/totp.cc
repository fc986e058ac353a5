#include "crypto/totp.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <new>

#include "crypto/encoding.h"
#include "crypto/ossl_util.h"
#include "crypto/random.h"

namespace zp::crypto {

namespace {

std::string hmac_sha1(std::string_view key, std::string_view data) {
  return detail::hmac("SHA1", 20, key, data);
}

std::string hotp(std::string_view secret, std::uint64_t counter) {
  std::string msg(8, '\0');
  for (int i = 7; i >= 0; --i) {
    msg[i] = static_cast<char>(counter & 0xffu);
    counter >>= 8;
  }
  const std::string h = hmac_sha1(secret, msg);
  const int off = static_cast<unsigned char>(h[19]) & 0x0f;
  const std::uint32_t bin = (static_cast<std::uint32_t>(static_cast<unsigned char>(h[off]) & 0x7f) << 24) |
                            (static_cast<std::uint32_t>(static_cast<unsigned char>(h[off + 1])) << 16) |
                            (static_cast<std::uint32_t>(static_cast<unsigned char>(h[off + 2])) << 8) |
                            static_cast<std::uint32_t>(static_cast<unsigned char>(h[off + 3]));
  std::uint32_t v = bin % 1000000u;
  std::string code(6, '0');
  for (int i = 5; i >= 0; --i) {
    code[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return code;
}

std::int64_t step_of(std::int64_t unix_seconds) {
  return unix_seconds < 0 ? 0 : unix_seconds / kTotpStep;
}

std::string percent_encode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string totp_secret() { return random_bytes(20); }

std::string totp_code(std::string_view secret, std::int64_t unix_seconds) {
  return hotp(secret, static_cast<std::uint64_t>(step_of(unix_seconds)));
}

std::optional<std::int64_t> totp_match(std::string_view secret, std::string_view code,
                                       std::int64_t unix_seconds) {
  if (code.size() != 6) return std::nullopt;
  for (char c : code)
    if (c < '0' || c > '9') return std::nullopt;
  const std::int64_t now = step_of(unix_seconds);
  std::optional<std::int64_t> found;
  for (std::int64_t step = now - 1; step <= now + 1; ++step) {
    if (step < 0) continue;
    const std::string expect = hotp(secret, static_cast<std::uint64_t>(step));
    if (CRYPTO_memcmp(expect.data(), code.data(), 6) == 0 && !found) found = step;
  }
  return found;
}

bool totp_verify(std::string_view secret, std::string_view code, std::int64_t unix_seconds) {
  return totp_match(secret, code, unix_seconds).has_value();
}

std::string totp_uri(std::string_view secret, std::string_view issuer, std::string_view account) {
  const std::string iss = percent_encode(issuer);
  std::string uri = "otpauth://totp/";
  uri += iss;
  uri += ':';
  uri += percent_encode(account);
  uri += "?secret=";
  uri += base32_encode(secret);
  uri += "&issuer=";
  uri += iss;
  uri += "&algorithm=SHA1&digits=6&period=30";
  return uri;
}

}  // namespace zp::crypto
