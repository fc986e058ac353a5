#include "core/tenure.h"

#include <algorithm>
#include <string>

#include "core/rule_ids.h"

namespace zp::core {
namespace {

// R-APP-CUTOFF-YEARS: 「纳入岗位管理事业单位人才的任职年限，从聘用的当月计算；其它单位人才
// 的任职年限，原则上从取得职称资格的当月起计算」
YearMonth start_of(const TenureFacts& f, const TenureFacts::Held& h, Outcome& o) {
  if (!f.post_managed) return h.obtained;
  if (h.appointed) return *h.appointed;
  warn(o, rule::kAppCutoffYears,
       std::string{"纳入岗位管理的事业单位人员未录入"} + std::string{chinese(h.level)} +
           "聘任时间，暂按取得资格当月 " + h.obtained.str() + " 计算任职年限");
  return h.obtained;
}

}  // namespace

int months_through_year_end(YearMonth start, int application_year) {
  const int end = YearMonth{application_year, 12}.index();
  return std::max(0, end - start.index() + 1);
}

Checked<int> months_in_level(const TenureFacts& f, int application_year) {
  Checked<int> r{0, {}};
  if (f.titles.empty()) return r;
  const auto top = std::max_element(f.titles.begin(), f.titles.end(),
                                    [](const auto& a, const auto& b) { return a.level < b.level; });
  r.value = months_through_year_end(start_of(f, *top, r.outcome), application_year);
  return r;
}

Checked<int> months_total(const TenureFacts& f, int application_year) {
  Checked<int> r{0, {}};
  std::optional<YearMonth> earliest;
  for (const auto& h : f.titles) {
    const YearMonth s = start_of(f, h, r.outcome);
    if (!earliest || s < *earliest) earliest = s;
  }
  if (earliest) r.value = months_through_year_end(*earliest, application_year);
  return r;
}

}  // namespace zp::core
