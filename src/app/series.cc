#include "app/series.h"

#include "app/audit.h"
#include "app/error.h"

namespace zp::app {
namespace json = boost::json;
namespace {

struct DefaultSeries {
  const char* code;
  const char* name;
  std::vector<const char*> specialties;
};

// The default catalogue: the series the prefecture evaluates (临夏州职称系列).
const std::vector<DefaultSeries>& defaults() {
  static const std::vector<DefaultSeries> d = {
      {"health", "卫生", {"临床医学", "护理", "药学", "医学技术", "中医", "公共卫生", "口腔医学", "全科医学"}},
      {"k12", "中小学教师", {"语文", "数学", "英语", "物理", "化学", "生物", "政治", "历史", "地理", "音乐", "体育", "美术", "信息技术", "学前教育"}},
      {"engineering", "工程", {"土木建筑", "水利水电", "交通运输", "电气", "机械", "测绘", "地质矿产", "环境保护", "计算机"}},
      {"agriculture", "农业", {"农学", "畜牧兽医", "林业", "农业经济", "农业机械", "水产"}},
      {"economics", "经济", {"工商管理", "金融", "人力资源", "财政税收", "运输经济"}},
      {"accounting", "会计", {"会计"}},
      {"statistics", "统计", {"统计"}},
      {"arts", "文化艺术", {"演员", "演奏员", "舞台美术", "群众文化", "文物博物", "图书资料"}},
      {"university", "高校教师", {"教育学", "理学", "工学", "医学", "文学"}},
      {"journalism", "新闻", {"记者", "编辑", "播音主持"}},
      {"archives", "档案", {"档案"}},
      {"vocational", "中等职业学校教师", {"文化课", "专业课", "实习指导"}},
  };
  return d;
}

}  // namespace

void seed_default_series(const Context& ctx, store::Tx& tx) {
  auto n = tx.one("SELECT COUNT(*) AS n FROM series");
  if (n && n->i64("n") > 0) return;
  std::int64_t pos = 0;
  for (const auto& s : defaults()) {
    tx.exec("INSERT INTO series(code, name, position) VALUES (?, ?, ?)",
            {std::string(s.code), std::string(s.name), ++pos});
    std::int64_t i = 0;
    for (const char* sp : s.specialties) {
      ++i;
      tx.exec("INSERT INTO specialties(code, series_code, name, position) VALUES (?,?,?,?)",
              {std::string(s.code) + "." + std::to_string(i), std::string(s.code), std::string(sp), i});
    }
  }
  audit_append(tx, ctx, "system", "series.seed_defaults", "series:*");
}

json::array list_series(const Context& ctx) {
  auto tx = ctx.db.begin(store::TxMode::read);
  json::array out;
  for (const auto& s : tx->query("SELECT code, name FROM series ORDER BY position, code")) {
    json::object o;
    o["code"] = s.str("code");
    o["name"] = s.str("name");
    json::array sps;
    for (const auto& sp :
         tx->query("SELECT code, name FROM specialties WHERE series_code = ? ORDER BY position, code",
                  {s.str("code")})) {
      json::object x;
      x["code"] = sp.str("code");
      x["name"] = sp.str("name");
      sps.push_back(std::move(x));
    }
    o["specialties"] = std::move(sps);
    out.push_back(std::move(o));
  }
  return out;
}

json::object add_series(const Context& ctx, const Actor& actor, const std::string& name,
                        const std::vector<std::string>& specialties) {
  if (!actor.has("sysadmin")) forbidden("仅系统管理员可维护系列专业目录");
  if (name.empty()) bad_request("缺少字段 name");
  auto tx = ctx.db.begin(store::TxMode::write);
  std::string code;
  if (auto r = tx->one("SELECT code FROM series WHERE name = ?", {name})) {
    code = r->str("code");
  } else {
    auto n = tx->one("SELECT COUNT(*) AS n FROM series");
    const std::int64_t pos = (n ? n->i64("n") : 0) + 1;
    code = "s" + std::to_string(pos);
    while (tx->one("SELECT 1 AS x FROM series WHERE code = ?", {code})) code += "x";
    tx->exec("INSERT INTO series(code, name, position) VALUES (?, ?, ?)", {code, name, pos});
  }
  for (const auto& sp : specialties) {
    if (sp.empty()) bad_request("字段 specialties 含空名称");
    if (tx->one("SELECT 1 AS x FROM specialties WHERE series_code = ? AND name = ?", {code, sp})) continue;
    auto n = tx->one("SELECT COUNT(*) AS n FROM specialties WHERE series_code = ?", {code});
    const std::int64_t pos = (n ? n->i64("n") : 0) + 1;
    std::string spcode = code + "." + std::to_string(pos);
    while (tx->one("SELECT 1 AS x FROM specialties WHERE code = ?", {spcode})) spcode += "x";
    tx->exec("INSERT INTO specialties(code, series_code, name, position) VALUES (?,?,?,?)",
             {spcode, code, sp, pos});
  }
  json::object data;
  data["name"] = name;
  json::array sps;
  for (const auto& s : specialties) sps.emplace_back(s);
  data["specialties"] = sps;
  audit_append(*tx, ctx, &actor, "series.add", "series:" + code, data);
  tx->commit();
  for (auto& v : list_series(ctx))
    if (v.as_object().at("code").as_string() == code) return v.as_object();
  return {};
}

void require_series(store::Tx& tx, const std::string& series, const char* field) {
  if (!tx.one("SELECT 1 AS x FROM series WHERE name = ?", {series}))
    bad_request(std::string("字段 ") + field + " 不在系列目录中：" + series);
}

void require_specialty(store::Tx& tx, const std::string& series, const std::string& specialty,
                       const char* field) {
  if (!tx.one("SELECT 1 AS x FROM specialties sp JOIN series s ON s.code = sp.series_code "
              "WHERE s.name = ? AND sp.name = ?",
              {series, specialty}))
    bad_request(std::string("字段 ") + field + " 不是系列「" + series + "」的专业：" + specialty);
}

}  // namespace zp::app
