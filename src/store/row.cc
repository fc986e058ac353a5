#include <algorithm>

#include "store/database.h"

namespace zp::store {
namespace {
const Value kNull{nullptr};
}

const Value& Row::at(std::string_view col) const {
  for (std::size_t i = 0; i < names_->size(); ++i)
    if ((*names_)[i] == col) return values_[i];
  throw Error("no column " + std::string(col));
}

bool Row::is_null(std::string_view col) const {
  return std::holds_alternative<std::nullptr_t>(at(col));
}

std::string Row::str(std::string_view col) const {
  const Value& v = at(col);
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  if (auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&v)) return std::to_string(*d);
  return {};
}

std::optional<std::string> Row::opt_str(std::string_view col) const {
  if (is_null(col)) return std::nullopt;
  return str(col);
}

std::int64_t Row::i64(std::string_view col) const {
  const Value& v = at(col);
  if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto* s = std::get_if<std::string>(&v)) {
    try {
      return std::stoll(*s);
    } catch (...) {
      return 0;
    }
  }
  return 0;
}

double Row::f64(std::string_view col) const {
  const Value& v = at(col);
  if (auto* d = std::get_if<double>(&v)) return *d;
  if (auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  return 0;
}

}  // namespace zp::store
