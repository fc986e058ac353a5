#include "core/retirement.h"

#include <algorithm>
#include <string>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {

struct Schedule {
  int original_years;
  YearMonth first_birth;  // first birth month with a delay
  int months_per_step;    // months of birth per month of delay
  int max_delay_months;
};

Schedule schedule_for(RetirementBase b) {
  switch (b) {
    case RetirementBase::male60: return {60, {1965, 1}, 4, 36};
    case RetirementBase::female55: return {55, {1970, 1}, 4, 36};
    case RetirementBase::female50: return {50, {1975, 1}, 2, 60};
  }
  return {60, {1965, 1}, 4, 36};
}

}  // namespace

std::optional<RetirementBase> parse_retirement_base(int original_age) {
  switch (original_age) {
    case 60: return RetirementBase::male60;
    case 55: return RetirementBase::female55;
    case 50: return RetirementBase::female50;
  }
  return std::nullopt;
}

// R-APP-RETIRE: 「达到国家规定退休年龄」 per the 2024 decision's progressive table.
Retirement statutory_retirement(YearMonth birth, RetirementBase base) {
  const Schedule s = schedule_for(base);
  int delay = 0;
  const int offset = birth.index() - s.first_birth.index();
  if (offset >= 0) delay = std::min(offset / s.months_per_step + 1, s.max_delay_months);
  const int total = s.original_years * 12 + delay;
  return {base, total / 12, total % 12, YearMonth::from_index(birth.index() + total)};
}

bool reached_retirement(YearMonth birth, RetirementBase base, Date ref) {
  return statutory_retirement(birth, base).retirement_month <= YearMonth{ref.year, ref.month};
}

Outcome check_not_retiring(YearMonth birth, RetirementBase base, int application_year) {
  Outcome o;
  // R-APP-RETIRE: 「申报当年是否达到国家规定退休年龄，均计算到申报当年的12月31日为止」
  const auto md = params_on(Date{application_year, 1, 1}).tenure_reference.value;
  const Date ref{application_year, md.month, md.day};
  const Retirement r = statutory_retirement(birth, base);
  if (reached_retirement(birth, base, ref)) {
    std::string age = std::to_string(r.age_years) + " 周岁";
    if (r.age_months) age += std::to_string(r.age_months) + " 个月";
    fail(o, rule::kAppRetire,
         "出生于 " + birth.str() + "，法定退休年龄 " + age + "，退休时间 " +
             r.retirement_month.str() + "，截至 " + ref.str() + " 已达到法定退休年龄，不能申报");
  }
  return o;
}

}  // namespace zp::core
