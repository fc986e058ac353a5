// .xlsx export with libxlsxwriter, read back with the importer (libzip + pugixml).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "render/pdf_document.h"
#include "render/xlsx_layouts.h"
#include "render/xlsx_reader.h"
#include "render/xlsx_writer.h"

namespace zp::render {
namespace {

std::vector<std::pair<std::size_t, Row>> read_back(const std::string& bytes) {
  std::vector<std::pair<std::size_t, Row>> rows;
  ReadStatus st = read_xlsx(bytes, [&](std::size_t n, Row& r) {
    rows.emplace_back(n, r);
    return true;
  });
  EXPECT_TRUE(st.ok) << st.message;
  return rows;
}

void save(const std::string& name, const std::string& bytes) {
  auto dir = std::filesystem::path(ZP_BINARY_DIR) / "test-output";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
}

TEST(Xlsx, RosterRoundTrip) {
  std::vector<RosterRow> rows = {
      {"王建国", "男", "1980.05", "临夏州人民医院", "卫生系列", "临床医学", "副主任医师", "评审",
       "全省有效", "LXZC2026000123", ""},
      {"李秀兰", "女", "1985.11", "临夏中学", "中小学教师系列", "语文", "一级教师", "以考代评",
       "基层有效", "LXZC2026000124", "“引号”, 逗号 & <尖括号>"},
  };
  std::string bytes = roster_xlsx(rows);
  save("roster.xlsx", bytes);
  auto back = read_back(bytes);
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[0].second, (Row{"序号", "姓名", "性别", "出生年月", "工作单位", "系列", "专业",
                                 "资格名称", "取得方式", "有效范围", "证书编号", "备注"}));
  EXPECT_EQ(back[1].first, 2u);
  EXPECT_EQ(back[1].second[0], "1");
  EXPECT_EQ(back[1].second[1], "王建国");
  EXPECT_EQ(back[1].second[9], "全省有效");
  EXPECT_EQ(back[1].second.size(), 11u);  // the empty 备注 cell is not written
  EXPECT_EQ(back[2].second[11], "“引号”, 逗号 & <尖括号>");
}

TEST(Xlsx, DatesNumbersAndInlineStrings) {
  XlsxSheet s;
  s.name = "测试";
  s.columns = {{"姓名", 10}, {"日期", 12}, {"数量", 8}, {"空", 4}, {"尾", 4}};
  s.rows = {{std::string("王建国"), core::Date{2026, 11, 20}, 17.0, std::monostate{}, std::string("x")},
            {std::string("马文德"), core::Date{1900, 3, 1}, 2.5, std::monostate{}, std::string("y")}};
  for (bool constant_memory : {false, true}) {
    std::string bytes = write_xlsx({s}, {constant_memory});
    auto back = read_back(bytes);
    ASSERT_EQ(back.size(), 3u) << constant_memory;
    EXPECT_EQ(back[1].second, (Row{"王建国", "2026-11-20", "17", "", "x"})) << constant_memory;
    EXPECT_EQ(back[2].second, (Row{"马文德", "1900-03-01", "2.5", "", "y"})) << constant_memory;
  }
}

TEST(Xlsx, NamedLayouts) {
  std::string experts = expert_pool_xlsx({{"马文德", "临夏县人民医院", "中医学", "主任中医师", "在库",
                                           core::Date{2024, 3, 1}}});
  save("expert_pool.xlsx", experts);
  auto e = read_back(experts);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].second, (Row{"序号", "姓名", "工作单位", "专业", "职称", "入库状态", "入库日期"}));
  EXPECT_EQ(e[1].second, (Row{"1", "马文德", "临夏县人民医院", "中医学", "主任中医师", "在库", "2024-03-01"}));

  std::string apps = applications_xlsx({{"王建国", "男", "临夏州人民医院", "卫生系列", "临床医学",
                                         "副主任医师", "破格", "已推荐", std::nullopt}});
  auto a = read_back(apps);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].second.back(), "提交日期");
  EXPECT_EQ(a[1].second[7], "破格");

  PublicityPerson p{"王建国", "临夏州人民医院", "1980.05", "本科", "主治医师", "2018.12", "2019.01",
                    "副主任医师", {"合格"}};
  auto pub = read_back(publicity_xlsx({p}, {"年度考核"}));
  ASSERT_EQ(pub.size(), 2u);
  EXPECT_EQ(pub[0].second.back(), "年度考核");
  EXPECT_EQ(pub[1].second.back(), "合格");
}

TEST(Xlsx, BadSheetNameThrows) {
  XlsxSheet s;
  s.name = "a/b";
  EXPECT_THROW(write_xlsx({s}), RenderError);
}

TEST(Xlsx, NotAWorkbook) {
  ReadStatus st = read_xlsx("not a zip", [](std::size_t, Row&) { return true; });
  EXPECT_FALSE(st.ok);
  EXPECT_NE(st.message.find("xlsx"), std::string::npos) << st.message;
}

TEST(Xlsx, SerialDates) {
  EXPECT_EQ(excel_serial_date(1)->str(), "1900-01-01");
  EXPECT_EQ(excel_serial_date(59)->str(), "1900-02-28");
  EXPECT_EQ(excel_serial_date(61)->str(), "1900-03-01");
  EXPECT_EQ(excel_serial_date(25569)->str(), "1970-01-01");
  EXPECT_EQ(excel_serial_date(45000.75)->str(), "2023-03-15");
  EXPECT_EQ(excel_serial_date(0, true)->str(), "1904-01-01");
  EXPECT_FALSE(excel_serial_date(0));
  EXPECT_FALSE(excel_serial_date(3e6));
}

}  // namespace
}  // namespace zp::render
