// The review meeting (§四): training, attendance and quorum, basis, remarks, minutes.
#include "app/error.h"
#include "app/meeting.h"
#include "app/pdf_views.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

std::vector<app::Supervisor> supervisors_field(const json::object& b);  // defense.cc

void register_meetings(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/rounds/{id}/training",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const auto date = req_date(b, "date");
          const auto content = req_string(b, "content");
          std::vector<std::string> att;
          const auto& arr = req_array(b, "attendees");
          for (std::size_t i = 0; i < arr.size(); ++i) att.push_back(element_string(arr, i, "attendees"));
          return created(app::record_training(ctx, a, req.param("id"), date, content, att));
        },
        {"评委会前培训记录", "meetings", false,
         R"({"type":"object","required":["date","content","attendees"]})"});
  r.add("POST", "/api/v1/rounds/{id}/meeting",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::NewMeeting m;
          m.date = req_date(b, "date");
          const auto& arr = req_array(b, "present");
          for (std::size_t i = 0; i < arr.size(); ++i) m.present.push_back(element_string(arr, i, "present"));
          m.chair_id = req_string(b, "chair_id");
          m.recorder = req_string(b, "recorder");
          m.supervisors = supervisors_field(b);
          return created(app::record_meeting(ctx, a, req.param("id"), m));
        },
        {"评审会议（出席人数：高评会不少于 17 人，中评会不少于 13 人）", "meetings", false,
         R"({"type":"object","required":["date","present","chair_id","recorder"]})"});
  r.add("POST", "/api/v1/rounds/{id}/basis",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const auto app_id = req_string(b, "application_id");
          const auto review = req_string(b, "material_review");
          const auto opinion = req_string(b, "group_opinion");
          return created(app::record_basis(ctx, a, req.param("id"), app_id, review, opinion));
        },
        {"评议依据：材料审核情况与学科组意见", "meetings", false,
         R"({"type":"object","required":["application_id","material_review","group_opinion"]})"});
  r.add("POST", "/api/v1/rounds/{id}/remarks",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::record_remarks(ctx, a, req.param("id"), req_string(b, "summary")));
        },
        {"评委发言摘要", "meetings", false, R"({"type":"object","required":["summary"]})"});
  r.add("GET", "/api/v1/rounds/{id}/minutes",
        [&ctx](Request& req) { return ok(app::get_minutes(ctx, require_actor(ctx, req), req.param("id"))); },
        {"评审会议记录", "meetings"});
  r.add("GET", "/api/v1/rounds/{id}/minutes.pdf",
        [&ctx](Request& req) {
          Response res;
          res.content_type = "application/pdf";
          res.body = app::minutes_pdf(ctx, require_actor(ctx, req), req.param("id"));
          res.set_header("Content-Disposition", "inline; filename=\"minutes.pdf\"");
          return res;
        },
        {"评审会议记录（PDF，含主持人与记录人签字栏）", "meetings"});
}

}  // namespace zp::http
