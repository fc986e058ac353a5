#include "render/qr.h"

#include <cairo.h>
#include <qrencode.h>

#include <memory>
#include <new>

#include "render/pdf_document.h"

namespace zp::render {

std::optional<QrMatrix> qr_encode(std::string_view payload) {
  if (payload.empty()) return std::nullopt;
  // version 0: the smallest that fits.
  std::unique_ptr<QRinput, void (*)(QRinput*)> input(QRinput_new2(0, QR_ECLEVEL_M), QRinput_free);
  if (!input) throw std::bad_alloc();
  if (QRinput_appendECIheader(input.get(), kQrEciUtf8) != 0 ||
      QRinput_append(input.get(), QR_MODE_8, static_cast<int>(payload.size()),
                     reinterpret_cast<const unsigned char*>(payload.data())) != 0)
    return std::nullopt;
  QRcode* code = QRcode_encodeInput(input.get());
  if (!code) return std::nullopt;
  QrMatrix m;
  m.version = code->version;
  m.size = code->width;
  m.modules.resize(static_cast<std::size_t>(code->width) * code->width);
  for (std::size_t i = 0; i < m.modules.size(); ++i) m.modules[i] = code->data[i] & 1;
  QRcode_free(code);
  return m;
}

void qr_draw(cairo_t* cr, const QrMatrix& qr, double x, double y, double side) {
  double module = side / (qr.size + 2 * kQrQuietZone);
  cairo_save(cr);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, side, side);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  double ox = x + kQrQuietZone * module, oy = y + kQrQuietZone * module;
  // One rectangle per horizontal run of dark modules: no seams between neighbours.
  for (int r = 0; r < qr.size; ++r) {
    int c = 0;
    while (c < qr.size) {
      if (!qr.dark(c, r)) {
        ++c;
        continue;
      }
      int start = c;
      while (c < qr.size && qr.dark(c, r)) ++c;
      cairo_rectangle(cr, ox + start * module, oy + r * module, (c - start) * module, module);
    }
  }
  cairo_fill(cr);
  cairo_restore(cr);
}

namespace {
cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int n) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), n);
  return CAIRO_STATUS_SUCCESS;
}
}  // namespace

std::string qr_png(const QrMatrix& qr, int module_px) {
  int px = (qr.size + 2 * kQrQuietZone) * module_px;
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, px, px);
  cairo_t* cr = cairo_create(s);
  qr_draw(cr, qr, 0, 0, px);
  cairo_destroy(cr);
  std::string out;
  cairo_status_t st = cairo_surface_write_to_png_stream(s, append_png, &out);
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS)
    throw RenderError(std::string("二维码图片生成失败: ") + cairo_status_to_string(st));
  return out;
}

}  // namespace zp::render
