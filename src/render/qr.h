// QR codes: encode a payload with libqrencode and draw the module matrix.
//
// Encoding is ISO/IEC 18004 byte mode (8-bit) at error-correction level M, so UTF-8
// text (Chinese included) round-trips byte for byte; the smallest version that fits
// is chosen. Drawing fills whole modules only (no anti-aliasing across module edges)
// and leaves the standard 4-module quiet zone white.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct _cairo cairo_t;

namespace zp::render {

struct QrMatrix {
  int version = 0;  // 1..40
  int size = 0;     // modules per side = 17 + 4 × version
  std::vector<std::uint8_t> modules;  // row-major, 1 = dark

  bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y) * size + x] != 0; }
};

inline constexpr int kQrQuietZone = 4;  // modules

// Encodes `payload` (any bytes). nullopt when it is empty or longer than a version-40
// symbol holds at level M (2,331 bytes).
std::optional<QrMatrix> qr_encode(std::string_view payload);

// A PNG of the symbol: `module_px` pixels per module, quiet zone included, black on
// white (RGB). Throws RenderError when cairo fails.
std::string qr_png(const QrMatrix& qr, int module_px = 4);

// Draws the symbol into the square (x, y, side) of `cr`, quiet zone included (the
// modules are side / (size + 8) wide). The context's state is preserved.
void qr_draw(cairo_t* cr, const QrMatrix& qr, double x, double y, double side);

}  // namespace zp::render
