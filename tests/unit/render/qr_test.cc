// QR encoding: the symbols are decoded back with zbar (from the PNG, as a scanner sees
// it) and compared with the payload; the first data bits are read from the matrix to
// show the ECI UTF-8 designator (000026) in front of the byte-mode segment.
#include <gtest/gtest.h>

#include <cairo.h>
#include <zbar.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "render/qr.h"

namespace zp::render {
namespace {

using namespace zbar;  // zbar.h puts its C API in namespace zbar under C++

// Reads a PNG (bytes) with cairo into 8-bit grey pixels.
struct Grey {
  int w = 0, h = 0;
  std::vector<std::uint8_t> px;
};

struct PngSource {
  const std::string* bytes;
  std::size_t pos = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int n) {
  auto* s = static_cast<PngSource*>(closure);
  if (s->pos + n > s->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(s->bytes->data() + s->pos, n, data);
  s->pos += n;
  return CAIRO_STATUS_SUCCESS;
}

Grey grey_of_png(const std::string& png) {
  PngSource src{&png};
  cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read_png, &src);
  Grey g;
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return g;
  }
  cairo_surface_flush(s);
  g.w = cairo_image_surface_get_width(s);
  g.h = cairo_image_surface_get_height(s);
  const unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  g.px.resize(static_cast<std::size_t>(g.w) * g.h);
  for (int y = 0; y < g.h; ++y)
    for (int x = 0; x < g.w; ++x) {
      std::uint32_t p = *reinterpret_cast<const std::uint32_t*>(data + y * stride + 4 * x);
      g.px[static_cast<std::size_t>(y) * g.w + x] =
          static_cast<std::uint8_t>(((p >> 16 & 0xFF) + (p >> 8 & 0xFF) + (p & 0xFF)) / 3);
    }
  cairo_surface_destroy(s);
  return g;
}

// Every QR code zbar finds in the image, as text (zbar converts by the ECI, else guesses).
std::vector<std::string> zbar_decode(const Grey& g) {
  std::vector<std::string> out;
  zbar_image_scanner_t* scanner = zbar_image_scanner_create();
  zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
  zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
  zbar_image_t* image = zbar_image_create();
  zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
  zbar_image_set_size(image, static_cast<unsigned>(g.w), static_cast<unsigned>(g.h));
  zbar_image_set_data(image, g.px.data(), g.px.size(), nullptr);
  if (zbar_scan_image(scanner, image) > 0)
    for (const zbar_symbol_t* s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
      out.emplace_back(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
  zbar_image_destroy(image);
  zbar_image_scanner_destroy(scanner);
  return out;
}

std::vector<std::string> scan(std::string_view payload, int module_px = 4) {
  auto qr = qr_encode(payload);
  if (!qr) return {};
  return zbar_decode(grey_of_png(qr_png(*qr, module_px)));
}

// The 15-bit format information (copy next to the top-left finder), unmasked with
// 101010000010010: error-correction level (2 bits) and mask pattern (3 bits), checked
// against its BCH(15,5) code. -1 when it is not a valid format word.
int format_info(const QrMatrix& qr) {
  int bits = 0;
  auto push = [&](int x, int y) { bits = bits << 1 | (qr.dark(x, y) ? 1 : 0); };
  for (int x = 0; x <= 5; ++x) push(x, 8);  // bits 14..9
  push(7, 8);                               // bit 8
  push(8, 8);                               // bit 7
  push(8, 7);                               // bit 6
  for (int y = 5; y >= 0; --y) push(8, y);  // bits 5..0
  bits ^= 0x5412;
  const int data = bits >> 10;
  int rem = data << 10;
  for (int i = 14; i >= 10; --i)
    if (rem & (1 << i)) rem ^= 0x537 << (i - 10);
  return (data << 10 | rem) == bits ? data : -1;
}

bool mask_bit(int mask, int row, int col) {
  switch (mask) {
    case 0: return (row + col) % 2 == 0;
    case 1: return row % 2 == 0;
    case 2: return col % 3 == 0;
    case 3: return (row + col) % 3 == 0;
    case 4: return (row / 2 + col / 3) % 2 == 0;
    case 5: return (row * col) % 2 + (row * col) % 3 == 0;
    case 6: return ((row * col) % 2 + (row * col) % 3) % 2 == 0;
    default: return ((row + col) % 2 + (row * col) % 3) % 2 == 0;
  }
}

// The first 16 bits of the bit stream of a single-block symbol (versions 1–3 at level
// M): placement starts at the bottom-right corner, upwards in the two rightmost
// columns, right module before left; no function patterns lie in those 8 rows.
std::string first_data_bits(const QrMatrix& qr) {
  const int f = format_info(qr);
  if (f < 0) return "bad format information";
  const int mask = f & 7;
  std::string bits;
  for (int i = 0; i < 8; ++i) {
    const int row = qr.size - 1 - i;
    for (int col : {qr.size - 1, qr.size - 2})
      bits += (qr.dark(col, row) != mask_bit(mask, row, col)) ? '1' : '0';
  }
  return bits;
}

TEST(Qr, ScannersReadTheCertificateUrlBack) {
  const std::string url =
      "https://zhiping.lxz.gov.cn/verify/%E7%94%98%E4%B8%B42026000123"
      "#v=1&st=55SY5Li0MjAyNjAwMDEyM3zlvKDkuIk&sig=3045022100a1b2";
  EXPECT_EQ(scan(url), std::vector<std::string>{url});
}

TEST(Qr, ChineseTextRoundTripsAsUtf8) {
  const std::string text = "证书编号 甘临2026000123 临夏州职称评审";
  EXPECT_EQ(scan(text), std::vector<std::string>{text});
  EXPECT_EQ(scan(text, 2), std::vector<std::string>{text});  // small modules too
}

TEST(Qr, EciUtf8DesignatorPrecedesTheByteSegment) {
  for (const std::string payload : {"甘临2026000123", "https://a.cn/verify/x", "A"}) {
    auto qr = qr_encode(payload);
    ASSERT_TRUE(qr);
    ASSERT_LE(qr->version, 3) << payload;  // one block: the first codewords are in order
    const int f = format_info(*qr);
    ASSERT_GE(f, 0) << payload;
    EXPECT_EQ(f >> 3, 0) << "error-correction level M";
    // 0111 = ECI mode, 00011010 = designator 26 (UTF-8), 0100 = byte mode.
    EXPECT_EQ(first_data_bits(*qr), "0111" "00011010" "0100") << payload;
  }
}

TEST(Qr, SizeFollowsVersion) {
  auto qr = qr_encode("https://zhiping.example.cn/v/LXZC2026000123");
  ASSERT_TRUE(qr);
  EXPECT_EQ(qr->size, 17 + 4 * qr->version);
  EXPECT_EQ(qr->modules.size(), static_cast<std::size_t>(qr->size * qr->size));
  // 43 bytes in byte mode at level M with the ECI header: version 3 holds 41, version 4 holds 61.
  EXPECT_EQ(qr->version, 4);
}

TEST(Qr, FinderPatternsInThreeCorners) {
  auto qr = qr_encode("证书编号 LXZC2026000123");
  ASSERT_TRUE(qr);
  int n = qr->size;
  for (auto [ox, oy] : {std::pair{0, 0}, {n - 7, 0}, {0, n - 7}}) {
    for (int i = 0; i < 7; ++i) {
      EXPECT_TRUE(qr->dark(ox + i, oy)) << ox << "," << oy;  // outer ring
      EXPECT_TRUE(qr->dark(ox + i, oy + 6));
      EXPECT_TRUE(qr->dark(ox, oy + i));
      EXPECT_TRUE(qr->dark(ox + 6, oy + i));
    }
    EXPECT_FALSE(qr->dark(ox + 1, oy + 1));  // white ring
    EXPECT_TRUE(qr->dark(ox + 3, oy + 3));   // 3×3 centre
  }
}

TEST(Qr, DeterministicAndDistinct) {
  auto a = qr_encode("payload-1"), b = qr_encode("payload-1"), c = qr_encode("payload-2");
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(a->modules, b->modules);
  EXPECT_NE(a->modules, c->modules);
}

TEST(Qr, LimitsAtLevelM) {
  EXPECT_FALSE(qr_encode(""));
  const std::string max(2330, 'a');
  auto q = qr_encode(max);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->version, 40);
  EXPECT_FALSE(qr_encode(std::string(2331, 'a')));
  EXPECT_EQ(scan(max, 3), std::vector<std::string>{max});
}

TEST(Qr, PngIsACrispImage) {
  auto qr = qr_encode("https://zhiping.example.cn/verify?sn=1&sig=abc");
  ASSERT_TRUE(qr);
  std::string png = qr_png(*qr, 4);
  ASSERT_GT(png.size(), 8u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto dir = std::filesystem::path(ZP_BINARY_DIR) / "test-output";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "qr.png", std::ios::binary) << png;
  Grey g = grey_of_png(png);
  int px = (qr->size + 2 * kQrQuietZone) * 4;
  EXPECT_EQ(g.w, px);
  EXPECT_EQ(g.h, px);
  ASSERT_EQ(g.px.size(), static_cast<std::size_t>(px) * px);
  EXPECT_EQ(g.px[1 * px + 1], 255);                                              // quiet zone
  EXPECT_EQ(g.px[(4 * kQrQuietZone + 1) * px + 4 * kQrQuietZone + 1], 0);        // finder corner
  for (std::uint8_t p : g.px) ASSERT_TRUE(p == 0 || p == 255);  // no anti-aliasing
}

}  // namespace
}  // namespace zp::render
