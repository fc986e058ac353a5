// Rosters 评委会委员名单 per committee and year (§一(三)(四)), rotation reports, and the
// mapping of a person's stored profile into the core facts the rules need.
// Confidential (R-COM-CONFIDENTIAL): only the committee's own office, the title office
// and supervisors read a roster.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "app/person_model.h"
#include "core/committee_rules.h"
#include "core/pool_rules.h"

namespace zp::app {

struct RosterMemberInput {
  std::string person_id;
  std::string role;  // chair | vice_chair | member
  bool professional = false;
};

// The person's qualification relevant to the committee: the highest one in its series
// (and specialties when it lists any), else the highest overall. nullptr when none.
const Qualification* relevant_qualification(const PersonInput& p, const core::CommitteeFacts& c);
// Member facts from the stored profile (title, appointment since, degree, birth).
core::MemberFacts member_facts(const std::string& person_id, const PersonInput& p,
                               const core::CommitteeFacts& c, core::RosterRole role, bool professional,
                               core::Date today);
// Expert facts from the stored profile (for R-POOL-EXCLUDE / R-POOL-ELIGIBLE).
core::ExpertFacts expert_facts(const std::string& person_id, const PersonInput& p);

// Person ids of the committee's roster of `year`; nullopt when none was set.
std::optional<std::vector<std::string>> roster_ids(store::Tx& tx, const std::string& committee_id, int year);
// Replaces the roster (no checks, no audit): for a meeting draw that already satisfied them.
void store_roster(const Context& ctx, store::Tx& tx, const std::string& committee_id, int year,
                  const std::vector<RosterMemberInput>& members, const std::string& source);

// PUT /api/v1/committees/{id}/roster/{year}: 200 {warnings} or 422 with every failed rule.
boost::json::object put_roster(const Context& ctx, const Actor& actor, const std::string& committee_id,
                               int year, const std::vector<RosterMemberInput>& members);
// GET /api/v1/committees/{id}/roster/{year} (confidential).
boost::json::object get_roster(const Context& ctx, const Actor& actor, const std::string& committee_id,
                               int year);
// POST /api/v1/committees/{id}/roster/{year}/rotation-report {submitted_on} (R-COM-ROTATION).
boost::json::object record_rotation_report(const Context& ctx, const Actor& actor,
                                           const std::string& committee_id, int year,
                                           core::Date submitted_on);

}  // namespace zp::app
