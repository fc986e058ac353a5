// The review meeting 评审会议 (§四, §八(四)(五)): the members' briefing
// (R-MEET-TRAINING), the meeting with its attendance (R-MEET-QUORUM: only the round's
// drawn meeting members count), supervisors (R-SUPERVISE), the basis of deliberation
// per applicant (R-MEET-BASIS), remark summaries and the minutes (R-MEET-RECORD).
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "app/defense.h"
#include "core/date.h"
#include "store/database.h"

namespace zp::app {

// POST /api/v1/rounds/{id}/training {date, content, attendees}.
boost::json::object record_training(const Context& ctx, const Actor& actor, const std::string& round_id,
                                    core::Date date, const std::string& content,
                                    const std::vector<std::string>& attendees);

struct NewMeeting {
  core::Date date;
  std::vector<std::string> present;
  std::string chair_id, recorder;
  std::vector<Supervisor> supervisors;
};
// POST /api/v1/rounds/{id}/meeting.
boost::json::object record_meeting(const Context& ctx, const Actor& actor, const std::string& round_id,
                                   const NewMeeting& in);
// POST /api/v1/rounds/{id}/basis {application_id, material_review, group_opinion}.
boost::json::object record_basis(const Context& ctx, const Actor& actor, const std::string& round_id,
                                 const std::string& application_id, const std::string& material_review,
                                 const std::string& group_opinion);
// POST /api/v1/rounds/{id}/remarks {summary}.
boost::json::object record_remarks(const Context& ctx, const Actor& actor, const std::string& round_id,
                                   const std::string& summary);
// GET /api/v1/rounds/{id}/minutes (office, supervisor).
boost::json::object get_minutes(const Context& ctx, const Actor& actor, const std::string& round_id);

// The round's meeting as stored (for votes): present members; nullopt when none.
struct MeetingInfo {
  core::Date date;
  std::vector<std::string> present;
  std::string chair_id, recorder;
  bool quorate = false;
};
std::optional<MeetingInfo> load_meeting(store::Tx& tx, const std::string& round_id);

}  // namespace zp::app
