// The calendar of `serve --demo`: which rounds the demo can show on its start day, and
// the date of every step that brings each one there. Pure (calendar and day in, dates
// out); the schedule rules are core's (R-APP-WINDOW, R-CAL-YEAR, R-CAL-MONTHS,
// R-CAL-DATA, R-DRAW-RANDOM, R-PUB-DURATION), so a plan the rules would refuse is never
// made — the stage is left out with the reason instead.
//
// The four stages on day D (year Y):
//   closed     an intermediate committee's round of November Y, or of Y-1 when November
//              Y is not over yet: drawn, defended, voted, publicized, documents and
//              certificates issued (one certificate lost and replaced);
//   publicity  a senior round whose committee publicity (5 working days) is running on D;
//   review     a senior round whose application deadline was 2 working days before D and
//              whose joint-review deadline is still ahead;
//   open       a senior round whose application window (20 working days) is open on D.
// A stage needs every date in one calendar year that has calendar data; e.g. after
// mid-December no window can open whose joint review still ends in the year, and in
// January no round of the year has reached its meeting yet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/level.h"

namespace zp::app::demo {

struct RoundPlan {
  core::CommitteeLevel level = core::CommitteeLevel::senior;
  int year = 0;
  core::Date notice, deadline, joint_deadline, meeting;
  std::optional<core::Date> defense;
  core::Date draw_from, draw_to;
  // Steps before the meeting.
  core::Date apply, unit_publicity, unit_publicity_end, recommend, dept_review, joint_review;
  core::Date commit, training;
  // Steps after the meeting: the committee publicity for the publicity and closed stages,
  // the rest for the closed stage only.
  core::Date committee_publicity, committee_publicity_end, document, certificates, handover_unit,
      handover_person, replacement;
};

struct Plan {
  core::Date today;
  core::Date setup;  // when the prefecture's records are entered (before every round)
  std::optional<RoundPlan> closed, publicity, review, open;
  std::vector<std::string> notes;  // why a stage is not shown, in Chinese with the rule
};

Plan make_plan(const core::WorkCalendar& cal, core::Date today);

}  // namespace zp::app::demo
