// The row stream shared by the CSV and .xlsx readers and the import validator.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace zp::render {

using Row = std::vector<std::string>;

// Called once per non-blank row, in order. `number` is the 1-based row number a person
// sees (a spreadsheet's row number; for CSV the record number, header = 1). The row
// may be modified or moved from. Return false to stop reading early.
using RowCallback = std::function<bool(std::size_t number, Row& row)>;

struct Progress {
  std::size_t rows = 0;   // rows delivered so far
  std::size_t total = 0;  // total rows when known, else 0
  double percent = -1;    // 0..100 when known (rows or bytes), else -1
};
using ProgressCallback = std::function<void(const Progress&)>;

// The outcome of reading a file. `message` is Chinese; `row` is the row where the
// problem was found (0 when the file as a whole is unreadable).
struct ReadStatus {
  bool ok = true;
  std::string message;
  std::size_t row = 0;

  static ReadStatus failure(std::string message, std::size_t row = 0) {
    return {false, std::move(message), row};
  }
};

}  // namespace zp::render
