// JSON in and out of handlers. Every parse or type failure throws
// app::Failure(bad_request) whose message names the field, e.g.
//   字段 birth_date 格式错误：应为 YYYY-MM-DD
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/violation.h"
#include "http/message.h"

namespace zp::http {

namespace json = boost::json;

// The request body as a JSON object (400 when malformed or not an object).
json::object body_object(const Request& req);

// Required fields: 400 when missing or of the wrong type.
std::string req_string(const json::object& o, const char* field);
bool req_bool(const json::object& o, const char* field);
std::int64_t req_int(const json::object& o, const char* field);
double req_number(const json::object& o, const char* field);
core::Date req_date(const json::object& o, const char* field);
const json::array& req_array(const json::object& o, const char* field);
const json::object& req_object(const json::object& o, const char* field);

// Optional fields: nullopt when absent or null; 400 when present with the wrong type.
std::optional<std::string> opt_string(const json::object& o, const char* field);
std::optional<bool> opt_bool(const json::object& o, const char* field);
std::optional<std::int64_t> opt_int(const json::object& o, const char* field);
std::optional<core::Date> opt_date(const json::object& o, const char* field);
const json::array* opt_array(const json::object& o, const char* field);
const json::object* opt_object(const json::object& o, const char* field);

// Nested access for arrays of objects: element i of `field` must be an object.
const json::object& element_object(const json::array& a, std::size_t i, const char* field);
std::string element_string(const json::array& a, std::size_t i, const char* field);

// Query parameters.
std::optional<std::int64_t> query_int(const Request& req, const char* name);
core::Date query_date(const Request& req, const char* name);  // required

// Responses.
Response json_response(int status, const json::value& v);
inline Response ok(const json::value& v) { return json_response(200, v); }
inline Response created(const json::value& v) { return json_response(201, v); }
json::array violations_json(const std::vector<core::Violation>& v);

}  // namespace zp::http
