#include "core/eval_methods.h"

#include <set>

#include "core/rule_ids.h"

namespace zp::core {

// R-EVAL-METHODS: 「探索考试、评审、考评结合、考核认定、个人述职、面试答辩、实践操作、业绩展示等多种
// 评价方式」; 「中小学教师…说课讲课、观摩听课…农民职称评价可实行田间地头技术成果展示，文化艺术人员
// …现场才艺表演」.
const std::vector<EvalMethod>& eval_methods() {
  static const std::vector<EvalMethod> k{
      {"exam", "考试", ""},
      {"review", "评审", ""},
      {"exam_review", "考评结合", ""},
      {"assessment", "考核认定", ""},
      {"self_report", "个人述职", ""},
      {"defense", "面试答辩", ""},
      {"practical", "实践操作", ""},
      {"showcase", "业绩展示", ""},
      {"lecture", "说课讲课", "中小学教师"},
      {"class_observation", "观摩听课", "中小学教师"},
      {"field_showcase", "田间地头技术成果展示", "农业"},
      {"performance", "现场才艺表演", "文化艺术"},
  };
  return k;
}

std::optional<EvalMethod> find_eval_method(std::string_view code) {
  for (const auto& m : eval_methods())
    if (m.code == code) return m;
  return std::nullopt;
}

Outcome check_eval_methods(std::string_view series, const std::vector<std::string>& codes) {
  Outcome o;
  if (codes.empty()) fail(o, rule::kEvalMethods, "须至少配置一种评价方式");
  std::set<std::string> seen;
  for (const auto& c : codes) {
    if (!seen.insert(c).second) {
      fail(o, rule::kEvalMethods, "评价方式重复：" + c);
      continue;
    }
    auto m = find_eval_method(c);
    if (!m) {
      fail(o, rule::kEvalMethods, "未知的评价方式：" + c);
    } else if (!m->series.empty() && m->series != series) {
      warn(o, rule::kEvalMethods, std::string{m->name} + "是" + std::string{m->series} + "系列的特色评价方式，用于" +
                                      std::string{series} + "系列请确认");
    }
  }
  return o;
}

}  // namespace zp::core
