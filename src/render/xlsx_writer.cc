#include "render/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "render/pdf_document.h"

namespace zp::render {

namespace {

namespace fs = std::filesystem;

// A temp file name that exists (mkstemp) and is removed when this goes out of scope.
struct TempFile {
  std::string path;
  TempFile() {
    std::string tmpl = (fs::temp_directory_path() / "zp-xlsx-XXXXXX.xlsx").string();
    int fd = mkstemps(tmpl.data(), 5);
    if (fd < 0) throw RenderError("无法创建临时文件: " + tmpl);
    ::close(fd);
    path = tmpl;
  }
  ~TempFile() {
    std::error_code ec;
    fs::remove(path, ec);
  }
};

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const XlsxCell& cell,
                lxw_format* text, lxw_format* date) {
  if (const auto* s = std::get_if<std::string>(&cell)) {
    if (!s->empty()) worksheet_write_string(ws, r, c, s->c_str(), text);
  } else if (const auto* d = std::get_if<double>(&cell)) {
    worksheet_write_number(ws, r, c, *d, text);
  } else if (const auto* day = std::get_if<core::Date>(&cell)) {
    lxw_datetime dt{day->year, day->month, day->day, 0, 0, 0};
    worksheet_write_datetime(ws, r, c, &dt, date);
  }
}

}  // namespace

std::string write_xlsx(const std::vector<XlsxSheet>& sheets, const XlsxOptions& options) {
  TempFile file;
  std::string tmpdir = fs::temp_directory_path().string();
  lxw_workbook_options opt{};
  opt.constant_memory = options.constant_memory ? LXW_TRUE : LXW_FALSE;
  opt.tmpdir = tmpdir.data();
  lxw_workbook* wb = workbook_new_opt(file.path.c_str(), &opt);
  if (!wb) throw RenderError("无法创建 Excel 工作簿");

  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_text_wrap(header);
  lxw_format* text = workbook_add_format(wb);
  format_set_border(text, LXW_BORDER_THIN);
  lxw_format* date = workbook_add_format(wb);
  format_set_border(date, LXW_BORDER_THIN);
  format_set_num_format(date, "yyyy-mm-dd");

  for (const auto& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
    if (!ws) {
      workbook_close(wb);
      throw RenderError("工作表名称无效: " + sheet.name);
    }
    const auto ncols = static_cast<lxw_col_t>(sheet.columns.size());
    for (lxw_col_t c = 0; c < ncols; ++c) {
      worksheet_set_column(ws, c, c, sheet.columns[c].width, nullptr);
      worksheet_write_string(ws, 0, c, sheet.columns[c].header.c_str(), header);
    }
    worksheet_set_row(ws, 0, 20, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    if (ncols > 0)
      worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), ncols - 1);
    lxw_row_t r = 1;
    for (const auto& row : sheet.rows) {
      for (lxw_col_t c = 0; c < row.size() && c < ncols; ++c)
        write_cell(ws, r, c, row[c], text, date);
      ++r;
    }
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) throw RenderError(std::string("Excel 写入失败: ") + lxw_strerror(err));
  std::ifstream in(file.path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace zp::render
