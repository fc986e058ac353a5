// Reading the first worksheet of an .xlsx workbook (Office Open XML, ECMA-376) into
// rows of strings: libzip opens the package, pugixml reads xl/workbook.xml (+ its
// relationships) to find the first sheet, xl/sharedStrings.xml and xl/styles.xml.
//
// Cell values: shared and inline strings as text; numbers as Excel wrote them; booleans
// as TRUE/FALSE; a number in a date-formatted cell (built-in date formats, including
// the CJK ones, or a custom format with y/d) as "YYYY-MM-DD" ("YYYY-MM" when the
// format shows no day). Missing cells are empty strings; rows keep their
// spreadsheet numbers. The sheet XML is parsed whole (fine for tens of MB).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "render/table_rows.h"

namespace zp::render {

// Reads the first worksheet. Fails (with a Chinese message) when the bytes are not a
// zip, an expected part is missing or malformed, or a part would unpack to more
// than 512 MiB.
ReadStatus read_xlsx(std::string_view bytes, const RowCallback& on_row,
                     const ProgressCallback& progress = {});

// An Excel date serial (1900 system, with its phantom 1900-02-29; or the 1904 system)
// as a date; the time of day is dropped. nullopt outside 1900-01-01 … 9999-12-31.
std::optional<core::Date> excel_serial_date(double serial, bool date1904 = false);

}  // namespace zp::render
