// Application flow 申报 (§五(二), §六, §八(一)(二)): integrity, deadlines, cut-offs,
// retirement, the route of review stages and the unit's recommendation scheme.
// Level order is in level.h, tenure in tenure.h, the materials list in materials.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/retirement.h"
#include "core/violation.h"

namespace zp::core {

// R-APP-BLACKLIST: a blacklist entry; `until` absent = open-ended.
struct BlacklistEntry {
  Date from;
  std::optional<Date> until;
  std::string reason;
};
// Refused when an entry covers `on` (from ≤ on ≤ until) or a fraud is proven.
Outcome check_blacklist(const std::vector<BlacklistEntry>& entries, bool proven_fraud, Date on);

// R-APP-RETIRE: see retirement.h (check_not_retiring).

// R-APP-CUTOFF-ACHIEVE: an achievement dated after 30 September of the application
// year is refused for this year (it counts next year). 30 Sep ok, 1 Oct refused.
Outcome check_achievement_date(Date achieved_on, int application_year);

// R-APP-WINDOW: an application dated after the deadline (the 20th working day after
// the notice date) or before the notice is refused.
Outcome check_application_date(const WorkCalendar& cal, Date notice_date, Date applied_on);

// R-APP-LATE: materials of a stage not sent by their due date, or not as required, are
// treated as not applying (不按时不按规定上报的视为不申报).
Outcome check_materials_on_time(Date due, std::optional<Date> submitted_on, bool as_required);

// R-APP-PLEDGE: submission needs the signed integrity pledge (诚信承诺书).
Outcome check_pledge(bool pledge_signed);

// R-APP-ROUTE: review stages for a committee in the prefecture.
enum class Placement { prefecture_direct, county };  // 州直 / 县(市)
enum class ReviewStage {
  unit,             // 用人单位考核推荐
  dept,             // 州直: 主管部门复审加注意见
  county_joint,     // 县(市): 主管部门和职改部门联合审核
  committee_joint,  // 评委会所在部门联审 (with the title office or industry department)
};
std::string_view code(ReviewStage s);      // "unit" | "dept" | "county" | "joint"
std::string_view chinese(ReviewStage s);
std::optional<ReviewStage> parse_review_stage(std::string_view s);
std::vector<ReviewStage> required_stages(Placement p);
// The proposed stage must be the first of the required stages not yet done.
Outcome check_next_stage(Placement p, const std::vector<ReviewStage>& done, ReviewStage proposed);

// R-APP-SCHEME: the unit's 考核推荐方案 versions; revisions in consecutive (or the same)
// years are flagged as a warning (「严禁因人画像年年修订」).
struct SchemeVersion {
  std::string version;
  Date adopted_on;
};
Outcome check_scheme_stability(std::vector<SchemeVersion> versions);

}  // namespace zp::core
