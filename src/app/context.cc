#include "app/context.h"

namespace zp::app {

std::shared_ptr<const core::WorkCalendar> Context::calendar() const {
  std::lock_guard lock(cal_mu_);
  return cal_ ? cal_ : std::make_shared<const core::WorkCalendar>();
}

void Context::set_calendar(std::shared_ptr<const core::WorkCalendar> c) const {
  std::lock_guard lock(cal_mu_);
  cal_ = std::move(c);
}

}  // namespace zp::app
