// Secret-ballot tally (R-VOTE-PASS, R-VOTE-ATTEND, R-VOTE-SECRET).
//
// A ballot holds one choice per application and nothing else: no voter, no time, no
// order key. Who voted is kept apart (the attendance check below takes the voter's id,
// the tally never does), so no result can be linked back to a voter (R-VOTE-SECRET,
// 「采取无记名投票表决」).
#pragma once

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/violation.h"

namespace zp::core {

enum class Choice : std::uint8_t { none = 0, yes = 1, no = 2, abstain = 3 };

// R-VOTE-PASS: 3 × approvals ≥ 2 × attending (「出席会议人员三分之二以上通过」).
// Needs present > 0.
bool vote_passes(int yes, int present);
// The smallest number of approvals that passes with `present` attending.
int approvals_needed(int present);

struct TallyResult {
  int present = 0;
  int yes = 0;
  int no = 0;
  int abstain = 0;  // explicit abstentions; members who cast nothing are in none of the three
  bool passed = false;
  bool operator==(const TallyResult&) const = default;
};

// Tallies `choices`, laid out ballot-major: ballot b's choice for application a is
// choices[b * applications + a]. `present` is the attendance the threshold uses.
// REQUIRES choices.size() % applications == 0. O(ballots × applications), no allocation
// beyond the result.
std::vector<TallyResult> tally(int present, int applications, std::span<const Choice> choices);

// Paper tally (R-VOTE-ATTEND): counts are non-negative and yes + no + abstain ≤ present.
Outcome check_paper_tally(int present, int yes, int no, int abstain);
// A paper tally's result for one application.
TallyResult paper_result(int present, int yes, int no, int abstain);

// R-VOTE-ATTEND: a voter must be present and vote once. `absent` tells the caller which
// of the two failed (the API answers 403 for absence, 422 for a second ballot).
struct BallotAdmission {
  Outcome outcome;
  bool absent = false;
  bool repeat = false;
};
BallotAdmission admit_ballot(const std::string& voter, const std::set<std::string>& present,
                             const std::set<std::string>& already_voted);

// Number of ballots cast must not exceed attendance (R-VOTE-ATTEND).
Outcome check_ballot_count(int ballots, int present);

}  // namespace zp::core
