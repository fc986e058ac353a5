// /api/v1/rounds (§六): thin handlers.
#include "app/rounds.h"

#include "app/error.h"
#include "app/portal.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_rounds(Router& r, const app::Context& ctx) {
  r.add(
      "POST", "/api/v1/rounds",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        app::NewRound in;
        in.committee_id = req_string(b, "committee_id");
        const auto y = req_int(b, "year");
        if (y < 2000 || y > 2100) app::bad_request("字段 year 须为四位年份");
        in.year = static_cast<int>(y);
        in.notice_date = req_date(b, "notice_date");
        in.defense_date = opt_date(b, "defense_date");
        in.meeting_date = req_date(b, "meeting_date");
        return created(app::create_round(ctx, a, in));
      },
      {"安排评审轮次（评委会工作机构、州职改办）", "rounds", false,
       R"({"type":"object","required":["committee_id","year","notice_date","meeting_date"],"properties":{"committee_id":{"type":"string"},"year":{"type":"integer"},"notice_date":{"type":"string","format":"date"},"defense_date":{"type":"string","format":"date"},"meeting_date":{"type":"string","format":"date"}}})"});
  r.add("GET", "/api/v1/rounds",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          auto y = query_int(req, "year");
          if (y && (*y < 2000 || *y > 2100)) app::bad_request("参数 year 须为四位年份");
          return ok(app::list_rounds(ctx, y ? std::optional<int>(static_cast<int>(*y)) : std::nullopt,
                                     req.q("committee_id")));
        },
        {"评审轮次一览（会议日期）", "rounds"});
  r.add("GET", "/api/v1/public/calendar",
        [&ctx](Request& req) {
          auto y = query_int(req, "year");
          if (y && (*y < 2000 || *y > 2100)) app::bad_request("参数 year 须为四位年份");
          return ok(app::public_calendar(ctx, y ? static_cast<int>(*y) : ctx.clock.today().year));
        },
        {"年度评审日程（公开：各评委会的通知、申报截止、联审、答辩、公示、会议、证书申领截止）", "rounds", true});
  r.add("GET", "/api/v1/rounds/{id}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::get_round(ctx, req.param("id")));
        },
        {"评审轮次及计算的时限", "rounds"});
}

}  // namespace zp::http
