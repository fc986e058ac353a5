// Draws (§二(三), §四(四)): commit-reveal seed inputs, the draw, read, verify, export.
#include "app/draws.h"

#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_draws(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/rounds/{id}/draw-commitments",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::commit_draw_secret(ctx, a, req.param("id"), opt_string(b, "secret")));
        },
        {"提交抽取承诺（评委会工作机构，抽取期开始前）", "draws", false,
         R"({"type":"object","properties":{"secret":{"type":"string","minLength":16}}})"});
  r.add("POST", "/api/v1/rounds/{id}/draw-contributions",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::contribute_to_draw(ctx, a, req.param("id"), req_string(b, "contribution")));
        },
        {"提交监督随机贡献（纪检监督）", "draws", false,
         R"({"type":"object","required":["contribution"],"properties":{"contribution":{"type":"string"}}})"});
  r.add(
      "POST", "/api/v1/rounds/{id}/draws",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        app::NewDraw in;
        in.purpose = req_string(b, "purpose");
        const auto size = req_int(b, "size");
        if (size < 1 || size > 200) app::bad_request("字段 size 须为 1–200 的整数");
        in.size = static_cast<int>(size);
        if (const auto* s = opt_array(b, "specialties"))
          for (std::size_t i = 0; i < s->size(); ++i)
            in.specialties.push_back(element_string(*s, i, "specialties"));
        if (const auto* f = opt_array(b, "fixed"))
          for (std::size_t i = 0; i < f->size(); ++i) {
            const auto& o = element_object(*f, i, "fixed");
            const std::string path = "fixed[" + std::to_string(i) + "].";
            if (!o.contains("person_id") || !o.at("person_id").is_string())
              app::bad_request("缺少字段 " + path + "person_id");
            if (!o.contains("role") || !o.at("role").is_string())
              app::bad_request("缺少字段 " + path + "role");
            in.fixed.push_back({std::string(o.at("person_id").as_string().c_str()),
                                std::string(o.at("role").as_string().c_str())});
          }
        // Declared conflicts: a person id, or {person_id, reason}.
        if (const auto* rc = opt_array(b, "recused"))
          for (std::size_t i = 0; i < rc->size(); ++i) {
            if ((*rc)[i].is_string()) {
              in.recused.push_back({element_string(*rc, i, "recused"), ""});
              continue;
            }
            const auto& o = element_object(*rc, i, "recused");
            const std::string path = "recused[" + std::to_string(i) + "].";
            if (!o.contains("person_id") || !o.at("person_id").is_string())
              app::bad_request("缺少字段 " + path + "person_id");
            std::string reason;
            if (const auto* rs = o.if_contains("reason")) {
              if (!rs->is_string()) app::bad_request("字段 " + path + "reason 须为字符串");
              reason = rs->as_string().c_str();
            }
            in.recused.push_back({std::string(o.at("person_id").as_string().c_str()), reason});
          }
        if (auto m = opt_int(b, "max_per_unit")) {
          if (*m < 1 || *m > 200) app::bad_request("字段 max_per_unit 须为正整数");
          in.max_per_unit = static_cast<int>(*m);
        }
        return created(app::make_draw(ctx, a, req.param("id"), in));
      },
      {"随机抽取评审会议委员或学科组专家（R-DRAW-RANDOM）", "draws", false,
       R"({"type":"object","required":["purpose","size"],"properties":{"purpose":{"enum":["meeting","discipline_group"]},"size":{"type":"integer"},"specialties":{"type":"array","items":{"type":"string"}},"fixed":{"type":"array","items":{"type":"object","required":["person_id","role"],"properties":{"person_id":{"type":"string"},"role":{"enum":["chair","vice_chair"]}}}},"recused":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","required":["person_id"],"properties":{"person_id":{"type":"string"},"reason":{"type":"string"}}}]}},"max_per_unit":{"type":"integer"}}})"});
  r.add("GET", "/api/v1/rounds/{id}/draws",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::list_draws(ctx, a, req.param("id")));
        },
        {"本轮抽取记录（保密）", "draws"});
  r.add("GET", "/api/v1/draws/{id}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_draw(ctx, a, req.param("id")));
        },
        {"抽取结果（保密）", "draws"});
  r.add("GET", "/api/v1/draws/{id}/verify",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::verify_draw(ctx, a, req.param("id")));
        },
        {"按留存输入重算抽取结果", "draws"});
  r.add("GET", "/api/v1/draws/{id}/export",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::export_draw(ctx, a, req.param("id")));
        },
        {"导出抽取的全部输入（供 zhiping draw verify 离线复核）", "draws"});
}

}  // namespace zp::http
