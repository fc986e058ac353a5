#include "core/calendar.h"

#include <algorithm>

#include "core/rule_ids.h"

namespace zp::core {
namespace {

int day_of_year(Date d) {
  return static_cast<int>(d.serial() - Date{d.year, 1, 1}.serial());
}
int days_in_year(int y) { return Date::days_in_month(y, 2) == 29 ? 366 : 365; }
Date from_doy(int year, int doy) { return Date{year, 1, 1}.plus_days(doy); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view code(DayKind k) { return k == DayKind::holiday ? "holiday" : "workday"; }

// R-CAL-DATA: 「一年的官方日历未录入，不能在其中计算工作日」 — refuse, naming the year.
Outcome missing_calendar_year(int year) {
  Outcome o;
  fail(o, rule::kCalData,
       std::to_string(year) + " 年的官方节假日安排尚未录入，无法计算工作日");
  return o;
}

Outcome WorkCalendar::set_year(int year, std::vector<CalendarEntry> entries) {
  Outcome o;
  for (const auto& e : entries)
    if (e.date.year != year)
      fail(o, rule::kCalData, "日期 " + e.date.str() + " 不属于 " + std::to_string(year) + " 年");
  if (!o.ok()) return o;
  std::stable_sort(entries.begin(), entries.end(),
                   [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
  // A later duplicate wins: keep the last of each run of equal dates.
  std::vector<CalendarEntry> unique;
  for (auto& e : entries) {
    if (!unique.empty() && unique.back().date == e.date) unique.back() = std::move(e);
    else unique.push_back(std::move(e));
  }
  Year y;
  const int n = days_in_year(year);
  y.work.resize(n);
  const Date first{year, 1, 1};
  for (int i = 0; i < n; ++i) y.work[i] = first.plus_days(i).weekend() ? 0 : 1;
  for (const auto& e : unique) y.work[day_of_year(e.date)] = e.kind == DayKind::workday ? 1 : 0;
  y.prefix.resize(n + 1);
  y.prefix[0] = 0;
  for (int i = 0; i < n; ++i) y.prefix[i + 1] = static_cast<std::int16_t>(y.prefix[i] + y.work[i]);
  y.entries = std::move(unique);
  years_[year] = std::move(y);
  return o;
}

std::vector<int> WorkCalendar::years() const {
  std::vector<int> out;
  for (const auto& [y, _] : years_) out.push_back(y);
  return out;
}

const std::vector<CalendarEntry>& WorkCalendar::entries(int year) const {
  static const std::vector<CalendarEntry> kEmpty;
  const Year* y = find(year);
  return y ? y->entries : kEmpty;
}

const WorkCalendar::Year* WorkCalendar::find(int year) const {
  auto it = years_.find(year);
  return it == years_.end() ? nullptr : &it->second;
}

Checked<bool> WorkCalendar::is_workday(Date d) const {
  Checked<bool> r;
  const Year* y = find(d.year);
  if (!y) {
    r.outcome = missing_calendar_year(d.year);
    return r;
  }
  r.value = y->work[day_of_year(d)] != 0;
  return r;
}

Checked<Date> WorkCalendar::nth_workday_on_or_after(Date d, int n) const {
  Checked<Date> r{d, {}};
  if (n <= 0) return r;
  int year = d.year;
  int start = day_of_year(d);
  int remaining = n;
  for (;;) {
    const Year* y = find(year);
    if (!y) {
      r.outcome = missing_calendar_year(year);
      return r;
    }
    const int len = static_cast<int>(y->work.size());
    const int available = y->prefix[len] - y->prefix[start];
    if (remaining <= available) {
      // Smallest j >= start with prefix[j + 1] >= prefix[start] + remaining.
      const int target = y->prefix[start] + remaining;
      auto it = std::lower_bound(y->prefix.begin() + start + 1, y->prefix.end(), target);
      r.value = from_doy(year, static_cast<int>(it - y->prefix.begin()) - 1);
      return r;
    }
    remaining -= available;
    ++year;
    start = 0;
  }
}

Checked<Date> WorkCalendar::nth_workday_on_or_before(Date d, int n) const {
  Checked<Date> r{d, {}};
  if (n <= 0) return r;
  int year = d.year;
  int end = day_of_year(d) + 1;  // days [0, end) are candidates
  int remaining = n;
  for (;;) {
    const Year* y = find(year);
    if (!y) {
      r.outcome = missing_calendar_year(year);
      return r;
    }
    const int available = y->prefix[end];
    if (remaining <= available) {
      // The day j < end with prefix[j] == prefix[end] - remaining and work[j] == 1:
      // the smallest j with prefix[j + 1] > prefix[end] - remaining.
      const int target = y->prefix[end] - remaining;
      auto it = std::upper_bound(y->prefix.begin() + 1, y->prefix.begin() + end + 1, target);
      r.value = from_doy(year, static_cast<int>(it - y->prefix.begin()) - 1);
      return r;
    }
    remaining -= available;
    --year;
    const Year* prev = find(year);
    end = prev ? static_cast<int>(prev->work.size()) : 0;
  }
}

Checked<int> WorkCalendar::working_days_between(Date a, Date b) const {
  Checked<int> r{0, {}};
  if (b < a) return r;
  for (int year = a.year; year <= b.year; ++year) {
    const Year* y = find(year);
    if (!y) {
      r.outcome = missing_calendar_year(year);
      r.value = 0;
      return r;
    }
    const int from = year == a.year ? day_of_year(a) : 0;
    const int to = year == b.year ? day_of_year(b) + 1 : static_cast<int>(y->work.size());
    r.value += y->prefix[to] - y->prefix[from];
  }
  return r;
}

Checked<DateRange> WorkCalendar::workdays_before(Date x, int n) const {
  Checked<DateRange> r{{x, x}, {}};
  const Date eve = x.plus_days(-1);
  auto to = nth_workday_on_or_before(eve, 1);
  if (!to.ok()) {
    r.outcome = to.outcome;
    return r;
  }
  auto from = nth_workday_on_or_before(eve, n < 1 ? 1 : n);
  if (!from.ok()) {
    r.outcome = from.outcome;
    return r;
  }
  r.value = {from.value, to.value};
  return r;
}

Checked<std::map<int, std::vector<CalendarEntry>>> parse_calendar_csv(std::string_view csv) {
  Checked<std::map<int, std::vector<CalendarEntry>>> r;
  int line_no = 0;
  bool header_seen = false;
  while (!csv.empty()) {
    const auto nl = csv.find('\n');
    std::string_view line = csv.substr(0, nl);
    csv = nl == std::string_view::npos ? std::string_view{} : csv.substr(nl + 1);
    ++line_no;
    line = trim(line);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = line.substr(3);  // BOM
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen && line.substr(0, 5) == "date,") {
      header_seen = true;
      continue;
    }
    header_seen = true;
    const auto c1 = line.find(',');
    const auto c2 = c1 == std::string_view::npos ? c1 : line.find(',', c1 + 1);
    const std::string where = "日历数据第 " + std::to_string(line_no) + " 行";
    if (c1 == std::string_view::npos) {
      fail(r.outcome, rule::kCalData, where + "格式错误，应为 date,kind,note");
      continue;
    }
    const auto date = Date::parse(trim(line.substr(0, c1)));
    const auto kind = trim(line.substr(c1 + 1, c2 == std::string_view::npos ? c2 : c2 - c1 - 1));
    const std::string_view note = c2 == std::string_view::npos ? "" : trim(line.substr(c2 + 1));
    if (!date) {
      fail(r.outcome, rule::kCalData, where + "日期无效：" + std::string{trim(line.substr(0, c1))});
      continue;
    }
    if (kind != "holiday" && kind != "workday") {
      fail(r.outcome, rule::kCalData, where + "类型应为 holiday 或 workday：" + std::string{kind});
      continue;
    }
    r.value[date->year].push_back(
        {*date, kind == "holiday" ? DayKind::holiday : DayKind::workday, std::string{note}});
  }
  return r;
}

}  // namespace zp::core
