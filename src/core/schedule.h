// The yearly schedule of a round (§六(三)(五)(六), §一(四), §四(四), §七(一)):
// deadlines, the draw and rotation-report windows, the calendar-year and month rules,
// the plan dates of intermediate committees, and the certificate deadline.
#pragma once

#include <optional>

#include "core/calendar.h"
#include "core/level.h"
#include "core/violation.h"

namespace zp::core {

struct RoundSchedule {
  Date application_deadline;    // R-APP-WINDOW: 20th working day after the notice date
  Date joint_review_deadline;   // R-APP-WINDOW: 10th working day after that deadline
  DateRange draw_window;        // R-DRAW-RANDOM: the 3 working days before the meeting
  DateRange rotation_report_window;  // R-COM-ROTATION: the 5 working days before the meeting
};

// Computes the schedule and checks R-CAL-YEAR (everything within the notice's calendar
// year) and R-CAL-MONTHS (intermediate: defense and meeting in November; senior: by
// 31 December). Missing calendar years → R-CAL-DATA.
Checked<RoundSchedule> compute_round_schedule(const WorkCalendar& cal, CommitteeLevel level,
                                              Date notice_date, std::optional<Date> defense_date,
                                              Date meeting_date);

// R-APP-WINDOW deadlines on their own.
Checked<Date> application_deadline(const WorkCalendar& cal, Date notice_date);
Checked<Date> joint_review_deadline(const WorkCalendar& cal, Date application_deadline);

// R-DRAW-RANDOM: the draw window and whether `draw_date` lies in it (not earlier, not
// on the meeting day).
Checked<DateRange> draw_window(const WorkCalendar& cal, Date meeting_date);
Outcome check_draw_date(const WorkCalendar& cal, Date meeting_date, Date draw_date);

// R-COM-ROTATION: the written adjustment report is due within the 5 working days
// before the meeting.
Checked<DateRange> rotation_report_window(const WorkCalendar& cal, Date meeting_date);
Outcome check_rotation_report_date(const WorkCalendar& cal, Date meeting_date, Date report_date);

// R-CAL-PLAN (intermediate committees): arrangements published by 31 August (warning:
// 「要在8月底之前安排好」); planned meeting dates reported to the title office by
// 15 October (violation: 「务必于每年10月中旬前」). A step not yet done is judged
// against `today`.
Outcome check_plan_dates(CommitteeLevel level, int year, std::optional<Date> arrangements_published,
                         std::optional<Date> meeting_dates_reported, Date today);

// R-CERT-ONESTOP: certificates within 20 working days after the end of the committee
// publicity. The deadline, and a warning with it when `applied_on` is later.
Checked<Date> certificate_deadline(const WorkCalendar& cal, Date committee_publicity_end);
Outcome check_certificate_timing(const WorkCalendar& cal, Date committee_publicity_end, Date applied_on);

// R-APP-ROUTE (provincial committees): the latest date for the same-level title office's
// re-check: 5 working days before the upload (「必须在上报前5个工作日报同级职改部门复核」).
Checked<Date> provincial_recheck_latest(const WorkCalendar& cal, Date upload_date);

}  // namespace zp::core
