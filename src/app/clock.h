// The server's one clock. Core code never reads it; services pass today() in.
// With --dev-clock a sysadmin may move it (PUT /api/v1/admin/clock): the offset
// is kept in memory and in the settings table so every instance agrees. A frozen
// dev clock stands still at the time it was set (tests at a second's boundary).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "core/date.h"

namespace zp::app {

class Clock {
 public:
  explicit Clock(bool dev) : dev_(dev) {}
  bool dev() const { return dev_; }
  // Unix seconds, shifted by the dev offset.
  std::int64_t now() const;
  // Today's date in China Standard Time (UTC+8).
  core::Date today() const { return date_of(now()); }
  // RFC 3339 with +08:00.
  std::string now_rfc3339() const { return rfc3339(now()); }
  // REQUIRES: dev(). Sets the offset so that now() == t; frozen keeps now() == t.
  void set_now(std::int64_t t, bool frozen = false);
  std::int64_t offset() const { return offset_.load(); }
  void set_offset(std::int64_t o) { offset_.store(o); }
  bool frozen() const { return frozen_.load(); }
  std::int64_t frozen_at() const { return frozen_at_.load(); }
  void freeze_at(std::int64_t t) {
    frozen_at_.store(t);
    frozen_.store(true);
  }

  static core::Date date_of(std::int64_t unix_seconds);
  static std::string rfc3339(std::int64_t unix_seconds);
  // Parses "YYYY-MM-DDTHH:MM:SS(+08:00|Z)" or a date "YYYY-MM-DD" (taken as 09:00 CST).
  static bool parse_rfc3339(const std::string& s, std::int64_t* out);

 private:
  bool dev_;
  std::atomic<std::int64_t> offset_{0};
  std::atomic<bool> frozen_{false};
  std::atomic<std::int64_t> frozen_at_{0};
};

}  // namespace zp::app
