// Expert pool 专家库 (§二): exclusions, eligibility, intake steps, removal, size and
// diversity.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"
#include "core/vocabulary.h"

namespace zp::core {

// One qualification an expert holds.
struct ExpertQualification {
  Level level;
  Scope scope = Scope::province;
  Date obtained;                     // 资格起算日
  std::optional<Date> appointed;     // 被聘 to this level since, when appointed
};

// What the pool rules need to know about a candidate expert.
struct ExpertFacts {
  std::string person_id;
  bool conduct_issue = false;         // 品德有问题
  bool under_investigation = false;   // 正在接受组织审查
  bool retired = false;               // 已经退休
  std::vector<ExpertQualification> qualifications;
  Degree highest_degree = Degree::secondary;
  std::map<int, Assessment> assessments;  // year → result
  bool first_class_award = false;  // 本专业州级及以上一等成果奖
};

// R-POOL-EXCLUDE: never eligible (品德有问题、低层级职称参加高一级评委会、新层级职称履职
// 不满1年、获得“小范围”职称、正在接受组织审查、已经退休).
Outcome check_pool_exclusions(const ExpertFacts& e, CommitteeLevel committee, Date on);

// R-POOL-ELIGIBLE: 本科以上学历、全省有效的高/中级资格、被聘任2年以上、近2年年度考核合格以上.
// Exception: with a first-class award, a non-empty `exception_reason` relaxes the degree
// and tenure requirements; the relaxation is returned as a warning so it is recorded.
Outcome check_pool_eligibility(const ExpertFacts& e, Date on,
                               const std::optional<std::string>& exception_reason);

// Both checks, as POST /committees/{id}/pool runs them.
Outcome check_pool_admission(const ExpertFacts& e, CommitteeLevel committee, Date on,
                             const std::optional<std::string>& exception_reason);

// R-POOL-INTAKE: applied → unit_recommended → dept_reviewed → publicized → filed → admitted.
enum class PoolStatus { applied, unit_recommended, dept_reviewed, publicized, filed, admitted, removed };
std::string_view code(PoolStatus s);
std::string_view chinese(PoolStatus s);
std::optional<PoolStatus> parse_pool_status(std::string_view s);
// The proposed step must be exactly the next one after `current`.
Outcome check_intake_step(PoolStatus current, PoolStatus proposed);

// R-POOL-DYNAMIC: removal (出库) needs a reason and a not-yet-removed entry.
Outcome check_removal(PoolStatus current, const std::string& reason);

// R-POOL-SIZE (warning): admitted experts below 100 (senior) / 50 (intermediate).
Outcome check_pool_size(CommitteeLevel committee, int admitted, Date on);

// R-POOL-DIVERSITY (advisory): warns with the shares when grassroots or outside-system
// experts are missing.
Outcome check_pool_diversity(int admitted, int grassroots, int outside_system);

}  // namespace zp::core
