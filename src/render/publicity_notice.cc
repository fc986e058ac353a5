#include "render/publicity_notice.h"

#include "render/official_style.h"
#include "render/pdf_document.h"

namespace zp::render {

std::string render_publicity_notice(const PublicityNotice& n) {
  PageOptions opt;
  opt.title = n.title;
  opt.author = n.issuer;
  if (n.landscape) {
    opt.width = kA4Height;
    opt.height = kA4Width;
    opt.margins = {25 * kPointsPerMm, 25 * kPointsPerMm, 25 * kPointsPerMm, 25 * kPointsPerMm};
  }
  PdfDocument doc(opt);
  document_title(doc, n.title);
  body(doc, n.intro);

  Table t;
  t.columns = {{"序号", 0.65},
               {"姓名", 0.9},
               {"工作单位", 2.0, Align::left},
               {"出生年月", 1.0},
               {"学历（学位）", 1.3},
               {"现资格", 1.3},
               {"现资格取得时间", 1.2},
               {"现聘任时间", 1.1},
               {"申报资格", 1.3}};
  for (const auto& h : n.extra_headers) t.columns.push_back({h, 1.6, Align::left});
  int i = 0;
  for (const auto& p : n.persons) {
    std::vector<std::string> row = {std::to_string(++i), p.name, p.unit, p.birth_month,
                                    p.education, p.current_qualification,
                                    p.current_qualification_date, p.appointment_date,
                                    p.applying_for};
    for (std::size_t k = 0; k < n.extra_headers.size(); ++k)
      row.push_back(k < p.extra.size() ? p.extra[k] : "");
    t.rows.push_back(std::move(row));
  }
  doc.table(t);

  std::vector<std::string> tail = {"公示期：" + chinese_date(n.start) + "至" + chinese_date(n.end) +
                                   n.period_note + "。"};
  if (n.objection_instructions.empty()) {
    tail.push_back(
        "公示期间，对公示对象有异议的，请以书面形式实名反映，署真实姓名并注明联系方式，"
        "于公示期结束前送达或寄送受理地点。匿名或逾期反映的，登记备查。");
  } else {
    tail.insert(tail.end(), n.objection_instructions.begin(), n.objection_instructions.end());
  }
  std::string contact = "联系人：" + n.contact;
  if (!n.phone.empty()) contact += "　联系电话：" + n.phone;
  if (!n.contact.empty() || !n.phone.empty()) tail.push_back(contact);
  if (!n.address.empty()) tail.push_back("受理地点：" + n.address);
  body(doc, tail);
  if (!n.issuer.empty()) signature_block(doc, n.issuer, n.issue_date);
  return doc.finish();
}

}  // namespace zp::render
