// Policy parameters of the notice as data, keyed by the date they take effect.
//
// Each value carries its citation. An amended notice adds a new dated variant in
// params.cc (never edits an old one), so past decisions replay with the values in
// force on their date. Rule code reads `params_on(date)` for the evaluation date.
//
// There is deliberately no fee parameter anywhere in core: the system charges no fee
// of any kind (R-NO-FEE, §八(六)「任何部门、任何单位不得收取与职称评审有关的任何费用」).
#pragma once

#include <string_view>

#include "core/date.h"
#include "core/vocabulary.h"

namespace zp::core {

// A parameter value with the passage of law it comes from.
template <class T>
struct Cited {
  T value;
  std::string_view source;  // e.g. "临州人社通〔2018〕282号 §一(三)「出席评审会议人数不得少于17人」"
};

struct MonthDay {
  int month;
  int day;
};

struct Params {
  Date effective_from;     // first day this variant applies
  std::string_view basis;  // the document of this variant

  // §一(一) committees
  Cited<Date> junior_committees_abolished;
  // §一(二) workforce thresholds for setting up a committee (「左右」: warning)
  Cited<int> workforce_senior, workforce_intermediate;
  // §一(三) committee composition
  Cited<int> senior_size_min, senior_size_max, senior_vice_min, senior_vice_max;
  Cited<int> intermediate_size_min, intermediate_size_max, intermediate_vice;
  Cited<int> senior_quorum, intermediate_quorum;
  Cited<int> young_age_max;          // 中青年: aged <= this on the meeting date
  Cited<int> young_share_den;        // >= 1/den of members (「一般」: warning)
  Cited<int> member_min_years;       // 被聘担任相应级别职务2年以上
  Cited<Degree> member_min_degree;   // policy default; see TODO(legal) in params.cc
  // §一(四) rotation
  Cited<int> rotation_min_pct, rotation_max_pct, rotation_report_workdays;
  // §二 pool
  Cited<int> pool_min_senior, pool_min_intermediate;
  Cited<int> pool_new_level_min_years;     // 新层级职称履职不满1年
  Cited<int> pool_min_appointed_years;     // 被聘任2年以上
  Cited<int> pool_assessment_years;        // 年度考核为合格以上: last N years
  Cited<Degree> pool_min_degree;           // 本科以上学历
  Cited<int> draw_window_workdays;         // 会前3个工作日内
  // §四(二) defense
  Cited<int> defense_group_min, defense_group_max, defense_pass_score;
  // §四(四) vote: approvals*den >= num*present
  Cited<int> pass_num, pass_den;
  // §五(二) publicity
  Cited<int> publicity_workdays;
  // §六 application
  Cited<int> application_workdays, joint_review_workdays, provincial_recheck_workdays;
  Cited<Date> originals_graduation_cutoff;  // graduated before this → original
  Cited<MonthDay> achievement_cutoff;       // 9-30
  Cited<MonthDay> tenure_reference;         // 12-31, also retirement reference
  Cited<MonthDay> plan_publish_by;          // 8-31
  Cited<MonthDay> plan_report_by;           // 10-15
  Cited<int> intermediate_meeting_month;    // 11
  // §七 certificates
  Cited<int> certificate_workdays, cert_roster_copies, cert_approval_form_copies;
};

// The variant in force on `d` (the earliest variant for dates before it).
const Params& params_on(Date d);

}  // namespace zp::core
