// Violations and check outcomes: the currency of every rule function.
//
// A rule function never throws for a rule failure; it returns an Outcome whose
// `violations` block the action and whose `warnings` are advisory (「左右」「一般」).
// Each entry carries the rule id of RULES.md, the notice's section and a Chinese
// message with the numbers filled in, so a clerk sees why.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace zp::core {

struct Violation {
  std::string rule;     // e.g. "R-MEET-QUORUM"
  std::string section;  // e.g. "§四(四), §一(三)"
  std::string message;  // Chinese, numbers filled in

  bool operator==(const Violation&) const = default;
};

struct Outcome {
  std::vector<Violation> violations;  // block the action
  std::vector<Violation> warnings;    // advisory only

  bool ok() const { return violations.empty(); }
  bool has(const std::string& rule) const {
    for (const auto& v : violations)
      if (v.rule == rule) return true;
    return false;
  }
  bool warns(const std::string& rule) const {
    for (const auto& v : warnings)
      if (v.rule == rule) return true;
    return false;
  }
  void fail(std::string rule, std::string section, std::string message) {
    violations.push_back({std::move(rule), std::move(section), std::move(message)});
  }
  void warn(std::string rule, std::string section, std::string message) {
    warnings.push_back({std::move(rule), std::move(section), std::move(message)});
  }
  void merge(const Outcome& o) {
    violations.insert(violations.end(), o.violations.begin(), o.violations.end());
    warnings.insert(warnings.end(), o.warnings.begin(), o.warnings.end());
  }
};

// A value or the violations that prevented it.
template <class T>
struct Checked {
  T value{};
  Outcome outcome;
  bool ok() const { return outcome.ok(); }
};

}  // namespace zp::core
