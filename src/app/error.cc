#include "app/error.h"

namespace zp::app {

const char* category_code(Category c) {
  switch (c) {
    case Category::bad_request: return "bad_request";
    case Category::unauthenticated: return "unauthenticated";
    case Category::forbidden: return "forbidden";
    case Category::not_found: return "not_found";
    case Category::method_not_allowed: return "method_not_allowed";
    case Category::conflict: return "conflict";
    case Category::payload_too_large: return "payload_too_large";
    case Category::rule_violation: return "rule_violation";
    case Category::too_many_requests: return "too_many_requests";
    case Category::internal: return "internal";
  }
  return "internal";
}

void bad_request(const std::string& message) { throw Failure(Category::bad_request, message); }
void not_found(const std::string& what) { throw Failure(Category::not_found, what + " 不存在"); }
void forbidden(const std::string& message, std::vector<core::Violation> v) {
  throw Failure(Category::forbidden, message, std::move(v));
}
void unauthenticated(const std::string& message) {
  throw Failure(Category::unauthenticated, message);
}
void require(const core::Outcome& o, const std::string& message) {
  if (!o.ok()) throw Failure(Category::rule_violation, message, o.violations);
}

}  // namespace zp::app
