#include "core/title_names.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

const std::vector<TitleNameEntry> kTable = {
    {"卫生", "护理", Level::intermediate, "主管护师"},
    {"卫生", "临床医学", Level::intermediate, "主治医师"},
    {"卫生", "临床医学", Level::assistant, "医师"},
    {"中小学教师", "", Level::deputy_senior, "高级教师"},
    {"中职", "", Level::intermediate, "讲师"},
    {"中职", "实习指导", Level::intermediate, "一级实习指导教师"},
};

TEST(TitleNames, SpecialtyRowThenSeriesRowThenLevelName) {
  auto n = resolve_title_name(kTable, "卫生", "护理", Level::intermediate);
  EXPECT_EQ(n.name, "主管护师");
  EXPECT_EQ(n.source, TitleNameSource::specialty);
  EXPECT_EQ(resolve_title_name(kTable, "卫生", "临床医学", Level::assistant).name, "医师");
  // The series' row serves every specialty without its own; the specialty's row wins.
  n = resolve_title_name(kTable, "中小学教师", "数学", Level::deputy_senior);
  EXPECT_EQ(n.name, "高级教师");
  EXPECT_EQ(n.source, TitleNameSource::series);
  EXPECT_EQ(resolve_title_name(kTable, "中职", "文化课", Level::intermediate).name, "讲师");
  EXPECT_EQ(resolve_title_name(kTable, "中职", "实习指导", Level::intermediate).name, "一级实习指导教师");
  EXPECT_EQ(resolve_title_name(kTable, "中职", "", Level::intermediate).name, "讲师");
  // Unknown level, specialty or series: the level's name, said so.
  n = resolve_title_name(kTable, "卫生", "护理", Level::full_senior);
  EXPECT_EQ(n.name, "正高级");
  EXPECT_EQ(n.source, TitleNameSource::level);
  EXPECT_EQ(resolve_title_name(kTable, "卫生", "药学", Level::intermediate).name, "中级");
  EXPECT_EQ(resolve_title_name(kTable, "档案", "档案", Level::junior).name, "员级");
  // Another series' row never leaks (护理 of 卫生 is not 护理 of another series).
  EXPECT_EQ(resolve_title_name(kTable, "中小学教师", "护理", Level::intermediate).name, "中级");
  EXPECT_EQ(code(TitleNameSource::series), "series");
}

TEST(TitleNames, NameProblems) {
  EXPECT_FALSE(title_name_problem("主管护师"));
  EXPECT_FALSE(title_name_problem("正高级实习指导教师"));
  EXPECT_TRUE(title_name_problem(""));
  EXPECT_TRUE(title_name_problem("  "));
  EXPECT_TRUE(title_name_problem("\xe3\x80\x80"));  // an ideographic space alone
  EXPECT_TRUE(title_name_problem(" 护师"));
  EXPECT_TRUE(title_name_problem("护\n师"));
  EXPECT_NE(title_name_problem("护|师")->find("|"), std::string::npos);
  // 32 characters (96 bytes of UTF-8) pass, 33 do not.
  std::string s;
  for (int i = 0; i < 32; ++i) s += "师";
  EXPECT_FALSE(title_name_problem(s));
  EXPECT_NE(title_name_problem(s + "师")->find("33"), std::string::npos);
}

}  // namespace
}  // namespace zp::core
