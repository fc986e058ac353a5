// 资格文件: the notice that announces who obtained which qualification (R-DOC-CONTENT,
// §四(五)): a red-header official document with one table row per person.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace zp::render {

// R-DOC-CONTENT: what the document states for each person.
struct QualificationEntry {
  std::string name;                // 姓名
  std::string unit;                // 工作单位
  std::string qualification_name;  // 资格名称, e.g. "卫生系列 临床医学 副主任医师"
  std::string scope;               // 有效范围: 全省有效 / 基层有效 / 本单位有效
  std::string promotion_type;      // 晋升类型: 正常晋升 / 破格 / 转系列
  core::Date effective_date;       // 资格起算时间 = the vote date (R-DOC-DATE)
};

struct QualificationDocument {
  std::string header_name = "临夏州人力资源和社会保障局文件";  // 版头
  std::string document_number;     // "临州人社发〔2026〕1号"
  std::string title;               // "关于……取得……任职资格的通知"
  std::string addressee = "各有关单位：";
  std::vector<std::string> body;   // paragraphs before the table
  std::string table_caption;       // optional line above the table
  std::vector<QualificationEntry> entries;
  std::string issuer = "临夏州人力资源和社会保障局";  // 落款
  core::Date issue_date;           // 成文日期
  std::string cc;                  // 抄送 (empty: no line)
  std::string printer;             // 印发机关 in the closing record (empty: none)
};

// The document as PDF bytes (A4, GB/T 9704 margins, fonts embedded).
// Throws RenderError on a cairo failure.
std::string render_qualification_document(const QualificationDocument& doc);

}  // namespace zp::render
