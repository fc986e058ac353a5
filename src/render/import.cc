#include "render/import.h"

#include <charconv>

#include "core/date.h"
#include "core/id_number.h"
#include "render/csv_reader.h"
#include "render/xlsx_reader.h"

namespace zp::render {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Reads 1..max_len digits at the front of `s` into `out`.
bool take_int(std::string_view& s, std::size_t max_len, int& out) {
  std::size_t n = 0;
  while (n < s.size() && n < max_len && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0) return false;
  std::from_chars(s.data(), s.data() + n, out);
  s.remove_prefix(n);
  return true;
}

bool take(std::string_view& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// A cell value quoted in a message, cut to about 40 bytes on a UTF-8 boundary.
std::string shown(std::string_view v) {
  if (v.size() <= 40) return "「" + std::string(v) + "」";
  std::size_t n = 40;
  while (n > 0 && (static_cast<unsigned char>(v[n]) & 0xC0) == 0x80) --n;
  return "「" + std::string(v.substr(0, n)) + "…」";
}

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "、") + v;
  return out;
}

}  // namespace

std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
      s.remove_prefix(1);
    else if (s.starts_with(kIdeographicSpace))
      s.remove_prefix(kIdeographicSpace.size());
    else
      break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
      s.remove_suffix(1);
    else if (s.ends_with(kIdeographicSpace))
      s.remove_suffix(kIdeographicSpace.size());
    else
      break;
  }
  return s;
}

std::optional<std::string> normalize_date(std::string_view text, bool serial_ok) {
  std::string_view s = trim(text);
  if (auto sp = s.find(' '); sp != std::string_view::npos) s = s.substr(0, sp);  // drop a time
  int y = 0, m = 0, d = 0;
  if (s.size() == 8 && all_digits(s)) {
    std::from_chars(s.data(), s.data() + 4, y);
    std::from_chars(s.data() + 4, s.data() + 6, m);
    std::from_chars(s.data() + 6, s.data() + 8, d);
  } else if (serial_ok && !s.empty() && s.size() <= 12 && s.find_first_not_of("0123456789.") == std::string_view::npos) {
    double serial = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), serial);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    auto date = excel_serial_date(serial);
    if (!date) return std::nullopt;
    return date->str();
  } else {
    if (!take_int(s, 4, y) || y < 1000) return std::nullopt;
    if (take(s, "年")) {
      if (!take_int(s, 2, m) || !take(s, "月") || !take_int(s, 2, d)) return std::nullopt;
      take(s, "日");
    } else {
      if (s.empty()) return std::nullopt;
      char sep = s.front();
      if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
      s.remove_prefix(1);
      if (!take_int(s, 2, m) || s.empty() || s.front() != sep) return std::nullopt;
      s.remove_prefix(1);
      if (!take_int(s, 2, d)) return std::nullopt;
    }
    if (!s.empty()) return std::nullopt;
  }
  if (!core::Date::valid(y, m, d)) return std::nullopt;
  return core::Date{y, m, d}.str();
}

std::string ImportError::str() const {
  std::string out = "第" + std::to_string(row) + "行";
  if (!column.empty()) out += "「" + column + "」";
  return out + "：" + message;
}

void ImportReport::add(std::size_t row, std::string column, std::string message,
                       std::size_t max_errors) {
  ++error_count;
  if (errors.size() < max_errors) errors.push_back({row, std::move(column), std::move(message)});
}

Validator::Validator(std::vector<ColumnSpec> specs, bool serial_dates)
    : specs_(std::move(specs)), index_(specs_.size(), -1), serial_dates_(serial_dates) {}

bool Validator::bind_header(std::size_t row, const Row& header, ImportReport& report,
                            std::size_t max_errors) {
  bool ok = true;
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    index_[i] = -1;
    for (std::size_t c = 0; c < header.size(); ++c) {
      std::string_view h = trim(header[c]);
      if (h != specs_[i].header && h != specs_[i].key) continue;
      if (index_[i] >= 0) {
        report.add(row, specs_[i].header, "列重复（第" + std::to_string(index_[i] + 1) + "列与第" +
                   std::to_string(c + 1) + "列）", max_errors);
        ok = false;
      } else {
        index_[i] = static_cast<int>(c);
      }
    }
    if (index_[i] < 0 && specs_[i].required) {
      report.add(row, specs_[i].header, "缺少必填列「" + specs_[i].header + "」", max_errors);
      ok = false;
    }
  }
  return ok;
}

bool Validator::check_row(std::size_t row, const Row& cells, Row& out, ImportReport& report,
                          std::size_t max_errors) const {
  bool ok = true;
  out.resize(specs_.size());
  auto fail = [&](const ColumnSpec& spec, std::string message) {
    report.add(row, spec.header, std::move(message), max_errors);
    ok = false;
  };
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const ColumnSpec& spec = specs_[i];
    int idx = index_[i];
    std::string_view v =
        idx >= 0 && static_cast<std::size_t>(idx) < cells.size() ? trim(cells[idx]) : "";
    out[i].assign(v);
    if (v.empty()) {
      if (spec.required) fail(spec, "必填项为空");
      continue;
    }
    switch (spec.type) {
      case FieldType::text:
        break;
      case FieldType::date:
        if (auto d = normalize_date(v, serial_dates_)) out[i] = *d;
        else fail(spec, "日期无效：" + shown(v) + "（应为 YYYY-MM-DD）");
        break;
      case FieldType::integer: {
        std::string_view digits = v;
        if (digits.front() == '+' || digits.front() == '-') digits.remove_prefix(1);
        if (auto dot = digits.find('.'); dot != std::string_view::npos &&
                                         digits.find_first_not_of('0', dot + 1) == std::string_view::npos) {
          out[i].resize(out[i].size() - (digits.size() - dot));  // "3.0" → "3"
          digits = digits.substr(0, dot);
        }
        if (!all_digits(digits)) fail(spec, "应为整数：" + shown(v));
        break;
      }
      case FieldType::enumeration: {
        bool found = false;
        for (const auto& allowed : spec.values) found = found || allowed == v;
        if (!found) fail(spec, shown(v) + "不是可选值（" + join(spec.values) + "）");
        break;
      }
      case FieldType::id_number:
        if (out[i].size() == 18 && out[i][17] == 'x') out[i][17] = 'X';
        if (!core::id_number_valid(out[i]))
          fail(spec, "身份证号码无效（" + core::mask_id_number(out[i]) + "）：应为18位且校验位正确");
        break;
    }
  }
  return ok;
}

ImportReport validate_all(std::string_view bytes, const std::vector<ColumnSpec>& specs,
                          const ImportOptions& options) {
  ImportReport report;
  for (const auto& s : specs) report.keys.push_back(s.key);
  const bool xlsx = options.format == SourceFormat::xlsx;
  Validator validator(specs, xlsx);
  bool have_header = false;
  Row out;
  RowCallback on_row = [&](std::size_t n, Row& cells) {
    if (!have_header) {
      have_header = true;
      return validator.bind_header(n, cells, report, options.max_errors);
    }
    ++report.rows;
    bool ok = validator.check_row(n, cells, out, report, options.max_errors);
    if (!options.keep_records) return true;
    if (report.error_count > 0) {
      report.records.clear();  // nothing may be written from a file with errors
      report.records.shrink_to_fit();
    } else if (ok) {
      report.records.push_back(out);
    }
    return true;
  };
  ReadStatus st = xlsx ? read_xlsx(bytes, on_row, options.progress)
                       : read_csv(bytes, on_row, options.progress);
  if (!st.ok) report.add(st.row, "", st.message, options.max_errors);
  else if (!have_header) report.add(1, "", "文件为空：没有表头行", options.max_errors);
  return report;
}

}  // namespace zp::render
