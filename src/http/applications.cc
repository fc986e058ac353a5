// /api/v1/applications: create (all creation checks), read with history, list by
// scope, supplement achievements, pledge, submit, recommend, review stages, and the
// full-process records (recommendation record, social evaluations).
#include "app/applications.h"

#include "app/error.h"
#include "app/records.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

// Shared with self_check.cc.
app::AchievementInput parse_achievement(const json::object& e, const std::string& path);
app::ApplicationRequest parse_application_request(const json::object& b, bool need_round);

app::AchievementInput parse_achievement(const json::object& e, const std::string& path) {
  try {
    app::AchievementInput a;
    a.kind = req_string(e, "kind");
    a.title = req_string(e, "title");
    a.date = req_date(e, "date");
    a.level = opt_string(e, "level");
    a.grade = opt_string(e, "grade");
    if (a.kind.empty()) app::bad_request("字段 kind 不能为空");
    if (a.title.empty()) app::bad_request("字段 title 不能为空");
    return a;
  } catch (const app::Failure& f) {
    std::string m = f.what();
    for (const char* key : {"缺少字段 ", "字段 "})
      if (auto p = m.find(key); p != std::string::npos) {
        m.insert(p + std::string(key).size(), path);
        break;
      }
    throw app::Failure(f.category(), m, f.violations());
  }
}

app::ApplicationRequest parse_application_request(const json::object& b, bool need_round) {
  app::ApplicationRequest r;
  r.person_id = req_string(b, "person_id");
  r.round_id = need_round ? req_string(b, "round_id") : opt_string(b, "round_id").value_or("");
  r.target_level = req_string(b, "target_level");
  r.series = req_string(b, "series");
  r.specialty = req_string(b, "specialty");
  r.promotion_type = opt_string(b, "promotion_type").value_or("normal");
  r.exceptional_basis = opt_string(b, "exceptional_basis").value_or("");
  r.continuing_education = opt_string(b, "continuing_education").value_or("");
  r.workload = opt_string(b, "workload").value_or("");
  if (const auto* a = opt_array(b, "achievements"))
    for (std::size_t i = 0; i < a->size(); ++i)
      r.achievements.push_back(parse_achievement(element_object(*a, i, "achievements"),
                                                 "achievements[" + std::to_string(i) + "]."));
  return r;
}

namespace {

// A list of names, or one string (e.g. "学生代表 30 人").
std::vector<std::string> string_list(const json::object& b, const char* field, bool required = true) {
  std::vector<std::string> out;
  auto it = b.find(field);
  if (it != b.end() && it->value().is_string()) {
    if (!it->value().as_string().empty()) out.emplace_back(it->value().as_string());
    return out;
  }
  if (!required && (it == b.end() || it->value().is_null())) return out;
  const auto& a = req_array(b, field);
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(element_string(a, i, field));
  return out;
}

// A date, or a date-time whose first 10 characters are the date.
std::optional<core::Date> date_prefix(const json::object& b, const char* field) {
  auto s = opt_string(b, field);
  if (!s) return std::nullopt;
  auto d = core::Date::parse(s->substr(0, 10));
  if (!d) app::bad_request(std::string("字段 ") + field + " 格式错误：应为 YYYY-MM-DD");
  return d;
}

// A signature given as the signer's name, or `true` for a signed paper record.
std::string signature(const json::object& b, const char* field) {
  auto it = b.find(field);
  if (it == b.end() || it->value().is_null()) return "";
  if (it->value().is_bool()) return it->value().as_bool() ? "已签名" : "";
  if (it->value().is_string()) return std::string(it->value().as_string());
  app::bad_request(std::string("字段 ") + field + " 须为签名人姓名或 true");
}

}  // namespace

void register_applications(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/applications",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        return created(app::create_application(ctx, a, parse_application_request(b, true)));
      },
      {"申报（黑名单、退休、业绩截止、任职年限、申报期限、层级顺序、材料清单）", "applications", false,
       R"({"type":"object","required":["round_id","person_id","target_level","series","specialty","promotion_type"]})"});
  r.add(
      "GET", "/api/v1/applications",
      [&ctx](Request& req) {
        return ok(app::list_applications(ctx, require_actor(ctx, req), req.q("round_id"), req.q("unit_id")));
      },
      {"申报列表（按角色范围）", "applications"});
  r.add("GET", "/api/v1/applications/{id}",
        [&ctx](Request& req) {
          return ok(app::get_application(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"申报详情（状态与经办记录）", "applications"});
  r.add("POST", "/api/v1/applications/{id}/achievements",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::add_achievement(ctx, a, req.param("id"), parse_achievement(b, "")));
        },
        {"补报业绩（截止申报当年 9 月 30 日）", "applications", false,
         R"({"type":"object","required":["kind","title","date"]})"});
  r.add("POST", "/api/v1/applications/{id}/pledge",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::pledge_application(ctx, a, req.param("id"), req_bool(b, "agree")));
        },
        {"签订诚信承诺书", "applications", false, R"({"type":"object","required":["agree"]})"});
  r.add("POST", "/api/v1/applications/{id}/submit",
        [&ctx](Request& req) {
          return ok(app::submit_application(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"提交申报（须已签诚信承诺书，在申报期限内）", "applications"});
  r.add("POST", "/api/v1/applications/{id}/withdraw",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          std::string reason;
          if (!req.body.empty()) reason = opt_string(body_object(req), "reason").value_or("");
          return ok(app::withdraw_application(ctx, a, req.param("id"), reason));
        },
        {"撤回申报", "applications"});
  r.add("POST", "/api/v1/applications/{id}/recommend",
        [&ctx](Request& req) {
          return ok(app::recommend_application(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"单位推荐（须单位公示结束且无未处理的实名异议）", "applications"});
  r.add("POST", "/api/v1/applications/{id}/reviews",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::review_application(ctx, a, req.param("id"), req_string(b, "stage"),
                                            req_string(b, "decision"), req_string(b, "opinion")));
        },
        {"审核（州直：主管部门→联审；县市：县市联合审核→联审）", "applications", false,
         R"({"type":"object","required":["stage","decision","opinion"]})"});
  r.add(
      "POST", "/api/v1/applications/{id}/recommendation-record",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        core::UnitRecommendationRecord rec;
        rec.date = req_date(b, "date");
        rec.attendees = string_list(b, "attendees");
        rec.remarks_summary = req_string(b, "remarks_summary");
        rec.chosen = string_list(b, "chosen");
        rec.publicity_meeting = req_string(b, "publicity_meeting");
        rec.publicity_time = req_string(b, "time");
        rec.publicity_place = req_string(b, "place");
        rec.original_materials = opt_string(b, "original_materials").value_or("");
        rec.objection_handling = req_string(b, "objection_handling");
        rec.head_signature = signature(b, "signed_by_head");
        rec.recorder_signature = signature(b, "signed_by_recorder");
        return created(app::put_recommendation_record(ctx, a, req.param("id"), std::move(rec)));
      },
      {"单位推荐过程全程记录", "applications", false,
       R"({"type":"object","required":["date","attendees","remarks_summary","chosen","publicity_meeting","time","place","objection_handling","signed_by_head","signed_by_recorder"]})"});
  r.add("POST", "/api/v1/applications/{id}/social-evaluations",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const std::string kind = req_string(b, "kind");
          if (kind != "teacher" && kind != "doctor")
            app::bad_request("字段 kind 取值无效：" + kind + "（可选：teacher、doctor）");
          std::vector<core::SocialEvaluationParty> parties;
          const auto& arr = req_array(b, "parties");
          for (std::size_t i = 0; i < arr.size(); ++i) {
            const auto& e = element_object(arr, i, "parties");
            core::SocialEvaluationParty p;
            p.party = req_string(e, "party");
            p.organiser = opt_string(e, "organiser").value_or("");
            p.person_in_charge = opt_string(e, "person_in_charge").value_or("");
            p.date = date_prefix(e, "time");
            p.place = opt_string(e, "place").value_or("");
            p.participants = string_list(e, "participants", false);
            p.summary = opt_string(e, "summary").value_or("");
            p.result = opt_string(e, "result").value_or("");
            parties.push_back(std::move(p));
          }
          return created(app::add_social_evaluation(
              ctx, a, req.param("id"),
              kind == "teacher" ? core::SocialEvaluationKind::teacher : core::SocialEvaluationKind::doctor,
              parties, opt_string(b, "publicity").value_or("")));
        },
        {"社会评价记录（教师 4 方、医生 3 方）", "applications", false,
         R"({"type":"object","required":["kind","parties","publicity"]})"});
}

}  // namespace zp::http
