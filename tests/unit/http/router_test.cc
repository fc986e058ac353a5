#include "http/router.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <stdexcept>

#include "app/error.h"
#include "http/error_map.h"

namespace zp::http {
namespace {

namespace json = boost::json;

Request make(std::string method, std::string path) {
  Request r;
  r.method = std::move(method);
  r.path = path;
  r.target = std::move(path);
  return r;
}

Handler echo(std::string tag) {
  return [tag](Request& req) {
    Response r;
    json::object o{{"route", tag}};
    for (const auto& [k, v] : req.params) o[k] = v;
    r.body = json::serialize(o);
    return r;
  };
}

json::object body(const Response& r) { return json::parse(r.body).as_object(); }

std::string header(const Response& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return "";
}

Router sample() {
  Router rt;
  rt.add("GET", "/api/v1/persons", echo("list"));
  rt.add("POST", "/api/v1/persons", echo("create"));
  rt.add("GET", "/api/v1/persons/{id}", echo("get"));
  rt.add("PUT", "/api/v1/persons/{id}", echo("put"));
  rt.add("GET", "/api/v1/persons/search", echo("search"));
  rt.add("GET", "/api/v1/rounds/{round}/applications/{app}", echo("nested"));
  rt.add("GET", "/api/v1/certificates/{serial}.pdf", echo("pdf"));
  rt.add("GET", "/api/v1/certificates/{serial}", echo("cert"));
  return rt;
}

TEST(Router, MatchesLiteralRoute) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/persons");
  auto r = rt.dispatch(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(body(r).at("route"), "list");
  req = make("POST", "/api/v1/persons");
  EXPECT_EQ(body(rt.dispatch(req)).at("route"), "create");
}

TEST(Router, ExtractsParameters) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/persons/abc123");
  auto r = rt.dispatch(req);
  EXPECT_EQ(body(r).at("route"), "get");
  EXPECT_EQ(body(r).at("id"), "abc123");
  EXPECT_EQ(req.param("id"), "abc123");
  EXPECT_EQ(req.param("nope"), "");

  req = make("GET", "/api/v1/rounds/r1/applications/a2");
  r = rt.dispatch(req);
  EXPECT_EQ(body(r).at("route"), "nested");
  EXPECT_EQ(req.param("round"), "r1");
  EXPECT_EQ(req.param("app"), "a2");
}

TEST(Router, LiteralSegmentBeatsParameter) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/persons/search");
  EXPECT_EQ(body(rt.dispatch(req)).at("route"), "search");
}

TEST(Router, SuffixPattern) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/certificates/ABC123.pdf");
  auto r = rt.dispatch(req);
  EXPECT_EQ(body(r).at("route"), "pdf");
  EXPECT_EQ(req.param("serial"), "ABC123");

  req = make("GET", "/api/v1/certificates/ABC123");
  r = rt.dispatch(req);
  EXPECT_EQ(body(r).at("route"), "cert");
  EXPECT_EQ(req.param("serial"), "ABC123");

  // ".pdf" alone: the parameter must be non-empty, so the bare {serial} route takes it.
  req = make("GET", "/api/v1/certificates/.pdf");
  EXPECT_EQ(body(rt.dispatch(req)).at("route"), "cert");
}

TEST(Router, EmptySegmentDoesNotMatchParameter) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/rounds//applications/a2");
  EXPECT_EQ(rt.dispatch(req).status, 404);
}

TEST(Router, TrailingSlashIsTolerated) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/persons/");
  EXPECT_EQ(body(rt.dispatch(req)).at("route"), "list");
}

TEST(Router, UnknownPathIs404JsonError) {
  auto rt = sample();
  auto req = make("GET", "/api/v1/nothing/here");
  auto r = rt.dispatch(req);
  EXPECT_EQ(r.status, 404);
  auto err = body(r).at("error").as_object();
  EXPECT_EQ(err.at("code"), "not_found");
  EXPECT_TRUE(err.at("message").is_string());
  EXPECT_TRUE(err.at("violations").as_array().empty());
}

TEST(Router, WrongMethodIs405WithAllow) {
  auto rt = sample();
  auto req = make("DELETE", "/api/v1/persons/abc");
  auto r = rt.dispatch(req);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(body(r).at("error").at("code"), "method_not_allowed");
  std::string allow = header(r, "Allow");
  EXPECT_NE(allow.find("GET"), std::string::npos);
  EXPECT_NE(allow.find("PUT"), std::string::npos);
  EXPECT_EQ(allow.find("DELETE"), std::string::npos);
}

TEST(Router, HeadFallsBackToGet) {
  auto rt = sample();
  auto req = make("HEAD", "/api/v1/persons/x");
  auto r = rt.dispatch(req);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(req.param("id"), "x");
}

TEST(Router, FailureIsMappedWithViolations) {
  Router rt;
  rt.add("POST", "/api/v1/x", [](Request&) -> Response {
    throw app::Failure(app::Category::rule_violation, "规则不允许此操作",
                       {{"R-MEET-QUORUM", "§四(四)", "到会专家不足"}});
  });
  rt.add("GET", "/api/v1/y", [](Request&) -> Response { app::not_found("人员"); });
  auto req = make("POST", "/api/v1/x");
  auto r = rt.dispatch(req);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  auto err = body(r).at("error").as_object();
  EXPECT_EQ(err.at("code"), "rule_violation");
  EXPECT_EQ(err.at("message"), "规则不允许此操作");
  ASSERT_EQ(err.at("violations").as_array().size(), 1u);
  auto v = err.at("violations").as_array()[0].as_object();
  EXPECT_EQ(v.at("rule"), "R-MEET-QUORUM");
  EXPECT_EQ(v.at("section"), "§四(四)");
  EXPECT_EQ(v.at("message"), "到会专家不足");
  EXPECT_EQ(v.size(), 3u);

  req = make("GET", "/api/v1/y");
  r = rt.dispatch(req);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(body(r).at("error").at("message"), "人员 不存在");
}

TEST(Router, RuntimeErrorIs500WithIncident) {
  Router rt;
  rt.add("GET", "/api/v1/boom",
         [](Request&) -> Response { throw std::runtime_error("database is locked"); });
  auto req = make("GET", "/api/v1/boom");
  testing::internal::CaptureStderr();
  auto r = rt.dispatch(req);
  std::string log = testing::internal::GetCapturedStderr();
  EXPECT_EQ(r.status, 500);
  auto err = body(r).at("error").as_object();
  EXPECT_EQ(err.at("code"), "internal");
  std::string incident(err.at("incident").as_string());
  EXPECT_EQ(incident.size(), 16u);
  EXPECT_NE(std::string(err.at("message").as_string()).find("服务器内部错误，事件编号 " + incident),
            std::string::npos);
  EXPECT_TRUE(err.at("violations").as_array().empty());
  EXPECT_NE(log.find(incident), std::string::npos);
  EXPECT_NE(log.find("database is locked"), std::string::npos);
  // The exception text never reaches the client.
  EXPECT_EQ(r.body.find("database is locked"), std::string::npos);
}

TEST(Router, BoostJsonAccessErrorIsBadRequest) {
  Router rt;
  rt.add("POST", "/api/v1/j", [](Request& req) -> Response {
    auto v = json::parse(req.body);
    (void)json::value_to<std::string>(v.as_object()["name"]);
    return {};
  });
  auto req = make("POST", "/api/v1/j");
  req.body = R"({"name":5})";
  EXPECT_EQ(rt.dispatch(req).status, 400);
}

TEST(ErrorMap, StatusTable) {
  using app::Category;
  EXPECT_EQ(status_of(Category::bad_request), 400);
  EXPECT_EQ(status_of(Category::unauthenticated), 401);
  EXPECT_EQ(status_of(Category::forbidden), 403);
  EXPECT_EQ(status_of(Category::not_found), 404);
  EXPECT_EQ(status_of(Category::method_not_allowed), 405);
  EXPECT_EQ(status_of(Category::conflict), 409);
  EXPECT_EQ(status_of(Category::payload_too_large), 413);
  EXPECT_EQ(status_of(Category::rule_violation), 422);
  EXPECT_EQ(status_of(Category::too_many_requests), 429);
  EXPECT_EQ(status_of(Category::internal), 500);
}

TEST(ErrorMap, ExactBodyShape) {
  auto r = error_response(app::Category::forbidden, "无权查看",
                          {{"R-COM-CONFIDENTIAL", "§二(一)", "名单保密"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.body,
            R"j({"error":{"code":"forbidden","message":"无权查看","violations":[{"rule":"R-COM-CONFIDENTIAL","section":"§二(一)","message":"名单保密"}]}})j");
  r = error_response(app::Failure(app::Category::conflict, "数据已被修改，请重试"));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.body,
            R"({"error":{"code":"conflict","message":"数据已被修改，请重试","violations":[]}})");
}

TEST(Router, OpenApiDescribesRoutes) {
  Router rt;
  rt.add("GET", "/api/v1/certificates/{serial}.pdf", echo("pdf"),
         {"证书 PDF", "certificates", true, ""});
  rt.add("POST", "/api/v1/persons", echo("create"),
         {"新建人员", "persons", false, R"({"type":"object","required":["name"]})"});
  rt.add("GET", "/api/v1/persons/{id}", echo("get"), {"查看人员", "persons"});
  auto doc = json::parse(rt.openapi_json("0.1.0")).as_object();
  EXPECT_EQ(doc.at("openapi"), "3.0.3");
  EXPECT_EQ(doc.at("info").at("version"), "0.1.0");
  auto& paths = doc.at("paths").as_object();
  ASSERT_TRUE(paths.contains("/api/v1/certificates/{serial}.pdf"));
  auto& pdf = paths.at("/api/v1/certificates/{serial}.pdf").at("get").as_object();
  EXPECT_EQ(pdf.at("summary"), "证书 PDF");
  EXPECT_TRUE(pdf.at("security").as_array().empty());
  EXPECT_EQ(pdf.at("parameters").as_array()[0].at("name"), "serial");
  auto& post = paths.at("/api/v1/persons").at("post").as_object();
  EXPECT_EQ(post.at("requestBody").at("content").at("application/json").at("schema").at("type"),
            "object");
  EXPECT_FALSE(post.contains("security"));
  EXPECT_TRUE(doc.at("components").at("schemas").as_object().contains("Error"));
}

TEST(Message, HeaderCookieQuery) {
  Request r;
  r.headers["authorization"] = "Bearer t";
  r.headers["cookie"] = "a=1; zp_session=tok123 ; b=\"q\"";
  r.query["page"] = "2";
  EXPECT_EQ(r.header("Authorization"), "Bearer t");
  EXPECT_EQ(r.header("X-None"), "");
  EXPECT_EQ(r.cookie("zp_session"), "tok123");
  EXPECT_EQ(r.cookie("b"), "q");
  EXPECT_EQ(r.cookie("zp"), "");
  EXPECT_EQ(r.q("page"), "2");
  EXPECT_EQ(r.q("size"), "");
}

}  // namespace
}  // namespace zp::http
