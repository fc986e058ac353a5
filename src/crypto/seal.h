// Field encryption at rest (ID numbers, phone numbers) and blind indexes for
// exact lookup of encrypted fields.
//
// Construction: SM4-CTR with a random 128-bit IV, then HMAC-SM3 over
// "v1" ‖ iv ‖ ciphertext (encrypt-then-MAC; OpenSSL 3.0 has no SM4-GCM).
// Keys come from one 32-byte master secret through derive_data_key, so the
// encryption, MAC and index keys are independent. All functions are
// thread-safe; a DataKey is read-only after derivation.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zp::crypto {

struct DataKey {
  std::string enc;    // 16 bytes: SM4 key
  std::string mac;    // 32 bytes: HMAC-SM3 key for seal tags
  std::string index;  // 32 bytes: HMAC-SM3 key for blind indexes
};

// Derives the three keys from `master` with HKDF (RFC 5869) over HMAC-SM3:
// PRK = HMAC-SM3("zhiping/seal/v1", master), then one expand block per label
// "enc", "mac", "index" (enc takes the first 16 bytes of its block).
// Deterministic: the same master always gives the same DataKey, so data
// sealed by one server instance opens on another. `master` should be 32
// random bytes (random_bytes(32)); any length is accepted, but a shorter or
// guessable master gives correspondingly weaker keys. Never fails.
DataKey derive_data_key(std::string_view master);

// Encrypts `plaintext` (any bytes, any length including 0) under `key`.
// Returns "v1:" + base64(iv[16] ‖ ciphertext ‖ tag[32]), ASCII and safe to
// store in a TEXT column; the ciphertext has the plaintext's length, so the
// result has 3 + 4·⌈(48 + n)/3⌉ characters. A fresh IV each call: sealing
// the same value twice gives different strings (use blind_index to find
// equal values). Precondition: `key` comes from derive_data_key (key.enc is
// 16 bytes, key.mac non-empty); otherwise the process aborts, because
// sealing under a malformed key is a programming error.
std::string seal(const DataKey& key, std::string_view plaintext);

// The plaintext of a string made by seal() under the same key. nullopt if
// `sealed` lacks the "v1:" prefix, is not strict base64, is shorter than
// iv + tag, or its tag does not match (any change to any byte, a different
// key, truncation or extension). The tag is compared in constant time and
// nothing is decrypted before it verifies. nullopt also for a malformed key.
std::optional<std::string> open(const DataKey& key, std::string_view sealed);

// hex(HMAC-SM3(key.index, value)): 64 lowercase hex characters, stored next
// to the sealed value so equal plaintexts can be found by exact match
// without decrypting. Deterministic and keyed: without the key the index
// reveals nothing, not even for small value spaces like phone numbers.
// Normalise the value first (e.g. upper-case the ID number's check digit
// 'X', strip spaces), since different spellings give different indexes.
std::string blind_index(const DataKey& key, std::string_view value);

}  // namespace zp::crypto
