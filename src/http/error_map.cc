#include "http/error_map.h"

#include <boost/json.hpp>
#include <cstdint>
#include <cstdio>
#include <random>

namespace zp::http {
namespace {
constexpr int kRetryAfterSeconds = 900;
}  // namespace

int status_of(app::Category c) {
  using app::Category;
  switch (c) {
    case Category::bad_request: return 400;
    case Category::unauthenticated: return 401;
    case Category::forbidden: return 403;
    case Category::not_found: return 404;
    case Category::method_not_allowed: return 405;
    case Category::conflict: return 409;
    case Category::payload_too_large: return 413;
    case Category::rule_violation: return 422;
    case Category::too_many_requests: return 429;
    case Category::internal: return 500;
  }
  return 500;
}

Response error_response(app::Category c, const std::string& message,
                        const std::vector<core::Violation>& violations) {
  boost::json::array vs;
  vs.reserve(violations.size());
  for (const auto& v : violations)
    vs.push_back(boost::json::object{
        {"rule", v.rule}, {"section", v.section}, {"message", v.message}});
  boost::json::object err{{"code", app::category_code(c)},
                          {"message", message},
                          {"violations", std::move(vs)}};
  Response r;
  r.status = status_of(c);
  r.body = boost::json::serialize(boost::json::object{{"error", std::move(err)}});
  if (c == app::Category::unauthenticated) r.set_header("WWW-Authenticate", "Bearer");
  // Every 429 says when to come back (RFC 9110 §10.2.3; issue 15, finding 9): the longest
  // throttling window (login lock, 15 minutes), which covers the public query's 10.
  if (c == app::Category::too_many_requests) r.set_header("Retry-After", std::to_string(kRetryAfterSeconds));
  return r;
}

Response error_response(const app::Failure& f) {
  return error_response(f.category(), f.what(), f.violations());
}

Response csrf_failed_response() {
  boost::json::object err{{"code", kCsrfFailedCode},
                          {"message", "请求缺少有效的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试"},
                          {"violations", boost::json::array{}}};
  Response r;
  r.status = 403;
  r.body = boost::json::serialize(boost::json::object{{"error", std::move(err)}});
  return r;
}

}  // namespace zp::http

namespace zp::http {

std::string new_incident_id() {
  thread_local std::mt19937_64 rng{[] {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  }()};
  static const char* hex = "0123456789abcdef";
  std::uint64_t n = rng();
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, n >>= 4) id[i] = hex[n & 0xf];
  return id;
}

Response incident_response(const std::string& context, const std::string& detail) {
  std::string id = new_incident_id();
  std::string line = "incident " + id + " " + context + ": " + detail + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  std::string message = "服务器内部错误，事件编号 " + id;
  boost::json::object err{{"code", app::category_code(app::Category::internal)},
                          {"message", message},
                          {"violations", boost::json::array{}},
                          {"incident", id}};
  Response r;
  r.status = 500;
  r.body = boost::json::serialize(boost::json::object{{"error", std::move(err)}});
  return r;
}

}  // namespace zp::http
