// Helpers shared by the evaluation services (defense, meeting, votes, documents):
// refusals carrying one rule, the round's office check, JSON of stored columns and
// the R-MEET-SECRECY visibility test.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "app/error.h"
#include "app/rounds.h"
#include "core/rule_ids.h"
#include "store/database.h"

namespace zp::app {

[[noreturn]] inline void refuse(core::Rule r, const std::string& message) {
  throw Failure(Category::rule_violation, message, {{r.id, r.section, message}});
}
[[noreturn]] inline void forbid_rule(core::Rule r, const std::string& message) {
  throw Failure(Category::forbidden, message, {{r.id, r.section, message}});
}

// The round (404 when missing).
RoundInfo round_or_404(store::Tx& tx, const std::string& round_id);
// The committee office of the round's committee, or the title office; else 403.
void require_round_office(const Actor& actor, const RoundInfo& round);
bool is_round_office(const Actor& actor, const RoundInfo& round);

// A stored JSON column (trusted), or `dflt` when it does not parse.
boost::json::value parse_stored(const std::string& s, boost::json::value dflt = nullptr);
std::vector<std::string> stored_strings(const std::string& s);

// R-MEET-SECRECY: vote outcomes of the round are visible to the committee office, the
// title office and supervisors; to everyone else only once the committee publicity of
// the round has started.
bool outcomes_visible(const Context& ctx, store::Tx& tx, const Actor* actor, const RoundInfo& round);

}  // namespace zp::app
