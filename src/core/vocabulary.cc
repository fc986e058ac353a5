#include "core/vocabulary.h"

#include <array>
#include <utility>

namespace zp::core {
namespace {

template <class E, std::size_t N>
std::optional<E> find_code(const std::array<std::pair<E, std::string_view>, N>& table,
                           std::string_view s) {
  for (const auto& [e, c] : table)
    if (c == s) return e;
  return std::nullopt;
}
template <class E, std::size_t N>
std::string_view lookup(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
  for (const auto& [k, c] : table)
    if (k == e) return c;
  return {};
}

constexpr std::array<std::pair<Degree, std::string_view>, 5> kDegree{{
    {Degree::doctor, "doctor"}, {Degree::master, "master"}, {Degree::bachelor, "bachelor"},
    {Degree::college, "college"}, {Degree::secondary, "secondary"}}};
constexpr std::array<std::pair<Degree, std::string_view>, 5> kDegreeZh{{
    {Degree::doctor, "博士研究生"}, {Degree::master, "硕士研究生"}, {Degree::bachelor, "本科"},
    {Degree::college, "大专"}, {Degree::secondary, "中专"}}};
constexpr std::array<std::pair<InstitutionKind, std::string_view>, 3> kInst{{
    {InstitutionKind::regular, "regular"}, {InstitutionKind::military, "military"},
    {InstitutionKind::party_school, "party_school"}}};
constexpr std::array<std::pair<Scope, std::string_view>, 3> kScope{{
    {Scope::province, "province"}, {Scope::grassroots, "grassroots"}, {Scope::unit, "unit"}}};
constexpr std::array<std::pair<Scope, std::string_view>, 3> kScopeZh{{
    {Scope::province, "全省有效"}, {Scope::grassroots, "基层有效"}, {Scope::unit, "本单位有效"}}};
constexpr std::array<std::pair<HowObtained, std::string_view>, 3> kHow{{
    {HowObtained::review, "review"}, {HowObtained::exam, "exam"},
    {HowObtained::assessment, "assessment"}}};
constexpr std::array<std::pair<Assessment, std::string_view>, 4> kAssess{{
    {Assessment::excellent, "excellent"}, {Assessment::competent, "competent"},
    {Assessment::basic, "basic"}, {Assessment::incompetent, "incompetent"}}};
constexpr std::array<std::pair<Assessment, std::string_view>, 4> kAssessZh{{
    {Assessment::excellent, "优秀"}, {Assessment::competent, "合格"},
    {Assessment::basic, "基本合格"}, {Assessment::incompetent, "不合格"}}};
constexpr std::array<std::pair<Role, std::string_view>, 9> kRole{{
    {Role::sysadmin, "sysadmin"}, {Role::title_office, "title_office"},
    {Role::committee_office, "committee_office"}, {Role::unit_hr, "unit_hr"},
    {Role::dept_reviewer, "dept_reviewer"}, {Role::expert, "expert"},
    {Role::applicant, "applicant"}, {Role::supervisor, "supervisor"},
    {Role::public_user, "public"}}};

}  // namespace

std::string_view code(Degree d) { return lookup(kDegree, d); }
std::string_view chinese(Degree d) { return lookup(kDegreeZh, d); }
std::optional<Degree> parse_degree(std::string_view s) { return find_code(kDegree, s); }
std::string_view code(InstitutionKind k) { return lookup(kInst, k); }
std::optional<InstitutionKind> parse_institution_kind(std::string_view s) {
  return find_code(kInst, s);
}
std::string_view code(Scope s) { return lookup(kScope, s); }
std::string_view chinese(Scope s) { return lookup(kScopeZh, s); }
std::optional<Scope> parse_scope(std::string_view s) { return find_code(kScope, s); }
std::string_view code(HowObtained h) { return lookup(kHow, h); }
std::optional<HowObtained> parse_how(std::string_view s) { return find_code(kHow, s); }
std::string_view code(Assessment a) { return lookup(kAssess, a); }
std::string_view chinese(Assessment a) { return lookup(kAssessZh, a); }
std::optional<Assessment> parse_assessment(std::string_view s) { return find_code(kAssess, s); }
std::string_view code(Role r) { return lookup(kRole, r); }
std::optional<Role> parse_role(std::string_view s) { return find_code(kRole, s); }

}  // namespace zp::core
