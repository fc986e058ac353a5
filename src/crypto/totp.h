// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1,
// 6 digits, 30-second steps, T0 = 0 — what common authenticator apps use.
// No clock inside: callers pass Unix time in seconds (the server's injected
// clock). Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zp::crypto {

inline constexpr std::int64_t kTotpStep = 30;

// A new shared secret: 20 random bytes (160 bits, RFC 4226 §4).
std::string totp_secret();

// The 6-digit code (zero-padded decimal) for raw `secret` at `unix_seconds`.
// Times before 1970 use step 0. Never fails.
std::string totp_code(std::string_view secret, std::int64_t unix_seconds);

// The time step (unix_seconds / 30 + delta, delta ∈ {-1, 0, +1}) whose code
// equals `code`, or nullopt if none does or `code` is not exactly 6 ASCII
// digits. Codes are compared in constant time. Store the returned step per
// user and reject a later login whose step is not greater (RFC 6238 §5.2:
// a code is accepted once).
std::optional<std::int64_t> totp_match(std::string_view secret, std::string_view code,
                                       std::int64_t unix_seconds);

// totp_match(...).has_value().
bool totp_verify(std::string_view secret, std::string_view code, std::int64_t unix_seconds);

// The otpauth:// URI for a QR code that authenticator apps scan:
// otpauth://totp/<issuer>:<account>?secret=<BASE32>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30
// issuer and account are percent-encoded (UTF-8, so Chinese names work).
std::string totp_uri(std::string_view secret, std::string_view issuer, std::string_view account);

}  // namespace zp::crypto
