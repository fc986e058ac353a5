// Defense groups and scores (§三(三), §四(二)): R-DEF-GROUP, R-RECUSAL, R-DEF-VIDEO (the
// group's mode; the recording attached after the defense), R-DEF-SCORE, and the
// applicant's defense result.
#include "app/defense.h"
#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

namespace {

std::vector<std::string> string_list(const json::object& b, const char* field, bool required) {
  std::vector<std::string> out;
  const json::array* a = required ? &req_array(b, field) : opt_array(b, field);
  if (a)
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(element_string(*a, i, field));
  return out;
}

}  // namespace

std::vector<app::Supervisor> supervisors_field(const json::object& b) {
  std::vector<app::Supervisor> out;
  if (const auto* s = opt_array(b, "supervisors"))
    for (std::size_t i = 0; i < s->size(); ++i) {
      const auto& o = element_object(*s, i, "supervisors");
      out.push_back({req_string(o, "name"), opt_string(o, "role").value_or("")});
    }
  return out;
}

void register_defense(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/rounds/{id}/defense-groups",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::NewDefenseGroup in;
          in.experts = string_list(b, "experts", true);
          in.application_ids = string_list(b, "application_ids", true);
          in.video = opt_bool(b, "video");
          in.recording_ref = opt_string(b, "recording_ref").value_or("");
          in.recording_sm3 = opt_string(b, "recording_sm3").value_or("");
          in.non_video_reason = opt_string(b, "non_video_reason").value_or("");
          in.observers = string_list(b, "observers", false);
          in.supervisors = supervisors_field(b);
          if (const auto* c = opt_array(b, "conflicts"))
            for (std::size_t i = 0; i < c->size(); ++i) {
              const auto& o = element_object(*c, i, "conflicts");
              in.conflicts.push_back({req_string(o, "expert_id"), req_string(o, "application_id"),
                                      opt_string(o, "reason").value_or("")});
            }
          return created(app::create_defense_group(ctx, a, req.param("id"), in));
        },
        {"组建答辩小组（3–5 名专家，同一单位不超过半数；回避；高评会默认视频答辩、中评会默认现场答辩；录像可在答辩后登记）",
         "defense", false,
         R"({"type":"object","required":["experts","application_ids"],"properties":{"experts":{"type":"array","items":{"type":"string"}},"application_ids":{"type":"array","items":{"type":"string"}},"video":{"type":"boolean"},"recording_ref":{"type":"string"},"recording_sm3":{"type":"string"},"non_video_reason":{"type":"string"},"observers":{"type":"array","items":{"type":"string"}},"supervisors":{"type":"array"},"conflicts":{"type":"array"}}})"});
  r.add("PUT", "/api/v1/defense-groups/{id}/recording",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const auto reference = req_string(b, "reference");
          const auto sm3 = req_string(b, "sm3");
          return ok(app::attach_defense_recording(ctx, a, req.param("id"), reference, sm3));
        },
        {"登记视频答辩录像（答辩后：存放位置与 SM3 摘要；高评会视频答辩的结果须有录像方可付表决）", "defense", false,
         R"({"type":"object","required":["reference","sm3"],"properties":{"reference":{"type":"string","minLength":1,"maxLength":500},"sm3":{"type":"string","pattern":"^[0-9a-fA-F]{64}$"}}})"});
  r.add("GET", "/api/v1/my/defense-groups",
        [&ctx](Request& req) {
          return ok(json::object{{"items", app::list_my_defense_groups(ctx, require_actor(ctx, req))}});
        },
        {"本人所在的答辩小组（评审专家）", "defense"});
  r.add("GET", "/api/v1/defense-groups/{id}",
        [&ctx](Request& req) { return ok(app::get_defense_group(ctx, require_actor(ctx, req), req.param("id"))); },
        {"答辩小组", "defense"});
  r.add("POST", "/api/v1/defense-groups/{id}/scores",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const auto app_id = req_string(b, "application_id");
          const auto expert = req_string(b, "expert_id");
          const double score = req_number(b, "score");
          return created(app::add_defense_score(ctx, a, req.param("id"), app_id, expert, score));
        },
        {"答辩评分（专家本人，或工作机构录入纸质评分表；0–100）", "defense", false,
         R"({"type":"object","required":["application_id","expert_id","score"],"properties":{"score":{"type":"number","minimum":0,"maximum":100}}})"});
  r.add("GET", "/api/v1/applications/{id}/defense",
        [&ctx](Request& req) {
          return ok(app::get_application_defense(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"申报人答辩结果（低于 60 分人数达半数为不通过）", "defense"});
}

}  // namespace zp::http
