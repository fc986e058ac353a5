// Errors that abort a request. Services throw Failure; one place in the HTTP layer
// (http/error_map.cc) turns the category into a status code and the JSON error shape
// of API.md. Expected rule outcomes travel as core::Outcome and become
// Failure{Category::rule_violation, ...} only when they block.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/violation.h"

namespace zp::app {

enum class Category {
  bad_request,        // 400: malformed JSON, missing or ill-typed field
  unauthenticated,    // 401
  forbidden,          // 403 (with a rule where a rule forbids it)
  not_found,          // 404
  method_not_allowed, // 405
  conflict,           // 409: optimistic lock lost; retry
  payload_too_large,  // 413
  rule_violation,     // 422: violations lists every failed rule
  too_many_requests,  // 429: login throttling, public query rate limit
  internal,           // 500: logged with an incident id
};

const char* category_code(Category c);

class Failure : public std::runtime_error {
 public:
  Failure(Category c, std::string message, std::vector<core::Violation> violations = {})
      : std::runtime_error(message), category_(c), violations_(std::move(violations)) {}
  Category category() const { return category_; }
  const std::vector<core::Violation>& violations() const { return violations_; }

 private:
  Category category_;
  std::vector<core::Violation> violations_;
};

// Convenience factories.
[[noreturn]] void bad_request(const std::string& message);
[[noreturn]] void not_found(const std::string& what);
[[noreturn]] void forbidden(const std::string& message, std::vector<core::Violation> v = {});
[[noreturn]] void unauthenticated(const std::string& message = "请先登录");
// Throws rule_violation when the outcome has violations; otherwise returns.
void require(const core::Outcome& o, const std::string& message = "规则不允许此操作");

}  // namespace zp::app
