#include "core/committee_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace zp::core {
namespace {

const Date kOn{2025, 12, 10};

MemberFacts member(int i, Level l = Level::deputy_senior, RosterRole role = RosterRole::member) {
  MemberFacts m;
  m.person_id = "p" + std::to_string(i);
  m.role = role;
  m.professional = true;
  m.highest_level = l;
  m.series = "卫生";
  m.specialty = "临床医学";
  m.level_since = {2020, 1, 1};
  m.highest_degree = Degree::bachelor;
  m.birth = {1980, 6, 1};
  return m;
}
std::vector<MemberFacts> roster(int n, int vices = 1, Level l = Level::deputy_senior) {
  std::vector<MemberFacts> r;
  for (int i = 0; i < n; ++i)
    r.push_back(member(i, l, i == 0 ? RosterRole::chair : (i <= vices ? RosterRole::vice_chair : RosterRole::member)));
  return r;
}
std::vector<std::string> ids(int from, int to) {
  std::vector<std::string> v;
  for (int i = from; i < to; ++i) v.push_back("p" + std::to_string(i));
  return v;
}
CommitteeFacts senior() { return {CommitteeLevel::senior, {Level::deputy_senior}, "卫生", {}, "甘肃省人社厅"}; }
CommitteeFacts intermediate() { return {CommitteeLevel::intermediate, {Level::intermediate}, "卫生", {}, "临夏州人社局"}; }

TEST(R_COM_LEVELS, NoJuniorCommitteeFromSeptember2018) {
  CommitteeFacts c = intermediate();
  c.evaluates = {Level::intermediate, Level::assistant};
  EXPECT_TRUE(check_committee_levels(c, {2018, 8, 31}).ok());
  EXPECT_TRUE(check_committee_levels(c, {2018, 9, 1}).has("R-COM-LEVELS"));
  c.evaluates = {Level::deputy_senior};
  EXPECT_TRUE(check_committee_levels(c, kOn).has("R-COM-LEVELS"));
  EXPECT_TRUE(check_committee_levels(senior(), kOn).ok());
  CommitteeFacts s = senior();
  s.evaluates = {Level::full_senior, Level::deputy_senior, Level::intermediate};  // 代评低层级
  EXPECT_TRUE(check_committee_levels(s, kOn).ok());
}

TEST(R_COM_AUTHORITY, SeniorByProvinceIntermediateByPrefecture) {
  EXPECT_TRUE(check_authority(senior()).ok());
  EXPECT_TRUE(check_authority(intermediate()).ok());
  CommitteeFacts c = senior();
  c.approving_authority = "临夏州人社局";
  EXPECT_TRUE(check_authority(c).has("R-COM-AUTHORITY"));
  c = intermediate();
  c.approving_authority = "甘肃省人社厅";
  EXPECT_TRUE(check_authority(c).has("R-COM-AUTHORITY"));
}

TEST(R_COM_PUBLIC_LIST, ListingNeedsContactPhone) {
  // The public list (「在门户网站向社会公布评委会清单」) carries name, series/specialty scope,
  // levels, personnel scope, hosting department and contact phone: each one is required,
  // and a blank one is named in the refusal.
  const CommitteeListing full{"卫生中评会", "卫生", "中级", "州直", "州卫健委", "0930-1234567"};
  EXPECT_TRUE(check_public_listing(full).ok());
  const std::vector<std::pair<std::string CommitteeListing::*, std::string>> fields{
      {&CommitteeListing::name, "名称"},          {&CommitteeListing::scope, "评审系列/专业范围"},
      {&CommitteeListing::levels, "评审层级"},     {&CommitteeListing::personnel_scope, "评审人员范围"},
      {&CommitteeListing::host, "所在部门"},       {&CommitteeListing::contact_phone, "联系电话"}};
  for (const auto& [field, what] : fields) {
    for (const char* blank : {"", "  \t"}) {
      CommitteeListing l = full;
      l.*field = blank;
      const Outcome o = check_public_listing(l);
      ASSERT_EQ(o.violations.size(), 1u) << what;
      EXPECT_EQ(o.violations[0].rule, "R-COM-PUBLIC-LIST");
      EXPECT_NE(o.violations[0].message.find(what), std::string::npos) << o.violations[0].message;
    }
  }
  // Nothing filled in: one violation per missing field, all listed.
  EXPECT_EQ(check_public_listing(CommitteeListing{}).violations.size(), fields.size());
}

TEST(R_COM_SETUP, RequiredFieldsDocumentsAndWorkforceWarning) {
  CommitteeSetupFacts f;
  f.level = CommitteeLevel::senior;
  f.workforce_status = "x";
  f.reason = "x";
  f.levels = {Level::deputy_senior};
  f.evaluates_lower = false;
  f.personnel_scope = "x";
  f.specialty_scope = "x";
  f.workforce = 99;
  f.rule_documents = {"评审规则", "评审标准品德评价办法", "答辩办法及工作规则", "公示办法",
                      "诚信责任承诺办法", "工作机构运行规则", "回避制度", "保密制度",
                      "评审监督制度", "投诉举报受理制度"};
  auto o = check_setup(f, kOn);
  EXPECT_TRUE(o.ok());
  EXPECT_TRUE(o.warns("R-COM-SETUP"));
  f.workforce = 100;
  EXPECT_TRUE(check_setup(f, kOn).warnings.empty());
  f.rule_documents.pop_back();
  f.evaluates_lower.reset();
  auto bad = check_setup(f, kOn);
  EXPECT_EQ(bad.violations.size(), 2u);
  // Specialty-based intermediate committees: workforce relaxed.
  CommitteeSetupFacts g = f;
  g.level = CommitteeLevel::intermediate;
  g.workforce = 20;
  g.specialty_based = true;
  EXPECT_TRUE(check_setup(g, kOn).warnings.empty());
  g.specialty_based = false;
  EXPECT_TRUE(check_setup(g, kOn).warns("R-COM-SETUP"));
}

TEST(R_COM_SIZE, SeniorNineteenToTwentyFive) {
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(18), kOn).has("R-COM-SIZE"));
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(19), kOn).ok());
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(25, 2), kOn).ok());
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(26), kOn).has("R-COM-SIZE"));
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(19, 3), kOn).has("R-COM-SIZE"));
  EXPECT_TRUE(check_size(CommitteeLevel::senior, roster(19, 0), kOn).has("R-COM-SIZE"));
  auto no_chair = roster(19);
  no_chair[0].role = RosterRole::member;
  EXPECT_TRUE(check_size(CommitteeLevel::senior, no_chair, kOn).has("R-COM-SIZE"));
}

TEST(R_COM_SIZE, IntermediateExactlyOneChairOneVice) {
  EXPECT_TRUE(check_size(CommitteeLevel::intermediate, roster(14), kOn).has("R-COM-SIZE"));
  EXPECT_TRUE(check_size(CommitteeLevel::intermediate, roster(15), kOn).ok());
  EXPECT_TRUE(check_size(CommitteeLevel::intermediate, roster(21), kOn).ok());
  EXPECT_TRUE(check_size(CommitteeLevel::intermediate, roster(22), kOn).has("R-COM-SIZE"));
  EXPECT_TRUE(check_size(CommitteeLevel::intermediate, roster(15, 2), kOn).has("R-COM-SIZE"));
}

TEST(R_COM_SIZE, ChairOrViceMustBeProfessional) {
  auto r = roster(19, 2);
  for (int i = 0; i <= 2; ++i) r[i].professional = false;
  EXPECT_TRUE(check_size(CommitteeLevel::senior, r, kOn).has("R-COM-SIZE"));
  r[2].professional = true;
  EXPECT_TRUE(check_size(CommitteeLevel::senior, r, kOn).ok());
}

TEST(R_COM_MEMBER_TITLE, SeniorNeedsSeniorFullNeedsFull) {
  auto r = roster(19);
  EXPECT_TRUE(check_member_titles(senior(), r).ok());
  r[5].highest_level = Level::intermediate;
  EXPECT_TRUE(check_member_titles(senior(), r).has("R-COM-MEMBER-TITLE"));
  CommitteeFacts full = senior();
  full.evaluates = {Level::full_senior, Level::deputy_senior};
  EXPECT_TRUE(check_member_titles(full, roster(19)).has("R-COM-MEMBER-TITLE"));
  EXPECT_TRUE(check_member_titles(full, roster(19, 1, Level::full_senior)).ok());
  auto other = roster(19);
  other[3].series = "工程";
  EXPECT_TRUE(check_member_titles(senior(), other).has("R-COM-MEMBER-TITLE"));
}

TEST(R_COM_MEMBER_TITLE, IntermediateHalfSeniorIntegerArithmetic) {
  // 15 members: 8 senior ok (16 >= 15), 7 refused (14 < 15).
  auto r = roster(15, 1, Level::intermediate);
  for (int i = 0; i < 8; ++i) r[i].highest_level = Level::deputy_senior;
  EXPECT_TRUE(check_member_titles(intermediate(), r).ok());
  r[7].highest_level = Level::intermediate;
  EXPECT_TRUE(check_member_titles(intermediate(), r).has("R-COM-MEMBER-TITLE"));
  // 16 members: exactly 8 senior is 1/2 → ok.
  auto s = roster(16, 1, Level::intermediate);
  for (int i = 0; i < 8; ++i) s[i].highest_level = Level::deputy_senior;
  EXPECT_TRUE(check_member_titles(intermediate(), s).ok());
  s[0].highest_level = Level::assistant;
  EXPECT_TRUE(check_member_titles(intermediate(), s).has("R-COM-MEMBER-TITLE"));
}

TEST(R_COM_MEMBER_TENURE, TwoYearsAndDegree) {
  auto r = roster(1);
  r[0].level_since = {2023, 12, 10};
  EXPECT_TRUE(check_member_tenure(r, kOn).ok());  // exactly 2 years (以上含本数)
  r[0].level_since = {2023, 12, 11};
  EXPECT_TRUE(check_member_tenure(r, kOn).has("R-COM-MEMBER-TENURE"));
  // Across the new year: on 31 Dec 2025, since 2023-12-31 is 2 years, 2024-01-01 is not;
  // on 1 Jan 2026, since 2024-01-01 is.
  r[0].level_since = {2023, 12, 31};
  EXPECT_TRUE(check_member_tenure(r, {2025, 12, 31}).ok());
  r[0].level_since = {2024, 1, 1};
  EXPECT_TRUE(check_member_tenure(r, {2025, 12, 31}).has("R-COM-MEMBER-TENURE"));
  EXPECT_TRUE(check_member_tenure(r, {2026, 1, 1}).ok());
  r[0].level_since = {2020, 1, 1};
  r[0].highest_degree = Degree::college;
  EXPECT_TRUE(check_member_tenure(r, kOn).has("R-COM-MEMBER-TENURE"));
}

TEST(R_COM_YOUNG, OneThirdAgedFiftyFiveOrYoungerIsAWarning) {
  auto r = roster(19);
  for (auto& m : r) m.birth = {1960, 1, 1};  // 65
  for (int i = 0; i < 7; ++i) r[i].birth = {1970, 12, 10};  // exactly 55 on the meeting date
  auto o = check_young_share(CommitteeLevel::senior, r, kOn);
  EXPECT_TRUE(o.ok());
  EXPECT_TRUE(o.warnings.empty());  // 3*7 = 21 >= 19
  r[6].birth = {1970, 12, 9};       // 55 still? born 1970-12-09 → 55 on 2025-12-10
  EXPECT_TRUE(check_young_share(CommitteeLevel::senior, r, kOn).warnings.empty());
  r[6].birth = {1969, 12, 10};      // 56
  auto w = check_young_share(CommitteeLevel::senior, r, kOn);  // 3*6 = 18 < 19
  EXPECT_TRUE(w.ok());
  EXPECT_TRUE(w.warns("R-COM-YOUNG"));
  EXPECT_TRUE(check_young_share(CommitteeLevel::intermediate, r, kOn).warnings.empty());
  EXPECT_EQ(age_on({1970, 12, 11}, kOn), 54);
}

TEST(R_COM_ROTATION, NineteenMembersSixToElevenNew) {
  const auto prev = ids(0, 19);
  auto with_new = [&](int k) {
    auto cur = ids(k, 19);                     // keep 19-k old
    auto fresh = ids(100, 100 + k);            // k new
    cur.insert(cur.end(), fresh.begin(), fresh.end());
    return cur;
  };
  EXPECT_TRUE(check_rotation(prev, with_new(5), kOn).has("R-COM-ROTATION"));
  EXPECT_TRUE(check_rotation(prev, with_new(6), kOn).ok());
  EXPECT_TRUE(check_rotation(prev, with_new(11), kOn).ok());
  EXPECT_TRUE(check_rotation(prev, with_new(12), kOn).has("R-COM-ROTATION"));
  EXPECT_EQ(new_member_count(prev, with_new(6)), 6);
}

TEST(R_COM_ROTATION, HundredMembersTwentyNineToSixtyOnePercent) {
  const auto prev = ids(0, 100);
  auto with_new = [&](int k) {
    auto cur = ids(k, 100);
    auto fresh = ids(1000, 1000 + k);
    cur.insert(cur.end(), fresh.begin(), fresh.end());
    return cur;
  };
  EXPECT_TRUE(check_rotation(prev, with_new(29), kOn).has("R-COM-ROTATION"));
  EXPECT_TRUE(check_rotation(prev, with_new(30), kOn).ok());
  EXPECT_TRUE(check_rotation(prev, with_new(60), kOn).ok());
  EXPECT_TRUE(check_rotation(prev, with_new(61), kOn).has("R-COM-ROTATION"));
}

TEST(R_COM_CONFIDENTIAL, OnlyOwnOfficeTitleOfficeSupervisor) {
  EXPECT_TRUE(may_see_roster(Role::committee_office, true).ok());
  EXPECT_TRUE(may_see_roster(Role::committee_office, false).has("R-COM-CONFIDENTIAL"));
  EXPECT_TRUE(may_see_roster(Role::title_office, false).ok());
  EXPECT_TRUE(may_see_roster(Role::supervisor, false).ok());
  for (Role r : {Role::sysadmin, Role::unit_hr, Role::dept_reviewer, Role::expert, Role::applicant, Role::public_user})
    EXPECT_TRUE(may_see_roster(r, false).has("R-COM-CONFIDENTIAL"));
}

TEST(R_COM_ROTATION, CheckRosterRunsAllChecks) {
  auto r = roster(19);
  std::vector<std::string> prev = ids(0, 19);
  auto o = check_roster(senior(), r, prev, kOn);
  EXPECT_TRUE(o.has("R-COM-ROTATION"));  // nobody new
  EXPECT_TRUE(check_roster(senior(), r, std::nullopt, kOn).ok());
}

}  // namespace
}  // namespace zp::core
