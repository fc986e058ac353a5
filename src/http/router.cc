#include "http/router.h"

#include <algorithm>
#include <cctype>
#include <boost/json.hpp>
#include <optional>
#include <set>
#include <string_view>

#include "app/error.h"
#include "http/error_map.h"

namespace zp::http {

namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  if (path.empty()) return out;
  while (true) {
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

// Matches `path` against `pattern`. On success fills `params` and returns a
// specificity vector (per segment: 2 literal, 1 parameter with affix, 0 bare
// parameter) used to prefer "/persons/search" over "/persons/{id}".
std::optional<std::vector<int>> match(std::string_view pattern, std::string_view path,
                                      std::map<std::string, std::string>& params) {
  auto ps = split_path(pattern);
  auto xs = split_path(path);
  if (ps.size() != xs.size()) return std::nullopt;
  std::vector<int> score;
  score.reserve(ps.size());
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    std::string_view p = ps[i], x = xs[i];
    auto open = p.find('{');
    auto close = open == std::string_view::npos ? open : p.find('}', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      if (p != x) return std::nullopt;
      score.push_back(2);
      continue;
    }
    std::string_view prefix = p.substr(0, open);
    std::string_view name = p.substr(open + 1, close - open - 1);
    std::string_view suffix = p.substr(close + 1);
    if (x.size() <= prefix.size() + suffix.size()) return std::nullopt;
    if (x.substr(0, prefix.size()) != prefix) return std::nullopt;
    if (x.substr(x.size() - suffix.size()) != suffix) return std::nullopt;
    found[std::string(name)] =
        std::string(x.substr(prefix.size(), x.size() - prefix.size() - suffix.size()));
    score.push_back(prefix.empty() && suffix.empty() ? 0 : 1);
  }
  params = std::move(found);
  return score;
}

Response call(const Route& route, Request& req) {
  try {
    return route.handler(req);
  } catch (const HttpRefusal& e) {
    return e.response;
  } catch (const app::Failure& f) {
    return error_response(f);
  } catch (const boost::system::system_error& e) {
    // Boost.JSON accessors (as_string(), at(), ...) on a client's body: bad input,
    // not a server fault.
    if (e.code().category() == boost::json::make_error_code(boost::json::error::not_string)
                                   .category())
      return error_response(app::Category::bad_request, "请求体字段类型错误");
    return incident_response(req.method + " " + route.pattern, e.what());
  } catch (const std::exception& e) {
    return incident_response(req.method + " " + route.pattern, e.what());
  } catch (...) {
    return incident_response(req.method + " " + route.pattern, "unknown exception");
  }
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, RouteDoc doc) {
  routes_.push_back({std::move(method), std::move(pattern), std::move(handler), std::move(doc)});
}

Response Router::dispatch(Request& req) const {
  const Route* best = nullptr;
  std::vector<int> best_score;
  std::map<std::string, std::string> best_params;
  std::set<std::string> allowed;
  bool head_as_get = false;

  auto consider = [&](const std::string& method) {
    for (const auto& r : routes_) {
      std::map<std::string, std::string> params;
      auto score = match(r.pattern, req.path, params);
      if (!score) continue;
      allowed.insert(r.method);
      if (r.method != method) continue;
      if (!best || *score > best_score) {
        best = &r;
        best_score = std::move(*score);
        best_params = std::move(params);
      }
    }
  };
  consider(req.method);
  if (!best && req.method == "HEAD" && allowed.count("GET")) {
    consider("GET");
    head_as_get = best != nullptr;
  }

  if (!best) {
    if (allowed.empty()) {
      // A page request reaches the router only when the server has no web UI files.
      const bool api = req.path == "/api" || req.path.rfind("/api/", 0) == 0;
      if (!api && (req.method == "GET" || req.method == "HEAD"))
        return error_response(app::Category::not_found,
                              "页面不存在：" + req.path +
                                  "（网页界面未安装：请先运行 make web，或用 serve --web DIR 指定目录）");
      return error_response(app::Category::not_found, "接口不存在：" + req.path);
    }
    if (allowed.count("GET")) allowed.insert("HEAD");
    std::string allow;
    for (const auto& m : allowed) allow += (allow.empty() ? "" : ", ") + m;
    Response r = error_response(app::Category::method_not_allowed,
                                "该接口不支持 " + req.method + " 方法");
    r.set_header("Allow", allow);
    return r;
  }

  req.params = std::move(best_params);
  // HEAD served by a GET route: the server sends the headers only.
  (void)head_as_get;
  return call(*best, req);
}

std::string Router::openapi_json(const std::string& version) const {
  namespace json = boost::json;
  json::object paths;
  for (const auto& r : routes_) {
    json::value& slot = paths[r.pattern];
    if (!slot.is_object()) slot.emplace_object();
    json::object& item = slot.get_object();
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });

    json::object op;
    if (!r.doc.summary.empty()) op["summary"] = r.doc.summary;
    if (!r.doc.tag.empty()) op["tags"] = json::array{json::value(r.doc.tag)};
    std::string op_id = method;
    for (char c : r.pattern) {
      if (std::isalnum(static_cast<unsigned char>(c)))
        op_id += c;
      else if (!op_id.empty() && op_id.back() != '_')
        op_id += '_';
    }
    while (!op_id.empty() && op_id.back() == '_') op_id.pop_back();
    op["operationId"] = op_id;

    json::array parameters;
    for (auto seg : split_path(r.pattern)) {
      auto open = seg.find('{');
      auto close = open == std::string_view::npos ? open : seg.find('}', open);
      if (close == std::string_view::npos) continue;
      parameters.push_back(json::object{
          {"name", std::string(seg.substr(open + 1, close - open - 1))},
          {"in", "path"},
          {"required", true},
          {"schema", json::object{{"type", "string"}}}});
    }
    if (!r.doc.public_access && r.method != "GET" && r.method != "HEAD")
      parameters.push_back(json::object{
          {"name", "X-CSRF-Token"},
          {"in", "header"},
          {"required", false},
          {"description",
           "以会话 Cookie 认证的写请求必须携带（值为 POST/GET /api/v1/session 返回的 csrf_token），"
           "否则 403 csrf_failed；Bearer 令牌认证的请求不需要"},
          {"schema", json::object{{"type", "string"}}}});
    if (!parameters.empty()) op["parameters"] = std::move(parameters);

    if (!r.doc.body_schema.empty()) {
      boost::system::error_code ec;
      json::value schema = json::parse(r.doc.body_schema, ec);
      if (ec) schema = json::object{{"type", "object"}};
      op["requestBody"] = json::object{
          {"required", true},
          {"content",
           json::object{{"application/json", json::object{{"schema", std::move(schema)}}}}}};
    }

    if (r.doc.public_access) op["security"] = json::array{};

    json::object responses;
    responses["200"] = json::object{{"description", "成功"}};
    if (r.method == "POST") responses["201"] = json::object{{"description", "已创建"}};
    responses["default"] = json::object{{"$ref", "#/components/responses/Error"}};
    op["responses"] = std::move(responses);
    item[method] = std::move(op);
  }

  json::object violation{
      {"type", "object"},
      {"required", json::array{"rule", "section", "message"}},
      {"properties", json::object{{"rule", json::object{{"type", "string"}}},
                                  {"section", json::object{{"type", "string"}}},
                                  {"message", json::object{{"type", "string"}}}}}};
  json::array codes;
  for (auto c : {app::Category::bad_request, app::Category::unauthenticated,
                 app::Category::forbidden, app::Category::not_found,
                 app::Category::method_not_allowed, app::Category::conflict,
                 app::Category::payload_too_large, app::Category::rule_violation,
                 app::Category::too_many_requests, app::Category::internal})
    codes.push_back(json::value(app::category_code(c)));
  codes.push_back(json::value(kCsrfFailedCode));
  json::object error{
      {"type", "object"},
      {"required", json::array{"error"}},
      {"properties",
       json::object{
           {"error",
            json::object{
                {"type", "object"},
                {"required", json::array{"code", "message", "violations"}},
                {"properties",
                 json::object{
                     {"code", json::object{{"type", "string"}, {"enum", std::move(codes)}}},
                     {"message", json::object{{"type", "string"}}},
                     {"violations",
                      json::object{{"type", "array"},
                                   {"items", json::object{{"$ref",
                                                           "#/components/schemas/Violation"}}}}},
                     {"incident", json::object{{"type", "string"}}}}}}}}}};

  json::object doc{
      {"openapi", "3.0.3"},
      {"info", json::object{{"title", "职评 zhiping API"},
                            {"version", version},
                            {"description",
                             "职称评审系统 HTTP 接口。错误统一为 {\"error\":{\"code\",\"message\","
                             "\"violations\"}}；日期 YYYY-MM-DD，时间戳 RFC 3339 (+08:00)。"}}},
      {"servers", json::array{json::object{{"url", "/"}}}},
      {"paths", std::move(paths)},
      {"security", json::array{json::object{{"bearerAuth", json::array{}}},
                               json::object{{"cookieAuth", json::array{}}}}},
      {"components",
       json::object{
           {"securitySchemes",
            json::object{{"bearerAuth", json::object{{"type", "http"}, {"scheme", "bearer"}}},
                         {"cookieAuth", json::object{{"type", "apiKey"},
                                                     {"in", "cookie"},
                                                     {"name", session_cookie_}}}}},
           {"schemas", json::object{{"Violation", std::move(violation)},
                                    {"Error", std::move(error)}}},
           {"responses",
            json::object{{"Error",
                          json::object{{"description", "错误"},
                                       {"content",
                                        json::object{{"application/json",
                                                      json::object{{"schema",
                                                                    json::object{{"$ref",
                                                                                  "#/components/schemas/Error"}}}}}}}}}}}}}};
  return json::serialize(doc);
}

}  // namespace zp::http
