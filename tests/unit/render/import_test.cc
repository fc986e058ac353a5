// The import validator: header binding, per-cell checks with row/column/message.
#include <gtest/gtest.h>

#include "core/id_number.h"
#include "render/import.h"
#include "render/xlsx_writer.h"

namespace zp::render {
namespace {

std::string valid_id(std::string_view first17) {
  return std::string(first17) + core::id_number_check_char(first17);
}

std::vector<ColumnSpec> person_specs() {
  return {{"姓名", "name", true},
          {"身份证号", "id_number", true, FieldType::id_number},
          {"出生日期", "birth_date", false, FieldType::date},
          {"有效范围", "scope", true, FieldType::enumeration, {"全省有效", "基层有效", "本单位有效"}},
          {"工作年限", "years", false, FieldType::integer}};
}

const ImportError* find(const ImportReport& r, std::size_t row, const std::string& column) {
  for (const auto& e : r.errors)
    if (e.row == row && e.column == column) return &e;
  return nullptr;
}

TEST(Import, CleanFileNormalises) {
  std::string id = valid_id("62290119800512001");
  std::string lower = id;
  if (lower.back() == 'X') lower.back() = 'x';
  std::string csv = "姓名,身份证号,出生日期,有效范围,工作年限,无关列\n"
                    " 王建国 ," + lower + ",1980/5/12,全省有效,20,?\n"
                    "李秀兰," + valid_id("62290119851103002") + ",1985年11月3日,基层有效,,\n";
  ImportReport r = validate_all(csv, person_specs());
  ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].str());
  EXPECT_EQ(r.rows, 2u);
  EXPECT_EQ(r.keys, (std::vector<std::string>{"name", "id_number", "birth_date", "scope", "years"}));
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (Row{"王建国", id, "1980-05-12", "全省有效", "20"}));
  EXPECT_EQ(r.records[1][2], "1985-11-03");
}

TEST(Import, EachKindOfErrorHasRowColumnAndMessage) {
  std::string good = valid_id("62290119800512001");
  std::string bad = good.substr(0, 17) + (good.back() == '0' ? "1" : "0");
  std::string csv = "姓名,身份证号,出生日期,有效范围,工作年限\n"
                    "王建国," + bad + ",1980-05-12,全省有效,3\n"  // row 2: id check digit
                    "李秀兰," + good + ",2026-02-30,全省有效,3\n"  // row 3: no such date
                    "," + good + ",1980-05-12,基层有效,3\n"        // row 4: name missing
                    "马文德," + good + ",1980-05-12,全州有效,三\n";  // row 5: enum, integer
  ImportReport r = validate_all(csv, person_specs());
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.error_count, 5u);
  EXPECT_TRUE(r.records.empty());  // nothing to write from a file with errors
  const ImportError* e = find(r, 2, "身份证号");
  ASSERT_TRUE(e);
  EXPECT_NE(e->message.find("身份证号码无效"), std::string::npos) << e->message;
  EXPECT_EQ(e->message.find(bad), std::string::npos) << "full id number echoed";
  e = find(r, 3, "出生日期");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "日期无效：「2026-02-30」（应为 YYYY-MM-DD）");
  e = find(r, 4, "姓名");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "必填项为空");
  EXPECT_EQ(e->str(), "第4行「姓名」：必填项为空");
  e = find(r, 5, "有效范围");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "「全州有效」不是可选值（全省有效、基层有效、本单位有效）");
  e = find(r, 5, "工作年限");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "应为整数：「三」");
}

TEST(Import, MissingAndDuplicateColumns) {
  ImportReport r = validate_all("姓名,出生日期,出生日期\n王建国,1980-05-12,1980-05-12\n", person_specs());
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(find(r, 1, "身份证号"));
  EXPECT_EQ(find(r, 1, "身份证号")->message, "缺少必填列「身份证号」");
  EXPECT_TRUE(find(r, 1, "有效范围"));
  ASSERT_TRUE(find(r, 1, "出生日期"));
  EXPECT_NE(find(r, 1, "出生日期")->message.find("列重复"), std::string::npos);
  EXPECT_EQ(r.rows, 0u);  // rows are not checked against an unusable header
}

TEST(Import, KeysAcceptedAsHeaders) {
  std::string csv = "name,id_number,scope\n王建国," + valid_id("62290119800512001") + ",本单位有效\n";
  EXPECT_TRUE(validate_all(csv, person_specs()).ok());
}

TEST(Import, EmptyAndBrokenFiles) {
  ImportReport r = validate_all("", person_specs());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "文件为空：没有表头行");
  r = validate_all("姓名\n\"open", person_specs());
  EXPECT_FALSE(r.ok());
  r = validate_all("junk", person_specs(), {SourceFormat::xlsx});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].row, 0u);
}

TEST(Import, XlsxDatesAndSerials) {
  XlsxSheet s;
  s.name = "人员";
  s.columns = {{"姓名"}, {"身份证号"}, {"出生日期"}, {"有效范围"}, {"工作年限"}};
  std::string id = valid_id("62290119800512001");
  s.rows = {{std::string("王建国"), id, core::Date{1980, 5, 12}, std::string("全省有效"), 20.0},
            // a date typed as a bare number (Excel serial) in a column declared a date
            {std::string("李秀兰"), id, 31354.0, std::string("全省有效"), 7.0}};
  ImportReport r = validate_all(write_xlsx({s}), person_specs(), {SourceFormat::xlsx});
  ASSERT_TRUE(r.ok()) << r.errors[0].str();
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_EQ(r.records[0], (Row{"王建国", id, "1980-05-12", "全省有效", "20"}));
  EXPECT_EQ(r.records[1][2], "1985-11-03");
}

TEST(Import, ErrorsAreCappedButCounted) {
  std::string csv = "姓名,身份证号,有效范围\n";
  for (int i = 0; i < 50; ++i) csv += "x,123,全省有效\n";
  ImportOptions opt;
  opt.max_errors = 10;
  std::size_t progress_calls = 0;
  opt.progress = [&](const Progress&) { ++progress_calls; };
  ImportReport r = validate_all(csv, person_specs(), opt);
  EXPECT_EQ(r.error_count, 50u);
  EXPECT_EQ(r.errors.size(), 10u);
  EXPECT_GT(progress_calls, 0u);
}

TEST(Import, DateForms) {
  EXPECT_EQ(normalize_date("2026-01-05"), "2026-01-05");
  EXPECT_EQ(normalize_date("2026/1/5"), "2026-01-05");
  EXPECT_EQ(normalize_date("2026.1.5"), "2026-01-05");
  EXPECT_EQ(normalize_date("2026年1月5日"), "2026-01-05");
  EXPECT_EQ(normalize_date("20260105"), "2026-01-05");
  EXPECT_EQ(normalize_date("2026-01-05 08:30:00"), "2026-01-05");
  EXPECT_FALSE(normalize_date("2026-1/5"));
  EXPECT_FALSE(normalize_date("2025-02-29"));
  EXPECT_FALSE(normalize_date("46000"));
  EXPECT_EQ(normalize_date("46000", true), "2025-12-09");
}

}  // namespace
}  // namespace zp::render
