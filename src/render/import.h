// Import of tabular uploads (CSV or .xlsx) against declared columns.
//
// A ColumnSpec names a column by its Chinese header (or its key) and gives its type;
// the Validator binds the header row, then checks and normalises each data row and
// records every problem as {row, column, message} in Chinese. validate_all reads a
// whole upload and returns the full report before anything is written: whether to
// write nothing unless the report is clean (all-or-nothing) is the caller's choice.
//
// Normalisation: values are trimmed (spaces, tabs, full-width spaces); dates become
// YYYY-MM-DD (accepted: 2026-01-05, 2026/1/5, 2026.1.5, 2026年1月5日, 20260105, and an
// Excel serial number in .xlsx uploads); id numbers get an upper-case X.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/table_rows.h"

namespace zp::render {

enum class FieldType {
  text,
  date,         // a calendar date, normalised to YYYY-MM-DD
  integer,      // optional sign and digits
  enumeration,  // one of ColumnSpec::values, exactly
  id_number,    // 居民身份证号码, GB 11643 check digit (core::id_number_valid)
};

struct ColumnSpec {
  std::string header;  // Chinese header as shown in the file, e.g. "身份证号"
  std::string key;     // field name for the caller, e.g. "id_number" (also accepted as header)
  bool required = false;
  FieldType type = FieldType::text;
  std::vector<std::string> values;  // the allowed values of an enumeration
};

struct ImportError {
  std::size_t row = 0;  // the row number the user sees (header = 1)
  std::string column;   // the column's Chinese header ("" for whole-file problems)
  std::string message;  // Chinese
  // "第3行「身份证号」：……"
  std::string str() const;
};

struct ImportReport {
  std::size_t rows = 0;              // data rows read (blank rows not counted)
  std::size_t error_count = 0;       // every error found
  std::vector<ImportError> errors;   // the first ImportOptions::max_errors of them
  std::vector<std::string> keys;     // the spec keys: the field order of `records`
  std::vector<Row> records;          // normalised rows (when keep_records)
  bool ok() const { return error_count == 0; }
  void add(std::size_t row, std::string column, std::string message, std::size_t max_errors);
};

enum class SourceFormat { csv, xlsx };

struct ImportOptions {
  SourceFormat format = SourceFormat::csv;
  bool keep_records = true;          // false: check only (records stays empty)
  std::size_t max_errors = 1000;
  ProgressCallback progress;         // may be empty
};

class Validator {
 public:
  // `serial_dates`: a bare number in a date column is an Excel serial (for .xlsx).
  explicit Validator(std::vector<ColumnSpec> specs, bool serial_dates = false);

  // Binds the header row: every required column must be present (by header or key),
  // and no column twice. Returns false (with errors added) when it is not usable.
  bool bind_header(std::size_t row, const Row& header, ImportReport& report,
                   std::size_t max_errors = 1000);
  // Checks one data row and writes its normalised values (in spec order) to `out`.
  // Returns true when the row had no error. REQUIRES: bind_header returned true.
  bool check_row(std::size_t row, const Row& cells, Row& out, ImportReport& report,
                 std::size_t max_errors = 1000) const;
  const std::vector<ColumnSpec>& specs() const { return specs_; }

 private:
  std::vector<ColumnSpec> specs_;
  std::vector<int> index_;  // spec → column in the file, -1 when absent
  bool serial_dates_;
};

// Reads and checks a whole upload; the report lists every problem (up to max_errors).
ImportReport validate_all(std::string_view bytes, const std::vector<ColumnSpec>& specs,
                          const ImportOptions& options = {});

// "2026/1/5" → "2026-01-05"; nullopt when not a real date in an accepted form.
std::optional<std::string> normalize_date(std::string_view text, bool serial_ok = false);
// Trims ASCII whitespace and U+3000 (full-width space) at both ends.
std::string_view trim(std::string_view text);

}  // namespace zp::render
