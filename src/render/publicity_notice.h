// 公示 (§五, R-PUB-*): the notice of a publicity — title, introduction, the table of
// persons, the period, the contact and how to object (R-OBJ-FORM). Shows only what
// R-PUB-UNIT-CONTENT allows: never an ID number or a phone of a person.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace zp::render {

struct PublicityPerson {
  std::string name;                        // 姓名
  std::string unit;                        // 工作单位
  std::string birth_month;                 // 出生年月, e.g. "1980.05"
  std::string education;                   // 学历（学位）
  std::string current_qualification;       // 现资格
  std::string current_qualification_date;  // 现资格取得时间
  std::string appointment_date;            // 现聘任时间
  std::string applying_for;                // 申报（拟推荐）资格
  std::vector<std::string> extra;          // values for PublicityNotice::extra_headers
};

struct PublicityNotice {
  std::string title;                       // "关于……的公示"
  std::vector<std::string> intro;          // paragraphs before the table
  std::vector<std::string> extra_headers;  // further columns, e.g. "年度考核", "业绩成果"
  std::vector<PublicityPerson> persons;
  core::Date start, end;                   // 公示期 (both days included)
  std::string period_note;                 // optional, e.g. "（5个工作日）"
  std::string contact;                     // e.g. "州职改办 张老师"
  std::string phone;                       // office telephone
  std::string address;                     // where written objections are received
  std::vector<std::string> objection_instructions;  // default text when empty
  std::string issuer;                      // 落款
  core::Date issue_date;
  bool landscape = true;                   // A4 landscape for the wide table
};

// The notice as PDF bytes. Throws RenderError on a cairo failure.
std::string render_publicity_notice(const PublicityNotice& n);

}  // namespace zp::render
