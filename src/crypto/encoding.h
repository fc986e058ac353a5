// Text encodings of binary data: hex, base64 (standard and URL-safe), base32.
//
// Encoders accept any bytes and cannot fail. Decoders are strict: they return
// std::nullopt on any character outside the alphabet (including whitespace),
// on a wrong length, and on non-canonical input (non-zero unused trailing
// bits, missing or misplaced padding), so every byte string has exactly one
// accepted encoding. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zp::crypto {

// Lowercase hex, two characters per byte.
std::string to_hex(std::string_view bytes);
// Accepts upper- and lowercase digits. nullopt on odd length or a non-hex
// character.
std::optional<std::string> from_hex(std::string_view hex);

// RFC 4648 §4 base64, alphabet A-Z a-z 0-9 + /, padded with '=' to a
// multiple of 4 characters.
std::string base64_encode(std::string_view bytes);
// nullopt unless `text` is exactly what base64_encode would produce for some
// byte string (padding required).
std::optional<std::string> base64_decode(std::string_view text);

// RFC 4648 §5 base64url, alphabet A-Z a-z 0-9 - _, without padding.
std::string base64url_encode(std::string_view bytes);
// nullopt unless `text` is exactly what base64url_encode would produce ('='
// is rejected; a length of 1 mod 4 is rejected).
std::optional<std::string> base64url_decode(std::string_view text);

// RFC 4648 §6 base32, alphabet A-Z 2-7, without padding (the form
// authenticator apps take for TOTP secrets).
std::string base32_encode(std::string_view bytes);
// Accepts upper- and lowercase letters; rejects '=' and non-canonical
// lengths or trailing bits.
std::optional<std::string> base32_decode(std::string_view text);

}  // namespace zp::crypto
