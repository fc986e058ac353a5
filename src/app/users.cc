#include "app/users.h"

#include <algorithm>

#include "app/audit.h"
#include "app/auth.h"
#include "app/error.h"
#include "crypto/password.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

constexpr const char* kRoles[] = {"sysadmin",      "title_office", "committee_office",
                                  "unit_hr",       "dept_reviewer", "expert",
                                  "applicant",     "supervisor"};

StoredUser from_row(const store::Row& r) {
  StoredUser u;
  u.actor.user_id = r.str("id");
  u.actor.username = r.str("username");
  u.actor.org_id = r.str("org_id");
  u.actor.person_id = r.str("person_id");
  u.actor.committee_id = r.str("committee_id");
  boost::system::error_code ec;
  auto roles = json::parse(r.str("roles"), ec);
  if (!ec && roles.is_array())
    for (const auto& x : roles.as_array())
      if (x.is_string()) u.actor.roles.insert(std::string(x.as_string()));
  u.name = r.str("name");
  u.password_hash = r.str("password_hash");
  u.active = r.i64("active") != 0;
  return u;
}

constexpr const char* kUserCols =
    "SELECT id, username, password_hash, name, roles, org_id, person_id, committee_id, active FROM users ";

bool valid_username(const std::string& s) {
  if (s.size() < 3 || s.size() > 32) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
  });
}

void check_binding(store::Tx& tx, const NewUser& u) {
  auto org_kind = [&](const std::string& id) -> std::string {
    auto r = tx.one("SELECT kind FROM orgs WHERE id = ?", {id});
    return r ? r->str("kind") : "";
  };
  for (const auto& role : u.roles) {
    if (role == "unit_hr") {
      if (u.org_id.empty()) bad_request("角色 unit_hr 须绑定用人单位：缺少字段 org_id");
      if (org_kind(u.org_id) != "unit") bad_request("字段 org_id 须为用人单位（kind=unit）");
    } else if (role == "dept_reviewer") {
      if (u.org_id.empty()) bad_request("角色 dept_reviewer 须绑定主管部门或县市职改：缺少字段 org_id");
      const std::string k = org_kind(u.org_id);
      if (k != "department" && k != "county_office")
        bad_request("字段 org_id 须为主管部门或县市职改部门");
    } else if (role == "committee_office") {
      if (u.committee_id.empty()) bad_request("角色 committee_office 须绑定评委会：缺少字段 committee_id");
    } else if (role == "expert" || role == "applicant") {
      if (u.person_id.empty()) bad_request("角色 " + role + " 须绑定人员：缺少字段 person_id");
      if (!tx.one("SELECT 1 AS x FROM persons WHERE id = ?", {u.person_id}))
        bad_request("字段 person_id 指向的人员不存在");
    }
  }
  if (!u.org_id.empty() && org_kind(u.org_id).empty()) bad_request("字段 org_id 指向的机构不存在");
}

}  // namespace

bool valid_role(const std::string& role) {
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

std::optional<StoredUser> find_user_by_username(const Context& ctx, const std::string& username) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one(std::string(kUserCols) + "WHERE username = ?", {username});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::optional<StoredUser> find_user_by_id(const Context& ctx, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one(std::string(kUserCols) + "WHERE id = ?", {id});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::string create_user_system(const Context& ctx, store::Tx& tx, const NewUser& u) {
  if (!valid_username(u.username)) bad_request("字段 username 须为 3–32 位字母、数字或 _ . -");
  if (u.name.empty()) bad_request("缺少字段 name");
  if (u.roles.empty()) bad_request("字段 roles 至少包含一个角色");
  for (const auto& r : u.roles)
    if (!valid_role(r)) bad_request("字段 roles 含未知角色：" + r);
  const auto strength = crypto::password_strength(u.password, u.username);
  if (!strength.ok) bad_request("字段 password 强度不足：" + strength.message);
  check_binding(tx, u);
  if (tx.one("SELECT 1 AS x FROM users WHERE username = ?", {u.username}))
    throw Failure(Category::conflict, "用户名已存在：" + u.username);
  auto hash = u.password_hash.empty() ? crypto::password_hash(u.password)
                                      : std::optional<std::string>(u.password_hash);
  if (!hash) throw Failure(Category::internal, "密码哈希失败");
  const std::string id = crypto::random_id();
  json::array roles;
  for (const auto& r : u.roles) roles.emplace_back(r);
  auto nul = [](const std::string& s) -> store::Value {
    return s.empty() ? store::Value(nullptr) : store::Value(s);
  };
  tx.exec(
      "INSERT INTO users(id, username, password_hash, name, roles, org_id, person_id, committee_id, "
      "active, created_at) VALUES (?,?,?,?,?,?,?,?,1,?)",
      {id, u.username, *hash, u.name, json::serialize(roles), nul(u.org_id), nul(u.person_id),
       nul(u.committee_id), ctx.clock.now_rfc3339()});
  return id;
}

json::object create_user(const Context& ctx, const Actor& actor, const NewUser& u) {
  if (!actor.has("sysadmin")) forbidden("仅系统管理员可创建用户");
  auto tx = ctx.db.begin(store::TxMode::write);
  const std::string id = create_user_system(ctx, *tx, u);
  json::object data;
  data["username"] = u.username;
  json::array roles;
  for (const auto& r : u.roles) roles.emplace_back(r);
  data["roles"] = roles;
  audit_append(*tx, ctx, &actor, "user.create", "user:" + id, data);
  tx->commit();
  return get_user(ctx, actor, id);
}

json::array list_users(const Context& ctx, const Actor& actor) {
  if (!actor.any({"sysadmin", "supervisor"})) forbidden("仅系统管理员与纪检监督可查看用户列表");
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& r : tx->query(std::string(kUserCols) + "ORDER BY username")) {
    StoredUser u = from_row(r);
    json::object o = user_json(u.actor, u.name);
    o["active"] = u.active;
    out.push_back(std::move(o));
  }
  return out;
}

json::object get_user(const Context& ctx, const Actor& actor, const std::string& id) {
  if (!actor.any({"sysadmin", "supervisor"}) && actor.user_id != id) not_found("用户");
  auto u = find_user_by_id(ctx, id);
  if (!u) not_found("用户");
  json::object o = user_json(u->actor, u->name);
  o["active"] = u->active;
  return o;
}

}  // namespace zp::app
