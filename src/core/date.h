// Civil dates (proleptic Gregorian, China Standard Time by convention).
// Pure value type: no clock, no time zone lookups.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zp::core {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  std::int64_t serial() const;
  static Date from_serial(std::int64_t days);
  // 0 = Monday ... 6 = Sunday.
  int weekday() const;
  bool weekend() const { return weekday() >= 5; }
  Date plus_days(std::int64_t n) const { return from_serial(serial() + n); }
  // "YYYY-MM-DD"
  std::string str() const;
  // Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
  static std::optional<Date> parse(std::string_view s);
  static bool valid(int y, int m, int d);
  static int days_in_month(int y, int m);

  auto operator<=>(const Date&) const = default;
};

// A calendar month, e.g. a retirement month or an appointment month.
struct YearMonth {
  int year = 1970;
  int month = 1;
  int index() const { return year * 12 + (month - 1); }
  static YearMonth from_index(int i) { return {i / 12, i % 12 + 1}; }
  std::string str() const;  // "YYYY-MM"
  auto operator<=>(const YearMonth&) const = default;
};

}  // namespace zp::core
