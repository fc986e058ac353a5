#include "app/keys.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// Created 0600 from the start (no window with the umask's mode), issue 15 finding 9.
void write_private(const fs::path& p, const std::string& content) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot write " + p.string());
  ::fchmod(fd, 0600);
  std::size_t off = 0;
  while (off < content.size()) {
    const ssize_t n = ::write(fd, content.data() + off, content.size() - off);
    if (n <= 0) {
      ::close(fd);
      throw std::runtime_error("cannot write " + p.string());
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) throw std::runtime_error("cannot write " + p.string());
}

}  // namespace

Keys load_or_create_keys(const std::string& dir) {
  const fs::path d(dir);
  fs::create_directories(d);
  ::chmod(d.c_str(), 0700);
  const fs::path master = d / "master.key";
  if (!fs::exists(master)) write_private(master, crypto::random_bytes(32));
  ::chmod(master.c_str(), 0600);
  const std::string mk = read_file(master);
  if (mk.size() != 32) throw std::runtime_error("master.key must hold 32 bytes: " + master.string());

  const fs::path priv = d / "bureau_sm2.pem", pub = d / "bureau_sm2.pub.pem";
  if (!fs::exists(priv) || !fs::exists(pub)) {
    auto kp = crypto::sm2_generate();
    if (!kp) throw std::runtime_error("SM2 key generation failed");
    write_private(priv, kp->private_pem);
    std::ofstream(pub, std::ios::binary | std::ios::trunc) << kp->public_pem;
  }
  ::chmod(priv.c_str(), 0600);
  Keys k;
  k.data = crypto::derive_data_key(mk);
  k.sm2_private_pem = read_file(priv);
  k.sm2_public_pem = read_file(pub);
  return k;
}

}  // namespace zp::app
