#include "core/tally.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace zp::core {
namespace {

TEST(R_VOTE_PASS, TwoThirdsOfAttendingIntegerArithmetic) {
  EXPECT_FALSE(vote_passes(11, 17));
  EXPECT_TRUE(vote_passes(12, 17));
  EXPECT_FALSE(vote_passes(12, 19));
  EXPECT_TRUE(vote_passes(13, 19));
  EXPECT_FALSE(vote_passes(8, 13));
  EXPECT_TRUE(vote_passes(9, 13));
  EXPECT_FALSE(vote_passes(13, 20));
  EXPECT_TRUE(vote_passes(14, 20));
  EXPECT_TRUE(vote_passes(14, 21));   // exactly 2/3 passes (以上含本数)
  EXPECT_FALSE(vote_passes(0, 0));
  for (int n : {13, 17, 19, 20, 21, 25}) {
    EXPECT_TRUE(vote_passes(approvals_needed(n), n)) << n;
    EXPECT_FALSE(vote_passes(approvals_needed(n) - 1, n)) << n;
  }
  EXPECT_EQ(approvals_needed(17), 12);
  EXPECT_EQ(approvals_needed(19), 13);
  EXPECT_EQ(approvals_needed(13), 9);
  EXPECT_EQ(approvals_needed(20), 14);
}

TEST(R_VOTE_PASS, TallyCountsPerApplication) {
  // 17 present, 2 applications; app 0 gets 12 yes, app 1 gets 11 yes.
  std::vector<Choice> c;
  for (int v = 0; v < 17; ++v) {
    c.push_back(v < 12 ? Choice::yes : (v < 16 ? Choice::no : Choice::abstain));
    c.push_back(v < 11 ? Choice::yes : Choice::no);
  }
  auto r = tally(17, 2, c);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (TallyResult{17, 12, 4, 1, true}));
  EXPECT_EQ(r[1], (TallyResult{17, 11, 6, 0, false}));
}

TEST(R_VOTE_SECRET, TallyDependsOnlyOnTheMultisetOfBallots) {
  // A secret ballot: the tally sees ballots, never voters, so the result is the count of
  // each choice over the ballots, whatever their order. Counted here by hand from the
  // ballots, so a counter that is constant, skips or weights a ballot, or depends on the
  // order (i.e. could tell whose ballot came first) fails.
  std::mt19937 rng(7);
  const int voters = 19, apps = 6;
  std::vector<std::vector<Choice>> ballots(voters, std::vector<Choice>(apps));
  for (auto& b : ballots)
    for (auto& x : b) x = static_cast<Choice>(rng() % 4);
  std::vector<TallyResult> expected(apps);
  for (int a = 0; a < apps; ++a) {
    auto& e = expected[a];
    e.present = voters;
    for (const auto& b : ballots) {
      e.yes += b[a] == Choice::yes;
      e.no += b[a] == Choice::no;
      e.abstain += b[a] == Choice::abstain;
    }
    e.passed = 3 * e.yes >= 2 * voters;
  }
  auto flat = [&] {
    std::vector<Choice> f;
    for (auto& b : ballots) f.insert(f.end(), b.begin(), b.end());
    return f;
  };
  EXPECT_EQ(tally(voters, apps, flat()), expected);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(ballots.begin(), ballots.end(), rng);
    ASSERT_EQ(tally(voters, apps, flat()), expected) << "after shuffle " << round;
  }
  // Reversed, and each ballot moved to the front in turn: every order gives one result.
  std::reverse(ballots.begin(), ballots.end());
  EXPECT_EQ(tally(voters, apps, flat()), expected);
  for (int v = 1; v < voters; ++v) {
    std::rotate(ballots.begin(), ballots.begin() + 1, ballots.end());
    ASSERT_EQ(tally(voters, apps, flat()), expected) << "rotation " << v;
  }
}

TEST(R_VOTE_SECRET, HandCountedSmallBoard) {
  // 3 present, 2 applications; ballots (yes, no), (yes, none), (abstain, yes).
  const std::vector<Choice> c{Choice::yes, Choice::no, Choice::yes, Choice::none, Choice::abstain, Choice::yes};
  const auto r = tally(3, 2, c);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], (TallyResult{3, 2, 0, 1, true}));    // 2 of 3 = two thirds
  EXPECT_EQ(r[1], (TallyResult{3, 1, 1, 0, false}));   // a blank choice counts in none
  // The same ballots in another order: the same board.
  const std::vector<Choice> d{Choice::abstain, Choice::yes, Choice::yes, Choice::no, Choice::yes, Choice::none};
  EXPECT_EQ(tally(3, 2, d), r);
}

TEST(R_VOTE_ATTEND, OnlyPresentMembersOnce) {
  const std::set<std::string> present{"a", "b"};
  auto absent = admit_ballot("c", present, {});
  EXPECT_TRUE(absent.outcome.has("R-VOTE-ATTEND"));
  EXPECT_TRUE(absent.absent);
  auto again = admit_ballot("a", present, {"a"});
  EXPECT_TRUE(again.outcome.has("R-VOTE-ATTEND"));
  EXPECT_TRUE(again.repeat);
  EXPECT_TRUE(admit_ballot("b", present, {"a"}).outcome.ok());
  EXPECT_TRUE(check_ballot_count(17, 17).ok());
  EXPECT_TRUE(check_ballot_count(18, 17).has("R-VOTE-ATTEND"));
}

TEST(R_VOTE_ATTEND, PaperTallyNotAboveAttendance) {
  EXPECT_TRUE(check_paper_tally(17, 12, 4, 1).ok());
  EXPECT_TRUE(check_paper_tally(17, 12, 5, 1).has("R-VOTE-ATTEND"));
  EXPECT_TRUE(check_paper_tally(17, -1, 5, 1).has("R-VOTE-ATTEND"));
  EXPECT_TRUE(paper_result(17, 12, 5, 0).passed);
  EXPECT_FALSE(paper_result(17, 11, 5, 1).passed);
}

}  // namespace
}  // namespace zp::core
