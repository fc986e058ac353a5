// Password hashing (argon2id, libsodium) and the password strength policy.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zp::crypto {

// Hashes `pw` with argon2id at libsodium's INTERACTIVE limits (2 passes,
// 64 MiB; ≈ 90 ms on the reference machine) and a fresh random salt.
// Returns the self-describing PHC string "$argon2id$v=19$m=65536,t=2,p=1$…"
// (under 128 ASCII characters) to store as is. Any bytes are accepted,
// including NUL and non-UTF-8. nullopt only if the 64 MiB working memory
// cannot be allocated. Thread-safe; each concurrent call uses 64 MiB.
std::optional<std::string> password_hash(std::string_view pw);

// True iff `hash` is a string produced by password_hash (or any libsodium
// argon2id/argon2i string) and `pw` is the password it was made from.
// False for a wrong password, a malformed or truncated hash, a hash that
// contains NUL, and when memory for verification cannot be allocated. Takes
// about as long as password_hash.
bool password_verify(std::string_view hash, std::string_view pw);

// True if `hash` was made with other parameters or another algorithm than
// password_hash uses now (or is malformed): rehash after the next successful
// password_verify.
bool password_needs_rehash(std::string_view hash);

struct StrengthResult {
  bool ok = false;
  std::string message;  // Chinese reason shown to the user; empty when ok
};

// The password policy for every account. Checks, in this order, and reports
// the first that fails:
//   1. at least 10 characters, counted as UTF-8 code points
//      ("密码至少 10 个字符"), and at most 128 ("密码不能超过 128 个字符");
//   2. not one of a built-in list of common passwords, compared
//      case-insensitively ("密码过于常见，请换一个");
//   3. not containing `username`, compared case-insensitively for ASCII
//      letters ("密码不能包含用户名"); skipped when the username is shorter
//      than 3 characters, where it would reject most passwords by chance;
//   4. at least 3 of 4 classes: ASCII upper-case, ASCII lower-case, ASCII
//      digit, symbol (any other character, including spaces and Chinese)
//      ("密码须包含大写字母、小写字母、数字、符号中的至少 3 类").
// Pure function; never fails.
StrengthResult password_strength(std::string_view pw, std::string_view username);

}  // namespace zp::crypto
