// R-APP-RETIRE: the statutory retirement age under the 2024 NPC Standing Committee
// decision 《关于实施渐进式延迟法定退休年龄的决定》 (from 2025-01-01), and whether an
// applicant has reached it by 31 December of the application year (§六(六)).
//
// Original age 60 (men): +1 month per 4 months of birth from 1965-01, up to 63.
// Original age 55 (women cadres/professionals): +1 month per 4 months from 1970-01, up to 58.
// Original age 50 (women workers): +1 month per 2 months from 1975-01, up to 55.
// Birth before those months: the original age.
#pragma once

#include <optional>

#include "core/date.h"
#include "core/violation.h"

namespace zp::core {

enum class RetirementBase { male60 = 60, female55 = 55, female50 = 50 };
// 60 / 55 / 50 → base; anything else nullopt.
std::optional<RetirementBase> parse_retirement_base(int original_age);

struct Retirement {
  RetirementBase base;
  int age_years;                // statutory age: years …
  int age_months;               // … and months (0..11)
  YearMonth retirement_month;   // birth month + statutory age
  bool operator==(const Retirement&) const = default;
};

Retirement statutory_retirement(YearMonth birth, RetirementBase base);

// Whether the person has reached the statutory age on `ref`: the retirement month is
// the month of `ref` or earlier (the age is reached within the month of birth of that
// year, so a month comparison is exact for a year-end reference date).
bool reached_retirement(YearMonth birth, RetirementBase base, Date ref);

// R-APP-RETIRE: judged as of 31 December of the application year; one who has reached
// the statutory age by then cannot apply.
Outcome check_not_retiring(YearMonth birth, RetirementBase base, int application_year);

}  // namespace zp::core
