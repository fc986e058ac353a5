#include "render/official_style.h"

#include <algorithm>

namespace zp::render {

std::string document_number(std::string_view prefix, int year, int number) {
  return std::string(prefix) + "〔" + std::to_string(year) + "〕" + std::to_string(number) + "号";
}

std::string chinese_date(const core::Date& d) { return chinese_date(d.year, d.month, d.day); }

TextStyle body_style() {
  TextStyle s;
  s.family = kSerif;
  s.size = kSizeSan;
  s.line_pitch = 28.95;
  s.first_line_indent_em = 2;
  s.align = Align::justify;
  return s;
}

TextStyle title_style() {
  TextStyle s;
  s.family = kSerif;
  s.size = kSizeEr;
  s.bold = true;
  s.align = Align::center;
  s.line_pitch = 36;
  return s;
}

void red_header(PdfDocument& doc, std::string_view header_name, std::string_view doc_number) {
  TextStyle name;
  name.family = kSerif;
  name.size = kSizeXiaoChu;
  name.bold = true;
  name.color = kRed;
  name.align = Align::center;
  name.squeeze_to_fit = true;
  // GB/T 9704: the issuer mark sits 35 mm from the top edge (here the top margin).
  doc.paragraph(header_name, name);
  if (!doc_number.empty()) {
    TextStyle num = body_style();
    num.first_line_indent_em = 0;
    num.align = Align::center;
    num.space_before = 2 * 28.95 - kSizeSan;  // two blank lines below the issuer mark
    doc.paragraph(doc_number, num);
  }
  doc.rule(1.5, kRed, 4 * kPointsPerMm, 2 * 28.95 - 4 * kPointsPerMm);
}

void document_title(PdfDocument& doc, std::string_view title) {
  TextStyle s = title_style();
  s.space_after = 28.95;
  doc.paragraph(title, s);
}

void section_heading(PdfDocument& doc, std::string_view text) {
  TextStyle s = body_style();
  s.family = kSans;
  s.align = Align::left;
  doc.keep(3 * 28.95);  // no heading alone at the foot of a page
  doc.paragraph(text, s);
}

void body(PdfDocument& doc, const std::vector<std::string>& paragraphs) {
  TextStyle s = body_style();
  for (const auto& p : paragraphs) doc.paragraph(p.empty() ? " " : p, s);
}

void flush_left(PdfDocument& doc, std::string_view text) {
  TextStyle s = body_style();
  s.first_line_indent_em = 0;
  s.align = Align::left;
  doc.paragraph(text, s);
}

void signature_block(PdfDocument& doc, std::string_view issuer, const core::Date& date) {
  // GB/T 9704 7.3.5.1: the date sits 4 characters in from the right; the issuer is
  // centred over the date.
  TextStyle s = body_style();
  s.first_line_indent_em = 0;
  s.align = Align::left;
  std::string when = chinese_date(date);
  double date_w = doc.measure_width(when, s), issuer_w = doc.measure_width(issuer, s);
  double date_x = doc.x() + doc.text_width() - 4 * kSizeSan - date_w;
  double issuer_x = std::max(doc.x(), date_x + (date_w - issuer_w) / 2);
  if (issuer_x + issuer_w > doc.x() + doc.text_width())
    issuer_x = doc.x() + doc.text_width() - issuer_w;
  doc.keep(4 * 28.95);
  doc.vspace(2 * 28.95);
  double lead = (28.95 - doc.measure(" ", 0, TextStyle{.family = kSerif, .size = kSizeSan})) / 2;
  doc.text_at(issuer_x, doc.y() + lead, 0, issuer, s);
  doc.text_at(date_x, doc.y() + 28.95 + lead, 0, when, s);
  doc.set_y(doc.y() + 2 * 28.95);
}

void closing_record(PdfDocument& doc, std::string_view cc, std::string_view printer,
                    const core::Date& print_date) {
  if (cc.empty() && printer.empty()) return;
  TextStyle s;
  s.family = kSerif;
  s.size = kSizeSi;
  s.line_pitch = 24;
  s.indent_left = kSizeSi;
  s.indent_right = kSizeSi;
  doc.keep(3 * 24 + 2 * 28.95);
  doc.vspace(28.95);
  doc.rule(1.0, kBlack, 0, 4);
  if (!cc.empty()) {
    doc.paragraph("抄送：" + std::string(cc), s);
    doc.rule(0.5, kBlack, 4, 4);
  }
  if (!printer.empty()) {
    double y = doc.y();
    TextStyle left = s, right = s;
    right.align = Align::right;
    doc.text_at(doc.x() + kSizeSi, y + (24 - kSizeSi) / 2, doc.text_width() - 2 * kSizeSi,
                printer, left);
    doc.text_at(doc.x() + kSizeSi, y + (24 - kSizeSi) / 2, doc.text_width() - 2 * kSizeSi,
                chinese_date(print_date) + "印发", right);
    doc.set_y(y + 24);
  }
  doc.rule(1.0, kBlack, 4, 0);
}

}  // namespace zp::render
