// Internal to zp_crypto: libsodium initialisation.
#pragma once

namespace zp::crypto::detail {

// Calls sodium_init() exactly once per process (std::call_once; safe from any
// thread). Aborts the process if libsodium cannot initialise (no usable
// entropy source), since no key, token or password hash can be made safely.
void ensure_sodium();

}  // namespace zp::crypto::detail
