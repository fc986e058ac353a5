#include "render/pdf_document.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <string>

namespace zp::render {

namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int n) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), n);
  return CAIRO_STATUS_SUCCESS;
}

double to_pt(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

// Owns a PangoLayout.
struct Layout {
  PangoLayout* p = nullptr;
  explicit Layout(PangoLayout* l) : p(l) {}
  ~Layout() {
    if (p) g_object_unref(p);
  }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
};

// A layout for `text` in `style`; width <= 0 means one unwrapped line per paragraph.
PangoLayout* make_layout(cairo_t* cr, std::string_view text, const TextStyle& s,
                         double width) {
  PangoLayout* l = pango_cairo_create_layout(cr);
  PangoContext* ctx = pango_layout_get_context(l);
  pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
  pango_layout_context_changed(l);
  PangoFontDescription* fd = pango_font_description_new();
  pango_font_description_set_family(fd, s.family.c_str());
  pango_font_description_set_weight(fd, s.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size(fd, s.size * PANGO_SCALE);
  pango_layout_set_font_description(l, fd);
  pango_font_description_free(fd);
  pango_layout_set_text(l, text.data(), static_cast<int>(text.size()));
  if (width > 0) {
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
  }
  switch (s.align) {
    case Align::left: pango_layout_set_alignment(l, PANGO_ALIGN_LEFT); break;
    case Align::center: pango_layout_set_alignment(l, PANGO_ALIGN_CENTER); break;
    case Align::right: pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT); break;
    case Align::justify:
      pango_layout_set_alignment(l, PANGO_ALIGN_LEFT);
      pango_layout_set_justify(l, TRUE);
      break;
  }
  if (s.first_line_indent_em != 0)
    pango_layout_set_indent(l, static_cast<int>(s.first_line_indent_em * s.size * PANGO_SCALE));
  return l;
}

}  // namespace

struct PdfDocument::Impl {
  PageOptions opt;
  std::string out;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  double y = 0;
  int page = 1;
  bool finished = false;

  double left() const { return opt.margins.left; }
  double width() const { return opt.width - opt.margins.left - opt.margins.right; }
  double bottom() const { return opt.height - opt.margins.bottom; }

  void draw_page_number() {
    if (!opt.page_numbers) return;
    TextStyle s;
    s.size = kSizeSi;
    std::string text = "— " + std::to_string(page) + " —";
    Layout l(make_layout(cr, text, s, 0));
    PangoRectangle r;
    pango_layout_get_extents(l.p, nullptr, &r);
    double w = to_pt(r.width);
    double em = kSizeSi;
    double x = page % 2 == 1 ? opt.width - opt.margins.right - em - w : opt.margins.left + em;
    double top = bottom() + 7 * kPointsPerMm;
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_move_to(cr, x, top);
    pango_cairo_show_layout(cr, l.p);
  }

  void new_page() {
    draw_page_number();
    cairo_show_page(cr);
    ++page;
    y = opt.margins.top;
  }
};

PdfDocument::PdfDocument(PageOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.opt = std::move(options);
  m.surface = cairo_pdf_surface_create_for_stream(append_to_string, &m.out, m.opt.width,
                                                  m.opt.height);
  cairo_pdf_surface_set_metadata(m.surface, CAIRO_PDF_METADATA_CREATOR, "zhiping");
  if (!m.opt.title.empty())
    cairo_pdf_surface_set_metadata(m.surface, CAIRO_PDF_METADATA_TITLE, m.opt.title.c_str());
  if (!m.opt.author.empty())
    cairo_pdf_surface_set_metadata(m.surface, CAIRO_PDF_METADATA_AUTHOR, m.opt.author.c_str());
  m.cr = cairo_create(m.surface);
  m.y = m.opt.margins.top;
}

PdfDocument::~PdfDocument() {
  if (impl_->cr) cairo_destroy(impl_->cr);
  if (impl_->surface) cairo_surface_destroy(impl_->surface);
}

double PdfDocument::x() const { return impl_->left(); }
double PdfDocument::y() const { return impl_->y; }
void PdfDocument::set_y(double y) { impl_->y = y; }
double PdfDocument::text_width() const { return impl_->width(); }
double PdfDocument::bottom() const { return impl_->bottom(); }
int PdfDocument::page() const { return impl_->page; }
const PageOptions& PdfDocument::options() const { return impl_->opt; }
cairo_t* PdfDocument::cairo() { return impl_->cr; }

void PdfDocument::page_break() { impl_->new_page(); }

void PdfDocument::keep(double points) {
  if (impl_->y + points > impl_->bottom()) impl_->new_page();
}

void PdfDocument::vspace(double points) {
  impl_->y += points;
  if (impl_->y > impl_->bottom()) impl_->new_page();
}

void PdfDocument::rule(double thickness, Rgb color, double space_before, double space_after,
                       double extend) {
  Impl& m = *impl_;
  keep(space_before + thickness);
  m.y += space_before + thickness / 2;
  cairo_save(m.cr);
  cairo_set_source_rgb(m.cr, color.r, color.g, color.b);
  cairo_set_line_width(m.cr, thickness);
  cairo_move_to(m.cr, m.left() - extend, m.y);
  cairo_line_to(m.cr, m.left() + m.width() + extend, m.y);
  cairo_stroke(m.cr);
  cairo_restore(m.cr);
  m.y += thickness / 2 + space_after;
}

double PdfDocument::measure(std::string_view text, double width, const TextStyle& style) {
  Layout l(make_layout(impl_->cr, text, style, width));
  PangoRectangle r;
  pango_layout_get_extents(l.p, nullptr, &r);
  if (style.line_pitch > 0) return style.line_pitch * pango_layout_get_line_count(l.p);
  return to_pt(r.height);
}

double PdfDocument::measure_width(std::string_view text, const TextStyle& style) {
  Layout l(make_layout(impl_->cr, text, style, 0));
  PangoRectangle r;
  pango_layout_get_extents(l.p, nullptr, &r);
  return to_pt(r.width);
}

double PdfDocument::text_at(double x, double y, double width, std::string_view text,
                            const TextStyle& style) {
  cairo_t* cr = impl_->cr;
  bool squeeze = style.squeeze_to_fit && width > 0;
  Layout l(make_layout(cr, text, style, squeeze ? 0 : width));
  PangoRectangle r;
  pango_layout_get_extents(l.p, nullptr, &r);
  cairo_save(cr);
  cairo_set_source_rgb(cr, style.color.r, style.color.g, style.color.b);
  if (squeeze) {
    double w = to_pt(r.width);
    double scale = w > width ? width / w : 1.0;
    double drawn = w * scale;
    double x0 = style.align == Align::center  ? x + (width - drawn) / 2
                : style.align == Align::right ? x + width - drawn
                                              : x;
    cairo_translate(cr, x0, y);
    cairo_scale(cr, scale, 1.0);
    cairo_move_to(cr, -to_pt(r.x), 0);
  } else {
    cairo_move_to(cr, x, y);
  }
  pango_cairo_show_layout(cr, l.p);
  cairo_restore(cr);
  return to_pt(r.height);
}

void PdfDocument::paragraph(std::string_view text, const TextStyle& s) {
  Impl& m = *impl_;
  m.y += s.space_before;
  double x = m.left() + s.indent_left;
  double width = m.width() - s.indent_left - s.indent_right;
  if (s.squeeze_to_fit) {
    double h = measure(text, 0, s);
    if (m.y + h > m.bottom()) m.new_page();
    m.y += text_at(x, m.y, width, text, s) + s.space_after;
    return;
  }
  Layout l(make_layout(m.cr, text, s, width));
  cairo_save(m.cr);
  cairo_set_source_rgb(m.cr, s.color.r, s.color.g, s.color.b);
  PangoLayoutIter* it = pango_layout_get_iter(l.p);
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(it);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    double h = to_pt(logical.height);
    double pitch = s.line_pitch > 0 ? s.line_pitch : h;
    if (m.y + std::min(pitch, h) > m.bottom()) m.new_page();
    double baseline = to_pt(pango_layout_iter_get_baseline(it) - logical.y);
    double lead = (pitch - h) / 2;
    cairo_move_to(m.cr, x + to_pt(logical.x), m.y + lead + baseline);
    pango_cairo_show_layout_line(m.cr, line);
    m.y += pitch;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  cairo_restore(m.cr);
  m.y += s.space_after;
}

void PdfDocument::table(const Table& t) {
  Impl& m = *impl_;
  if (t.columns.empty()) return;
  double total = 0;
  for (const auto& c : t.columns) total += c.weight;
  std::vector<double> widths;
  for (const auto& c : t.columns) widths.push_back(m.width() * c.weight / total);

  auto style_for = [&](std::size_t col, bool header) {
    TextStyle s;
    s.family = t.family;
    s.size = t.size;
    s.bold = header && t.header_bold;
    s.align = header ? Align::center : t.columns[col].align;
    return s;
  };
  auto row_height = [&](const std::vector<std::string>& cells, bool header) {
    double h = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::string& text = c < cells.size() ? cells[c] : std::string();
      h = std::max(h, measure(text.empty() ? " " : text, widths[c] - 2 * t.padding,
                              style_for(c, header)));
    }
    return h + 2 * t.padding;
  };
  auto draw_row = [&](const std::vector<std::string>& cells, bool header, double h) {
    double x = m.left();
    cairo_save(m.cr);
    cairo_set_line_width(m.cr, t.border);
    cairo_set_source_rgb(m.cr, 0, 0, 0);
    for (std::size_t c = 0; c < widths.size(); ++c) {
      cairo_rectangle(m.cr, x, m.y, widths[c], h);
      cairo_stroke(m.cr);
      if (c < cells.size() && !cells[c].empty()) {
        TextStyle s = style_for(c, header);
        double inner = widths[c] - 2 * t.padding;
        double th = measure(cells[c], inner, s);
        text_at(x + t.padding, m.y + (h - th) / 2, inner, cells[c], s);
      }
      x += widths[c];
    }
    cairo_restore(m.cr);
    m.y += h;
  };

  std::vector<std::string> header;
  for (const auto& c : t.columns) header.push_back(c.header);
  double header_h = t.show_header ? row_height(header, true) : 0;
  m.y += t.space_before;
  double first_h = t.rows.empty() ? 0 : row_height(t.rows.front(), false);
  if (m.y + header_h + first_h > m.bottom()) m.new_page();
  if (t.show_header) draw_row(header, true, header_h);
  for (const auto& row : t.rows) {
    double h = row_height(row, false);
    if (m.y + h > m.bottom()) {
      m.new_page();
      if (t.show_header) draw_row(header, true, header_h);
    }
    draw_row(row, false, h);
  }
  m.y += t.space_after;
}

std::string PdfDocument::finish() {
  Impl& m = *impl_;
  m.draw_page_number();
  cairo_show_page(m.cr);
  cairo_status_t st = cairo_status(m.cr);
  cairo_destroy(m.cr);
  m.cr = nullptr;
  cairo_surface_finish(m.surface);
  if (st == CAIRO_STATUS_SUCCESS) st = cairo_surface_status(m.surface);
  cairo_surface_destroy(m.surface);
  m.surface = nullptr;
  if (st != CAIRO_STATUS_SUCCESS)
    throw RenderError(std::string("PDF 生成失败: ") + cairo_status_to_string(st));
  return std::move(m.out);
}

std::string chinese_date(int year, int month, int day) {
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

}  // namespace zp::render
