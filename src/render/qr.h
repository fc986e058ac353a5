// QR codes: encode a payload with libqrencode and draw the module matrix.
//
// Encoding is ISO/IEC 18004 byte mode (8-bit) at error-correction level M, preceded by
// an ECI designator 000026 (UTF-8), so that scanners decode the bytes as UTF-8 instead
// of guessing (ISO-8859-1 is the default without ECI, and some guess Shift-JIS); UTF-8
// text (Chinese included) round-trips byte for byte. The smallest version that fits
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

inline constexpr unsigned kQrEciUtf8 = 26;

// Encodes `payload` (UTF-8 text; any bytes are kept as they are). nullopt when it is
// empty or longer than a version-40 symbol holds at level M with the ECI header
// (2,330 bytes: 18,672 data bits − 12 for the ECI header − 20 for the byte-mode header).
std::optional<QrMatrix> qr_encode(std::string_view payload);

// A PNG of the symbol: `module_px` pixels per module, quiet zone included, black on
// white (RGB). Throws RenderError when cairo fails.
std::string qr_png(const QrMatrix& qr, int module_px = 4);

// Draws the symbol into the square (x, y, side) of `cr`, quiet zone included (the
// modules are side / (size + 8) wide). The context's state is preserved.
void qr_draw(cairo_t* cr, const QrMatrix& qr, double x, double y, double side);

}  // namespace zp::render
