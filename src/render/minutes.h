// 评审会议纪要 (R-MEET-RECORD, §八(四)): date, place, attending members, the applicants
// reviewed with their defense summaries and vote results, the members' remarks, and
// the signature lines of the chair (主持人) and the recorder (记录人).
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace zp::render {

struct MinutesApplicant {
  std::string name;             // 姓名
  std::string unit;             // 工作单位
  std::string applying_for;     // 申报资格, e.g. "副主任医师"
  std::string defense_summary;  // 答辩情况摘要 ("" when no defense)
  int present = 0;              // 出席委员 (ballots issued)
  int yes = 0, no = 0, abstain = 0;
  bool passed = false;          // R-VOTE-PASS, decided by the caller
};

struct MeetingMinutes {
  std::string committee;         // 评委会 name
  std::string title;             // default: committee + "评审会议纪要"
  core::Date date;               // 会议日期
  std::string time_note;         // optional, e.g. "上午9:00—12:00"
  std::string place;             // 会议地点
  int members_total = 0;         // 应到委员 (0: not shown)
  std::vector<std::string> attending;    // 出席委员 names; the count is their number
  std::vector<std::string> supervisors;  // 监督人员 (R-SUPERVISE), optional
  std::string chair;             // 主持人
  std::string recorder;          // 记录人
  std::vector<MinutesApplicant> applicants;
  std::vector<std::string> remarks;  // 委员评议意见摘要, paragraphs
  std::vector<std::string> notes;    // 其他事项 / 备注, paragraphs
};

// The minutes as PDF bytes (A4). Throws RenderError on a cairo failure.
std::string render_minutes(const MeetingMinutes& m);

}  // namespace zp::render
