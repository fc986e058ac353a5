// /api/v1/series: the catalogue (public read; sysadmin adds).
#include "app/error.h"
#include "app/series.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_series(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/series", [&ctx](Request&) { return ok(app::list_series(ctx)); },
        {"系列与专业目录", "series", true});
  r.add("POST", "/api/v1/series",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<std::string> sps;
          if (const auto* arr = opt_array(b, "specialties")) {
            for (std::size_t i = 0; i < arr->size(); ++i) {
              const auto& v = (*arr)[i];
              // accept "name" or {name}
              if (v.is_string()) sps.emplace_back(v.as_string());
              else sps.push_back(req_string(element_object(*arr, i, "specialties"), "name"));
            }
          }
          return created(app::add_series(ctx, a, req_string(b, "name"), sps));
        },
        {"新增系列或专业（系统管理员）", "series", false,
         R"({"type":"object","required":["name"],"properties":{"name":{"type":"string"},"specialties":{"type":"array"}}})"});
  // 资格名称 title names (issue 16): public read, sysadmin writes.
  r.add("GET", "/api/v1/title-names",
        [&ctx](Request& req) {
          auto it = req.query.find("series");
          return ok(app::list_title_names(ctx, it == req.query.end() ? "" : it->second));
        },
        {"资格名称表（按系列、专业、层级；?series= 过滤）", "series", true});
  r.add("GET", "/api/v1/title-names/resolve",
        [&ctx](Request& req) {
          auto q = [&](const char* k) {
            auto it = req.query.find(k);
            return it == req.query.end() ? std::string{} : it->second;
          };
          return ok(app::resolve_title_name(ctx, q("series"), q("specialty"), q("level")));
        },
        {"某系列、专业、层级的资格名称（?series=&specialty=&level=；来源 specialty/series/level）", "series", true});
  r.add("PUT", "/api/v1/title-names",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<app::TitleNameInput> in;
          const auto& entries = req_array(b, "entries");
          for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto& o = element_object(entries, i, "entries");
            const std::string at = "entries[" + std::to_string(i) + "].";
            auto text = [&](const char* k, bool required) {
              auto f = o.find(k);
              if (f == o.end() || f->value().is_null()) {
                if (required) app::bad_request("缺少字段 " + at + k);
                return std::string{};
              }
              if (!f->value().is_string()) app::bad_request("字段 " + at + k + " 须为字符串");
              return std::string(f->value().as_string());
            };
            app::TitleNameInput e;
            e.series = text("series", true);
            e.specialty = text("specialty", false);
            e.level = text("level", true);
            auto n = o.find("name");
            if (n == o.end()) app::bad_request("缺少字段 entries[" + std::to_string(i) + "].name（null 表示删除）");
            if (n->value().is_string()) e.name = std::string(n->value().as_string());
            else if (!n->value().is_null())
              app::bad_request("字段 entries[" + std::to_string(i) + "].name 须为字符串或 null");
            in.push_back(std::move(e));
          }
          return ok(app::put_title_names(ctx, a, in));
        },
        {"设置资格名称（系统管理员；name 为 null 删除该行；审计）", "series", false,
         R"({"type":"object","required":["entries"],"properties":{"entries":{"type":"array","items":{"type":"object","required":["series","level","name"],"properties":{"series":{"type":"string"},"specialty":{"type":"string"},"level":{"type":"string","enum":["junior","assistant","intermediate","deputy_senior","full_senior"]},"name":{"type":["string","null"],"maxLength":96}}}}}})"});
}

}  // namespace zp::http
