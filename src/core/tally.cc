#include "core/tally.h"

#include <array>
#include <string>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {

// R-VOTE-PASS: 「出席会议人员三分之二以上通过方能有效」 (以上含本数).
bool vote_passes(int yes, int present) {
  const auto& p = params_on(Date{2018, 8, 26});
  return present > 0 && yes * p.pass_den.value >= p.pass_num.value * present;
}

int approvals_needed(int present) {
  // ceil(2 × present / 3)
  return (2 * present + 2) / 3;
}

std::vector<TallyResult> tally(int present, int applications, std::span<const Choice> choices) {
  std::vector<TallyResult> out(applications > 0 ? applications : 0);
  if (applications <= 0) return out;
  // Counts per application per choice, accumulated in one pass over the ballots.
  std::vector<std::array<int, 4>> counts(applications, std::array<int, 4>{});
  const std::size_t n = choices.size() - choices.size() % applications;
  for (std::size_t i = 0; i < n; i += applications) {
    for (int a = 0; a < applications; ++a)
      ++counts[a][static_cast<std::uint8_t>(choices[i + a]) & 3];
  }
  for (int a = 0; a < applications; ++a) {
    auto& r = out[a];
    r.present = present;
    r.yes = counts[a][1];
    r.no = counts[a][2];
    r.abstain = counts[a][3];
    r.passed = vote_passes(r.yes, present);
  }
  return out;
}

Outcome check_paper_tally(int present, int yes, int no, int abstain) {
  Outcome o;
  // R-VOTE-ATTEND: 「未出席评审会议的委员不得投票或补充投票」 — totals cannot exceed attendance.
  if (yes < 0 || no < 0 || abstain < 0)
    fail(o, rule::kVoteAttend, "票数不能为负数");
  else if (yes + no + abstain > present)
    fail(o, rule::kVoteAttend,
         "同意 " + std::to_string(yes) + "、不同意 " + std::to_string(no) + "、弃权 " +
             std::to_string(abstain) + "，合计 " + std::to_string(yes + no + abstain) +
             " 票，超过出席人数 " + std::to_string(present) + " 人");
  return o;
}

TallyResult paper_result(int present, int yes, int no, int abstain) {
  return {present, yes, no, abstain, vote_passes(yes, present)};
}

BallotAdmission admit_ballot(const std::string& voter, const std::set<std::string>& present,
                             const std::set<std::string>& already_voted) {
  BallotAdmission r;
  // R-VOTE-ATTEND: only members present vote, once each.
  if (!present.count(voter)) {
    r.absent = true;
    fail(r.outcome, rule::kVoteAttend, "未出席评审会议的委员不得投票或补充投票");
  } else if (already_voted.count(voter)) {
    r.repeat = true;
    fail(r.outcome, rule::kVoteAttend, "每位出席委员只能投票一次，已投过票");
  }
  return r;
}

Outcome check_ballot_count(int ballots, int present) {
  Outcome o;
  if (ballots > present)
    fail(o, rule::kVoteAttend,
         "收回选票 " + std::to_string(ballots) + " 张，超过出席人数 " + std::to_string(present) + " 人");
  return o;
}

}  // namespace zp::core
