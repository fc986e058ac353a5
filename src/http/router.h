// Route table: method + path pattern ("/api/v1/persons/{id}") -> handler, with the
// documentation that GET /api/v1/openapi.json is generated from (so the description
// cannot drift from the routes).
//
// dispatch():
// - no pattern matches the path -> 404 not_found (JSON error shape)
// - a pattern matches but not the method -> 405 method_not_allowed with an Allow header
// - app::Failure thrown by a handler -> its category mapped by error_map.h
// - any other exception -> 500 internal with an incident id, logged; never for bad input
// Path parameters are matched per segment; a segment "{id}" matches one non-empty
// segment, and a pattern segment like "{serial}.pdf" matches "ABC123.pdf" with
// serial = "ABC123".
#pragma once

#include <string>
#include <vector>

#include "http/message.h"

namespace zp::http {

struct RouteDoc {
  std::string summary;      // Chinese summary for the OpenAPI description
  std::string tag;          // resource name, e.g. "persons"
  bool public_access = false;  // true when no login is needed
  std::string body_schema;  // optional JSON-Schema (as JSON text) of the request body
};

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
  RouteDoc doc;
};

class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler, RouteDoc doc = {});
  Response dispatch(Request& req) const;
  const std::vector<Route>& routes() const { return routes_; }
  // OpenAPI 3.0 document describing every route (paths, methods, parameters,
  // summaries, security, the error schema).
  std::string openapi_json(const std::string& version) const;
  // Name of the session cookie, for the OpenAPI security scheme.
  void set_session_cookie(std::string name) { session_cookie_ = std::move(name); }

 private:
  std::vector<Route> routes_;
  std::string session_cookie_ = "zp_session";
};

}  // namespace zp::http
