// The PDF renderers: text extracted with pdftotext, fonts checked with pdffonts, and
// page 1 of each document written as PNG to ${ZP_BINARY_DIR}/test-output/ for a person
// to look at.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "render/certificate.h"
#include "render/minutes.h"
#include "render/official_style.h"
#include "render/pdf_document.h"

#include "render/publicity_notice.h"
#include "render/qualification_document.h"
#include "render/void_declaration.h"

namespace zp::render {
namespace {

namespace fs = std::filesystem;
using core::Date;

fs::path out_dir() {
  fs::path p = fs::path(ZP_BINARY_DIR) / "test-output";
  fs::create_directories(p);
  return p;
}

std::string run(const std::string& cmd) {
  std::string out;
  FILE* f = popen(cmd.c_str(), "r");
  if (!f) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  pclose(f);
  return out;
}

// Writes `pdf` as <name>.pdf and <name>.png (page 1, 60 dpi); returns the PDF path.
fs::path save(const std::string& name, const std::string& pdf) {
  fs::path p = out_dir() / (name + ".pdf");
  std::ofstream(p, std::ios::binary) << pdf;
  run("pdftoppm -png -r 60 -singlefile '" + p.string() + "' '" +
      (out_dir() / name).string() + "'");
  return p;
}

std::string text_of(const fs::path& pdf) {
  return run("pdftotext -layout '" + pdf.string() + "' -");
}

// Whitespace removed: pdftotext -layout pads columns with spaces.
std::string squash(std::string s) {
  std::erase_if(s, [](char c) { return c == ' ' || c == '\n' || c == '\f'; });
  return s;
}

int page_count(const fs::path& pdf) {
  std::string info = run("pdfinfo '" + pdf.string() + "'");
  std::smatch m;
  if (!std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) return 0;
  return std::stoi(m[1]);
}

// Every font row of `pdffonts` has emb = yes; returns the font names seen.
std::string expect_fonts_embedded(const fs::path& pdf) {
  std::istringstream in(run("pdffonts '" + pdf.string() + "'"));
  std::string line, names;
  int rows = 0;
  std::getline(in, line);  // header
  std::getline(in, line);  // -----
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++rows;
    std::istringstream f(line);
    std::string name;
    f >> name;
    names += name + " ";
    // columns: name type [subtype] encoding emb sub uni object ID
    EXPECT_NE(line.find(" yes "), std::string::npos) << line;
    std::regex emb(R"((\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    std::smatch m;
    if (!std::regex_search(line, m, emb)) {
      ADD_FAILURE() << "unexpected pdffonts row: " << line;
      continue;
    }
    EXPECT_EQ(m[2], "yes") << "not embedded: " << line;
  }
  EXPECT_GT(rows, 0);
  return names;
}

QualificationDocument sample_document() {
  QualificationDocument d;
  d.document_number = document_number("临州人社发", 2026, 1);
  d.title = "关于王建国等3名同志取得副高级专业技术职务任职资格的通知";
  d.body = {
      "根据《临夏州人社局关于进一步改进和加强职称管理服务工作的通知》（临州人社通〔2018〕282号）"
      "规定，经临夏州卫生系列高级专业技术职务任职资格评审委员会2026年11月20日评审通过，"
      "并经公示无异议，下列同志具备相应专业技术职务任职资格，资格起算时间为评审通过之日。",
      "现予公布。请各单位按照有关规定做好聘任工作。"};
  Date vote{2026, 11, 20};
  d.entries = {
      {"王建国", "临夏州人民医院", "卫生系列 临床医学 副主任医师", "全省有效", "正常晋升", vote},
      {"马文德", "临夏县人民医院", "卫生系列 中医学 副主任中医师", "基层有效", "破格", vote},
      {"李秀兰", "临夏州疾病预防控制中心", "卫生系列 公共卫生 副主任医师", "全省有效", "转系列",
       vote},
  };
  d.issue_date = {2026, 11, 30};
  d.cc = "省人力资源和社会保障厅，州卫生健康委员会。";
  d.printer = "临夏州人力资源和社会保障局办公室";
  return d;
}

TEST(QualificationDocument, ContentAndFonts) {
  fs::path p = save("qualification_document", render_qualification_document(sample_document()));
  std::string text = text_of(p), flat = squash(text);
  EXPECT_NE(flat.find("临夏州人力资源和社会保障局文件"), std::string::npos) << text;
  EXPECT_NE(flat.find("临州人社发〔2026〕1号"), std::string::npos) << text;
  EXPECT_NE(flat.find("各有关单位："), std::string::npos);
  for (const char* s : {"王建国", "临夏州人民医院", "副主任医师", "全省有效", "基层有效", "正常晋升",
                        "破格", "转系列", "2026年11月20日", "资格起算时间", "抄送：",
                        "2026年11月30日", "—1—"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << text;
  std::string fonts = expect_fonts_embedded(p);
  EXPECT_NE(fonts.find("NotoSerifCJK"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("NotoSansCJK"), std::string::npos) << fonts;
  EXPECT_GE(page_count(p), 1);
}

TEST(QualificationDocument, LongListBreaksPagesAndNumbersThem) {
  QualificationDocument d = sample_document();
  for (int i = 0; i < 60; ++i)
    d.entries.push_back({"测试" + std::to_string(i), "临夏州第" + std::to_string(i) + "中学",
                         "中小学教师系列 高级教师", "全省有效", "正常晋升", {2026, 11, 20}});
  fs::path p = save("qualification_document_long", render_qualification_document(d));
  int pages = page_count(p);
  EXPECT_GE(pages, 3);
  std::string flat = squash(text_of(p));
  for (int i = 1; i <= pages; ++i)
    EXPECT_NE(flat.find("—" + std::to_string(i) + "—"), std::string::npos) << i;
  EXPECT_NE(flat.find("测试59"), std::string::npos);
  // The header row repeats on every page.
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = flat.find("资格起算时间", at)) != std::string::npos; ++at) ++headers;
  EXPECT_GE(headers, static_cast<std::size_t>(pages));
}

TEST(Certificate, ContentQrAndFonts) {
  Certificate c;
  c.name = "王建国";
  c.gender = "男";
  c.birth_date = {1980, 5, 12};
  c.unit = "临夏州人民医院";
  c.series = "卫生系列";
  c.specialty = "临床医学";
  c.level = "副高级";
  c.qualification_name = "副主任医师";
  c.scope = "全省有效";
  c.effective_date = {2026, 11, 20};
  c.document_number = "临州人社发〔2026〕1号";
  c.serial_number = "LXZC2026000123";
  c.statement = "经临夏州卫生系列高级专业技术职务任职资格评审委员会评审通过，具备副主任医师任职资格，特发此证。";
  c.issue_date = {2026, 12, 1};
  c.qr_payload = "https://zhiping.example.cn/verify?sn=LXZC2026000123&sig=3045022100ab";
  fs::path p = save("certificate", render_certificate(c));
  EXPECT_EQ(page_count(p), 1);
  std::string flat = squash(text_of(p));
  for (const char* s : {"专业技术职务任职资格证书", "王建国", "男", "1980年5月12日", "临夏州人民医院",
                        "卫生系列", "临床医学", "副主任医师", "全省有效", "2026年11月20日",
                        "临州人社发〔2026〕1号", "LXZC2026000123", "临夏州人力资源和社会保障局",
                        "2026年12月1日"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << flat;
  expect_fonts_embedded(p);
  std::string too_long(3000, 'a');
  c.qr_payload = too_long;
  EXPECT_THROW(render_certificate(c), RenderError);
}

TEST(Minutes, RecordContentAndSignatureLines) {
  MeetingMinutes m;
  m.committee = "临夏州卫生系列高级专业技术职务任职资格评审委员会";
  m.date = {2026, 11, 20};
  m.time_note = "上午9:00";
  m.place = "临夏州人社局三楼会议室";
  m.members_total = 19;
  for (int i = 1; i <= 17; ++i) m.attending.push_back("委员" + std::to_string(i));
  m.supervisors = {"州纪委监委派驻纪检组 张明"};
  m.chair = "马主任";
  m.recorder = "李记录";
  m.applicants = {{"王建国", "临夏州人民医院", "副主任医师", "回答准确，临床经验丰富。", 17, 15, 1, 1, true},
                  {"马文德", "临夏县人民医院", "副主任中医师", "基础理论掌握一般。", 17, 10, 5, 2, false}};
  m.remarks = {"委员认为申报人业绩突出，符合破格条件。"};
  fs::path p = save("minutes", render_minutes(m));
  std::string text = text_of(p), flat = squash(text);
  for (const char* s : {"评审会议纪要", "2026年11月20日", "临夏州人社局三楼会议室", "应到19人，实到17人",
                        "委员1、委员2", "委员17", "马主任", "李记录", "王建国", "通过", "未通过",
                        "回答准确", "基础理论掌握一般", "委员认为申报人业绩突出",
                        "主持人（签字）：＿＿＿＿", "记录人（签字）：＿＿＿＿"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << text;
  // The vote row: present 17, yes 15, no 1, abstain 1.
  EXPECT_TRUE(std::regex_search(text, std::regex("王建国.*17\\s+15\\s+1\\s+1\\s+通过"))) << text;
  expect_fonts_embedded(p);
}

TEST(PublicityNotice, TableAndPeriod) {
  PublicityNotice n;
  n.title = "关于2026年度卫生系列高级职称评审通过人员的公示";
  n.intro = {"经临夏州卫生系列高级专业技术职务任职资格评审委员会评审，下列同志评审通过，现予公示。"};
  n.extra_headers = {"年度考核"};
  n.persons = {{"王建国", "临夏州人民医院", "1980.05", "本科（学士）", "主治医师", "2018.12", "2019.01",
                "副主任医师", {"2023—2025年 合格、优秀、合格"}}};
  n.start = {2026, 11, 23};
  n.end = {2026, 11, 27};
  n.period_note = "（5个工作日）";
  n.contact = "州职改办 张老师";
  n.phone = "0930-6212345";
  n.issuer = "临夏州人力资源和社会保障局";
  n.issue_date = {2026, 11, 22};
  fs::path p = save("publicity_notice", render_publicity_notice(n));
  std::string flat = squash(text_of(p));
  for (const char* s : {"王建国", "1980.05", "本科（学士）", "2019.01", "年度考核",
                        "公示期：2026年11月23日至2026年11月27日（5个工作日）", "0930-6212345", "实名"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << flat;
  expect_fonts_embedded(p);
}

TEST(VoidDeclaration, ListsCertificates) {
  VoidDeclaration d;
  d.entries = {{"LXZC2019000077", "李秀兰", "临夏州疾病预防控制中心", "卫生系列 中级", {2026, 3, 2}},
               {"LXZC2020000105", "马文德", "临夏县人民医院", "卫生系列 副高级", {2026, 3, 9}}};
  d.issue_date = {2026, 3, 10};
  fs::path p = save("void_declaration", render_void_declaration(d));
  std::string flat = squash(text_of(p));
  for (const char* s : {"遗失作废声明", "LXZC2019000077", "李秀兰", "卫生系列中级", "2026年3月9日",
                        "2026年3月10日"})
    EXPECT_NE(flat.find(s), std::string::npos) << s << "\n" << flat;
  expect_fonts_embedded(p);
}

}  // namespace
}  // namespace zp::render
