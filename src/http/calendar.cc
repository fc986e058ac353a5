// /api/v1/calendar: the official calendar and working-day arithmetic (R-CAL-DATA).
#include <charconv>

#include "app/calendar.h"
#include "app/error.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {
namespace {

int year_param(const Request& req) {
  const std::string& s = req.param("year");
  int y = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc() || p != s.data() + s.size() || s.size() != 4) app::bad_request("路径参数 year 须为四位年份");
  return y;
}

}  // namespace

void register_calendar(Router& r, const app::Context& ctx) {
  r.add("GET", "/api/v1/calendar/workdays",
        [&ctx](Request& req) {
          const core::Date start = query_date(req, "start");
          const auto count = query_int(req, "count");
          if (!count) app::bad_request("缺少查询参数 count");
          if (*count < 1 || *count > 366) app::bad_request("参数 count 须为 1–366 的整数");
          return ok(app::calendar_workdays(ctx, start, static_cast<int>(*count)));
        },
        {"第 N 个工作日（含起始日）", "calendar", true});
  r.add("GET", "/api/v1/calendar/between",
        [&ctx](Request& req) {
          return ok(app::calendar_between(ctx, query_date(req, "from"), query_date(req, "to")));
        },
        {"两日之间的工作日数（含首尾）", "calendar", true});
  r.add("GET", "/api/v1/calendar/{year}",
        [&ctx](Request& req) { return ok(app::calendar_year(ctx, year_param(req))); },
        {"某年官方节假日与调休上班日", "calendar", true});
  r.add("PUT", "/api/v1/calendar/{year}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          const int year = year_param(req);
          auto b = body_object(req);
          if (auto y = opt_int(b, "year"); y && *y != year) app::bad_request("字段 year 与路径中的年份不一致");
          const auto& days = req_array(b, "days");
          std::vector<core::CalendarEntry> entries;
          for (std::size_t i = 0; i < days.size(); ++i) {
            const auto& d = element_object(days, i, "days");
            const std::string kind = req_string(d, "kind");
            if (kind != "holiday" && kind != "workday")
              app::bad_request("字段 days[" + std::to_string(i) + "].kind 须为 holiday 或 workday");
            entries.push_back({req_date(d, "date"),
                               kind == "holiday" ? core::DayKind::holiday : core::DayKind::workday,
                               opt_string(d, "note").value_or("")});
          }
          return ok(app::put_calendar_year(ctx, a, year, entries));
        },
        {"录入或替换某年官方日历（系统管理员）", "calendar", false,
         R"({"type":"object","required":["days"],"properties":{"year":{"type":"integer"},"days":{"type":"array","items":{"type":"object","required":["date","kind"],"properties":{"date":{"type":"string","format":"date"},"kind":{"enum":["holiday","workday"]},"note":{"type":"string"}}}}}})"});
}

}  // namespace zp::http
