// Rule tests of the constrained draw, named after the rule each one exercises.
#include "core/draw.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace zp::core {
namespace {

PoolEntry expert(std::string id, std::string unit, std::vector<std::string> specs, Level level,
                 bool previous = false, bool recused = false) {
  PoolEntry e;
  e.person_id = std::move(id);
  e.unit_id = std::move(unit);
  e.specialties = std::move(specs);
  e.level = level;
  e.on_previous_roster = previous;
  e.recused = recused;
  return e;
}

std::string pid(int i) {
  std::string s = std::to_string(i);
  return "p" + std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
}

// `fresh` new and `returning` previous-roster senior experts, units u0..u9.
DrawInputs senior_meeting(int fresh, int returning, int size = 19) {
  std::vector<PoolEntry> v;
  for (int i = 0; i < fresh + returning; ++i)
    v.push_back(expert(pid(i), "u" + std::to_string(i % 10), {i % 2 ? "内科" : "外科"},
                       i % 3 ? Level::deputy_senior : Level::full_senior, i >= fresh));
  DrawInputs in;
  in.pool = make_pool_snapshot(std::move(v)).value;
  in.seed = "seed-0";
  in.constraints.purpose = DrawPurpose::meeting;
  in.constraints.size = size;
  in.constraints.committee_level = CommitteeLevel::senior;
  in.constraints.has_previous_roster = true;
  in.constraints.fixed = {{pid(0), FixedRole::chair}, {pid(1), FixedRole::vice_chair}};
  return in;
}

int count_new(const DrawInputs& in, const std::vector<std::string>& members) {
  int n = 0;
  for (const auto& id : members)
    for (const auto& e : in.pool.entries)
      if (e.person_id == id && !e.on_previous_roster) ++n;
  return n;
}

const Violation* find_rule(const Outcome& o, const std::string& rule) {
  for (const auto& v : o.violations)
    if (v.rule == rule) return &v;
  return nullptr;
}

TEST(R_COM_ROTATION, BoundsAreThirtyToSixtyPercentInclusive) {
  EXPECT_EQ(rotation_bounds(19).min_new, 6);
  EXPECT_EQ(rotation_bounds(19).max_new, 11);
  EXPECT_EQ(rotation_bounds(20).min_new, 6);
  EXPECT_EQ(rotation_bounds(20).max_new, 12);
  EXPECT_EQ(rotation_bounds(25).min_new, 8);
  EXPECT_EQ(rotation_bounds(25).max_new, 15);
  EXPECT_EQ(rotation_bounds(15).min_new, 5);
  EXPECT_EQ(rotation_bounds(15).max_new, 9);
}

TEST(R_COM_ROTATION, DrawNewMembersWithinThirtyToSixtyPercent) {
  auto in = senior_meeting(40, 30);
  std::set<int> seen;
  for (int s = 0; s < 300; ++s) {
    in.seed = "rot-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok()) << r.outcome.violations[0].message;
    const int n = count_new(in, r.value.members);
    EXPECT_EQ(n, r.value.new_members);
    EXPECT_GE(10 * n, 3 * 19);
    EXPECT_LE(10 * n, 6 * 19);
    seen.insert(n);
  }
  EXPECT_EQ(seen, (std::set<int>{6, 7, 8, 9, 10, 11}));  // every feasible k occurs
}

TEST(R_COM_ROTATION, SizeNineteenExactlySixNewWhenOnlySixAvailable) {
  auto in = senior_meeting(6, 30);  // fixed p0000, p0001 are new
  for (int s = 0; s < 50; ++s) {
    in.seed = "six-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(count_new(in, r.value.members), 6);
  }
}

TEST(R_COM_ROTATION, SizeNineteenExactlyElevenNewWhenOnlyEightReturning) {
  auto in = senior_meeting(40, 8);
  for (int s = 0; s < 50; ++s) {
    in.seed = "eleven-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(count_new(in, r.value.members), 11);
  }
}

TEST(R_COM_ROTATION, TooFewNewExpertsNamesTheRuleWithNumbers) {
  const auto r = draw(senior_meeting(4, 30));
  ASSERT_FALSE(r.ok());
  const Violation* v = find_rule(r.outcome, "R-COM-ROTATION");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->message, "上一年度名单外的合格专家仅 4 人，本次至少需更换 6 人");
  EXPECT_EQ(v->section, "§一(四)");
  EXPECT_TRUE(r.value.members.empty());
}

TEST(R_COM_ROTATION, TooFewReturningExpertsNamesTheRule) {
  const auto r = draw(senior_meeting(40, 7));
  ASSERT_FALSE(r.ok());
  const Violation* v = find_rule(r.outcome, "R-COM-ROTATION");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->message, "上一年度名单内的合格专家仅 7 人，本次至多更换 11 人，需留任至少 8 人");
}

TEST(R_COM_ROTATION, NoPreviousRosterMeansNoRotationBound) {
  auto in = senior_meeting(4, 30);
  in.constraints.has_previous_roster = false;
  EXPECT_TRUE(draw(in).ok());
}

TEST(R_COM_MEMBER_TITLE, SeniorCommitteeDrawsOnlySeniorTitles) {
  auto in = senior_meeting(40, 30);
  auto v = in.pool.entries;
  for (int i = 0; i < 30; ++i) v.push_back(expert("q" + std::to_string(i), "u1", {"内科"}, Level::intermediate));
  in.pool = make_pool_snapshot(v).value;
  for (int s = 0; s < 100; ++s) {
    in.seed = "title-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok());
    for (const auto& id : r.value.members) EXPECT_EQ(id[0], 'p');
  }
}

TEST(R_COM_MEMBER_TITLE, EvaluatingFullSeniorNeedsFullSeniorMembers) {
  auto in = senior_meeting(40, 30);
  in.constraints.evaluates_full_senior = true;
  in.constraints.fixed = {{pid(0), FixedRole::chair}, {pid(3), FixedRole::vice_chair}};
  for (int s = 0; s < 50; ++s) {
    in.seed = "full-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok()) << r.outcome.violations[0].message;
    for (const auto& id : r.value.members)
      for (const auto& e : in.pool.entries)
        if (e.person_id == id) EXPECT_EQ(e.level, Level::full_senior);
  }
  in.constraints.fixed[1].person_id = pid(1);  // 副高级
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.outcome.has("R-COM-MEMBER-TITLE"));
}

TEST(R_COM_MEMBER_TITLE, IntermediateCommitteeHalfSenior) {
  std::vector<PoolEntry> v;
  for (int i = 0; i < 60; ++i)
    v.push_back(expert(pid(i), "u" + std::to_string(i % 7), {"教育"},
                       i < 9 ? Level::deputy_senior : Level::intermediate, i % 2 == 0));
  DrawInputs in;
  in.pool = make_pool_snapshot(v).value;
  in.constraints.committee_level = CommitteeLevel::intermediate;
  in.constraints.size = 15;
  in.constraints.has_previous_roster = true;
  in.constraints.fixed = {{pid(0), FixedRole::chair}, {pid(1), FixedRole::vice_chair}};
  for (int s = 0; s < 100; ++s) {
    in.seed = "mid-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok()) << r.outcome.violations[0].message;
    int seniors = 0;
    for (const auto& id : r.value.members) seniors += id < pid(9) ? 1 : 0;
    EXPECT_GE(2 * seniors, 15);  // 8 or 9 of the 9 seniors
  }
  in.pool.entries.erase(in.pool.entries.begin() + 8);  // 8 seniors left for size 17
  in.constraints.size = 17;
  in.pool = make_pool_snapshot(in.pool.entries).value;
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  const Violation* bad = find_rule(r.outcome, "R-COM-MEMBER-TITLE");
  ASSERT_NE(bad, nullptr);
  EXPECT_EQ(bad->message, "具有高级职称的合格专家仅 8 人，中评会高级职称委员不得少于 9 人（1/2）");
}

TEST(R_COM_MEMBER_TITLE, TooFewTitledExperts) {
  auto in = senior_meeting(10, 5);
  in.constraints.has_previous_roster = false;
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.outcome.has("R-COM-MEMBER-TITLE"));
}

TEST(R_COM_SIZE, SeniorMeetingNineteenToTwentyFive) {
  for (int size : {18, 19, 25, 26}) {
    auto in = senior_meeting(40, 30, size);
    const auto r = draw(in);
    EXPECT_EQ(r.ok(), size >= 19 && size <= 25) << size;
    EXPECT_EQ(r.outcome.has("R-COM-SIZE"), size < 19 || size > 25) << size;
    if (r.ok()) EXPECT_EQ(static_cast<int>(r.value.members.size()), size);
  }
}

TEST(R_COM_SIZE, IntermediateMeetingFifteenToTwentyOneWithOneViceChair) {
  auto in = senior_meeting(40, 30, 15);
  in.constraints.committee_level = CommitteeLevel::intermediate;
  EXPECT_TRUE(draw(in).ok());
  in.constraints.size = 14;
  EXPECT_TRUE(draw(in).outcome.has("R-COM-SIZE"));
  in.constraints.size = 21;
  EXPECT_TRUE(draw(in).ok());
  in.constraints.size = 22;
  EXPECT_TRUE(draw(in).outcome.has("R-COM-SIZE"));
  in.constraints.size = 15;
  in.constraints.fixed.push_back({pid(2), FixedRole::vice_chair});
  EXPECT_TRUE(draw(in).outcome.has("R-COM-SIZE"));  // 中评会: exactly one vice-chair
}

TEST(R_COM_SIZE, MeetingNeedsChairViceChairAndAProfessional) {
  auto in = senior_meeting(40, 30);
  in.constraints.fixed = {{pid(0), FixedRole::chair}};
  EXPECT_TRUE(draw(in).outcome.has("R-COM-SIZE"));
  in.constraints.fixed = {{pid(0), FixedRole::chair}, {pid(1), FixedRole::vice_chair},
                          {pid(2), FixedRole::vice_chair}};
  EXPECT_TRUE(draw(in).ok());  // 高评会: 1–2 vice-chairs
  auto v = in.pool.entries;
  for (auto& e : v) e.professional = false;
  in.pool = make_pool_snapshot(v).value;
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(find_rule(r.outcome, "R-COM-SIZE")->message, "主任委员、副主任委员中至少 1 人应为专业技术人员");
}

TEST(R_COM_SIZE, FixedMembersCountTowardSizeAndComeFirst) {
  auto in = senior_meeting(40, 30);
  const auto r = draw(in);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value.members.size(), 19u);
  EXPECT_EQ(r.value.members[0], pid(0));
  EXPECT_EQ(r.value.members[1], pid(1));
  std::set<std::string> unique(r.value.members.begin(), r.value.members.end());
  EXPECT_EQ(unique.size(), 19u);
}

DrawInputs discipline_group() {
  std::vector<PoolEntry> v;
  for (int i = 0; i < 30; ++i)
    v.push_back(expert(pid(i), "u" + std::to_string(i % 5), {"土木"}, Level::deputy_senior, false,
                       i % 3 == 0));
  DrawInputs in;
  in.pool = make_pool_snapshot(v).value;
  in.seed = "group";
  in.constraints.purpose = DrawPurpose::discipline_group;
  in.constraints.size = 7;
  return in;
}

TEST(R_RECUSAL, RecusedExpertsAreNeverDrawnIntoADisciplineGroup) {
  auto in = discipline_group();
  for (int s = 0; s < 200; ++s) {
    in.seed = "rec-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok());
    for (const auto& id : r.value.members) EXPECT_NE(std::stoi(id.substr(1)) % 3, 0) << id;
  }
}

TEST(R_RECUSAL, TooFewAfterRecusalNamesRecusal) {
  auto in = discipline_group();
  in.constraints.size = 21;  // 30 titled, 20 after recusal
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(find_rule(r.outcome, "R-RECUSAL")->message, "回避后合格专家仅 20 人，需 21 人");
  EXPECT_FALSE(r.outcome.has("R-COM-MEMBER-TITLE"));
}

TEST(R_RECUSAL, FixedRecusedExpertRefused) {
  auto in = discipline_group();
  in.constraints.fixed = {{pid(3), FixedRole::chair}};
  EXPECT_TRUE(draw(in).outcome.has("R-RECUSAL"));
}

TEST(R_DRAW_RANDOM, MissingSpecialtyCoverageNamesTheRule) {
  auto in = senior_meeting(40, 30);
  in.constraints.quotas = {{"内科", 3}, {"儿科", 2}};
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(find_rule(r.outcome, "R-DRAW-RANDOM")->message, "专业「儿科」合格专家仅 0 人，需至少 2 人");
}

TEST(R_DRAW_RANDOM, QuotasNeedDistinctExperts) {
  // Two experts each hold 眼科 and 口腔; quotas 2 + 1 need three distinct experts.
  auto in = discipline_group();
  auto v = in.pool.entries;
  v[1].specialties = {"眼科", "口腔"};
  v[2].specialties = {"眼科", "口腔"};
  in.pool = make_pool_snapshot(v).value;
  in.constraints.quotas = {{"眼科", 2}, {"口腔", 1}};
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.outcome.has("R-DRAW-RANDOM"));
  in.constraints.quotas = {{"眼科", 1}, {"口腔", 1}};
  for (int s = 0; s < 50; ++s) {
    in.seed = "dist-" + std::to_string(s);
    const auto ok = draw(in);
    ASSERT_TRUE(ok.ok());
    const auto& m = ok.value.members;
    EXPECT_NE(std::find(m.begin(), m.end(), pid(1)), m.end());
    EXPECT_NE(std::find(m.begin(), m.end(), pid(2)), m.end());
  }
}

TEST(R_DRAW_RANDOM, SameInputsSameOutputOtherSeedOtherDigest) {
  auto in = senior_meeting(40, 30);
  in.constraints.quotas = {{"内科", 5}, {"外科", 5}};
  const auto a = draw(in), b = draw(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.value.members, b.value.members);
  EXPECT_EQ(a.value.digest, b.value.digest);
  EXPECT_EQ(a.value.algorithm, "zhiping-draw-v1");
  EXPECT_EQ(a.value.digest.size(), 64u);
  in.seed = "seed-1";
  EXPECT_NE(draw(in).value.digest, a.value.digest);
}

TEST(R_DRAW_RANDOM, VerifyReproducesAndRejectsOtherLists) {
  auto in = senior_meeting(40, 30);
  const auto r = draw(in);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(verify(in, r.value.members));
  auto other = r.value.members;
  std::swap(other[2], other[3]);
  EXPECT_FALSE(verify(in, other));
  other = r.value.members;
  other.pop_back();
  EXPECT_FALSE(verify(in, other));
  in.seed = "another";
  EXPECT_FALSE(verify(in, r.value.members));
}

TEST(R_DRAW_RANDOM, FixedMemberOutsideThePoolRefused) {
  auto in = senior_meeting(40, 30);
  in.constraints.fixed[0].person_id = "nobody";
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(find_rule(r.outcome, "R-DRAW-RANDOM")->message, "固定委员 nobody 不在本次专家库快照中");
}

TEST(R_DRAW_RANDOM, UnitCapWithQuotasIsExactWhereGreedyFails) {
  // Unit "big" holds the only two 病理 experts and 20 others; cap 2 and quota 病理 2
  // force both 病理 experts and no other from "big". A greedy draw would often fail.
  std::vector<PoolEntry> v;
  for (int i = 0; i < 22; ++i)
    v.push_back(expert("b" + std::to_string(i), "big", {i < 2 ? "病理" : "内科"}, Level::deputy_senior));
  for (int i = 0; i < 12; ++i)
    v.push_back(expert("s" + std::to_string(i), "small" + std::to_string(i), {"内科"}, Level::deputy_senior));
  DrawInputs in;
  in.pool = make_pool_snapshot(v).value;
  in.constraints.purpose = DrawPurpose::discipline_group;
  in.constraints.size = 14;
  in.constraints.quotas = {{"病理", 2}};
  in.constraints.max_per_unit = 2;
  for (int s = 0; s < 200; ++s) {
    in.seed = "cap-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok()) << r.outcome.violations[0].message;
    std::set<std::string> m(r.value.members.begin(), r.value.members.end());
    EXPECT_TRUE(m.count("b0") && m.count("b1"));
    EXPECT_EQ(std::count_if(m.begin(), m.end(), [](const std::string& x) { return x[0] == 'b'; }), 2);
  }
  in.constraints.size = 15;  // 12 small + 2 from big = 14 at most
  EXPECT_TRUE(draw(in).outcome.has("R-DRAW-RANDOM"));
}

TEST(R_DRAW_RANDOM, UnitCapWithRotationIsExactOnAParityGap) {
  // New experts only in units A, B; returning only in A, B; cap 1 per unit plus
  // singles. Exactness means every produced draw satisfies both and none fails.
  std::vector<PoolEntry> v;
  v.push_back(expert("a-old", "A", {"x"}, Level::full_senior, true));
  v.push_back(expert("a-new", "A", {"x"}, Level::full_senior, false));
  v.push_back(expert("b-old", "B", {"x"}, Level::full_senior, true));
  v.push_back(expert("b-new", "B", {"x"}, Level::full_senior, false));
  for (int i = 0; i < 5; ++i) v.push_back(expert("n" + std::to_string(i), "N" + std::to_string(i), {"x"}, Level::full_senior, false));
  DrawInputs in;
  in.pool = make_pool_snapshot(v).value;
  in.constraints.purpose = DrawPurpose::discipline_group;
  in.constraints.size = 5;  // 2..3 new; at most 2 returning are possible (A, B)
  in.constraints.has_previous_roster = true;
  in.constraints.max_per_unit = 1;
  std::set<int> ks;
  for (int s = 0; s < 200; ++s) {
    in.seed = "gap-" + std::to_string(s);
    const auto r = draw(in);
    ASSERT_TRUE(r.ok()) << r.outcome.violations[0].message;
    std::set<std::string> m(r.value.members.begin(), r.value.members.end());
    EXPECT_LE(m.count("a-old") + m.count("a-new"), 1u);
    EXPECT_LE(m.count("b-old") + m.count("b-new"), 1u);
    ks.insert(r.value.new_members);
  }
  EXPECT_EQ(ks, (std::set<int>{3}));  // 2 new needs 3 returning: impossible
}

TEST(R_DRAW_RANDOM, QuotasCapsAndRotationTogetherAreRefusedAsDocumented) {
  auto in = senior_meeting(40, 30);
  in.constraints.quotas = {{"内科", 3}};
  in.constraints.max_per_unit = 3;  // units of 7 experts: caps bind
  const auto r = draw(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.outcome.has("R-DRAW-RANDOM"));
  in.constraints.max_per_unit = 7;  // no unit exceeds the cap: nothing binds
  EXPECT_TRUE(draw(in).ok());
}

TEST(DrawSeed, CommitmentOpensOnlyWithTheSecret) {
  const std::string c = to_hex(draw_commitment("office-secret"));
  EXPECT_EQ(c, sm3_hex("zhiping-commit-v1office-secret"));
  EXPECT_TRUE(commitment_matches("office-secret", c));
  std::string upper = c;
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  EXPECT_TRUE(commitment_matches("office-secret", upper));
  EXPECT_FALSE(commitment_matches("office-secreT", c));
  EXPECT_FALSE(commitment_matches("office-secret", c.substr(1)));
}

TEST(DrawSeed, SeedIsLengthPrefixedAndBindsThePool) {
  Sm3Digest pool{};
  std::string want = "zhiping-seed-v1";
  want += std::string("\0\0\0\2ab", 6);
  want += std::string("\0\0\0\1c", 5);
  want += std::string(32, '\0');
  EXPECT_EQ(derive_seed("ab", "c", pool), sm3(want));
  EXPECT_NE(derive_seed("ab", "c", pool), derive_seed("a", "bc", pool));
  pool[0] = 1;
  EXPECT_NE(derive_seed("ab", "c", pool), sm3(want));
}

TEST(DrawSeed, SnapshotIsCanonicalAndRejectsDuplicates) {
  auto a = expert("2", "u", {"b", "a", "a"}, Level::full_senior);
  auto b = expert("1", "u", {"c"}, Level::intermediate);
  const auto s1 = make_pool_snapshot({a, b});
  const auto s2 = make_pool_snapshot({b, a});
  ASSERT_TRUE(s1.ok());
  EXPECT_EQ(s1.value.digest, s2.value.digest);
  EXPECT_EQ(s1.value.entries[0].person_id, "1");
  EXPECT_EQ(s1.value.entries[1].specialties, (std::vector<std::string>{"a", "b"}));
  b.person_id = "2";
  const auto dup = make_pool_snapshot({a, b});
  EXPECT_FALSE(dup.ok());
  EXPECT_TRUE(dup.outcome.has("R-DRAW-RANDOM"));
}

}  // namespace
}  // namespace zp::core
