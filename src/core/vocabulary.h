// Enumerations of the notice's vocabulary (RULES.md §0) with the exact string codes of
// API.md and their Chinese names. Parsing returns nullopt for an unknown code.
#pragma once

#include <optional>
#include <string_view>

namespace zp::core {

// 学历 degree, ordered: a higher value is a higher degree.
enum class Degree { secondary = 0, college = 1, bachelor = 2, master = 3, doctor = 4 };
// 院校类别 institution kind.
enum class InstitutionKind { regular, military, party_school };
// 资格有效范围 scope of validity; anything but `province` is a 「小范围」 title.
enum class Scope { province, grassroots, unit };
// 取得方式 how a qualification was obtained.
enum class HowObtained { review, exam, assessment };
// 年度考核 annual assessment result, ordered best first.
enum class Assessment { excellent = 0, competent = 1, basic = 2, incompetent = 3 };
// System roles of API.md; `public_user` is the unauthenticated public.
enum class Role {
  sysadmin, title_office, committee_office, unit_hr, dept_reviewer, expert, applicant,
  supervisor, public_user
};

std::string_view code(Degree d);
std::string_view chinese(Degree d);
std::optional<Degree> parse_degree(std::string_view s);
std::string_view code(InstitutionKind k);
std::optional<InstitutionKind> parse_institution_kind(std::string_view s);
std::string_view code(Scope s);
std::string_view chinese(Scope s);
std::optional<Scope> parse_scope(std::string_view s);
std::string_view code(HowObtained h);
std::optional<HowObtained> parse_how(std::string_view s);
std::string_view code(Assessment a);
std::string_view chinese(Assessment a);
std::optional<Assessment> parse_assessment(std::string_view s);
std::string_view code(Role r);
std::optional<Role> parse_role(std::string_view s);

// 合格以上: excellent or competent.
inline bool competent_or_better(Assessment a) { return a <= Assessment::competent; }

}  // namespace zp::core
