#include "app/clock.h"

#include <chrono>
#include <cstdio>

namespace zp::app {
namespace {
constexpr std::int64_t kCst = 8 * 3600;
}

std::int64_t Clock::now() const {
  if (frozen_.load()) return frozen_at_.load();
  const auto t = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::seconds>(t).count() + offset_.load();
}

void Clock::set_now(std::int64_t t, bool frozen) {
  frozen_at_.store(t);
  frozen_.store(frozen);
  const auto real = std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
  offset_.store(t - real);
}

core::Date Clock::date_of(std::int64_t s) {
  std::int64_t local = s + kCst;
  std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return core::Date::from_serial(days);
}

std::string Clock::rfc3339(std::int64_t s) {
  const std::int64_t local = s + kCst;
  const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  const std::int64_t secs = local - days * 86400;
  const core::Date d = core::Date::from_serial(days);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", d.str().c_str(),
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                static_cast<int>(secs % 60));
  return buf;
}

bool Clock::parse_rfc3339(const std::string& s, std::int64_t* out) {
  if (s.size() == 10) {
    auto d = core::Date::parse(s);
    if (!d) return false;
    *out = d->serial() * 86400 + 9 * 3600 - kCst;
    return true;
  }
  if (s.size() < 19 || s[10] != 'T') return false;
  auto d = core::Date::parse(s.substr(0, 10));
  if (!d) return false;
  int hh = 0, mm = 0, ss = 0;
  if (std::sscanf(s.c_str() + 11, "%2d:%2d:%2d", &hh, &mm, &ss) != 3) return false;
  if (hh > 23 || mm > 59 || ss > 60 || s[13] != ':' || s[16] != ':') return false;
  std::string zone = s.substr(19);
  if (!zone.empty() && zone[0] == '.') {  // fractional seconds
    std::size_t i = 1;
    while (i < zone.size() && zone[i] >= '0' && zone[i] <= '9') ++i;
    zone = zone.substr(i);
  }
  std::int64_t off = 0;
  if (zone == "Z") {
    off = 0;
  } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
    int oh = 0, om = 0;
    if (std::sscanf(zone.c_str() + 1, "%2d:%2d", &oh, &om) != 2) return false;
    off = (oh * 3600 + om * 60) * (zone[0] == '-' ? -1 : 1);
  } else {
    return false;
  }
  *out = d->serial() * 86400 + hh * 3600 + mm * 60 + ss - off;
  return true;
}

}  // namespace zp::app
