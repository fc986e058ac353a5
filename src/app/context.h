// Everything a service needs, built once at start-up and shared by all threads.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "app/clock.h"
#include "app/keys.h"
#include "core/calendar.h"
#include "store/database.h"

namespace zp::app {

struct Context {
  Context(store::Database& d, Clock& c, Keys k, std::string dir)
      : db(d), clock(c), keys(std::move(k)), data_dir(std::move(dir)) {}

  store::Database& db;
  Clock& clock;
  Keys keys;
  std::string data_dir;

  // The official calendar, cached from calendar_days; rebuilt after each PUT.
  std::shared_ptr<const core::WorkCalendar> calendar() const;
  void set_calendar(std::shared_ptr<const core::WorkCalendar> c) const;

 private:
  mutable std::mutex cal_mu_;
  mutable std::shared_ptr<const core::WorkCalendar> cal_;  // GUARDED_BY(cal_mu_)
};

}  // namespace zp::app
