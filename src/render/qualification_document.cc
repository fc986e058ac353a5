#include "render/qualification_document.h"

#include "render/official_style.h"
#include "render/pdf_document.h"

namespace zp::render {

std::string render_qualification_document(const QualificationDocument& d) {
  PageOptions opt;
  opt.title = d.title;
  opt.author = d.issuer;
  PdfDocument doc(opt);
  red_header(doc, d.header_name, d.document_number);
  document_title(doc, d.title);
  if (!d.addressee.empty()) flush_left(doc, d.addressee);
  body(doc, d.body);
  if (!d.table_caption.empty()) {
    TextStyle cap = title_style();
    cap.size = kSizeSan;
    cap.line_pitch = 28.95;
    cap.space_before = 6;
    doc.paragraph(d.table_caption, cap);
  }

  Table t;
  // Widths in points (they sum to the 442 pt text width): a 4-character name, the
  // scope and type words and a full Chinese date each stay on one line.
  t.padding = 3;
  t.size = 10;
  t.columns = {{"序号", 28},
               {"姓名", 48},
               {"工作单位", 88, Align::left},
               {"资格名称", 92, Align::left},
               {"有效范围", 48},
               {"晋升类型", 48},
               {"资格起算时间", 90}};
  int n = 0;
  for (const auto& e : d.entries) {
    t.rows.push_back({std::to_string(++n), e.name, e.unit, e.qualification_name, e.scope,
                      e.promotion_type, chinese_date(e.effective_date)});
  }
  doc.table(t);

  signature_block(doc, d.issuer, d.issue_date);
  closing_record(doc, d.cc, d.printer, d.issue_date);
  return doc.finish();
}

}  // namespace zp::render
