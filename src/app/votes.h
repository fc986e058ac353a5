// The secret ballot 无记名投票 (§四(四)): opening a vote at a quorate meeting
// (R-MEET-QUORUM, R-DEF-GATE, R-MEET-BASIS), ballots by attending members only and once
// (R-VOTE-ATTEND), paper tallies, closing with R-VOTE-PASS, receipts, the supervisors'
// board and a signed audit checkpoint at the close.
//
// R-VOTE-SECRET: who voted (vote_voters) and what was voted (ballots) share nothing but
// the vote id. A ballot row has a random id, the SM3 of its receipt and its choices: no
// voter, no time. Slots are created at opening and a ballot fills one picked at random.
// Nothing is audited per ballot; the close audits the voters as a sorted set, their
// count and the SM3 of the ballots (issue 15, finding 4). Nothing about choices (board,
// tally) is readable before the close; turnout is a count only.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

// POST /api/v1/rounds/{id}/votes {application_ids} → {id}.
boost::json::object open_vote(const Context& ctx, const Actor& actor, const std::string& round_id,
                              const std::vector<std::string>& application_ids);
// POST /api/v1/votes/{id}/ballots {choices} (expert present at the meeting) → {receipt}.
boost::json::object cast_ballot(const Context& ctx, const Actor& actor, const std::string& vote_id,
                                const std::map<std::string, std::string>& choices);
struct PaperCount {
  std::string application_id;
  int yes = 0, no = 0, abstain = 0;
};
// POST /api/v1/votes/{id}/paper-tally (committee office).
boost::json::object record_paper_tally(const Context& ctx, const Actor& actor, const std::string& vote_id,
                                       const std::vector<PaperCount>& counts);
// POST /api/v1/votes/{id}/early-close {reason}: the meeting's chair records why the vote
// may close before every present member has voted (audited, shown to the supervisor).
boost::json::object record_early_close(const Context& ctx, const Actor& actor, const std::string& vote_id,
                                       const std::string& reason);
// POST /api/v1/votes/{id}/close → {results}. An electronic vote with fewer ballots than
// members present closes only after record_early_close (R-VOTE-ATTEND refusal otherwise).
boost::json::object close_vote(const Context& ctx, const Actor& actor, const std::string& vote_id);
// GET /api/v1/votes/{id}: results only where R-MEET-SECRECY allows.
boost::json::object get_vote(const Context& ctx, const Actor& actor, const std::string& vote_id);
// GET /api/v1/votes/{id}/receipts/{receipt} → {counted}.
boost::json::object check_receipt(const Context& ctx, const std::string& vote_id, const std::string& receipt);
// GET /api/v1/votes/{id}/board (supervisor, title office): ballots and recomputed tally
// after the close only; while open, the turnout count.
boost::json::object vote_board(const Context& ctx, const Actor& actor, const std::string& vote_id);

}  // namespace zp::app
