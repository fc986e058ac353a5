// Users and their roles. Only a sysadmin creates users. Role bindings:
// committee_office → committee_id; unit_hr → org_id of a unit; dept_reviewer →
// org_id of a department or county office; expert / applicant → person_id.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

struct StoredUser {
  Actor actor;
  std::string name;
  std::string password_hash;
  bool active = true;
};

struct NewUser {
  std::string username;
  std::string password;
  std::string name;
  std::vector<std::string> roles;
  std::string org_id, person_id, committee_id;
  // Optional: a password_hash() of `password` made by the caller, for many users created
  // with one password (the demo's logins share the published demo password).
  std::string password_hash;
};

std::optional<StoredUser> find_user_by_username(const Context& ctx, const std::string& username);
std::optional<StoredUser> find_user_by_id(const Context& ctx, const std::string& id);

// 400 for a weak password, unknown role or missing binding; 409 for a taken username.
boost::json::object create_user(const Context& ctx, const Actor& actor, const NewUser& u);
// Used by bootstrap and demo data: no actor checks, audited as "system".
std::string create_user_system(const Context& ctx, store::Tx& tx, const NewUser& u);
boost::json::array list_users(const Context& ctx, const Actor& actor);
boost::json::object get_user(const Context& ctx, const Actor& actor, const std::string& id);

}  // namespace zp::app
