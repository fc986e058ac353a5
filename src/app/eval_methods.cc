#include "app/eval_methods.h"

#include "app/applications_eval.h"
#include "app/audit.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "app/series.h"
#include "core/eval_methods.h"
#include "core/level.h"

namespace zp::app {
namespace json = boost::json;

namespace {

json::array methods_json(const std::vector<std::string>& codes) {
  json::array a;
  for (const auto& c : codes) {
    auto m = core::find_eval_method(c);
    a.push_back(json::object{{"code", c}, {"name", m ? std::string{m->name} : c}});
  }
  return a;
}

core::Level level_or_400(const std::string& level) {
  auto l = core::parse_level(level);
  if (!l) bad_request("路径参数 level 取值无效：" + level);
  return *l;
}

}  // namespace

json::object get_eval_methods(const Context& ctx, const std::string& series, const std::string& level) {
  const core::Level l = level_or_400(level);
  auto tx = ctx.db.begin(store::TxMode::read);
  require_series(*tx, series, "series");
  auto r = tx->one("SELECT methods, notes, updated_at FROM eval_methods WHERE series = ? AND level = ?",
                   {series, level});
  json::array catalogue;
  for (const auto& m : core::eval_methods())
    catalogue.push_back(json::object{{"code", m.code}, {"name", m.name}, {"series", m.series}});
  if (!r) {
    std::vector<std::string> dflt{"review"};
    if (core::is_senior(l)) dflt.push_back("defense");
    for (auto it = dflt.begin(); it != dflt.end();)
      it = core::find_eval_method(*it) ? it + 1 : dflt.erase(it);
    return json::object{{"series", series}, {"level", level}, {"methods", methods_json(dflt)},
                        {"configured", false}, {"catalogue", catalogue}};
  }
  return json::object{{"series", series},          {"level", level},
                      {"methods", methods_json(stored_strings(r->str("methods")))},
                      {"notes", r->str("notes")},  {"updated_at", r->str("updated_at")},
                      {"configured", true},        {"catalogue", catalogue}};
}

json::object put_eval_methods(const Context& ctx, const Actor& actor, const std::string& series,
                              const std::string& level, const std::vector<std::string>& methods,
                              const std::string& notes) {
  if (!actor.has("title_office")) forbidden("评价方式由职改办配置");
  level_or_400(level);
  const core::Outcome o = core::check_eval_methods(series, methods);
  auto tx = ctx.db.begin(store::TxMode::write);
  require_series(*tx, series, "series");
  require(o, "评价方式配置无效");
  json::array codes;
  for (const auto& m : methods) codes.push_back(json::value(m));
  const std::string now = ctx.clock.now_rfc3339();
  tx->exec("DELETE FROM eval_methods WHERE series = ? AND level = ?", {series, level});
  tx->exec("INSERT INTO eval_methods(series, level, methods, notes, updated_at, updated_by) VALUES (?,?,?,?,?,?)",
           {series, level, json::serialize(codes), notes, now, actor.username});
  audit_append(*tx, ctx, &actor, "eval_methods.put", "eval_methods:" + series + "/" + level,
               json::object{{"methods", codes}, {"notes", notes}});
  tx->commit();
  return json::object{{"series", series}, {"level", level}, {"methods", methods_json(methods)}, {"notes", notes},
                      {"configured", true}, {"warnings", violations_array(o.warnings)}};
}

}  // namespace zp::app
