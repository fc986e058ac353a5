// Secure randomness: keys, IVs, session tokens, opaque ids, initial passwords.
//
// Every function draws from the operating system's CSPRNG through libsodium
// (getrandom(2) on Linux). They never fail and never block after boot: if no
// entropy source can be opened at all the process aborts, because nothing
// secure can be produced without one. Thread-safe.
#pragma once

#include <cstddef>
#include <string>

namespace zp::crypto {

// `n` uniformly random bytes (binary; may contain NUL). n == 0 gives "".
std::string random_bytes(std::size_t n);

// 256 random bits as 64 lowercase hex characters: session tokens, CSRF
// tokens, ballot receipts. Store only token_hash() of it (token.h).
std::string random_token();

// An opaque identifier of `chars` characters from the lowercase base32
// alphabet "abcdefghijklmnopqrstuvwxyz234567", 5 random bits per character
// (the default 16 gives 80 bits). Unguessable, so safe in URLs without
// leaking counts. chars == 0 gives "".
std::string random_id(std::size_t chars = 16);

// A random password of `len` characters (len below 10 is raised to 10) drawn
// from letters, digits and the symbols "!#$%&*+-=?@^_", without look-alike
// characters (0 O o 1 l I). It always contains at least one upper-case
// letter, one lower-case letter, one digit and one symbol, so it passes
// password_strength() (password.h) for any username it does not contain.
// For initial and reset passwords shown once to an administrator.
std::string random_password(std::size_t len = 16);

}  // namespace zp::crypto
