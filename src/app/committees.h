// Committees 评委会 (§一): setup applications, creation, filing, the public list.
// Rules are core/committee_rules.h; this file stores and audits.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "core/committee_rules.h"
#include "store/database.h"

namespace zp::app {

struct NewCommittee {
  std::string name;
  std::string level;  // senior | intermediate
  std::string series;
  std::vector<std::string> specialties;
  std::vector<std::string> evaluates;  // level codes
  std::string approving_authority;
  std::string host_org_id;
  std::string personnel_scope;
  std::string contact_phone;
};

// A committee setup application (R-COM-SETUP) carries the committee's fields too.
struct NewCommitteeApplication {
  NewCommittee committee;
  std::string workforce_status, reason, specialty_scope;
  int workforce = 0;
  std::optional<bool> evaluates_lower;
  bool specialty_based = false;
  std::vector<std::string> rule_documents;
};

// A stored committee as the other services need it.
struct CommitteeRecord {
  std::string id, name;
  core::CommitteeFacts facts;
  std::string status;
};
std::optional<CommitteeRecord> load_committee(store::Tx& tx, const std::string& id);
// 404 when missing.
CommitteeRecord require_committee(store::Tx& tx, const std::string& id);

// The committee's own office (committee_office bound to it) or the title office.
bool manages_committee(const Actor& a, const std::string& committee_id);
// R-COM-CONFIDENTIAL: 403 with the rule unless the actor may see the committee's
// members (own office, title office = approving authority, supervisor).
void require_confidential_access(const Actor* a, const std::string& committee_id);

// POST /api/v1/committees (title_office).
boost::json::object create_committee(const Context& ctx, const Actor& actor, const NewCommittee& in);
// POST /api/v1/committee-applications (title_office) and its decision.
boost::json::object create_committee_application(const Context& ctx, const Actor& actor,
                                                 const NewCommitteeApplication& in);
boost::json::object get_committee_application(const Context& ctx, const Actor& actor, const std::string& id);
boost::json::object approve_committee_application(const Context& ctx, const Actor& actor,
                                                  const std::string& id);
// POST /api/v1/committees/{id}/filing (title_office) {filed_on, doc_no?}.
boost::json::object file_committee(const Context& ctx, const Actor& actor, const std::string& id,
                                   core::Date filed_on, const std::string& doc_no);
// GET /api/v1/committees (public, R-COM-PUBLIC-LIST) and /{id}: no member data.
boost::json::array list_committees(const Context& ctx);
boost::json::object get_committee(const Context& ctx, const std::string& id);

// JSON text of a string array, and back (stored data).
std::string json_strings(const std::vector<std::string>& v);
std::vector<std::string> strings_from_json(const std::string& text);

}  // namespace zp::app
