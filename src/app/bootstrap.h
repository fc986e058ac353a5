// First start: on an empty database, creates user `admin` (sysadmin) with the
// password from ZHIPING_ADMIN_PASSWORD or a random one (returned so the caller can
// print it once on stderr), loads the default catalogue and the bundled calendar.
#pragma once

#include <optional>
#include <string>

#include "app/context.h"

namespace zp::app {

struct BootstrapResult {
  bool created_admin = false;
  std::optional<std::string> generated_password;  // set only when random
};

BootstrapResult bootstrap(const Context& ctx, const std::optional<std::string>& admin_password);

// The dev clock (--dev-clock only): offset persisted in settings.
void load_clock_offset(const Context& ctx);
// frozen: the clock stands still at `now` until set again.
std::string set_dev_clock(const Context& ctx, const struct Actor& actor, const std::string& now,
                          bool frozen = false);

}  // namespace zp::app
