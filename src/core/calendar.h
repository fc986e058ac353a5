// The official working-day calendar (R-CAL-DATA) and working-day arithmetic.
//
// A year is data: the State Council General Office's annual holiday notice, entered as
// entries {date, holiday | workday (调休上班), note}. Any date not listed is a working
// day Monday–Friday and a rest day on Saturday/Sunday. A year that has not been entered
// cannot have working days counted in it: every query that needs such a year returns
// an R-CAL-DATA violation naming it ("2027 年的官方节假日安排尚未录入，无法计算工作日"),
// never a guess.
//
// Queries are O(log 366) per year touched (per-year prefix sums of working days).
// Thread-safety: const methods may run concurrently; set_year needs exclusive access.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/violation.h"

namespace zp::core {

enum class DayKind { holiday, workday };
std::string_view code(DayKind k);  // "holiday" | "workday"

struct CalendarEntry {
  Date date;
  DayKind kind;
  std::string note;  // e.g. "国庆节 国办发明电〔2017〕12号"
  bool operator==(const CalendarEntry&) const = default;
};

// An inclusive range of dates.
struct DateRange {
  Date from;
  Date to;
  bool contains(Date d) const { return from <= d && d <= to; }
  bool operator==(const DateRange&) const = default;
};

// The R-CAL-DATA violation for a year without calendar data.
Outcome missing_calendar_year(int year);

class WorkCalendar {
 public:
  // Replaces `year` with `entries` (sorted by date; a later duplicate wins). Entries
  // outside `year` are refused (R-CAL-DATA) and the year is left unchanged.
  Outcome set_year(int year, std::vector<CalendarEntry> entries);
  bool has_year(int year) const { return years_.count(year) != 0; }
  std::vector<int> years() const;
  // The entries of `year` as set (empty when the year is absent).
  const std::vector<CalendarEntry>& entries(int year) const;

  Checked<bool> is_workday(Date d) const;
  // The n-th working day on or after `d` (d counts when a working day). REQUIRES n >= 1;
  // n <= 0 yields `d` itself.
  Checked<Date> nth_workday_on_or_after(Date d, int n) const;
  // The n-th working day on or before `d` (d counts when a working day). Same contract.
  Checked<Date> nth_workday_on_or_before(Date d, int n) const;
  // A period from an event: counting starts the next day (民法典 第二百零一条).
  // E.g. the R-APP-WINDOW deadline is nth_workday_after(notice_date, 20).
  Checked<Date> nth_workday_after(Date event, int n) const {
    return nth_workday_on_or_after(event.plus_days(1), n);
  }
  // Working days in [a, b], both included; 0 when a > b.
  Checked<int> working_days_between(Date a, Date b) const;
  // 「X前N个工作日内」: the N working days immediately before x, x excluded → {from, to}.
  Checked<DateRange> workdays_before(Date x, int n) const;

 private:
  struct Year {
    std::vector<CalendarEntry> entries;
    std::vector<std::uint8_t> work;  // per day of year
    std::vector<std::int16_t> prefix;  // prefix[i] = working days among days [0, i)
  };
  const Year* find(int year) const;

  std::map<int, Year> years_;
};

// Parses the format of resources/cn-workday-calendar.csv: lines starting with '#' are
// comments, blank lines are skipped, an optional header "date,kind,note", then
// "YYYY-MM-DD,holiday|workday,note" (the note may contain commas). Any malformed line
// is an R-CAL-DATA violation naming the line number. Entries are grouped by year.
Checked<std::map<int, std::vector<CalendarEntry>>> parse_calendar_csv(std::string_view csv);

}  // namespace zp::core
