// R-APP-CUTOFF-YEARS: professional years and years in the current title, counted in
// months from the start month inclusive (「从聘用的当月计算」) through December of the
// application year (「均计算到职称申报当年的12月31日为止」).
//
// Staff of public institutions under post management (纳入岗位管理事业单位) count from
// the month of appointment; others, in principle, from the month the qualification was
// obtained. The notice sets no minimum years per level; none is invented here.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"

namespace zp::core {

// Months from `start` inclusive through December of `application_year`; 0 when the
// start is later. E.g. 2016-12 → 2018: 25.
int months_through_year_end(YearMonth start, int application_year);

// A person's title history, as far as tenure needs it.
struct TenureFacts {
  bool post_managed = false;  // 纳入岗位管理的事业单位
  struct Held {
    Level level;
    YearMonth obtained;                  // 取得资格当月
    std::optional<YearMonth> appointed;  // 聘任当月, when appointed
  };
  std::vector<Held> titles;  // any order
};

// Months in the highest title held (the current level). With post management and no
// recorded appointment, counts from the qualification month and warns.
// Returns 0 with no titles.
Checked<int> months_in_level(const TenureFacts& f, int application_year);
// Total professional months: from the earliest start over all titles.
Checked<int> months_total(const TenureFacts& f, int application_year);

}  // namespace zp::core
