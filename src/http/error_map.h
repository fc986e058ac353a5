// The one table from error categories to HTTP status, and the error body of API.md:
// {"error":{"code":"…","message":"…","violations":[{"rule","section","message"}]}}
#pragma once

#include <exception>
#include <string>
#include <vector>

#include "app/error.h"
#include "http/message.h"

namespace zp::http {

int status_of(app::Category c);
Response error_response(app::Category c, const std::string& message,
                        const std::vector<core::Violation>& violations = {});
Response error_response(const app::Failure& f);

// A refusal that belongs to HTTP rather than to an app::Category (its own error code),
// thrown from inside a handler; Router::dispatch answers with `response` as it is.
struct HttpRefusal : std::exception {
  Response response;
  explicit HttpRefusal(Response r) : response(std::move(r)) {}
  const char* what() const noexcept override { return "http refusal"; }
};

// 403 {"error":{"code":"csrf_failed","message":"请求缺少有效的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试","violations":[]}}
Response csrf_failed_response();
inline constexpr const char* kCsrfFailedCode = "csrf_failed";

}  // namespace zp::http

namespace zp::http {

// A fresh random incident id (16 hex digits).
std::string new_incident_id();
// 500 internal: logs "incident <id> <context>: <detail>" on stderr and returns the
// error body with message "服务器内部错误，事件编号 <id>" and error.incident = <id>.
Response incident_response(const std::string& context, const std::string& detail);

}  // namespace zp::http
