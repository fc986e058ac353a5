#include "app/imports.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "app/audit.h"
#include "app/committees.h"
#include "app/error.h"
#include "app/persons.h"
#include "core/id_number.h"
#include "crypto/random.h"
#include "crypto/seal.h"
#include "render/csv_reader.h"
#include "render/import.h"
#include "render/xlsx_reader.h"

namespace zp::app {
namespace json = boost::json;
namespace {

using render::ColumnSpec;
using render::FieldType;

std::vector<ColumnSpec> specs_for(const std::string& kind) {
  std::vector<ColumnSpec> s = {
      {"姓名", "name", true, FieldType::text, {}},
      {"公民身份号码", "id_number", true, FieldType::id_number, {}},
      {"性别", "gender", true, FieldType::enumeration, {"男", "女", "M", "F"}},
      {"出生日期", "birth_date", true, FieldType::date, {}},
      {"退休基准", "retirement_base", true, FieldType::enumeration, {"60", "55", "50"}},
      {"单位", "unit", false, FieldType::text, {}},
      {"是否岗位管理", "post_managed", false, FieldType::enumeration, {"是", "否"}},
      {"手机", "phone", false, FieldType::text, {}},
      {"系列", "series", false, FieldType::text, {}},
      {"专业", "specialty", false, FieldType::text, {}},
      {"职称级别", "level", false, FieldType::enumeration, {"正高级", "副高级", "中级", "助理级", "员级"}},
      {"取得资格时间", "obtained_on", false, FieldType::date, {}},
      {"有效范围", "scope", false, FieldType::enumeration, {"全省有效", "基层有效", "本单位有效"}},
      {"取得方式", "how", false, FieldType::enumeration, {"评审", "以考代评", "考试", "考核认定"}},
      {"批准文号", "doc_no", false, FieldType::text, {}},
  };
  if (kind == "experts") s.push_back({"基层一线", "grassroots", false, FieldType::enumeration, {"是", "否"}});
  return s;
}
enum Col { kName, kId, kGender, kBirth, kBase, kUnit, kPost, kPhone, kSeries, kSpec, kLevel, kObtained, kScope, kHow, kDocNo, kGrass };

const std::map<std::string, std::string> kLevels = {{"正高级", "full_senior"}, {"副高级", "deputy_senior"},
                                                    {"中级", "intermediate"}, {"助理级", "assistant"}, {"员级", "junior"}};
const std::map<std::string, std::string> kScopes = {{"全省有效", "province"}, {"基层有效", "grassroots"}, {"本单位有效", "unit"}};
const std::map<std::string, std::string> kHows = {{"评审", "review"}, {"以考代评", "exam"}, {"考试", "exam"}, {"考核认定", "assessment"}};

struct Parsed {
  std::size_t row;
  render::Row v;
  std::string unit_id;
  std::string existing_person;  // experts: already registered
};

// Live progress of running jobs (this process), so GET shows it while the single write
// transaction holds the database.
struct Live {
  int percent = 0;
  std::size_t rows = 0;
};
std::mutex g_mu;
std::unordered_map<std::string, Live> g_live;  // GUARDED_BY(g_mu)

void set_live(const std::string& id, int percent, std::size_t rows) {
  std::lock_guard<std::mutex> l(g_mu);
  auto& live = g_live[id];
  // Never backwards: the read phase reports per 10,000 rows, the later phases per 1,000.
  live.percent = std::max(live.percent, percent);
  live.rows = rows;
}

// Background imports still running (this process): stop_imports() waits for them.
std::size_t g_running = 0;        // GUARDED_BY(g_mu)
std::condition_variable g_idle;   // signalled when g_running drops to 0
std::atomic<bool> g_stopping{false};

// Thrown from the progress callback when the server is shutting down: unwinds
// run_import, whose write transaction (if any) rolls back.
struct Cancelled : std::runtime_error {
  Cancelled() : std::runtime_error("服务停止，导入已取消，未写入任何数据") {}
};

json::array errors_json(const std::vector<ImportRowError>& errs) {
  json::array a;
  for (const auto& e : errs)
    a.push_back(json::object{{"row", e.row}, {"column", e.header}, {"column_index", e.column}, {"message", e.message}});
  return a;
}

}  // namespace

ImportOutcome run_import(const Context& ctx, const ImportParams& p, std::string_view bytes,
                         const ImportProgress& progress) {
  if (p.kind != "persons" && p.kind != "experts") bad_request("字段 kind 须为 persons 或 experts");
  if (p.format != "csv" && p.format != "xlsx") bad_request("字段 format 须为 csv 或 xlsx");
  if (p.kind == "experts" && p.committee_id.empty()) bad_request("导入专家须给出字段 committee_id");
  const auto specs = specs_for(p.kind);
  const bool xlsx = p.format == "xlsx";
  auto report_progress = [&](int pct, std::size_t done, std::size_t total, const char* phase) {
    if (progress) progress(pct, done, total, phase);
  };

  ImportOutcome out;
  auto add = [&](std::size_t row, int col, const std::string& header, std::string msg) {
    ++out.error_count;
    if (out.errors.size() < 1000) out.errors.push_back({row, col, header, std::move(msg)});
  };

  // 1. Read and check the column types.
  render::Validator validator(specs, xlsx);
  render::ImportReport rep;
  std::map<std::string, int> col_of;  // header → 1-based file column
  std::vector<int> spec_col(specs.size(), 0);
  bool have_header = false;
  std::vector<Parsed> rows;
  render::Row normalised;
  render::RowCallback on_row = [&](std::size_t n, render::Row& cells) {
    if (!have_header) {
      have_header = true;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string h{render::trim(cells[c])};
        for (std::size_t i = 0; i < specs.size(); ++i)
          if (h == specs[i].header || h == specs[i].key) {
            spec_col[i] = static_cast<int>(c) + 1;
            col_of[specs[i].header] = static_cast<int>(c) + 1;
          }
      }
      return validator.bind_header(n, cells, rep);
    }
    bool blank = true;
    for (const auto& c : cells)
      if (!render::trim(c).empty()) blank = false;
    if (blank) return true;
    ++out.rows;
    if (validator.check_row(n, cells, normalised, rep) && rep.error_count == 0) rows.push_back({n, normalised, "", ""});
    if (rep.error_count > 0 && !rows.empty()) rows.clear(), rows.shrink_to_fit();
    return true;
  };
  render::ProgressCallback on_progress = [&](const render::Progress& pr) {
    report_progress(pr.percent < 0 ? 0 : static_cast<int>(pr.percent * 0.4), pr.rows, pr.total, "读取");
  };
  auto st = xlsx ? render::read_xlsx(bytes, on_row, on_progress) : render::read_csv(bytes, on_row, on_progress);
  if (!st.ok) add(st.row, 0, "", st.message);
  else if (!have_header) add(1, 0, "", "文件为空：没有表头行");
  for (const auto& e : rep.errors) add(e.row, e.column.empty() ? 0 : col_of[e.column], e.column, e.message);
  out.error_count = std::max(out.error_count, rep.error_count + (st.ok && have_header ? 0 : 1));
  if (!out.ok()) return out;
  if (!p.unit_id.empty() && spec_col[kUnit] == 0) {
    // fine: every row belongs to the given unit
  } else if (spec_col[kUnit] == 0 && p.restrict_unit.empty()) {
    add(1, 0, "单位", "缺少「单位」列：请在文件中给出单位，或在请求中给出 unit_id");
    return out;
  }

  // 2. Check every row against the database (read transaction).
  {
    auto tx = ctx.db.begin(store::TxMode::read);
    if (p.kind == "experts") require_committee(*tx, p.committee_id);
    std::unordered_map<std::string, std::string> unit_by_name;
    std::unordered_set<std::string> unit_ids, ambiguous;
    for (const auto& r : tx->query("SELECT id, name FROM orgs WHERE kind = 'unit'")) {
      unit_ids.insert(r.str("id"));
      if (!unit_by_name.emplace(r.str("name"), r.str("id")).second) ambiguous.insert(r.str("name"));
    }
    if (!p.unit_id.empty() && !unit_ids.count(p.unit_id)) bad_request("字段 unit_id 须为已登记的用人单位");
    std::set<std::pair<std::string, std::string>> catalogue;
    std::set<std::string> series_names;
    for (const auto& r : tx->query("SELECT s.name AS series, p.name AS specialty FROM specialties p "
                                   "JOIN series s ON s.code = p.series_code")) {
      catalogue.emplace(r.str("series"), r.str("specialty"));
      series_names.insert(r.str("series"));
    }
    std::unordered_map<std::string, std::size_t> seen;  // blind index → row
    std::size_t done = 0;
    for (auto& r : rows) {
      auto& v = r.v;
      auto err = [&](int col, std::string msg) {
        add(r.row, spec_col[col], specs[col].header, std::move(msg));
      };
      // unit
      const std::string unit_text = v[kUnit];
      if (!unit_text.empty()) {
        if (unit_ids.count(unit_text)) r.unit_id = unit_text;
        else if (ambiguous.count(unit_text)) err(kUnit, "单位名称「" + unit_text + "」不唯一，请改填单位编号");
        else if (auto it = unit_by_name.find(unit_text); it != unit_by_name.end()) r.unit_id = it->second;
        else err(kUnit, "单位「" + unit_text + "」未登记");
      } else if (!p.unit_id.empty()) {
        r.unit_id = p.unit_id;
      } else if (!p.restrict_unit.empty()) {
        r.unit_id = p.restrict_unit;
      } else {
        err(kUnit, "缺少单位");
      }
      if (!r.unit_id.empty() && !p.restrict_unit.empty() && r.unit_id != p.restrict_unit)
        err(kUnit, "用人单位只能导入本单位人员");
      // id number vs birth date and gender
      const std::string& idn = v[kId];
      if (core::id_number_birth_date(idn) != core::Date::parse(v[kBirth]))
        err(kBirth, "出生日期与公民身份号码中的出生日期不一致");
      const std::string g = (v[kGender] == "男" || v[kGender] == "M") ? "M" : "F";
      if (std::string(1, core::id_number_gender(idn)) != g) err(kGender, "性别与公民身份号码的性别位不一致");
      // qualification: all four or none
      const bool any_q = !v[kSeries].empty() || !v[kSpec].empty() || !v[kLevel].empty() || !v[kObtained].empty();
      if (any_q) {
        if (v[kSeries].empty() || !series_names.count(v[kSeries])) err(kSeries, "系列「" + v[kSeries] + "」不在目录中");
        else if (!catalogue.count({v[kSeries], v[kSpec]})) err(kSpec, "专业「" + v[kSpec] + "」不在系列「" + v[kSeries] + "」的目录中");
        if (v[kLevel].empty()) err(kLevel, "填写了资格信息时须给出职称级别");
        if (v[kObtained].empty()) err(kObtained, "填写了资格信息时须给出取得资格时间");
      }
      // duplicates in the file and in the database
      const std::string idx = crypto::blind_index(ctx.keys.data, idn);
      if (auto [it, fresh] = seen.emplace(idx, r.row); !fresh)
        err(kId, "公民身份号码与第 " + std::to_string(it->second) + " 行重复");
      else if (auto ex = tx->one("SELECT id FROM persons WHERE id_index = ?", {idx})) {
        if (p.kind == "persons") err(kId, "该公民身份号码的人员已登记");
        else {
          r.existing_person = ex->str("id");
          if (tx->one("SELECT 1 AS x FROM pool_entries WHERE committee_id = ? AND person_id = ? AND status <> 'removed'",
                      {p.committee_id, r.existing_person}))
            err(kId, "该人员已在本评委会专家库中（或已申请入库）");
        }
      }
      if (++done % 1000 == 0) report_progress(40 + static_cast<int>(20.0 * done / rows.size()), done, rows.size(), "校验");
    }
  }
  if (!out.ok()) return out;

  // 3. Write everything in one transaction.
  auto tx = ctx.db.begin(store::TxMode::write);
  const std::string now = ctx.clock.now_rfc3339();
  std::size_t done = 0;
  for (const auto& r : rows) {
    const auto& v = r.v;
    std::string person_id = r.existing_person;
    if (person_id.empty()) {
      PersonInput in;
      in.name = v[kName];
      in.id_number = v[kId];
      in.gender = (v[kGender] == "男" || v[kGender] == "M") ? "M" : "F";
      in.birth_date = *core::Date::parse(v[kBirth]);
      in.retirement_base = std::stoi(v[kBase]);
      in.unit_id = r.unit_id;
      in.post_managed = v[kPost] == "是";
      if (!v[kPhone].empty()) in.phone = v[kPhone];
      if (!v[kSeries].empty()) {
        Qualification q;
        q.series = v[kSeries];
        q.specialty = v[kSpec];
        q.level = kLevels.at(v[kLevel]);
        q.obtained_on = *core::Date::parse(v[kObtained]);
        q.scope = v[kScope].empty() ? "province" : kScopes.at(v[kScope]);
        q.how = v[kHow].empty() ? "review" : kHows.at(v[kHow]);
        q.doc_no = v[kDocNo];
        in.qualifications.push_back(std::move(q));
      }
      try {
        person_id = create_person_system(ctx, *tx, in);
      } catch (const Failure& f) {
        add(r.row, 0, "", f.what());
        out.written = 0;
        return out;  // rolls back: nothing written
      }
      ++out.written;
    }
    if (p.kind == "experts") {
      tx->exec("INSERT INTO pool_entries(id, committee_id, person_id, status, grassroots, outside_system, created_at, "
               "created_by) VALUES (?,?,?,'applied',?,0,?,?)",
               {crypto::random_id(), p.committee_id, person_id, std::int64_t{v[kGrass] == "是" ? 1 : 0}, now, p.actor});
      ++out.pool_entries;
    }
    if (++done % 1000 == 0) report_progress(60 + static_cast<int>(39.0 * done / rows.size()), done, rows.size(), "写入");
  }
  json::object data{{"rows", out.rows}, {"persons_created", out.written}, {"format", p.format}};
  if (!p.unit_id.empty()) data["unit_id"] = p.unit_id;
  if (p.kind == "experts") {
    data["committee_id"] = p.committee_id;
    data["pool_entries"] = out.pool_entries;
  }
  audit_append(*tx, ctx, p.actor, "import." + p.kind, p.job_id.empty() ? "import:cli" : "import:" + p.job_id,
               std::move(data));
  tx->commit();
  report_progress(100, rows.size(), rows.size(), "写入");
  return out;
}

namespace {

void finish_job(const Context& ctx, const std::string& id, const ImportOutcome& o) {
  const std::string status = o.ok() ? "done" : "failed";
  try {
    auto tx = ctx.db.begin(store::TxMode::write);
    tx->exec("UPDATE imports SET status = ?, percent = 100, rows_total = ?, written = ?, error_count = ?, errors = ?, "
             "message = ?, finished_at = ? WHERE id = ?",
             {status, static_cast<std::int64_t>(o.rows), static_cast<std::int64_t>(o.written),
              static_cast<std::int64_t>(o.error_count), json::serialize(errors_json(o.errors)), o.failure,
              ctx.clock.now_rfc3339(), id});
    tx->commit();
  } catch (const std::exception&) {
  }
  std::lock_guard<std::mutex> l(g_mu);
  g_live.erase(id);
}

void execute(const Context& ctx, const ImportParams& p, const std::string& bytes) {
  ImportOutcome o;
  try {
    o = run_import(ctx, p, bytes, [&](int pct, std::size_t done, std::size_t, const char*) {
      if (pct < 100 && g_stopping.load()) throw Cancelled();  // never after the commit
      set_live(p.job_id, pct, done);
    });
  } catch (const Failure& f) {
    o.failure = f.what();
    o.error_count = 1;
    o.errors.push_back({0, 0, "", f.what()});
  } catch (const Cancelled& e) {
    o.failure = e.what();
    o.error_count = 1;
    o.errors.push_back({0, 0, "", o.failure});
  } catch (const std::exception& e) {
    o.failure = std::string("导入失败：") + e.what();
    o.error_count = 1;
    o.errors.push_back({0, 0, "", o.failure});
  }
  if (!o.ok()) o.written = 0, o.pool_entries = 0;
  finish_job(ctx, p.job_id, o);
}

}  // namespace

json::object start_import(const Context& ctx, const Actor& actor, ImportParams p, std::string bytes) {
  if (p.kind != "persons" && p.kind != "experts") bad_request("字段 kind 须为 persons 或 experts");
  if (p.format != "csv" && p.format != "xlsx") bad_request("字段 format 须为 csv 或 xlsx");
  if (p.kind == "persons") {
    if (!actor.any({"sysadmin", "title_office", "unit_hr"})) forbidden("无权导入人员");
    if (!actor.any({"sysadmin", "title_office"})) {
      if (!p.unit_id.empty() && p.unit_id != actor.org_id) forbidden("用人单位只能导入本单位人员");
      p.restrict_unit = actor.org_id;
    }
  } else {
    if (p.committee_id.empty()) bad_request("导入专家须给出字段 committee_id");
    if (!actor.any({"sysadmin", "title_office"}) && !manages_committee(actor, p.committee_id))
      forbidden("无权向该评委会专家库导入");
    auto tx = ctx.db.begin(store::TxMode::read);
    require_committee(*tx, p.committee_id);
  }
  p.actor = actor_ref(&actor);
  p.job_id = crypto::random_id();
  {
    auto tx = ctx.db.begin(store::TxMode::write);
    tx->exec("INSERT INTO imports(id, kind, format, unit_id, committee_id, status, percent, created_by, created_at) "
             "VALUES (?,?,?,?,?,'running',0,?,?)",
             {p.job_id, p.kind, p.format, p.unit_id.empty() ? store::Value(nullptr) : store::Value(p.unit_id),
              p.committee_id.empty() ? store::Value(nullptr) : store::Value(p.committee_id), actor.user_id,
              ctx.clock.now_rfc3339()});
    tx->commit();
  }
  set_live(p.job_id, 0, 0);
  if (bytes.size() <= 256 * 1024 || g_stopping.load()) {
    execute(ctx, p, bytes);
  } else {
    {
      std::lock_guard<std::mutex> l(g_mu);
      ++g_running;
    }
    // Detached, but counted: stop_imports() (server shutdown) waits for it, so it never
    // outlives the Context it refers to.
    std::thread([&ctx, p, b = std::move(bytes)]() {
      execute(ctx, p, b);
      std::lock_guard<std::mutex> l(g_mu);
      if (--g_running == 0) g_idle.notify_all();
    }).detach();
  }
  return get_import(ctx, actor, p.job_id);
}

void stop_imports() {
  g_stopping.store(true);
  std::unique_lock<std::mutex> l(g_mu);
  g_idle.wait(l, [] { return g_running == 0; });
}

json::object get_import(const Context& ctx, const Actor& actor, const std::string& id) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one("SELECT * FROM imports WHERE id = ?", {id});
  if (!r || (r->str("created_by") != actor.user_id && !actor.any({"sysadmin", "title_office"}))) not_found("导入任务");
  json::object o;
  o["id"] = id;
  o["kind"] = r->str("kind");
  o["format"] = r->str("format");
  o["status"] = r->str("status");
  std::int64_t percent = r->i64("percent");
  std::int64_t rows = r->i64("rows_total");
  if (r->str("status") == "running") {
    std::lock_guard<std::mutex> l(g_mu);
    if (auto it = g_live.find(id); it != g_live.end()) {
      percent = it->second.percent;
      rows = static_cast<std::int64_t>(it->second.rows);
    }
  }
  o["percent"] = percent;
  o["rows"] = rows;
  o["written"] = r->i64("written");
  o["error_count"] = r->i64("error_count");
  boost::system::error_code ec;
  auto errs = json::parse(r->str("errors"), ec);
  o["errors"] = (!ec && errs.is_array()) ? errs : json::array{};
  o["message"] = r->str("message");
  o["created_at"] = r->str("created_at");
  o["finished_at"] = r->is_null("finished_at") ? json::value(nullptr) : json::value(r->str("finished_at"));
  return o;
}

}  // namespace zp::app
