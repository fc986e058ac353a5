// A small flowing-layout helper over cairo + pango for PDF documents.
//
// Text is laid out with pango and drawn onto a cairo PDF surface; the fonts used
// (Noto Serif CJK SC for formal text, Noto Sans CJK SC for tables) are embedded as
// subsets by cairo. Units are PostScript points (1/72 in); y grows downwards.
//
// Flow: the document keeps a cursor (x = left margin, y = current line top). Each
// block (paragraph, heading, rule, table) starts at the cursor and moves it down,
// breaking to a new page when the block would pass the bottom margin. Paragraphs
// break between lines; table rows never split (the header row repeats on each page).
//
// Page numbers follow GB/T 9704: "— n —" below the text block, odd pages on the
// right and even pages on the left, one character in from the edge.
//
// Errors: a cairo failure (out of memory, a write error) throws RenderError from
// finish(); every other call is infallible. Not thread-safe: one document per thread.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

typedef struct _cairo cairo_t;

namespace zp::render {

// A cairo or pango failure: an internal error, not a user error.
class RenderError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr const char* kSerif = "Noto Serif CJK SC";  // 宋体/仿宋 stand-in
inline constexpr const char* kSans = "Noto Sans CJK SC";    // 黑体 stand-in, tables
inline constexpr double kPointsPerMm = 72.0 / 25.4;
inline constexpr double kA4Width = 595.28, kA4Height = 841.89;

// Chinese font sizes (号) in points.
inline constexpr double kSizeChu = 42, kSizeXiaoChu = 36, kSizeEr = 22, kSizeSan = 16,
                        kSizeSi = 14, kSizeXiaoSi = 12, kSizeWu = 10.5;

struct Rgb {
  double r = 0, g = 0, b = 0;
};
inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kRed{0.90, 0.0, 0.07};  // 红头 red

enum class Align { left, center, right, justify };

struct TextStyle {
  std::string family = kSerif;
  double size = kSizeSan;
  bool bold = false;
  Align align = Align::left;
  Rgb color = kBlack;
  // Distance between line tops; 0 = the font's natural line height.
  double line_pitch = 0;
  double space_before = 0, space_after = 0;
  double first_line_indent_em = 0;  // 2 for Chinese body paragraphs
  double indent_left = 0, indent_right = 0;  // points, inside the margins
  // A single-line block wider than the text area is squeezed horizontally to fit
  // (the 红头 issuer line) instead of wrapping.
  bool squeeze_to_fit = false;
};

struct Margins {
  double top = 37 * kPointsPerMm, bottom = 35 * kPointsPerMm;
  double left = 28 * kPointsPerMm, right = 26 * kPointsPerMm;
};

struct PageOptions {
  double width = kA4Width, height = kA4Height;
  Margins margins;
  bool page_numbers = true;
  std::string title;   // PDF metadata
  std::string author;  // PDF metadata
};

struct TableColumn {
  std::string header;
  double weight = 1;  // share of the table width
  Align align = Align::center;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each row has columns.size() cells
  std::string family = kSans;
  double size = kSizeWu;
  double padding = 3;
  double border = 0.75;
  bool header_bold = true;
  bool show_header = true;  // false: no header row (e.g. label/value tables)
  double space_before = 6, space_after = 6;
};

class PdfDocument {
 public:
  explicit PdfDocument(PageOptions options = {});
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Flowing blocks.
  void paragraph(std::string_view text, const TextStyle& style = {});
  void vspace(double points);
  // A horizontal rule across the text area (plus `extend` on each side).
  void rule(double thickness, Rgb color = kBlack, double space_before = 0,
            double space_after = 0, double extend = 0);
  void table(const Table& table);
  void page_break();
  // Breaks the page unless `points` of height remain below the cursor.
  void keep(double points);

  // Geometry for custom drawing (certificates, signatures).
  double x() const;            // left margin
  double y() const;            // cursor
  void set_y(double y);
  double text_width() const;   // width between margins
  double bottom() const;       // page height minus bottom margin
  int page() const;            // 1-based current page
  const PageOptions& options() const;
  cairo_t* cairo();  // the drawing context of the current page

  // Draws one text block at an absolute position (no flow, no page break); returns its
  // height. width <= 0 means no wrapping.
  double text_at(double x, double y, double width, std::string_view text,
                 const TextStyle& style);
  // Measures the height `text` would take in `width`.
  double measure(std::string_view text, double width, const TextStyle& style);
  // The width of `text` on one line.
  double measure_width(std::string_view text, const TextStyle& style);

  // Ends the last page and returns the PDF bytes. REQUIRES: called once; the
  // document is unusable afterwards. Throws RenderError when cairo failed.
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "2026年1月5日" — Arabic numerals as GB/T 9704 prescribes for dates.
std::string chinese_date(int year, int month, int day);

}  // namespace zp::render
