// Organisations: the bureau, competent departments, county offices, employer units.
// region is 州直 or the county's name (decides the reporting route, R-APP-ROUTE).
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

struct NewOrg {
  std::string name, kind, region;
  std::optional<std::string> parent_id;
};

boost::json::object create_org(const Context& ctx, const Actor& actor, const NewOrg& o);
std::string create_org_system(const Context& ctx, store::Tx& tx, const NewOrg& o);
boost::json::array list_orgs(const Context& ctx);
boost::json::object get_org(const Context& ctx, const std::string& id);

}  // namespace zp::app
