// QR encoding: no decoder is installed, so check the symbol's size and version, that
// encoding is deterministic, the finder patterns, and that the PNG is a valid image.
#include <gtest/gtest.h>

#include <cairo.h>

#include <filesystem>
#include <fstream>

#include "render/qr.h"

namespace zp::render {
namespace {

TEST(Qr, SizeFollowsVersion) {
  auto qr = qr_encode("https://zhiping.example.cn/v/LXZC2026000123");
  ASSERT_TRUE(qr);
  EXPECT_GE(qr->version, 1);
  EXPECT_EQ(qr->size, 17 + 4 * qr->version);
  EXPECT_EQ(qr->modules.size(), static_cast<std::size_t>(qr->size * qr->size));
  // 43 bytes in byte mode at level M: version 3 holds 42, version 4 holds 62.
  EXPECT_EQ(qr->version, 4);
}

TEST(Qr, FinderPatternsInThreeCorners) {
  auto qr = qr_encode("证书编号 LXZC2026000123");  // UTF-8, byte mode
  ASSERT_TRUE(qr);
  int n = qr->size;
  for (auto [ox, oy] : {std::pair{0, 0}, {n - 7, 0}, {0, n - 7}}) {
    for (int i = 0; i < 7; ++i) {
      EXPECT_TRUE(qr->dark(ox + i, oy)) << ox << "," << oy;          // outer ring
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
  auto max = qr_encode(std::string(2331, 'a'));
  ASSERT_TRUE(max);
  EXPECT_EQ(max->version, 40);
  EXPECT_FALSE(qr_encode(std::string(2332, 'a')));
}

TEST(Qr, PngIsAValidImage) {
  auto qr = qr_encode("https://zhiping.example.cn/verify?sn=1&sig=abc");
  ASSERT_TRUE(qr);
  std::string png = qr_png(*qr, 4);
  ASSERT_GT(png.size(), 8u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto dir = std::filesystem::path(ZP_BINARY_DIR) / "test-output";
  std::filesystem::create_directories(dir);
  auto path = dir / "qr.png";
  std::ofstream(path, std::ios::binary) << png;
  // Read it back with cairo: right size, quiet zone white, first finder module black.
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  ASSERT_EQ(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
  int px = (qr->size + 2 * kQrQuietZone) * 4;
  EXPECT_EQ(cairo_image_surface_get_width(s), px);
  EXPECT_EQ(cairo_image_surface_get_height(s), px);
  cairo_surface_flush(s);
  const unsigned char* data = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  auto pixel = [&](int x, int y) { return *reinterpret_cast<const uint32_t*>(data + y * stride + 4 * x) & 0xFFFFFF; };
  EXPECT_EQ(pixel(1, 1), 0xFFFFFFu);                  // quiet zone
  EXPECT_EQ(pixel(4 * kQrQuietZone + 1, 4 * kQrQuietZone + 1), 0u);  // finder corner
  // Crisp: every pixel is pure black or pure white.
  for (int y = 0; y < px; ++y)
    for (int x = 0; x < px; ++x) {
      uint32_t p = pixel(x, y);
      ASSERT_TRUE(p == 0 || p == 0xFFFFFF) << x << "," << y;
    }
  cairo_surface_destroy(s);
}

}  // namespace
}  // namespace zp::render
