#include "app/calendar.h"

#include "app/audit.h"
#include "app/error.h"

namespace zp::embedded {
extern const std::string_view calendar_csv;
}

namespace zp::app {
namespace json = boost::json;

void seed_calendar(const Context& ctx, store::Tx& tx) {
  auto n = tx.one("SELECT COUNT(*) AS n FROM calendar_years");
  if (n && n->i64("n") > 0) return;
  auto parsed = core::parse_calendar_csv(embedded::calendar_csv);
  if (!parsed.ok()) throw std::runtime_error("bundled calendar is malformed: " + parsed.outcome.violations[0].message);
  const std::string now = ctx.clock.now_rfc3339();
  for (const auto& [year, entries] : parsed.value) {
    tx.exec("INSERT INTO calendar_years(year, source, updated_at) VALUES (?,?,?)",
            {std::int64_t{year}, std::string("国务院办公厅节假日安排（随软件发布）"), now});
    for (const auto& e : entries)
      tx.exec("INSERT INTO calendar_days(date, year, kind, note) VALUES (?,?,?,?)",
              {e.date.str(), std::int64_t{year}, std::string(core::code(e.kind)), e.note});
  }
  audit_append(tx, ctx, "system", "calendar.seed", "calendar:*");
}

void reload_calendar(const Context& ctx) {
  auto cal = std::make_shared<core::WorkCalendar>();
  auto tx = ctx.db.begin(store::TxMode::read);
  for (const auto& y : tx->query("SELECT year FROM calendar_years ORDER BY year")) {
    const int year = static_cast<int>(y.i64("year"));
    std::vector<core::CalendarEntry> entries;
    for (const auto& d : tx->query("SELECT date, kind, note FROM calendar_days WHERE year = ? ORDER BY date",
                                   {std::int64_t{year}})) {
      auto date = core::Date::parse(d.str("date"));
      if (!date) continue;
      entries.push_back({*date, d.str("kind") == "workday" ? core::DayKind::workday : core::DayKind::holiday,
                         d.str("note")});
    }
    cal->set_year(year, std::move(entries));
  }
  ctx.set_calendar(std::move(cal));
}

json::object calendar_year(const Context& ctx, int year) {
  auto cal = ctx.calendar();
  if (!cal->has_year(year)) require(core::missing_calendar_year(year));
  json::array days;
  for (const auto& e : cal->entries(year))
    days.push_back(json::object{{"date", e.date.str()}, {"kind", std::string(core::code(e.kind))}, {"note", e.note}});
  return json::object{{"year", year}, {"days", std::move(days)}};
}

json::object put_calendar_year(const Context& ctx, const Actor& actor, int year,
                               const std::vector<core::CalendarEntry>& days) {
  if (!actor.has("sysadmin")) forbidden("仅系统管理员可录入官方节假日安排");
  if (year < 2000 || year > 2100) bad_request("年份超出范围：" + std::to_string(year));
  core::WorkCalendar probe;
  require(probe.set_year(year, days), "日历数据不合规");
  for (const auto& d : days) {
    if (d.kind == core::DayKind::workday && !d.date.weekend())
      bad_request("字段 days：" + d.date.str() + " 是周一至周五，无需登记为调休上班日");
  }
  auto tx = ctx.db.begin(store::TxMode::write);
  tx->exec("DELETE FROM calendar_days WHERE year = ?", {std::int64_t{year}});
  tx->exec("DELETE FROM calendar_years WHERE year = ?", {std::int64_t{year}});
  tx->exec("INSERT INTO calendar_years(year, source, updated_at) VALUES (?,?,?)",
           {std::int64_t{year}, std::string("管理员录入"), ctx.clock.now_rfc3339()});
  for (const auto& e : days)
    tx->exec("INSERT INTO calendar_days(date, year, kind, note) VALUES (?,?,?,?)",
             {e.date.str(), std::int64_t{year}, std::string(core::code(e.kind)), e.note});
  audit_append(*tx, ctx, &actor, "calendar.put", "calendar:" + std::to_string(year),
               json::object{{"days", days.size()}});
  tx->commit();
  reload_calendar(ctx);
  return calendar_year(ctx, year);
}

json::object calendar_workdays(const Context& ctx, core::Date start, int count) {
  if (count < 1 || count > 366) bad_request("参数 count 须为 1–366 的整数");
  const core::Date end = value_or_throw(ctx.calendar()->nth_workday_on_or_after(start, count));
  return json::object{{"start", start.str()}, {"count", count}, {"end", end.str()}};
}

json::object calendar_between(const Context& ctx, core::Date from, core::Date to) {
  if (to < from) bad_request("参数 to 不得早于 from");
  const int n = value_or_throw(ctx.calendar()->working_days_between(from, to));
  return json::object{{"from", from.str()}, {"to", to.str()}, {"working_days", n}};
}

}  // namespace zp::app
