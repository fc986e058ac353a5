#include "http/json_io.h"

#include <cmath>
#include <limits>

#include "app/error.h"

namespace zp::http {

namespace {

[[noreturn]] void fail(const std::string& message) {
  throw app::Failure(app::Category::bad_request, message);
}

[[noreturn]] void missing(const char* field) { fail(std::string("缺少字段 ") + field); }

[[noreturn]] void wrong_type(const char* field, const char* expected) {
  fail(std::string("字段 ") + field + " 类型错误：应为" + expected);
}

[[noreturn]] void bad_date(const char* field) {
  fail(std::string("字段 ") + field + " 格式错误：应为 YYYY-MM-DD");
}

// The value of a present, non-null field; nullptr when absent or null.
const json::value* find(const json::object& o, const char* field) {
  const json::value* v = o.if_contains(field);
  if (!v || v->is_null()) return nullptr;
  return v;
}

const json::value& need(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) missing(field);
  return *v;
}

std::string as_string(const json::value& v, const char* field) {
  if (!v.is_string()) wrong_type(field, "字符串");
  const auto& s = v.get_string();
  return std::string(s.data(), s.size());
}

bool as_bool(const json::value& v, const char* field) {
  if (!v.is_bool()) wrong_type(field, "布尔值");
  return v.get_bool();
}

std::int64_t as_int(const json::value& v, const char* field) {
  if (v.is_int64()) return v.get_int64();
  if (v.is_uint64()) {
    auto u = v.get_uint64();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      fail(std::string("字段 ") + field + " 超出范围");
    return static_cast<std::int64_t>(u);
  }
  if (v.is_double()) {
    double d = v.get_double();
    // 9.2233720368547758e18 == 2^63: anything >= it is out of range.
    if (std::isfinite(d) && d == std::trunc(d) && d >= -9.2233720368547758e18 &&
        d < 9.2233720368547758e18)
      return static_cast<std::int64_t>(d);
  }
  wrong_type(field, "整数");
}

double as_number(const json::value& v, const char* field) {
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  if (v.is_double()) return v.get_double();
  wrong_type(field, "数字");
}

core::Date as_date(const json::value& v, const char* field) {
  if (!v.is_string()) bad_date(field);
  const auto& s = v.get_string();
  auto d = core::Date::parse(std::string_view(s.data(), s.size()));
  if (!d) bad_date(field);
  return *d;
}

const json::array& as_array(const json::value& v, const char* field) {
  if (!v.is_array()) wrong_type(field, "数组");
  return v.get_array();
}

const json::object& as_object(const json::value& v, const char* field) {
  if (!v.is_object()) wrong_type(field, "对象");
  return v.get_object();
}

std::string element_name(const char* field, std::size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

}  // namespace

json::object body_object(const Request& req) {
  if (req.body.empty()) fail("请求体为空：应为 JSON 对象");
  boost::system::error_code ec;
  json::value v = json::parse(req.body, ec);
  if (ec) fail("请求体不是合法的 JSON");
  if (!v.is_object()) fail("请求体应为 JSON 对象");
  return std::move(v.get_object());
}

std::string req_string(const json::object& o, const char* field) {
  return as_string(need(o, field), field);
}
bool req_bool(const json::object& o, const char* field) { return as_bool(need(o, field), field); }
std::int64_t req_int(const json::object& o, const char* field) {
  return as_int(need(o, field), field);
}
double req_number(const json::object& o, const char* field) {
  return as_number(need(o, field), field);
}
core::Date req_date(const json::object& o, const char* field) {
  return as_date(need(o, field), field);
}
const json::array& req_array(const json::object& o, const char* field) {
  return as_array(need(o, field), field);
}
const json::object& req_object(const json::object& o, const char* field) {
  return as_object(need(o, field), field);
}

std::optional<std::string> opt_string(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return std::nullopt;
  return as_string(*v, field);
}
std::optional<bool> opt_bool(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return std::nullopt;
  return as_bool(*v, field);
}
std::optional<std::int64_t> opt_int(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return std::nullopt;
  return as_int(*v, field);
}
std::optional<core::Date> opt_date(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return std::nullopt;
  return as_date(*v, field);
}
const json::array* opt_array(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return nullptr;
  return &as_array(*v, field);
}
const json::object* opt_object(const json::object& o, const char* field) {
  const json::value* v = find(o, field);
  if (!v) return nullptr;
  return &as_object(*v, field);
}

const json::object& element_object(const json::array& a, std::size_t i, const char* field) {
  std::string name = element_name(field, i);
  if (i >= a.size() || a[i].is_null()) missing(name.c_str());
  return as_object(a[i], name.c_str());
}

std::string element_string(const json::array& a, std::size_t i, const char* field) {
  std::string name = element_name(field, i);
  if (i >= a.size() || a[i].is_null()) missing(name.c_str());
  return as_string(a[i], name.c_str());
}

std::optional<std::int64_t> query_int(const Request& req, const char* name) {
  auto it = req.query.find(name);
  if (it == req.query.end() || it->second.empty()) return std::nullopt;
  const std::string& s = it->second;
  std::size_t i = 0;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    i = 1;
  }
  if (i == s.size()) fail(std::string("查询参数 ") + name + " 类型错误：应为整数");
  if (s.size() - i > 18) fail(std::string("查询参数 ") + name + " 超出范围");
  std::int64_t n = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') fail(std::string("查询参数 ") + name + " 类型错误：应为整数");
    n = n * 10 + (s[i] - '0');
  }
  return neg ? -n : n;
}

core::Date query_date(const Request& req, const char* name) {
  auto it = req.query.find(name);
  if (it == req.query.end() || it->second.empty())
    fail(std::string("缺少查询参数 ") + name);
  auto d = core::Date::parse(it->second);
  if (!d) fail(std::string("查询参数 ") + name + " 格式错误：应为 YYYY-MM-DD");
  return *d;
}

Response json_response(int status, const json::value& v) {
  Response r;
  r.status = status;
  r.body = json::serialize(v);
  return r;
}

json::array violations_json(const std::vector<core::Violation>& v) {
  json::array a;
  a.reserve(v.size());
  for (const auto& x : v)
    a.push_back(json::object{{"rule", x.rule}, {"section", x.section}, {"message", x.message}});
  return a;
}

}  // namespace zp::http
