#include "core/schedule.h"

#include <algorithm>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {
std::string num(int n) { return std::to_string(n); }
}  // namespace

// R-APP-WINDOW: 「一般应在发文之日起20个工作日内完成个人申报、单位考核推荐和公示上报工作」
// (counting starts the day after the notice); 「联审转报材料时间不得超过10个工作日」.
Checked<Date> application_deadline(const WorkCalendar& cal, Date notice_date) {
  return cal.nth_workday_after(notice_date, params_on(notice_date).application_workdays.value);
}
Checked<Date> joint_review_deadline(const WorkCalendar& cal, Date application_deadline) {
  return cal.nth_workday_after(application_deadline,
                               params_on(application_deadline).joint_review_workdays.value);
}

// R-DRAW-RANDOM: 「在每次召开评委会前3个工作日内确定」.
Checked<DateRange> draw_window(const WorkCalendar& cal, Date meeting_date) {
  return cal.workdays_before(meeting_date, params_on(meeting_date).draw_window_workdays.value);
}

Outcome check_draw_date(const WorkCalendar& cal, Date meeting_date, Date draw_date) {
  auto w = draw_window(cal, meeting_date);
  if (!w.ok()) return w.outcome;
  Outcome o;
  if (!w.value.contains(draw_date))
    fail(o, rule::kDrawRandom, "评委须在评审会议（" + meeting_date.str() + "）前 3 个工作日内抽取，即 " +
                                   w.value.from.str() + " 至 " + w.value.to.str() + "，" + draw_date.str() +
                                   " 不在此期间");
  return o;
}

// R-COM-ROTATION: 「每年召开评委会前5个工作日内，书面报告评委会批准机构」.
Checked<DateRange> rotation_report_window(const WorkCalendar& cal, Date meeting_date) {
  return cal.workdays_before(meeting_date, params_on(meeting_date).rotation_report_workdays.value);
}

Outcome check_rotation_report_date(const WorkCalendar& cal, Date meeting_date, Date report_date) {
  auto w = rotation_report_window(cal, meeting_date);
  if (!w.ok()) return w.outcome;
  Outcome o;
  if (!w.value.contains(report_date))
    fail(o, rule::kComRotation, "专家调整情况须在评审会议前 5 个工作日内（" + w.value.from.str() + " 至 " +
                                    w.value.to.str() + "）书面报告，" + report_date.str() + " 不在此期间");
  return o;
}

Checked<RoundSchedule> compute_round_schedule(const WorkCalendar& cal, CommitteeLevel level,
                                              Date notice_date, std::optional<Date> defense_date,
                                              Date meeting_date) {
  Checked<RoundSchedule> r;
  Outcome& o = r.outcome;
  const int year = notice_date.year;
  const Params& p = params_on(notice_date);

  // The deadlines need the calendar (R-CAL-DATA); the year and month rules below do not,
  // so they are checked whatever the calendar says, and every violation is listed (the
  // same missing year is reported once).
  auto merge_new = [&](const Outcome& x) {
    for (const auto& v : x.violations)
      if (std::find(o.violations.begin(), o.violations.end(), v) == o.violations.end()) o.violations.push_back(v);
    o.warnings.insert(o.warnings.end(), x.warnings.begin(), x.warnings.end());
  };
  // R-CAL-YEAR: 「评审工作必须在年内完成，不得跨年进行」「必须在每年12月31日前完成」.
  auto same_year = [&](Date d, const char* what) {
    if (d.year != year)
      fail(o, rule::kCalYear, std::string{what} + " " + d.str() + " 不在 " + num(year) +
                                  " 年内，评审工作必须在当年 12 月 31 日前完成，不得跨年");
  };
  auto app = application_deadline(cal, notice_date);
  merge_new(app.outcome);
  if (app.ok()) {
    r.value.application_deadline = app.value;
    same_year(r.value.application_deadline, "申报截止日");
    auto joint = joint_review_deadline(cal, app.value);
    merge_new(joint.outcome);
    if (joint.ok()) {
      r.value.joint_review_deadline = joint.value;
      same_year(r.value.joint_review_deadline, "联审截止日");
    }
  }
  auto draw = draw_window(cal, meeting_date);
  auto report = rotation_report_window(cal, meeting_date);
  merge_new(draw.outcome);
  merge_new(report.outcome);
  if (draw.ok()) r.value.draw_window = draw.value;
  if (report.ok()) r.value.rotation_report_window = report.value;
  if (defense_date) same_year(*defense_date, "答辩日期");
  same_year(meeting_date, "评审会议日期");

  // R-CAL-MONTHS: 「中级职称答辩和评审会在11月组织进行，高级职称答辩和评审会在12月底前完成」.
  if (level == CommitteeLevel::intermediate) {
    const int m = p.intermediate_meeting_month.value;
    if (defense_date && (defense_date->month != m || defense_date->year != year))
      fail(o, rule::kCalMonths, "中级职称答辩应在 " + num(m) + " 月进行，计划为 " + defense_date->str());
    if (meeting_date.month != m || meeting_date.year != year)
      fail(o, rule::kCalMonths, "中级职称评审会应在 " + num(m) + " 月进行，计划为 " + meeting_date.str());
  } else if (meeting_date > Date{year, 12, 31} || (defense_date && *defense_date > Date{year, 12, 31})) {
    fail(o, rule::kCalMonths, "高级职称答辩和评审会应在 " + num(year) + " 年 12 月底前完成");
  }
  return r;
}

// R-CAL-PLAN: 「中级评委会所在部门要在8月底之前安排好今年的申报评审工作」(warning);
// 「务必于每年10月中旬前将当年拟召开评审会议的时间上报州职改办」(violation; 中旬前 read as 10-15).
Outcome check_plan_dates(CommitteeLevel level, int year, std::optional<Date> arrangements_published,
                         std::optional<Date> meeting_dates_reported, Date today) {
  Outcome o;
  if (level != CommitteeLevel::intermediate) return o;
  const Params& p = params_on(Date{year, 1, 1});
  const Date publish_by{year, p.plan_publish_by.value.month, p.plan_publish_by.value.day};
  const Date report_by{year, p.plan_report_by.value.month, p.plan_report_by.value.day};
  if (arrangements_published ? *arrangements_published > publish_by : today > publish_by)
    warn(o, rule::kCalPlan, "中评会所在部门应在 " + publish_by.str() + " 前安排并发布本年度申报评审工作" +
                                (arrangements_published ? "，实际发布于 " + arrangements_published->str()
                                                        : std::string{"，尚未发布"}));
  if (meeting_dates_reported ? *meeting_dates_reported > report_by : today > report_by)
    fail(o, rule::kCalPlan, "中评会务必于 " + report_by.str() + " 前将拟召开评审会议的时间上报州职改办" +
                                (meeting_dates_reported ? "，实际上报于 " + meeting_dates_reported->str()
                                                        : std::string{"，尚未上报"}));
  return o;
}

// R-CERT-ONESTOP: 「各级评委会工作机构要在评审、公示结束后20个工作日内…统一…办理证书」.
Checked<Date> certificate_deadline(const WorkCalendar& cal, Date committee_publicity_end) {
  return cal.nth_workday_after(committee_publicity_end,
                               params_on(committee_publicity_end).certificate_workdays.value);
}

Outcome check_certificate_timing(const WorkCalendar& cal, Date committee_publicity_end, Date applied_on) {
  auto d = certificate_deadline(cal, committee_publicity_end);
  if (!d.ok()) return d.outcome;
  Outcome o;
  if (applied_on > d.value)
    warn(o, rule::kCertOnestop, "证书应在评审、公示结束后 20 个工作日内（" + d.value.str() + " 前）统一办理，现为 " +
                                    applied_on.str());
  return o;
}

// R-APP-ROUTE: 「必须在上报前5个工作日报同级职改部门复核」.
Checked<Date> provincial_recheck_latest(const WorkCalendar& cal, Date upload_date) {
  return cal.nth_workday_on_or_before(upload_date.plus_days(-1),
                                      params_on(upload_date).provincial_recheck_workdays.value);
}

}  // namespace zp::core
