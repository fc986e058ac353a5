// Excel (.xlsx) export with libxlsxwriter: sheets with a bold, bordered header row in
// Chinese, column widths, a frozen header and an auto-filter; cells are strings,
// numbers or dates (stored as Excel dates shown as yyyy-mm-dd).
//
// libxlsxwriter 1.1.4 writes to a file only, so the workbook goes to a private temp
// file that is read back and deleted before returning.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/date.h"

namespace zp::render {

// An empty cell, a string, a number or a date.
using XlsxCell = std::variant<std::monostate, std::string, double, core::Date>;

struct XlsxColumn {
  std::string header;
  double width = 12;  // in characters of the default font (a CJK character counts ~2)
};

struct XlsxSheet {
  std::string name;  // ≤ 31 characters, none of []:*?/\ (Excel's rule)
  std::vector<XlsxColumn> columns;
  std::vector<std::vector<XlsxCell>> rows;
};

struct XlsxOptions {
  // Streams rows to disk with inline strings instead of a shared-string table:
  // memory stays flat for very large sheets.
  bool constant_memory = false;
};

// The workbook as .xlsx bytes. Throws RenderError when a sheet name is invalid or
// libxlsxwriter fails (temp file not writable, …). REQUIRES: at least one sheet.
std::string write_xlsx(const std::vector<XlsxSheet>& sheets, const XlsxOptions& options = {});

}  // namespace zp::render
