// The checks an application undergoes at creation, shared with the self-check
// (申报条件自测): R-APP-BLACKLIST, R-APP-RETIRE, R-APP-CUTOFF-ACHIEVE,
// R-APP-CUTOFF-YEARS (months), R-APP-WINDOW, R-APP-LEVEL-ORDER and the materials
// checklist of R-APP-ORIGINALS. The rules themselves are in src/core; this file only
// gathers the facts from the store and calls them.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"
#include "app/person_model.h"
#include "app/rounds.h"
#include "core/application_rules.h"
#include "core/materials.h"
#include "store/database.h"

namespace zp::app {

struct AchievementInput {
  std::string kind, title;
  core::Date date;
  std::optional<std::string> level, grade;
};

struct ApplicationRequest {
  std::string person_id;
  std::string round_id;  // empty for a self-check without a round
  std::string target_level, series, specialty, promotion_type;
  std::string exceptional_basis;
  std::string continuing_education, workload;  // 继续教育、业务工作量 (R-PUB-UNIT-CONTENT)
  std::vector<AchievementInput> achievements;
};

struct Evaluation {
  core::Outcome outcome;
  int application_year = 0;
  int months_total = 0;
  int months_in_level = 0;
  std::vector<core::MaterialItem> materials;
};

// 400 for malformed input the handlers cannot see (unknown series/specialty, unknown
// level or promotion type, achievement dated in the future, unknown round/person).
void validate_request(store::Tx& tx, const ApplicationRequest& r, core::Date today);

// Runs every creation check. `round` absent: R-APP-WINDOW is skipped and the year is
// today's.
Evaluation evaluate_application(const Context& ctx, store::Tx& tx, const PersonInput& person,
                                const std::string& person_id, const std::optional<RoundInfo>& round,
                                const ApplicationRequest& r, core::Date today);

// R-APP-BLACKLIST entries of a person.
std::vector<core::BlacklistEntry> blacklist_entries(store::Tx& tx, const std::string& person_id);

// 州直 or county (R-APP-ROUTE), from the unit's region.
core::Placement placement_of(store::Tx& tx, const std::string& unit_id);

// Whether a dept_reviewer's org oversees the unit: an ancestor of it, or a county
// office of the unit's region.
bool org_oversees(store::Tx& tx, const std::string& org_id, const std::string& unit_id);

// Object scope for applications (unit_hr: its unit; applicant: self; dept_reviewer:
// the units it oversees; committee_office: its committee's rounds; title_office,
// supervisor, sysadmin: all).
bool application_in_scope(store::Tx& tx, const Actor& a, const std::string& person_id,
                          const std::string& unit_id, const std::string& round_id);

boost::json::array violations_array(const std::vector<core::Violation>& v);
boost::json::array materials_array(const std::vector<core::MaterialItem>& m);

}  // namespace zp::app
