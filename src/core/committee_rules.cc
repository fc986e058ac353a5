#include "core/committee_rules.h"

#include <algorithm>
#include <set>

#include "core/params.h"
#include "core/rule_ids.h"

namespace zp::core {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }
std::string num(int n) { return std::to_string(n); }
Date add_years(Date d, int n) {
  const int y = d.year + n;
  return {y, d.month, std::min(d.day, Date::days_in_month(y, d.month))};
}

}  // namespace

// R-COM-LEVELS: 「取消初级职称评审后，原批准的初级职称评审委员会从2018年9月起全部撤销」;
// committees are 高、中级职称评审委员会.
Outcome check_committee_levels(const CommitteeFacts& c, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  if (c.evaluates.empty()) fail(o, rule::kComLevels, "评委会须写明评审的职称层级");
  for (Level l : c.evaluates) {
    if (is_junior_grade(l)) {
      if (on >= p.junior_committees_abolished.value)
        fail(o, rule::kComLevels, "自 2018-09-01 起取消初级职称评审，评委会不得评审" +
                                      std::string{chinese(l)});
    } else if (c.level == CommitteeLevel::intermediate && is_senior(l)) {
      fail(o, rule::kComLevels, "中评会不得评审" + std::string{chinese(l)});
    }
  }
  return o;
}

// R-COM-AUTHORITY: 「设置高级评委会向省人社厅申请，州直部门和县市设置中级评委会向州人社局申请」.
Outcome check_authority(const CommitteeFacts& c) {
  Outcome o;
  const bool senior = c.level == CommitteeLevel::senior;
  const std::vector<std::string> ok =
      senior ? std::vector<std::string>{"省人社厅", "省人力资源和社会保障厅"}
             : std::vector<std::string>{"州人社局", "州人力资源和社会保障局"};
  const bool match = std::any_of(ok.begin(), ok.end(), [&](const std::string& s) {
    return c.approving_authority.find(s) != std::string::npos;
  });
  if (!match)
    fail(o, rule::kComAuthority,
         std::string{chinese(c.level)} + "应由" + ok.front() + "批准，记录的批准机关为「" +
             c.approving_authority + "」");
  return o;
}

// R-COM-PUBLIC-LIST: 「在门户网站向社会公布评委会清单」「公开了…联系电话」.
Outcome check_public_listing(const CommitteeListing& l) {
  Outcome o;
  auto need = [&](const std::string& v, const char* what) {
    if (blank(v)) fail(o, rule::kComPublicList, std::string{"评委会清单缺少"} + what);
  };
  need(l.name, "名称");
  need(l.scope, "评审系列/专业范围");
  need(l.levels, "评审层级");
  need(l.personnel_scope, "评审人员范围");
  need(l.host, "所在部门");
  need(l.contact_phone, "联系电话");
  return o;
}

const std::vector<std::string>& required_rule_documents() {
  // 「评委会评审规则、评审标准品德评价办法、答辩办法及工作规则、公示办法、诚信责任承诺办法、
  // 评委会工作机构运行规则、回避制度、保密制度、评审监督制度和投诉举报受理制度」
  // TODO(legal): the text reads 「评审标准品德评价办法」 without a separator; RULES.md lists
  // 评审标准 and 品德评价办法 apart. Either form is accepted (see check_setup).
  static const std::vector<std::string> kDocs{
      "评审规则", "评审标准", "品德评价办法", "答辩办法及工作规则", "公示办法",
      "诚信责任承诺办法", "工作机构运行规则", "回避制度", "保密制度", "评审监督制度",
      "投诉举报受理制度"};
  return kDocs;
}

// R-COM-SETUP: 「申请内容主要包括人才队伍状况、设置评委会的理由、评审的职称层级、是否代评低层级
// 职称、评审的人员范围和专业范围等」; workforce 「100人左右」「50人左右」 (advisory).
Outcome check_setup(const CommitteeSetupFacts& f, Date on) {
  Outcome o;
  const auto& r = rule::kComSetup;
  auto need = [&](bool ok, const char* what) {
    if (!ok) fail(o, r, std::string{"设置评委会申请缺少"} + what);
  };
  need(!blank(f.workforce_status), "人才队伍状况");
  need(!blank(f.reason), "设置理由");
  need(!f.levels.empty(), "评审的职称层级");
  need(f.evaluates_lower.has_value(), "是否代评低层级职称");
  need(!blank(f.personnel_scope), "评审的人员范围");
  need(!blank(f.specialty_scope), "评审的专业范围");
  auto has = [&](const std::string& d) {
    return std::any_of(f.rule_documents.begin(), f.rule_documents.end(),
                       [&](const std::string& x) { return x.find(d) != std::string::npos; });
  };
  for (const auto& d : required_rule_documents()) {
    if (has(d)) continue;
    if ((d == "评审标准" || d == "品德评价办法") && has("评审标准品德评价办法")) continue;
    fail(o, r, "缺少制度文件：" + d);
  }
  const Params& p = params_on(on);
  if (f.level == CommitteeLevel::senior && f.workforce < p.workforce_senior.value)
    warn(o, r, "在职本系列（相近专业）高级专业技术人员 " + num(f.workforce) + " 人，设置高评会一般应在 " +
                   num(p.workforce_senior.value) + " 人左右");
  if (f.level == CommitteeLevel::intermediate && !f.specialty_based &&
      f.workforce < p.workforce_intermediate.value)
    warn(o, r, "在职本系列（相近专业）中级专业技术人员 " + num(f.workforce) + " 人，设置中评会一般应在 " +
                   num(p.workforce_intermediate.value) + " 人左右");
  return o;
}

std::string_view code(RosterRole r) {
  switch (r) {
    case RosterRole::chair: return "chair";
    case RosterRole::vice_chair: return "vice_chair";
    case RosterRole::member: return "member";
  }
  return "member";
}
std::optional<RosterRole> parse_roster_role(std::string_view s) {
  if (s == "chair") return RosterRole::chair;
  if (s == "vice_chair") return RosterRole::vice_chair;
  if (s == "member") return RosterRole::member;
  return std::nullopt;
}

// R-COM-SIZE: 「高评会一般由19-25人组成，设主任委员1人，副主任委员1-2人，其中至少1人是专业技术
// 人员」「中评会一般由15-21人组成，设主任、副主任委员各1人，主任、副主任委员中至少1人是专业技术
// 人员」. TODO(legal): 「一般」 qualifies the size; the catalogue (RULES.md) states the
// ranges as the composition and the quorum (17 / 13) depends on them, so they block.
Outcome check_size(CommitteeLevel level, const std::vector<MemberFacts>& roster, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  const bool senior = level == CommitteeLevel::senior;
  const int lo = senior ? p.senior_size_min.value : p.intermediate_size_min.value;
  const int hi = senior ? p.senior_size_max.value : p.intermediate_size_max.value;
  const int vlo = senior ? p.senior_vice_min.value : p.intermediate_vice.value;
  const int vhi = senior ? p.senior_vice_max.value : p.intermediate_vice.value;
  const int n = static_cast<int>(roster.size());
  const std::string name{chinese(level)};
  if (n < lo || n > hi)
    fail(o, rule::kComSize, name + "由 " + num(lo) + "-" + num(hi) + " 人组成，现有 " + num(n) + " 人");
  int chairs = 0, vices = 0;
  bool professional_lead = false;
  std::set<std::string> ids;
  for (const auto& m : roster) {
    if (m.role == RosterRole::chair) ++chairs;
    if (m.role == RosterRole::vice_chair) ++vices;
    if (m.role != RosterRole::member && m.professional) professional_lead = true;
    if (!ids.insert(m.person_id).second) fail(o, rule::kComSize, "委员 " + m.person_id + " 重复");
  }
  if (chairs != 1) fail(o, rule::kComSize, name + "设主任委员 1 人，现有 " + num(chairs) + " 人");
  if (vices < vlo || vices > vhi)
    fail(o, rule::kComSize,
         name + "设副主任委员 " + (vlo == vhi ? num(vlo) : num(vlo) + "-" + num(vhi)) + " 人，现有 " +
             num(vices) + " 人");
  if (!professional_lead) fail(o, rule::kComSize, "主任、副主任委员中至少 1 人应是专业技术人员");
  return o;
}

// R-COM-MEMBER-TITLE: 高评会「委员要具备本专业高级职务，其中评审正高级职务的评委应具备本专业
// 正高级职务」; 中评会「委员应具备本专业中级以上职务，其中具备高级专业技术职务的人员数不得少于1/2」.
// Modelled: a committee that evaluates 正高级 needs every member at 正高级; the title is
// in the committee's series (and one of its specialties when it lists any).
Outcome check_member_titles(const CommitteeFacts& c, const std::vector<MemberFacts>& roster) {
  Outcome o;
  const auto& r = rule::kComMemberTitle;
  const bool full = std::find(c.evaluates.begin(), c.evaluates.end(), Level::full_senior) != c.evaluates.end();
  const Level need = c.level == CommitteeLevel::senior ? (full ? Level::full_senior : Level::deputy_senior)
                                                       : Level::intermediate;
  int senior_holders = 0;
  for (const auto& m : roster) {
    if (is_senior(m.highest_level)) ++senior_holders;
    if (m.highest_level < need)
      fail(o, r, "委员 " + m.person_id + " 职称为" + std::string{chinese(m.highest_level)} + "，" +
                     std::string{chinese(c.level)} + "委员应具备" + std::string{chinese(need)} +
                     (need == Level::intermediate ? "以上" : "") + "职称");
    if (!c.series.empty() && m.series != c.series)
      fail(o, r, "委员 " + m.person_id + " 的职称系列（" + m.series + "）不是本系列（" + c.series + "）");
    else if (!c.specialties.empty() &&
             std::find(c.specialties.begin(), c.specialties.end(), m.specialty) == c.specialties.end())
      fail(o, r, "委员 " + m.person_id + " 的专业（" + m.specialty + "）不在本评委会评审专业内");
  }
  const int n = static_cast<int>(roster.size());
  if (c.level == CommitteeLevel::intermediate && 2 * senior_holders < n)
    fail(o, r, "中评会具备高级职称的委员 " + num(senior_holders) + " 人，不得少于委员总数 " + num(n) +
                   " 人的 1/2");
  return o;
}

// R-COM-MEMBER-TENURE: 「必须被聘担任相应级别职务2年以上，且符合国家专业技术职务《条例》规定的
// 本专业学历」.
Outcome check_member_tenure(const std::vector<MemberFacts>& roster, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  const int years = p.member_min_years.value;
  for (const auto& m : roster) {
    if (add_years(m.level_since, years) > on)
      fail(o, rule::kComMemberTenure,
           "委员 " + m.person_id + " 自 " + m.level_since.str() + " 起被聘" +
               std::string{chinese(m.highest_level)} + "职务，至 " + on.str() + " 不满 " + num(years) + " 年");
    if (m.highest_degree < p.member_min_degree.value)
      fail(o, rule::kComMemberTenure,
           "委员 " + m.person_id + " 学历为" + std::string{chinese(m.highest_degree)} + "，应具备" +
               std::string{chinese(p.member_min_degree.value)} + "以上学历");
  }
  return o;
}

int age_on(Date birth, Date on) {
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

// R-COM-YOUNG: 「评委中的中青年高级专业人员一般不少于评委总数的1/3」 — 「一般」: a warning.
Outcome check_young_share(CommitteeLevel level, const std::vector<MemberFacts>& roster,
                          Date meeting_date) {
  Outcome o;
  if (level != CommitteeLevel::senior || roster.empty()) return o;
  const Params& p = params_on(meeting_date);
  int young = 0;
  for (const auto& m : roster)
    if (age_on(m.birth, meeting_date) <= p.young_age_max.value && is_senior(m.highest_level)) ++young;
  const int n = static_cast<int>(roster.size());
  if (p.young_share_den.value * young < n)
    warn(o, rule::kComYoung,
         "中青年（" + num(p.young_age_max.value) + " 周岁及以下）高级专业人员 " + num(young) +
             " 人，一般不少于评委总数 " + num(n) + " 人的 1/" + num(p.young_share_den.value));
  return o;
}

int new_member_count(const std::vector<std::string>& previous, const std::vector<std::string>& current) {
  const std::set<std::string> prev(previous.begin(), previous.end());
  const std::set<std::string> cur(current.begin(), current.end());
  int fresh = 0;
  for (const auto& id : cur)
    if (!prev.count(id)) ++fresh;
  return fresh;
}

// R-COM-ROTATION: 「调整评委会评审专家，调整人数不少于30%、不多于60%」.
Outcome check_rotation(const std::vector<std::string>& previous,
                       const std::vector<std::string>& current, Date on) {
  Outcome o;
  const Params& p = params_on(on);
  const int n = static_cast<int>(std::set<std::string>(current.begin(), current.end()).size());
  const int fresh = new_member_count(previous, current);
  const int lo = p.rotation_min_pct.value, hi = p.rotation_max_pct.value;
  if (100 * fresh < lo * n || 100 * fresh > hi * n)
    fail(o, rule::kComRotation,
         "新名单 " + num(n) + " 人中新调整 " + num(fresh) + " 人，调整人数应不少于 " + num(lo) +
             "%、不多于 " + num(hi) + "%（即 " + num((lo * n + 99) / 100) + "-" + num(hi * n / 100) + " 人）");
  return o;
}

// R-COM-CONFIDENTIAL: 「评委会人员组成不对外公布」「评委会委员名单不得对外公布」.
Outcome may_see_roster(Role viewer, bool viewer_is_committees_own_office) {
  Outcome o;
  const bool allowed = viewer == Role::title_office || viewer == Role::supervisor ||
                       (viewer == Role::committee_office && viewer_is_committees_own_office);
  if (!allowed)
    fail(o, rule::kComConfidential, "评委会人员组成和评委名单不对外公布，仅评委会工作机构、批准机构和监督人员可查看");
  return o;
}

Outcome check_roster(const CommitteeFacts& c, const std::vector<MemberFacts>& roster,
                     const std::optional<std::vector<std::string>>& previous_ids, Date on) {
  Outcome o;
  o.merge(check_size(c.level, roster, on));
  o.merge(check_member_titles(c, roster));
  o.merge(check_member_tenure(roster, on));
  o.merge(check_young_share(c.level, roster, on));
  if (previous_ids) {
    std::vector<std::string> ids;
    for (const auto& m : roster) ids.push_back(m.person_id);
    o.merge(check_rotation(*previous_ids, ids, on));
  }
  return o;
}

}  // namespace zp::core
