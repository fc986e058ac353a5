// Committees 评委会 (§一): levels, approving authority, setup, composition, rotation,
// confidentiality. Committees have no term of office (R-COM-NO-TERM, §一(四)
// 「取消评委会任期制」): no input here carries a term, membership rotates instead.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"
#include "core/vocabulary.h"

namespace zp::core {

// A committee as recorded.
struct CommitteeFacts {
  CommitteeLevel level = CommitteeLevel::intermediate;
  std::vector<Level> evaluates;          // levels it reviews
  std::string series;                    // e.g. "卫生"
  std::vector<std::string> specialties;  // empty = the whole series
  std::string approving_authority;       // e.g. "省人社厅" / "州人社局"
};

// R-COM-LEVELS: senior committees review 副高级 (正高级 where authorised) and may
// 代评 lower levels; intermediate committees review 中级 only; no committee reviews
// 初级 (助理级/员级) on or after 2018-09-01.
Outcome check_committee_levels(const CommitteeFacts& c, Date on);

// R-COM-AUTHORITY: senior approved by 省人社厅, intermediate by 州人社局 (full names
// 甘肃省人力资源和社会保障厅 / 临夏州人力资源和社会保障局 also accepted).
Outcome check_authority(const CommitteeFacts& c);

// R-COM-PUBLIC-LIST: the public list entry of a committee.
struct CommitteeListing {
  std::string name, scope, levels, personnel_scope, host, contact_phone;
};
Outcome check_public_listing(const CommitteeListing& l);

// R-COM-SETUP: an application to set up a committee.
struct CommitteeSetupFacts {
  CommitteeLevel level = CommitteeLevel::intermediate;
  bool specialty_based = false;  // 按专业设置的中评会: workforce requirement relaxed
  std::string workforce_status, reason, personnel_scope, specialty_scope;
  std::vector<Level> levels;
  std::optional<bool> evaluates_lower;  // 是否代评低层级职称 (must be stated)
  int workforce = 0;  // in-service professionals of the level in the series/related
  std::vector<std::string> rule_documents;  // names of the adopted rule documents
};
// The rule documents the notice lists (「有健全的制度,主要包括…」).
const std::vector<std::string>& required_rule_documents();
Outcome check_setup(const CommitteeSetupFacts& f, Date on);

enum class RosterRole { chair, vice_chair, member };
std::string_view code(RosterRole r);  // "chair" | "vice_chair" | "member"
std::optional<RosterRole> parse_roster_role(std::string_view s);

// One member of a roster, with what the rules need to know about them.
struct MemberFacts {
  std::string person_id;
  RosterRole role = RosterRole::member;
  bool professional = false;         // 专业技术人员
  Level highest_level = Level::junior;  // highest title held
  std::string series, specialty;     // of that title
  Date level_since;                  // appointed (被聘) to that level since
  Degree highest_degree = Degree::secondary;
  Date birth;
};

// R-COM-SIZE: senior 19–25 members, 1 chair, 1–2 vice-chairs; intermediate 15–21,
// exactly 1 chair and 1 vice-chair; at least one of chair/vice-chairs professional.
Outcome check_size(CommitteeLevel level, const std::vector<MemberFacts>& roster, Date on);
// R-COM-MEMBER-TITLE: see committee_rules.cc.
Outcome check_member_titles(const CommitteeFacts& c, const std::vector<MemberFacts>& roster);
// R-COM-MEMBER-TENURE: held the level ≥ 2 years on `on`; degree ≥ the required one.
Outcome check_member_tenure(const std::vector<MemberFacts>& roster, Date on);
// R-COM-YOUNG (warning): senior: members aged ≤ 55 on the meeting date ≥ 1/3.
Outcome check_young_share(CommitteeLevel level, const std::vector<MemberFacts>& roster,
                          Date meeting_date);
// Full years of age on `on`.
int age_on(Date birth, Date on);

// R-COM-ROTATION: members of the new roster not on the previous one, ÷ new size,
// within 30%–60% inclusive: 10·new ≥ 3·n and 10·new ≤ 6·n.
int new_member_count(const std::vector<std::string>& previous, const std::vector<std::string>& current);
Outcome check_rotation(const std::vector<std::string>& previous,
                       const std::vector<std::string>& current, Date on);

// R-COM-CONFIDENTIAL: only the committee's own office, the approving authority (title
// office) and supervisors see a roster or a draw's names.
Outcome may_see_roster(Role viewer, bool viewer_is_committees_own_office);

// All roster checks the API's PUT roster runs (size, titles, tenure, young, and rotation
// when a previous roster exists).
Outcome check_roster(const CommitteeFacts& c, const std::vector<MemberFacts>& roster,
                     const std::optional<std::vector<std::string>>& previous_ids, Date on);

}  // namespace zp::core
