#include "http/json_io.h"

#include <gtest/gtest.h>

#include "app/error.h"

namespace zp::http {
namespace {

// The bad_request message thrown by f, or "" when nothing was thrown.
template <class F>
std::string failure(F&& f) {
  try {
    f();
  } catch (const app::Failure& e) {
    EXPECT_EQ(e.category(), app::Category::bad_request);
    return e.what();
  }
  return "";
}

json::object obj(const char* text) { return json::parse(text).as_object(); }

TEST(JsonIo, BodyObject) {
  Request r;
  r.body = R"({"name":"张三"})";
  EXPECT_EQ(req_string(body_object(r), "name"), "张三");
  r.body = "{\"name\":";
  EXPECT_EQ(failure([&] { body_object(r); }), "请求体不是合法的 JSON");
  r.body = "[1,2]";
  EXPECT_NE(failure([&] { body_object(r); }).find("JSON 对象"), std::string::npos);
  r.body = "";
  EXPECT_NE(failure([&] { body_object(r); }), "");
  r.body = "\"\xff\"";  // invalid UTF-8
  EXPECT_EQ(failure([&] { body_object(r); }), "请求体不是合法的 JSON");
}

TEST(JsonIo, RequiredString) {
  auto o = obj(R"({"name":"李四","n":1,"z":null})");
  EXPECT_EQ(req_string(o, "name"), "李四");
  EXPECT_EQ(failure([&] { req_string(o, "missing"); }), "缺少字段 missing");
  EXPECT_EQ(failure([&] { req_string(o, "z"); }), "缺少字段 z");
  EXPECT_EQ(failure([&] { req_string(o, "n"); }), "字段 n 类型错误：应为字符串");
}

TEST(JsonIo, RequiredBool) {
  auto o = obj(R"({"a":true,"b":"true"})");
  EXPECT_TRUE(req_bool(o, "a"));
  EXPECT_EQ(failure([&] { req_bool(o, "b"); }), "字段 b 类型错误：应为布尔值");
  EXPECT_EQ(failure([&] { req_bool(o, "c"); }), "缺少字段 c");
}

TEST(JsonIo, RequiredInt) {
  auto o = obj(
      R"({"i":-5,"u":18446744073709551615,"big":9223372036854775807,"d":3.0,"f":2.5,"s":"3","e":1e30})");
  EXPECT_EQ(req_int(o, "i"), -5);
  EXPECT_EQ(req_int(o, "big"), 9223372036854775807LL);
  EXPECT_EQ(req_int(o, "d"), 3);
  EXPECT_NE(failure([&] { req_int(o, "u"); }).find("字段 u"), std::string::npos);
  EXPECT_EQ(failure([&] { req_int(o, "f"); }), "字段 f 类型错误：应为整数");
  EXPECT_EQ(failure([&] { req_int(o, "s"); }), "字段 s 类型错误：应为整数");
  EXPECT_EQ(failure([&] { req_int(o, "e"); }), "字段 e 类型错误：应为整数");
  EXPECT_EQ(failure([&] { req_int(o, "size"); }), "缺少字段 size");
}

TEST(JsonIo, RequiredNumber) {
  auto o = obj(R"({"a":85.5,"b":90,"c":"90"})");
  EXPECT_DOUBLE_EQ(req_number(o, "a"), 85.5);
  EXPECT_DOUBLE_EQ(req_number(o, "b"), 90.0);
  EXPECT_EQ(failure([&] { req_number(o, "c"); }), "字段 c 类型错误：应为数字");
}

TEST(JsonIo, RequiredDate) {
  auto o = obj(R"({"birth_date":"1980-02-29","bad":"1981-02-29","slash":"1980/01/01","n":19800101})");
  EXPECT_EQ(req_date(o, "birth_date").str(), "1980-02-29");
  EXPECT_EQ(failure([&] { req_date(o, "bad"); }), "字段 bad 格式错误：应为 YYYY-MM-DD");
  EXPECT_EQ(failure([&] { req_date(o, "slash"); }), "字段 slash 格式错误：应为 YYYY-MM-DD");
  EXPECT_EQ(failure([&] { req_date(o, "n"); }), "字段 n 格式错误：应为 YYYY-MM-DD");
  EXPECT_EQ(failure([&] { req_date(o, "birth"); }), "缺少字段 birth");
}

TEST(JsonIo, RequiredArrayAndObject) {
  auto o = obj(R"({"a":[1],"o":{"k":1},"s":"x"})");
  EXPECT_EQ(req_array(o, "a").size(), 1u);
  EXPECT_EQ(req_object(o, "o").size(), 1u);
  EXPECT_EQ(failure([&] { req_array(o, "s"); }), "字段 s 类型错误：应为数组");
  EXPECT_EQ(failure([&] { req_object(o, "a"); }), "字段 a 类型错误：应为对象");
  EXPECT_EQ(failure([&] { req_array(o, "x"); }), "缺少字段 x");
}

TEST(JsonIo, Optionals) {
  auto o = obj(
      R"({"s":"v","b":false,"i":7,"d":"2026-11-25","a":[],"o":{},"n":null,"bad":1.5})");
  EXPECT_EQ(opt_string(o, "s").value(), "v");
  EXPECT_FALSE(opt_string(o, "n").has_value());
  EXPECT_FALSE(opt_string(o, "absent").has_value());
  EXPECT_EQ(failure([&] { opt_string(o, "i"); }), "字段 i 类型错误：应为字符串");
  EXPECT_EQ(opt_bool(o, "b").value(), false);
  EXPECT_FALSE(opt_bool(o, "n").has_value());
  EXPECT_EQ(failure([&] { opt_bool(o, "s"); }), "字段 s 类型错误：应为布尔值");
  EXPECT_EQ(opt_int(o, "i").value(), 7);
  EXPECT_FALSE(opt_int(o, "absent").has_value());
  EXPECT_EQ(failure([&] { opt_int(o, "bad"); }), "字段 bad 类型错误：应为整数");
  EXPECT_EQ(opt_date(o, "d").value().str(), "2026-11-25");
  EXPECT_FALSE(opt_date(o, "n").has_value());
  EXPECT_EQ(failure([&] { opt_date(o, "s"); }), "字段 s 格式错误：应为 YYYY-MM-DD");
  EXPECT_NE(opt_array(o, "a"), nullptr);
  EXPECT_EQ(opt_array(o, "n"), nullptr);
  EXPECT_EQ(failure([&] { opt_array(o, "o"); }), "字段 o 类型错误：应为数组");
  EXPECT_NE(opt_object(o, "o"), nullptr);
  EXPECT_EQ(opt_object(o, "absent"), nullptr);
  EXPECT_EQ(failure([&] { opt_object(o, "a"); }), "字段 a 类型错误：应为对象");
}

TEST(JsonIo, Elements) {
  auto o = obj(R"({"items":[{"k":1},"x",null]})");
  const auto& a = req_array(o, "items");
  EXPECT_EQ(element_object(a, 0, "items").at("k"), 1);
  EXPECT_EQ(failure([&] { element_object(a, 1, "items"); }), "字段 items[1] 类型错误：应为对象");
  EXPECT_EQ(failure([&] { element_object(a, 2, "items"); }), "缺少字段 items[2]");
  EXPECT_EQ(failure([&] { element_object(a, 9, "items"); }), "缺少字段 items[9]");
  EXPECT_EQ(element_string(a, 1, "items"), "x");
  EXPECT_EQ(failure([&] { element_string(a, 0, "items"); }), "字段 items[0] 类型错误：应为字符串");
}

TEST(JsonIo, QueryInt) {
  Request r;
  r.query = {{"page", "3"}, {"neg", "-2"}, {"bad", "3x"}, {"empty", ""}, {"huge", "99999999999999999999"}};
  EXPECT_EQ(query_int(r, "page").value(), 3);
  EXPECT_EQ(query_int(r, "neg").value(), -2);
  EXPECT_FALSE(query_int(r, "absent").has_value());
  EXPECT_FALSE(query_int(r, "empty").has_value());
  EXPECT_EQ(failure([&] { query_int(r, "bad"); }), "查询参数 bad 类型错误：应为整数");
  EXPECT_NE(failure([&] { query_int(r, "huge"); }).find("查询参数 huge"), std::string::npos);
}

TEST(JsonIo, QueryDate) {
  Request r;
  r.query = {{"on", "2026-11-25"}, {"bad", "2026-13-01"}};
  EXPECT_EQ(query_date(r, "on").str(), "2026-11-25");
  EXPECT_EQ(failure([&] { query_date(r, "bad"); }), "查询参数 bad 格式错误：应为 YYYY-MM-DD");
  EXPECT_EQ(failure([&] { query_date(r, "from"); }), "缺少查询参数 from");
}

TEST(JsonIo, Responses) {
  auto r = created(json::object{{"name", "王五"}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(r.body, R"({"name":"王五"})");  // UTF-8 as is, not \u escapes
  EXPECT_EQ(ok(json::array{1, 2}).status, 200);
  auto v = violations_json({{"R-A", "§一", "m"}});
  EXPECT_EQ(json::serialize(v), R"([{"rule":"R-A","section":"§一","message":"m"}])");
}

}  // namespace
}  // namespace zp::http
