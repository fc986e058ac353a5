#include "render/void_declaration.h"

#include "render/official_style.h"
#include "render/pdf_document.h"

namespace zp::render {

std::string render_void_declaration(const VoidDeclaration& d) {
  PageOptions opt;
  opt.title = d.title;
  opt.author = d.issuer;
  PdfDocument doc(opt);
  document_title(doc, d.title);
  if (d.intro.empty()) {
    body(doc, {"下列人员的专业技术职务任职资格证书已遗失，经所在单位申请补发，原证书声明作废。"
               "作废证书不得再作为任职资格的凭证。"});
  } else {
    body(doc, d.intro);
  }
  Table t;
  t.padding = 3;
  t.columns = {{"序号", 28},
               {"证书编号", 96},
               {"姓名", 48},
               {"工作单位", 110, Align::left},
               {"系列/资格名称", 80},
               {"声明日期", 80}};
  int i = 0;
  for (const auto& e : d.entries)
    t.rows.push_back({std::to_string(++i), e.serial_number, e.name, e.unit, e.series_level,
                      chinese_date(e.declared)});
  doc.table(t);
  signature_block(doc, d.issuer, d.issue_date);
  return doc.finish();
}

}  // namespace zp::render
