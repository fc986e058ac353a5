// SM2 digital signatures (GB/T 32918.2-2016, GM/T 0009-2012) with SM3 and a
// distinguishing identifier, via OpenSSL 3 EVP. Used for signed audit
// checkpoints and signed documents.
//
// Keys travel as PEM text: PKCS#8 "PRIVATE KEY" (unencrypted; protect it as
// a file/secret) and SubjectPublicKeyInfo "PUBLIC KEY". Signatures are the
// DER encoding of SEQUENCE { r INTEGER, s INTEGER } (≤ 72 bytes) as raw
// bytes; hex or base64 them for text transport. The message is hashed as
// SM3(Z_A ‖ M), where Z_A depends on the public key and the id, so signer
// and verifier must use the same id. All functions are thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace zp::crypto {

// The default distinguishing id of GM/T 0009-2012.
inline constexpr std::string_view kSm2DefaultId = "1234567812345678";

struct Sm2KeyPair {
  std::string private_pem;  // "-----BEGIN PRIVATE KEY-----…" (PKCS#8)
  std::string public_pem;   // "-----BEGIN PUBLIC KEY-----…"
};

// A fresh key pair on the SM2 curve. nullopt only if OpenSSL fails
// (no SM2 support in the library, or out of memory).
std::optional<Sm2KeyPair> sm2_generate();

// The public key PEM of a private key PEM; nullopt if `private_pem` is not
// an unencrypted SM2 private key.
std::optional<std::string> sm2_public_pem(std::string_view private_pem);

// The public point of an SM2 public key PEM in uncompressed SEC1 form:
// 0x04 ‖ x (32 bytes) ‖ y (32 bytes), 65 bytes. Browser libraries take it as
// hex ("04…", 130 digits). nullopt if `public_pem` is not an SM2 public key.
std::optional<std::string> sm2_public_point(std::string_view public_pem);

// Signs `message` (any bytes) with SM3 and the distinguishing `id`.
// Returns the DER signature; signatures are randomised, so signing twice
// gives different bytes that both verify. nullopt if `private_pem` does not
// parse, is encrypted, or is not an SM2 key (e.g. a NIST P-256 key), or if
// `id` is longer than 8191 bytes (its bit length must fit in 16 bits).
std::optional<std::string> sm2_sign(std::string_view private_pem, std::string_view message,
                                    std::string_view id = kSm2DefaultId);

// True iff `signature` is a valid DER SM2 signature over `message` by the
// holder of `public_pem`'s private key under the same `id`. False for any
// change to message, signature or id, for another key, for a signature that
// is not strict DER, and for a public_pem that does not parse or is not
// SM2. Never throws (except std::bad_alloc).
bool sm2_verify(std::string_view public_pem, std::string_view message,
                std::string_view signature, std::string_view id = kSm2DefaultId);

}  // namespace zp::crypto
