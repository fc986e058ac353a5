#include "render/minutes.h"

#include "render/official_style.h"
#include "render/pdf_document.h"

namespace zp::render {

namespace {

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::string render_minutes(const MeetingMinutes& m) {
  PageOptions opt;
  opt.title = m.title.empty() ? m.committee + "评审会议纪要" : m.title;
  PdfDocument doc(opt);
  document_title(doc, opt.title);

  Table info;
  info.columns = {{"项目", 1.2}, {"内容", 4.8, Align::left}};
  info.size = kSizeXiaoSi;
  info.padding = 5;
  info.show_header = false;
  std::string when = chinese_date(m.date) + (m.time_note.empty() ? "" : " " + m.time_note);
  info.rows = {{"会议时间", when}, {"会议地点", m.place}};
  if (!m.committee.empty()) info.rows.insert(info.rows.begin(), {"评 委 会", m.committee});
  std::string count = "实到 " + std::to_string(m.attending.size()) + " 人";
  if (m.members_total > 0) count = "应到 " + std::to_string(m.members_total) + " 人，" + count;
  info.rows.push_back({"出席人数", count});
  info.rows.push_back({"出席委员", join(m.attending, "、")});
  if (!m.supervisors.empty()) info.rows.push_back({"监督人员", join(m.supervisors, "、")});
  info.rows.push_back({"主 持 人", m.chair});
  info.rows.push_back({"记 录 人", m.recorder});
  doc.table(info);

  section_heading(doc, "一、评审表决情况");
  Table votes;
  votes.padding = 3;
  votes.columns = {{"序号", 28},  {"姓名", 48},   {"工作单位", 100, Align::left},
                   {"申报资格", 84, Align::left}, {"出席", 34}, {"同意", 34},
                   {"不同意", 42}, {"弃权", 34},  {"结果", 38}};
  int n = 0, passed = 0;
  for (const auto& a : m.applicants) {
    passed += a.passed;
    votes.rows.push_back({std::to_string(++n), a.name, a.unit, a.applying_for,
                          std::to_string(a.present), std::to_string(a.yes), std::to_string(a.no),
                          std::to_string(a.abstain), a.passed ? "通过" : "未通过"});
  }
  doc.table(votes);
  body(doc, {"本次会议共评审 " + std::to_string(m.applicants.size()) + " 人，表决通过 " +
             std::to_string(passed) + " 人，未通过 " +
             std::to_string(static_cast<int>(m.applicants.size()) - passed) + " 人。"});

  section_heading(doc, "二、答辩情况摘要");
  n = 0;
  std::vector<std::string> defense;
  for (const auto& a : m.applicants) {
    ++n;
    if (a.defense_summary.empty()) continue;
    defense.push_back(std::to_string(n) + ". " + a.name + "：" + a.defense_summary);
  }
  body(doc, defense.empty() ? std::vector<std::string>{"本次评审未组织答辩。"} : defense);

  section_heading(doc, "三、委员评议意见摘要");
  body(doc, m.remarks.empty() ? std::vector<std::string>{"无。"} : m.remarks);
  if (!m.notes.empty()) {
    section_heading(doc, "四、其他事项");
    body(doc, m.notes);
  }

  // Signature lines (R-MEET-RECORD: signed by the chair and the recorder).
  TextStyle sig = body_style();
  sig.first_line_indent_em = 0;
  sig.align = Align::left;
  doc.keep(4 * 28.95);
  doc.vspace(28.95);
  double y = doc.y(), half = doc.text_width() / 2;
  doc.text_at(doc.x(), y, 0, "主持人（签字）：＿＿＿＿", sig);
  doc.text_at(doc.x() + half, y, 0, "记录人（签字）：＿＿＿＿", sig);
  doc.text_at(doc.x(), y + 28.95, 0, "日期：", sig);
  doc.text_at(doc.x() + half, y + 28.95, 0, "日期：", sig);
  doc.set_y(y + 2 * 28.95);
  return doc.finish();
}

}  // namespace zp::render
