#include "app/keys.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "crypto/random.h"
#include "crypto/sm2.h"

namespace zp::app {
namespace fs = std::filesystem;
namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_private(const fs::path& p, const std::string& content) {
  {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + p.string());
    out << content;
  }
  ::chmod(p.c_str(), 0600);
}

}  // namespace

Keys load_or_create_keys(const std::string& dir) {
  const fs::path d(dir);
  fs::create_directories(d);
  ::chmod(d.c_str(), 0700);
  const fs::path master = d / "master.key";
  if (!fs::exists(master)) write_private(master, crypto::random_bytes(32));
  const std::string mk = read_file(master);
  if (mk.size() != 32) throw std::runtime_error("master.key must hold 32 bytes: " + master.string());

  const fs::path priv = d / "bureau_sm2.pem", pub = d / "bureau_sm2.pub.pem";
  if (!fs::exists(priv) || !fs::exists(pub)) {
    auto kp = crypto::sm2_generate();
    if (!kp) throw std::runtime_error("SM2 key generation failed");
    write_private(priv, kp->private_pem);
    std::ofstream(pub, std::ios::binary | std::ios::trunc) << kp->public_pem;
  }
  Keys k;
  k.data = crypto::derive_data_key(mk);
  k.sm2_private_pem = read_file(priv);
  k.sm2_public_pem = read_file(pub);
  return k;
}

}  // namespace zp::app
