// Session and one-time tokens are stored only as hashes, so a leaked table
// row cannot be replayed as a login.
#pragma once

#include <string>
#include <string_view>

namespace zp::crypto {

// sm3_hex(token): 64 lowercase hex characters. Deterministic, so the stored
// hash is the lookup key; the token itself (random_token(), 256 bits) has
// enough entropy that no salt or slow hash is needed. Never fails.
std::string token_hash(std::string_view token);

}  // namespace zp::crypto
