// Read models of the public portal (no login; docs/web.md): the year's calendar of
// milestones from the rounds, and the publicities with their state and objection
// deadline as of the server's today. Nothing confidential: no rosters, no pools, no
// drawn members (R-COM-CONFIDENTIAL), no office-internal windows.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "app/context.h"

namespace zp::app {

// GET /api/v1/public/calendar?year=YYYY →
// {year, today, rounds:[{round_id, committee_id, committee_name, committee_level, series,
//   notice_date, application_deadline, joint_review_deadline, defense_date|null, meeting_date,
//   publicities:[{id, stage, unit, start_date, end_date}], certificate_deadline|null,
//   milestones:[{key, name, date, end_date?}] (by date)}]}
boost::json::object public_calendar(const Context& ctx, int year);

// GET /api/v1/public/publicities?round_id=&state=upcoming|running|ended: the public list
// with, per publicity, committee_name, series, level, state and objection_deadline
// (the publicity's last day: objections received later are registered as late,
// R-OBJ-FORM). state "" = all.
boost::json::array public_publicities(const Context& ctx, const std::string& round_id, const std::string& state);
// GET /api/v1/public/publicities/{id}: the same fields and the persons.
boost::json::object public_publicity(const Context& ctx, const std::string& id);

}  // namespace zp::app
