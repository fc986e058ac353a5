// The project's own request/response types. Handlers include only this (and
// router.h); Boost.Beast stays inside the server_* files (server.cc, server_session.cc).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zp::http {

struct Request {
  std::string method;                          // "GET", "POST", ...
  std::string target;                          // raw request target
  std::string path;                            // percent-decoded path, no query
  std::map<std::string, std::string> query;    // decoded query parameters
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string client_ip;
  std::map<std::string, std::string> params;   // filled by the router from {name}

  // Header value or "" (name is case-insensitive).
  std::string header(std::string_view name) const;
  // Cookie value or "".
  std::string cookie(std::string_view name) const;
  // Route parameter or "".
  const std::string& param(const std::string& name) const;
  // Query parameter or "".
  std::string q(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers

  void set_header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
  }
};

using Handler = std::function<Response(Request&)>;

}  // namespace zp::http
