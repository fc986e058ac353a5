#include "crypto/token.h"

#include "crypto/sm3.h"

namespace zp::crypto {

std::string token_hash(std::string_view token) { return sm3_hex(token); }

}  // namespace zp::crypto
