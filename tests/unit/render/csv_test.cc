// CSV per RFC 4180: quotes, doubled quotes, CRLF/LF/CR, BOM, chunk boundaries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/csv_reader.h"

namespace zp::render {
namespace {

struct Collected {
  std::vector<std::size_t> numbers;
  std::vector<Row> rows;
  ReadStatus status;
};

Collected parse(std::string_view data) {
  Collected c;
  c.status = read_csv(data, [&](std::size_t n, Row& r) {
    c.numbers.push_back(n);
    c.rows.push_back(r);
    return true;
  });
  return c;
}

TEST(Csv, QuotesEscapesAndEmbeddedBreaks) {
  auto c = parse("姓名,备注\r\n\"王,建国\",\"他说\"\"好\"\"\"\r\n马文德,\"第一行\r\n第二行\"\r\n");
  ASSERT_TRUE(c.status.ok) << c.status.message;
  ASSERT_EQ(c.rows.size(), 3u);
  EXPECT_EQ(c.rows[1], (Row{"王,建国", "他说\"好\""}));
  EXPECT_EQ(c.rows[2], (Row{"马文德", "第一行\r\n第二行"}));
  EXPECT_EQ(c.numbers, (std::vector<std::size_t>{1, 2, 3}));
}

TEST(Csv, BomLineEndingsAndEmptyFields) {
  auto c = parse("\xEF\xBB\xBF" "a,b,c\nx,,z\r1,2,\r\n,,\n");
  ASSERT_TRUE(c.status.ok);
  ASSERT_EQ(c.rows.size(), 4u);
  EXPECT_EQ(c.rows[0][0], "a");  // BOM dropped
  EXPECT_EQ(c.rows[1], (Row{"x", "", "z"}));
  EXPECT_EQ(c.rows[2], (Row{"1", "2", ""}));
  EXPECT_EQ(c.rows[3], (Row{"", "", ""}));
}

TEST(Csv, NoTrailingNewlineAndBlankLines) {
  auto c = parse("h1,h2\n\n\nv1,\"v2\"");
  ASSERT_TRUE(c.status.ok);
  ASSERT_EQ(c.rows.size(), 2u);
  EXPECT_EQ(c.rows[1], (Row{"v1", "v2"}));
  EXPECT_EQ(c.numbers[1], 4u);  // blank lines still count
  auto quoted_empty = parse("\"\"\n");
  ASSERT_EQ(quoted_empty.rows.size(), 1u);  // a quoted empty field is not a blank line
  EXPECT_EQ(quoted_empty.rows[0], (Row{""}));
}

TEST(Csv, UnclosedQuoteIsAnError) {
  auto c = parse("a,b\n1,\"open\n2,3\n");
  EXPECT_FALSE(c.status.ok);
  EXPECT_EQ(c.status.row, 2u);
  EXPECT_NE(c.status.message.find("引号未闭合"), std::string::npos);
}

TEST(Csv, LenientStrayQuotes) {
  auto c = parse("ab\"c,\"x\"y\n");
  ASSERT_TRUE(c.status.ok);
  EXPECT_EQ(c.rows[0], (Row{"ab\"c", "xy"}));
}

TEST(Csv, ChunksSplitAnywhere) {
  std::string data = "\xEF\xBB\xBF" "姓名,备注\r\n\"王\"\"建国\",\"a,b\r\nc\"\r\n马,x\r\n";
  auto whole = parse(data);
  for (std::size_t split = 1; split < data.size(); ++split) {
    std::vector<Row> rows;
    CsvParser p([&](std::size_t, Row& r) {
      rows.push_back(r);
      return true;
    });
    p.feed(std::string_view(data).substr(0, split));
    p.feed(std::string_view(data).substr(split));
    ASSERT_TRUE(p.finish().ok);
    ASSERT_EQ(rows, whole.rows) << "split at " << split;
  }
}

TEST(Csv, CallbackCanStop) {
  int seen = 0;
  auto st = read_csv("a\nb\nc\n", [&](std::size_t, Row&) { return ++seen < 2; });
  EXPECT_TRUE(st.ok);
  EXPECT_EQ(seen, 2);
}

TEST(Csv, ProgressReachesHundred) {
  std::string data = "h\n";
  for (int i = 0; i < 50000; ++i) data += "row" + std::to_string(i) + "\n";
  double last = -1;
  std::size_t rows = 0;
  read_csv(data, [](std::size_t, Row&) { return true; }, [&](const Progress& p) {
    EXPECT_GE(p.percent, last);
    last = p.percent;
    rows = p.rows;
  });
  EXPECT_DOUBLE_EQ(last, 100.0);
  EXPECT_EQ(rows, 50001u);
}

}  // namespace
}  // namespace zp::render
