// 资格名称 title names: the table of names per series (and specialty) and level, its
// lookup for the other services and its administration (issue 16, item 6).
#include <algorithm>
#include <map>
#include <tuple>

#include "app/audit.h"
#include "app/error.h"
#include "app/series.h"
#include "core/level.h"
#include "core/title_names.h"

namespace zp::app {
namespace json = boost::json;
namespace {

std::vector<core::TitleNameEntry> rows_of(store::Tx& tx, const std::string& series, const std::string& level) {
  std::vector<core::TitleNameEntry> out;
  const auto l = core::parse_level(level);
  if (!l) return out;
  for (const auto& r : tx.query("SELECT specialty, name FROM title_names WHERE series = ? AND level = ?",
                                {series, level}))
    out.push_back({series, r.str("specialty"), *l, r.str("name")});
  return out;
}

json::value opt(const store::Row& r, const char* k) {
  return r.is_null(k) ? json::value(nullptr) : json::value(r.str(k));
}

json::object row_json(const store::Row& r) {
  const auto l = core::parse_level(r.str("level"));
  return json::object{{"series", r.str("series")},
                      {"specialty", r.str("specialty")},
                      {"level", r.str("level")},
                      {"level_name", l ? std::string{core::chinese(*l)} : r.str("level")},
                      {"name", r.str("name")},
                      {"updated_at", opt(r, "updated_at")},
                      {"updated_by", opt(r, "updated_by")}};
}

// Catalogue order: series, then the series row before its specialties, then level.
constexpr const char* kList =
    "SELECT t.series, t.specialty, t.level, t.name, t.updated_at, t.updated_by FROM title_names t "
    "LEFT JOIN series s ON s.name = t.series "
    "LEFT JOIN specialties sp ON sp.series_code = s.code AND sp.name = t.specialty ";
constexpr const char* kOrder =
    " ORDER BY COALESCE(s.position, 1000000), t.series, t.specialty <> '', COALESCE(sp.position, 1000000), "
    "t.specialty, CASE t.level WHEN 'junior' THEN 0 WHEN 'assistant' THEN 1 WHEN 'intermediate' THEN 2 "
    "WHEN 'deputy_senior' THEN 3 ELSE 4 END";

json::array list(store::Tx& tx, const std::string& series) {
  json::array out;
  const auto rows = series.empty() ? tx.query(std::string(kList) + kOrder)
                                   : tx.query(std::string(kList) + "WHERE t.series = ?" + kOrder, {series});
  for (const auto& r : rows) out.push_back(row_json(r));
  return out;
}

}  // namespace

std::string title_name(store::Tx& tx, const std::string& series, const std::string& specialty,
                       const std::string& level) {
  const auto l = core::parse_level(level);
  if (!l) return level;
  return core::resolve_title_name(rows_of(tx, series, level), series, specialty, *l).name;
}

json::array list_title_names(const Context& ctx, const std::string& series) {
  auto tx = ctx.db.begin(store::TxMode::read);
  return list(*tx, series);
}

json::object resolve_title_name(const Context& ctx, const std::string& series, const std::string& specialty,
                                const std::string& level) {
  if (series.empty()) bad_request("缺少参数 series");
  const auto l = core::parse_level(level);
  if (!l) bad_request("参数 level 须为 junior、assistant、intermediate、deputy_senior 或 full_senior");
  auto tx = ctx.db.begin(store::TxMode::read);
  const auto n = core::resolve_title_name(rows_of(*tx, series, level), series, specialty, *l);
  return json::object{{"series", series},
                      {"specialty", specialty},
                      {"level", level},
                      {"level_name", std::string{core::chinese(*l)}},
                      {"title_name", n.name},
                      {"source", core::code(n.source)}};
}

json::object put_title_names(const Context& ctx, const Actor& actor, const std::vector<TitleNameInput>& in) {
  if (!actor.has("sysadmin")) forbidden("仅系统管理员可维护资格名称");
  if (in.empty()) bad_request("字段 entries 不能为空");
  auto tx = ctx.db.begin(store::TxMode::write);
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const auto& e = in[i];
    const std::string f = "entries[" + std::to_string(i) + "].";
    if (e.series.empty()) bad_request("缺少字段 " + f + "series");
    require_series(*tx, e.series, (f + "series").c_str());
    if (!e.specialty.empty()) require_specialty(*tx, e.series, e.specialty, (f + "specialty").c_str());
    if (!core::parse_level(e.level))
      bad_request("字段 " + f + "level 须为 junior、assistant、intermediate、deputy_senior 或 full_senior");
    if (e.name)
      if (auto problem = core::title_name_problem(*e.name)) bad_request("字段 " + f + "name：" + *problem);
    auto [it, fresh] = seen.emplace(std::make_tuple(e.series, e.specialty, e.level), i);
    if (!fresh)
      bad_request("字段 entries[" + std::to_string(i) + "] 与 entries[" + std::to_string(it->second) +
                  "] 是同一系列、专业和层级");
  }
  const std::string now = ctx.clock.now_rfc3339();
  json::array changes;
  std::vector<std::string> series;
  for (const auto& e : in) {
    auto old = tx->one("SELECT name FROM title_names WHERE series = ? AND specialty = ? AND level = ?",
                       {e.series, e.specialty, e.level});
    const json::value from = old ? json::value(old->str("name")) : json::value(nullptr);
    const json::value to = e.name ? json::value(*e.name) : json::value(nullptr);
    if (from == to) continue;
    if (e.name)
      tx->exec("INSERT INTO title_names(series, specialty, level, name, updated_at, updated_by) VALUES (?,?,?,?,?,?) "
               "ON CONFLICT(series, specialty, level) DO UPDATE SET name = excluded.name, "
               "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
               {e.series, e.specialty, e.level, *e.name, now, actor.username});
    else
      tx->exec("DELETE FROM title_names WHERE series = ? AND specialty = ? AND level = ?",
               {e.series, e.specialty, e.level});
    changes.push_back(json::object{
        {"series", e.series}, {"specialty", e.specialty}, {"level", e.level}, {"from", from}, {"to", to}});
    if (std::find(series.begin(), series.end(), e.series) == series.end()) series.push_back(e.series);
  }
  if (!changes.empty()) audit_append(*tx, ctx, &actor, "title_names.put", "title_names", json::object{{"changes", changes}});
  json::array rows;
  for (const auto& s : series)
    for (auto& r : list(*tx, s)) rows.push_back(std::move(r));
  tx->commit();
  return json::object{{"changes", changes}, {"title_names", rows}};
}

}  // namespace zp::app
