// Publicity 公示 and objections (§五): duration, the two stages, the unit publicity's
// content, objection form and handling.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/violation.h"

namespace zp::core {

// R-PUB-DURATION: a publicity lasts 5 working days from its announced first day (which
// counts when a working day): end = the 5th working day on or after `start`.
Checked<Date> publicity_end(const WorkCalendar& cal, Date start);

enum class PublicityStage { unit, committee };
std::string_view code(PublicityStage s);  // "unit" | "committee"

// A publicity as recorded.
struct PublicityFacts {
  std::string id;
  PublicityStage stage = PublicityStage::unit;
  Date start, end;                              // end from publicity_end
  std::vector<std::string> application_ids;     // who it lists
};
// Finished: today is after the end date.
inline bool publicity_finished(const PublicityFacts& p, Date today) { return today > p.end; }

enum class ObjectionStatus { registered, late, anonymous };
std::string_view code(ObjectionStatus s);  // "registered" | "late" | "anonymous"

struct ObjectionFacts {
  std::string application_id;
  ObjectionStatus status = ObjectionStatus::registered;
  bool resolved = false;
  bool upheld = false;                 // resolved and found true
  std::optional<Date> resolved_on;     // the day it was resolved
};
// R-OBJ-HANDLE: an open registered objection blocks; anonymous and late ones do not.
inline bool objection_blocks(const ObjectionFacts& o) {
  return o.status == ObjectionStatus::registered && !o.resolved;
}

// R-PUB-TWO-STAGE stage 1: a recommendation needs a finished unit publicity that lists
// the application, and no open registered objection against it (R-OBJ-HANDLE).
Outcome check_recommendation(const std::string& application_id,
                             const std::vector<PublicityFacts>& publicities,
                             const std::vector<ObjectionFacts>& objections, Date today);
// Stage 2: documents need a finished committee publicity listing each passed
// application, and no open registered objection against any of them.
Outcome check_documents(const std::vector<std::string>& passed_application_ids,
                        const std::vector<PublicityFacts>& publicities,
                        const std::vector<ObjectionFacts>& objections, Date today);

// R-PUB-UNIT-CONTENT: the per-person fields of a unit publicity (keys of API/JSON),
// the post counts it shows, and the personal data that is never shown.
const std::vector<std::string_view>& unit_publicity_person_fields();
const std::vector<std::string_view>& unit_publicity_post_fields();
const std::vector<std::string_view>& never_public_fields();
// `fields` maps field name → displayed value for one person; missing or blank required
// fields and any never-public field are violations.
Outcome check_unit_publicity_person(const std::map<std::string, std::string>& fields);
struct PostCounts {
  int senior_total = 0, senior_vacant = 0, intermediate_total = 0, intermediate_vacant = 0;
};
Outcome check_unit_publicity_posts(const std::optional<PostCounts>& posts);

// R-OBJ-FORM: registered when signed with a real name and a contact and received on or
// before the end date; late when received after it; anonymous when name or contact is
// missing. An anonymous objection is `anonymous` even when also late: it cannot be
// answered in writing to anyone, which is the stronger defect; neither blocks.
ObjectionStatus classify_objection(std::string_view name, std::string_view contact, Date received,
                                   Date publicity_end);
// The status with a warning naming why it does not block (for the response).
Checked<ObjectionStatus> register_objection(std::string_view name, std::string_view contact,
                                            Date received, Date publicity_end);

// R-OBJ-HANDLE: resolving needs a finding and a written reply.
Outcome check_resolution(const std::string& finding, const std::string& reply);

}  // namespace zp::core
