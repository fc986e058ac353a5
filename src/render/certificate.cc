#include "render/certificate.h"

#include <cairo.h>

#include <utility>
#include <vector>

#include "render/official_style.h"
#include "render/pdf_document.h"
#include "render/qr.h"

namespace zp::render {

namespace {

constexpr Rgb kFrame{0.62, 0.08, 0.10};

void frame(cairo_t* cr, double w, double h) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, kFrame.r, kFrame.g, kFrame.b);
  cairo_set_line_width(cr, 4);
  cairo_rectangle(cr, 22, 22, w - 44, h - 44);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 1);
  cairo_rectangle(cr, 30, 30, w - 60, h - 60);
  cairo_stroke(cr);
  // Corner ornaments: small squares at the inner frame's corners.
  for (auto [x, y] : {std::pair{30.0, 30.0}, {w - 30, 30.0}, {30.0, h - 30}, {w - 30, h - 30}}) {
    cairo_rectangle(cr, x - 5, y - 5, 10, 10);
    cairo_fill(cr);
  }
  cairo_restore(cr);
}

}  // namespace

std::string render_certificate(const Certificate& c) {
  PageOptions opt;
  opt.width = kA4Height;  // landscape
  opt.height = kA4Width;
  opt.margins = {60, 50, 60, 60};
  opt.page_numbers = false;
  opt.title = c.title;
  opt.author = c.issuer;
  PdfDocument doc(opt);
  cairo_t* cr = doc.cairo();
  const double w = opt.width, h = opt.height;
  frame(cr, w, h);

  TextStyle title;
  title.size = 30;
  title.bold = true;
  title.align = Align::center;
  title.color = kFrame;
  doc.text_at(doc.x(), 52, doc.text_width(), c.title, title);

  // Particulars: label column and underlined values on the left two thirds.
  std::vector<std::pair<std::string, std::string>> rows = {
      {"姓　　名", c.name},
      {"性　　别", c.gender},
      {"出生日期", chinese_date(c.birth_date)},
      {"工作单位", c.unit},
      {"系　　列", c.series},
      {"专　　业", c.specialty},
      {"资格名称", c.level.empty() ? c.qualification_name : c.level + " " + c.qualification_name},
      {"有效范围", c.scope},
      {"取得时间", chinese_date(c.effective_date)},
      {"批准文号", c.document_number},
      {"证书编号", c.serial_number},
  };
  TextStyle label;
  label.family = kSans;
  label.size = kSizeSi;
  TextStyle value;
  value.size = kSizeSan;
  const double lx = 90, vx = 180, vw = 330, pitch = 34;
  double y = 118;
  cairo_save(cr);
  cairo_set_line_width(cr, 0.6);
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  for (const auto& [k, v] : rows) {
    doc.text_at(lx, y + 4, 0, k, label);
    TextStyle vs = value;
    vs.squeeze_to_fit = true;
    doc.text_at(vx + 4, y + 1, vw - 8, v, vs);
    cairo_move_to(cr, vx, y + pitch - 8);
    cairo_line_to(cr, vx + vw, y + pitch - 8);
    cairo_stroke(cr);
    y += pitch;
  }
  cairo_restore(cr);

  // Right column: statement, QR code, issuer and date.
  const double rx = 560, rw = w - 60 - rx - 20;
  double ry = 120;
  if (!c.statement.empty()) {
    TextStyle st;
    st.size = kSizeSi;
    st.line_pitch = 24;
    st.first_line_indent_em = 2;
    st.align = Align::justify;
    doc.text_at(rx, ry, rw, c.statement, st);
  }
  if (!c.qr_payload.empty()) {
    auto qr = qr_encode(c.qr_payload);
    if (!qr) throw RenderError("证书二维码内容过长");
    const double side = 130;
    double qx = rx + (rw - side) / 2, qy = 262;
    qr_draw(cr, *qr, qx, qy, side);
    TextStyle cap;
    cap.family = kSans;
    cap.size = 9;
    cap.align = Align::center;
    doc.text_at(rx, qy + side + 2, rw, "扫码核验证书真伪", cap);
  }
  TextStyle issuer;
  issuer.size = kSizeSi;
  issuer.align = Align::center;
  issuer.squeeze_to_fit = true;
  doc.text_at(rx - 10, 440, rw + 20, c.issuer + "（盖章）", issuer);
  doc.text_at(rx - 10, 466, rw + 20, "发证日期：" + chinese_date(c.issue_date), issuer);
  return doc.finish();
}

}  // namespace zp::render
