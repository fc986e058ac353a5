#include "app/demo_plan.h"

#include <functional>

#include "core/publicity.h"
#include "core/schedule.h"

namespace zp::app::demo {
namespace {

using core::Date;
using core::WorkCalendar;

std::string reason(const core::Outcome& o) {
  if (o.violations.empty()) return "";
  const auto& v = o.violations.front();
  return v.rule + "（" + v.section + "）：" + v.message;
}

// A plan or why there is none.
struct Try {
  std::optional<RoundPlan> plan;
  std::string why;
};

Try refused(std::string why) {
  return Try{std::nullopt, std::move(why)};
}

// Working-day steps that remember the first calendar refusal.
struct Steps {
  const WorkCalendar& cal;
  std::string why;
  bool ok() const { return why.empty(); }
  Date take(const core::Checked<Date>& c) {
    if (!c.ok() && why.empty()) why = reason(c.outcome);
    return c.value;
  }
  Date after(Date d, int n) { return take(cal.nth_workday_after(d, n)); }  // n-th working day after d
  Date before(Date d, int n) { return take(cal.nth_workday_on_or_before(d.plus_days(-1), n)); }
  Date on_or_before(Date d, int n) { return take(cal.nth_workday_on_or_before(d, n)); }
};

// Working days of `year` before `d` (d excluded); -1 without calendar data.
int workdays_since_new_year(const WorkCalendar& cal, Date d) {
  if (d.month == 1 && d.day == 1) return 0;
  auto n = cal.working_days_between(Date{d.year, 1, 1}, d.plus_days(-1));
  return n.ok() ? n.value : -1;
}

// How far past the meeting a plan goes.
enum class Until { meeting, publicity, certificates };

// Every step of a round from its notice to its meeting (and on to the publicity or the
// certificates).
Try build(const WorkCalendar& cal, core::CommitteeLevel level, Date notice, Date meeting, bool with_defense,
          Until until) {
  RoundPlan p;
  p.level = level;
  p.year = notice.year;
  p.notice = notice;
  p.meeting = meeting;
  auto window = core::draw_window(cal, meeting);
  if (!window.ok()) return refused(reason(window.outcome));
  p.draw_from = window.value.from;
  p.draw_to = window.value.to;
  // The defense and the members' briefing on the working day before the meeting.
  if (with_defense) p.defense = p.draw_to;
  auto s = core::compute_round_schedule(cal, level, notice, p.defense, meeting);
  if (!s.ok()) return refused(reason(s.outcome));
  p.deadline = s.value.application_deadline;
  p.joint_deadline = s.value.joint_review_deadline;

  Steps st{cal, {}};
  p.apply = st.after(notice, 1);
  p.unit_publicity = st.after(notice, 2);
  p.unit_publicity_end = st.take(core::publicity_end(cal, p.unit_publicity));
  p.recommend = st.after(p.unit_publicity_end, 1);
  p.dept_review = st.after(p.recommend, 1);
  p.joint_review = st.after(p.dept_review, 1);
  p.commit = st.before(p.draw_from, 1);
  p.training = p.draw_to;
  if (until != Until::meeting) {
    p.committee_publicity = st.after(meeting, 1);
    p.committee_publicity_end = st.take(core::publicity_end(cal, p.committee_publicity));
  }
  if (until == Until::certificates) {
    p.document = st.after(p.committee_publicity_end, 1);
    p.certificates = st.after(p.document, 1);
    p.handover_unit = st.after(p.certificates, 1);
    p.handover_person = st.after(p.certificates, 2);
    p.replacement = st.after(p.certificates, 3);
  }
  if (!st.ok()) return refused(st.why);
  // The demo's own order: recommendations inside the window, the meeting after the joint review.
  if (p.recommend > p.deadline)
    return refused("单位推荐（" + p.recommend.str() + "）晚于申报截止日 " + p.deadline.str());
  if (p.joint_deadline >= p.draw_from)
    return refused("联审截止日 " + p.joint_deadline.str() + " 不早于评委抽取期 " + p.draw_from.str());
  return Try{p, ""};
}

// An intermediate committee's November round of `year`, finished (certificates and the
// replacement of a lost one) before today.
Try closed_round(const WorkCalendar& cal, Date today, int year) {
  Steps st{cal, {}};
  const Date notice = st.take(cal.nth_workday_on_or_after(Date{year, 9, 1}, 1));
  const Date meeting = st.take(cal.nth_workday_on_or_after(Date{year, 11, 1}, 5));
  if (!st.ok()) return refused(st.why);
  Try t = build(cal, core::CommitteeLevel::intermediate, notice, meeting, true, Until::certificates);
  if (t.plan && !(t.plan->replacement < today))
    return refused(std::to_string(year) + " 年中评会 11 月评审（" + meeting.str() +
                   "）的公示、发文和发证到 " + t.plan->replacement.str() + " 才全部完成");
  return t;
}

// A senior round whose committee publicity runs on today (started 2 working days before).
Try publicity_round(const WorkCalendar& cal, Date today) {
  Steps st{cal, {}};
  const Date start = st.on_or_before(today, 3);
  const Date meeting = st.before(start, 1);
  if (!st.ok()) return refused(st.why);
  auto end = core::publicity_end(cal, start);
  if (!end.ok() || end.value.year != today.year)
    return refused("R-CAL-YEAR（§六(五)(六)）：今天仍在公示期内的评审结果公示（" + start.str() +
                   " 起 5 个工作日）将跨入下一年度，评审工作不得跨年");
  const int since = meeting.year == today.year ? workdays_since_new_year(cal, meeting) : 0;
  constexpr int kLead = 40;  // notice → meeting: window 20, joint review 10, then the draw
  if (since < kLead)
    return refused("R-CAL-YEAR（§六(五)(六)）：评审须在一个年度内完成，" + std::to_string(today.year) +
                   " 年至今的工作日不足以完成申报、审核和评审会议（约 " + std::to_string(kLead) +
                   " 个工作日）");
  const Date notice = st.before(meeting, kLead);
  if (!st.ok()) return refused(st.why);
  Try t = build(cal, core::CommitteeLevel::senior, notice, meeting, true, Until::publicity);
  if (t.plan && (t.plan->committee_publicity > today || t.plan->committee_publicity_end < today))
    return refused("评审结果公示 " + t.plan->committee_publicity.str() + " 至 " +
                   t.plan->committee_publicity_end.str() + " 不含今天");
  return t;
}

// A senior round in review: the application deadline 2 working days ago, the joint review ahead.
Try review_round(const WorkCalendar& cal, Date today) {
  Steps st{cal, {}};
  const Date deadline = st.before(today, 2);
  if (!st.ok()) return refused(st.why);
  constexpr int kWindow = 20;
  if (deadline.year != today.year || workdays_since_new_year(cal, deadline) < kWindow)
    return refused("R-CAL-YEAR（§六(五)(六)）：评审须在一个年度内完成，" + std::to_string(today.year) +
                   " 年至今不足 20 个工作日，尚无申报已截止的批次");
  const Date notice = st.before(deadline, kWindow);
  if (!st.ok()) return refused(st.why);
  auto joint = core::joint_review_deadline(cal, deadline);
  if (!joint.ok() || joint.value.year != today.year)
    return refused("R-CAL-YEAR（§六(五)(六)）：申报截止于 " + deadline.str() +
                   " 的批次，联审（其后 10 个工作日）已跨入下一年度");
  const Date meeting = st.after(joint.value, 5);
  if (!st.ok() || meeting.year != today.year)
    return refused("R-CAL-YEAR（§六(五)(六)）：联审截止日 " + joint.value.str() +
                   " 之后，年内已无足够的工作日抽取评委、召开评审会议");
  return build(cal, core::CommitteeLevel::senior, notice, meeting, false, Until::meeting);
}

// A senior round whose application window is open today: the latest notice (6 working
// days ago or earlier) whose joint review and meeting still fall within the year.
Try open_round(const WorkCalendar& cal, Date today) {
  for (int k : {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 5, 4, 3, 2, 1}) {
    Steps st{cal, {}};
    const Date notice = st.on_or_before(today, k);
    if (!st.ok() || notice.year != today.year) continue;
    auto deadline = core::application_deadline(cal, notice);
    if (!deadline.ok() || deadline.value < today) continue;
    auto joint = core::joint_review_deadline(cal, deadline.value);
    if (!joint.ok()) continue;
    const Date meeting = st.after(joint.value, 5);
    if (!st.ok()) continue;
    Try t = build(cal, core::CommitteeLevel::senior, notice, meeting, false, Until::meeting);
    if (!t.plan) continue;
    if (t.plan->apply > today) t.plan->apply = today;
    return t;
  }
  if (workdays_since_new_year(cal, today) == 0)
    return refused("R-CAL-YEAR（§六(五)(六)）：" + std::to_string(today.year) +
                   " 年尚无工作日，本年度的批次还不能发文");
  return refused(
      "R-CAL-YEAR（§六(五)(六)）：评审须在当年 12 月 31 日前完成，今天仍在申报期内的批次（发文后 20 "
      "个工作日申报、再 10 个工作日联审，然后抽取评委、召开评审会议）已无法在 " +
      std::to_string(today.year) + " 年内完成");
}

}  // namespace

Plan make_plan(const WorkCalendar& cal, Date today) {
  Plan plan;
  plan.today = today;
  const std::string y = std::to_string(today.year);

  std::string closed_why;
  for (int year : {today.year, today.year - 1}) {
    Try t = closed_round(cal, today, year);
    if (t.plan) {
      plan.closed = t.plan;
      break;
    }
    closed_why += (closed_why.empty() ? "" : "；") + t.why;
  }
  if (!plan.closed) plan.notes.push_back("已结束的批次：无法安排（" + closed_why + "）");

  if (!cal.has_year(today.year)) {
    plan.notes.push_back("申报中、审核中、公示中的批次：" + reason(core::missing_calendar_year(today.year)) +
                         "。系统管理员录入 " + y + " 年的节假日安排后即可新建本年度批次");
  } else {
    const struct {
      std::optional<RoundPlan>* slot;
      std::function<Try(const WorkCalendar&, Date)> make;
      const char* name;
    } stages[] = {{&plan.publicity, publicity_round, "评审结果公示中的批次"},
                  {&plan.review, review_round, "审核中的批次"},
                  {&plan.open, open_round, "申报中的批次"}};
    for (const auto& s : stages) {
      Try t = s.make(cal, today);
      if (t.plan)
        *s.slot = t.plan;
      else
        plan.notes.push_back(std::string(s.name) + "：今天（" + today.str() + "）无法安排（" + t.why + "）");
    }
  }

  // The records are entered three weeks before the first notice.
  plan.setup = today;
  for (const auto* r : {&plan.closed, &plan.publicity, &plan.review, &plan.open})
    if (*r && (*r)->notice.plus_days(-21) < plan.setup) plan.setup = (*r)->notice.plus_days(-21);
  return plan;
}

}  // namespace zp::app::demo
