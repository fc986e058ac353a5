// Who is acting: the authenticated user with roles and the objects they are bound to.
// Role codes are API.md's: sysadmin, title_office, committee_office, unit_hr,
// dept_reviewer, expert, applicant, supervisor. The public has no Actor (nullptr).
#pragma once

#include <set>
#include <string>

namespace zp::app {

struct Actor {
  std::string user_id;
  std::string username;
  std::set<std::string> roles;
  std::string org_id;        // unit_hr, dept_reviewer
  std::string person_id;     // expert, applicant
  std::string committee_id;  // committee_office

  bool has(const std::string& role) const { return roles.count(role) > 0; }
  bool any(std::initializer_list<const char*> rs) const {
    for (const char* r : rs)
      if (roles.count(r)) return true;
    return false;
  }
};

// The audit's name for an actor ("user:<id>" or "public" or "system").
inline std::string actor_ref(const Actor* a) { return a ? "user:" + a->user_id : "public"; }

bool valid_role(const std::string& role);

}  // namespace zp::app
