// Key material under DIR/keys/: the 32-byte master key (field encryption and blind
// indexes) and the bureau's SM2 key pair (audit checkpoints, certificates). Created
// with mode 0600 on first start; never logged, never in the database.
#pragma once

#include <string>

#include "crypto/seal.h"

namespace zp::app {

struct Keys {
  crypto::DataKey data;
  std::string sm2_private_pem;
  std::string sm2_public_pem;
};

// Loads or creates the keys in `dir` (created if missing). Throws std::runtime_error.
Keys load_or_create_keys(const std::string& dir);

}  // namespace zp::app
