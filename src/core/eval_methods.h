// R-EVAL-METHODS (§三(一)(二)): the catalogue of evaluation methods and validation of
// the set configured for a series and level.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/violation.h"

namespace zp::core {

struct EvalMethod {
  std::string_view code;     // e.g. "defense"
  std::string_view name;     // e.g. "面试答辩"
  std::string_view series;   // "" = any series; else the series the specialty form belongs to
};
// 考试, 评审, 考评结合, 考核认定, 个人述职, 面试答辩, 实践操作, 业绩展示, and the specialty
// forms 说课讲课, 观摩听课 (中小学教师), 田间地头技术成果展示 (农业), 现场才艺表演 (文化艺术).
const std::vector<EvalMethod>& eval_methods();
std::optional<EvalMethod> find_eval_method(std::string_view code);

// Unknown or duplicate codes and an empty set are violations; a specialty form used
// for another series is a warning (the notice gives them as examples).
Outcome check_eval_methods(std::string_view series, const std::vector<std::string>& codes);

}  // namespace zp::core
