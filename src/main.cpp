// zhiping — 职称评审管理服务系统 command line:
//   zhiping serve --port N --data DIR [--db URL] [--dev-clock] [--demo] [--web DIR]
//   zhiping migrate --data DIR [--db URL]
//   zhiping audit verify --data DIR [--db URL]
//   zhiping backup --data DIR --to FILE
//   zhiping draw verify --file EXPORT.json   (re-derives a draw offline)
//   zhiping cert verify --payload QR --public-key bureau_sm2.pub.pem   (or --statement S --signature HEX|B64URL)
//   zhiping import --data DIR --kind persons|experts --file F.csv|F.xlsx [--unit-id U] [--committee-id C]
//   zhiping export --data DIR --what pool|applications|roster|publicity --committee-id C|--round-id R|--roster-id X|--publicity-id P --out F.xlsx
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <iostream>
#include <optional>
#include <vector>

#include "app/audit.h"
#include "app/bootstrap.h"
#include "app/context.h"
#include "app/demo.h"
#include "app/certificates.h"
#include "app/draws.h"
#include "app/error.h"
#include "app/exports.h"
#include "app/imports.h"
#include "app/keys.h"
#include "http/api.h"
#include "http/router.h"
#include "http/server.h"
#include "store/database.h"

namespace {

struct Common {
  std::string data = "./data";
  std::string db;
};

std::string db_location(const Common& c) {
  if (!c.db.empty()) return c.db;
  std::filesystem::create_directories(c.data);
  return (std::filesystem::path(c.data) / "zhiping.db").string();
}

// The web front end's files (docs/web.md): --web DIR (or ZHIPING_WEB_DIR) when given —
// it must hold index.html —, else ./web/dist, else web/dist beside the build directory
// of the binary (<binary dir>/../web/dist). Empty: only the API is served.
std::optional<std::string> web_root(const std::string& explicit_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto usable = [&ec](const fs::path& d) { return fs::is_regular_file(d / "index.html", ec); };
  if (!explicit_dir.empty()) {
    if (!usable(explicit_dir)) {
      std::cerr << "zhiping: --web " << explicit_dir << "：目录中没有 index.html\n";
      return std::nullopt;
    }
    return fs::weakly_canonical(explicit_dir, ec).string();
  }
  std::vector<fs::path> candidates{"web/dist"};
  if (auto exe = fs::read_symlink("/proc/self/exe", ec); !ec)
    candidates.push_back(exe.parent_path().parent_path() / "web" / "dist");
  for (const auto& d : candidates)
    if (usable(d)) return fs::weakly_canonical(d, ec).string();
  return std::string();
}

int serve(const Common& c, std::uint16_t port, bool dev_clock, bool demo, int threads, const std::string& web) {
  auto db = zp::store::open_database(db_location(c));
  const bool fresh = db->schema_version() == 0;
  db->migrate();
  zp::app::Clock clock(dev_clock);
  zp::app::Context ctx{*db, clock, zp::app::load_or_create_keys((std::filesystem::path(c.data) / "keys").string()),
                       c.data};
  const char* env_pw = std::getenv("ZHIPING_ADMIN_PASSWORD");
  auto boot = zp::app::bootstrap(ctx, env_pw ? std::optional<std::string>(env_pw) : std::nullopt);
  if (boot.created_admin) {
    if (boot.generated_password)
      std::cerr << "初始管理员 admin 的密码（仅显示一次）/ initial admin password (shown once): "
                << *boot.generated_password << "\n";
    else
      std::cerr << "初始管理员 admin 已创建，密码取自 ZHIPING_ADMIN_PASSWORD\n";
  }
  if (demo && fresh) {
    auto logins = zp::app::load_demo(ctx);
    std::cerr << "已载入演示数据 / demo data loaded. 演示账号 / demo logins (password "
              << zp::app::kDemoPassword << "):\n";
    for (const auto& l : logins) std::cerr << "  " << l << "\n";
  }

  zp::http::Router router;
  zp::http::register_api(router, ctx);
  zp::http::ServerOptions opt;
  opt.port = port;
  opt.threads = threads;
  opt.static_dir = web;
  if (web.empty())
    std::cerr << "未找到网页界面（web/dist，先运行 make web）：只提供 /api/v1 接口\n";
  else
    std::cerr << "网页界面 / web UI: " << web << "\n";
  zp::http::Server server(opt, [&router](zp::http::Request& req) { return router.dispatch(req); });
  const int rc = server.run([](std::uint16_t p) {
    std::cout << "listening on http://127.0.0.1:" << p << std::endl;
    // Readiness marker on stderr, after every banner above: a reader of stderr that sees
    // it has seen everything printed before serving (tests/api/harness.py waits for it).
    std::cerr << "zhiping ready: http://127.0.0.1:" << p << std::endl;
  });
  // Background imports refer to ctx: cancel (rollback) and wait for them before it goes.
  zp::app::stop_imports();
  std::cerr << "server stopped; closing database\n";
  return rc;
}

}  // namespace

// `zhiping import`: validates every row, then writes all rows in one transaction (or
// nothing). Progress bar on stderr; the validation report on stdout; exit 1 on errors.
int run_import_cli(const Common& c, const std::string& kind, const std::string& file, const std::string& unit_id,
                   const std::string& committee_id) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "zhiping: cannot read " << file << "\n";
    return 2;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string bytes = buf.str();
  auto db = zp::store::open_database(db_location(c));
  db->migrate();
  zp::app::Clock clock(false);
  zp::app::Context ctx{*db, clock, zp::app::load_or_create_keys((std::filesystem::path(c.data) / "keys").string()),
                       c.data};
  zp::app::ImportParams p;
  p.kind = kind;
  p.format = file.size() >= 5 && file.substr(file.size() - 5) == ".xlsx" ? "xlsx" : "csv";
  p.unit_id = unit_id;
  p.committee_id = committee_id;
  p.actor = "cli:import";
  int last = -1;
  const auto t0 = std::chrono::steady_clock::now();
  auto bar = [&](int pct, std::size_t done, std::size_t total, const char* phase) {
    if (pct == last) return;
    last = pct;
    const int w = 30, filled = pct * w / 100;
    std::cerr << "\r[" << std::string(filled, '#') << std::string(w - filled, '.') << "] " << pct << "%  " << done;
    if (total) std::cerr << "/" << total;
    std::cerr << " 行  " << phase << "   " << std::flush;
  };
  auto o = zp::app::run_import(ctx, p, bytes, bar);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cerr << "\n";
  if (!o.ok()) {
    for (const auto& e : o.errors) {
      std::cout << "第 " << e.row << " 行";
      if (e.column > 0) std::cout << " 第 " << e.column << " 列（" << e.header << "）";
      else if (!e.header.empty()) std::cout << "（" << e.header << "）";
      std::cout << "：" << e.message << "\n";
    }
    if (o.error_count > o.errors.size()) std::cout << "……共 " << o.error_count << " 处错误\n";
    std::cout << "导入未执行：" << o.rows << " 行中发现 " << o.error_count << " 处错误，未写入任何数据\n";
    return 1;
  }
  std::cout << "导入完成：" << o.rows << " 行，新建人员 " << o.written;
  if (kind == "experts") std::cout << "，专家库申请 " << o.pool_entries;
  std::cout << "；用时 " << secs << " 秒（" << static_cast<long>(secs > 0 ? o.rows / secs : 0) << " 行/秒）\n";
  return 0;
}

// `zhiping export`: the same .xlsx as the API's exports, written to a file. Read-only (a
// read transaction; SQLite WAL lets it run beside a live server). The operator of the
// server's data directory acts as the title office (full, confidential access).
int run_export_cli(const Common& c, const std::string& what, const std::string& committee_id,
                   const std::string& round_id, const std::string& roster_id, const std::string& publicity_id,
                   const std::string& out) {
  auto need = [&](const std::string& v, const char* opt) {
    if (v.empty()) throw std::invalid_argument(std::string("--what ") + what + " 须给出 " + opt);
  };
  auto db = zp::store::open_database(db_location(c));
  if (db->schema_version() == 0) {
    std::cerr << "zhiping: no database in " << c.data << "\n";
    return 2;
  }
  zp::app::Clock clock(false);
  zp::app::Context ctx{*db, clock, zp::app::load_or_create_keys((std::filesystem::path(c.data) / "keys").string()),
                       c.data};
  zp::app::Actor system;
  system.user_id = "cli:export";
  system.username = "cli:export";
  system.roles = {"sysadmin", "title_office", "supervisor"};
  std::string bytes;
  try {
    if (what == "pool") {
      need(committee_id, "--committee-id");
      bytes = zp::app::export_pool_xlsx(ctx, system, committee_id);
    } else if (what == "applications") {
      need(round_id, "--round-id");
      bytes = zp::app::export_applications_xlsx(ctx, system, round_id);
    } else if (what == "roster") {
      need(roster_id, "--roster-id");
      bytes = zp::app::certificate_roster_xlsx(ctx, system, roster_id);
    } else {
      need(publicity_id, "--publicity-id");
      bytes = zp::app::export_publicity_xlsx(ctx, publicity_id);
    }
  } catch (const std::invalid_argument& e) {
    std::cerr << "zhiping: " << e.what() << "\n";
    return 2;
  } catch (const zp::app::Failure& f) {
    std::cerr << "zhiping: " << f.what() << "\n";
    return 1;
  }
  std::ofstream o(out, std::ios::binary | std::ios::trunc);
  if (!o || !o.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !o.flush()) {
    std::cerr << "zhiping: cannot write " << out << "\n";
    return 2;
  }
  std::cout << "已导出 " << what << " → " << out << "（" << bytes.size() << " 字节）\n";
  return 0;
}

int main(int argc, char** argv) {
  CLI::App cli{"zhiping 职称评审管理服务系统"};
  cli.require_subcommand(1);
  Common common;
  auto add_common = [&](CLI::App* sc) {
    sc->add_option("--data", common.data, "数据目录（SQLite 文件与密钥）")->capture_default_str();
    sc->add_option("--db", common.db, "数据库：postgresql://… 或 SQLite 文件路径");
  };

  auto* serve_cmd = cli.add_subcommand("serve", "运行 HTTP 服务");
  add_common(serve_cmd);
  int port = 8080;
  int threads = 4;
  bool dev_clock = false, demo = false;
  serve_cmd->add_option("--port", port, "端口（0 = 随机）")->capture_default_str()->check(CLI::Range(0, 65535));
  serve_cmd->add_option("--threads", threads, "工作线程数")->capture_default_str()->check(CLI::Range(1, 64));
  serve_cmd->add_flag("--dev-clock", dev_clock, "允许系统管理员调整时钟（测试与培训）");
  serve_cmd->add_flag("--demo", demo, "新数据库时载入演示数据");
  std::string web_dir;
  serve_cmd->add_option("--web", web_dir, "网页界面文件目录（默认 ./web/dist 或 程序目录/../web/dist）")
      ->envname("ZHIPING_WEB_DIR");

  auto* migrate_cmd = cli.add_subcommand("migrate", "执行数据库迁移");
  add_common(migrate_cmd);

  auto* audit_cmd = cli.add_subcommand("audit", "审计链");
  audit_cmd->require_subcommand(1);
  auto* verify_cmd = audit_cmd->add_subcommand("verify", "离线校验审计链");
  add_common(verify_cmd);

  auto* backup_cmd = cli.add_subcommand("backup", "在线备份 SQLite 数据库");
  add_common(backup_cmd);
  std::string backup_to;
  backup_cmd->add_option("--to", backup_to, "备份文件")->required();

  auto* draw_cmd = cli.add_subcommand("draw", "随机抽取");
  draw_cmd->require_subcommand(1);
  auto* draw_verify_cmd = draw_cmd->add_subcommand("verify", "按导出的输入离线复核一次抽取");
  std::string draw_file;
  draw_verify_cmd->add_option("--file", draw_file, "GET /api/v1/draws/{id}/export 的 JSON")->required();

  auto* import_cmd = cli.add_subcommand("import", "批量导入人员或专家（CSV / xlsx，全部正确才写入）");
  add_common(import_cmd);
  std::string import_kind = "persons", import_file, import_unit, import_committee;
  import_cmd->add_option("--kind", import_kind, "persons 或 experts")->capture_default_str()->check(
      CLI::IsMember({"persons", "experts"}));
  import_cmd->add_option("--file", import_file, "CSV 或 .xlsx 文件")->required();
  import_cmd->add_option("--unit-id", import_unit, "文件无「单位」列时的单位");
  import_cmd->add_option("--committee-id", import_committee, "导入专家时的评委会");

  auto* export_cmd = cli.add_subcommand("export", "导出 Excel（专家库、申报人员、花名册、公示名单）");
  add_common(export_cmd);
  std::string export_what, export_committee, export_round, export_roster, export_publicity, export_out;
  export_cmd->add_option("--what", export_what, "pool | applications | roster | publicity")->required()->check(
      CLI::IsMember({"pool", "applications", "roster", "publicity"}));
  export_cmd->add_option("--committee-id", export_committee, "pool：评委会");
  export_cmd->add_option("--round-id", export_round, "applications：评审批次");
  export_cmd->add_option("--roster-id", export_roster, "roster：考核定职/以考代评花名册");
  export_cmd->add_option("--publicity-id", export_publicity, "publicity：公示");
  export_cmd->add_option("--out", export_out, "输出的 .xlsx 文件")->required();

  auto* cert_cmd = cli.add_subcommand("cert", "证书");
  cert_cmd->require_subcommand(1);
  auto* cert_verify_cmd = cert_cmd->add_subcommand("verify", "离线查验证书二维码载荷或签名声明（0 有效 / 1 无效）");
  std::string cert_payload, cert_statement, cert_signature, cert_key;
  cert_verify_cmd->add_option("--payload", cert_payload, "二维码内容");
  cert_verify_cmd->add_option("--statement", cert_statement, "签名声明 serial|name|level|series|specialty|date|doc_no");
  cert_verify_cmd->add_option("--signature", cert_signature, "签名：十六进制 DER 或 base64url（与 --statement 同用）");
  cert_verify_cmd->add_option("--public-key", cert_key, "人社局 SM2 公钥 PEM 文件（DIR/keys/bureau_sm2.pub.pem）")
      ->required();

  CLI11_PARSE(cli, argc, argv);
  try {
    if (serve_cmd->parsed()) {
      auto web = web_root(web_dir);
      if (!web) return 2;
      return serve(common, static_cast<std::uint16_t>(port), dev_clock, demo, threads, *web);
    }
    if (migrate_cmd->parsed()) {
      auto db = zp::store::open_database(db_location(common));
      auto applied = db->migrate();
      std::cout << "schema version " << db->schema_version() << " (" << applied.size() << " applied)\n";
      return 0;
    }
    if (verify_cmd->parsed()) {
      auto db = zp::store::open_database(db_location(common));
      auto r = zp::app::audit_verify(*db);
      if (r.ok) {
        std::cout << "audit chain OK: " << r.entries << " entries\n";
        return 0;
      }
      std::cout << "audit chain BROKEN at seq " << r.first_bad_seq << ": " << r.problem << "\n";
      return 1;
    }
    if (draw_verify_cmd->parsed()) {
      std::ifstream in(draw_file, std::ios::binary);
      if (!in) {
        std::cerr << "zhiping: cannot read " << draw_file << "\n";
        return 2;
      }
      std::stringstream buf;
      buf << in.rdbuf();
      boost::system::error_code ec;
      auto v = boost::json::parse(buf.str(), ec);
      if (ec || !v.is_object()) {
        std::cerr << "zhiping: " << draw_file << " is not a JSON object\n";
        return 2;
      }
      auto r = zp::app::verify_draw_export(v.as_object());
      std::cout << boost::json::serialize(r) << "\n";
      return r["reproduced"].as_bool() ? 0 : 1;
    }
    if (cert_verify_cmd->parsed()) {
      std::ifstream kin(cert_key, std::ios::binary);
      if (!kin) {
        std::cerr << "zhiping: cannot read " << cert_key << "\n";
        return 2;
      }
      std::stringstream kb;
      kb << kin.rdbuf();
      zp::app::PayloadCheck r;
      if (!cert_payload.empty()) r = zp::app::verify_certificate_payload(kb.str(), cert_payload);
      else if (!cert_statement.empty()) r = zp::app::verify_certificate_statement(kb.str(), cert_statement, cert_signature);
      else {
        std::cerr << "zhiping: give --payload or --statement with --signature\n";
        return 2;
      }
      boost::json::object o{{"valid", r.valid}, {"serial", r.serial}, {"statement", r.statement}};
      if (!r.valid) o["problem"] = r.problem;
      std::cout << boost::json::serialize(o) << "\n";
      return r.valid ? 0 : 1;
    }
    if (export_cmd->parsed())
      return run_export_cli(common, export_what, export_committee, export_round, export_roster, export_publicity,
                            export_out);
    if (import_cmd->parsed()) return run_import_cli(common, import_kind, import_file, import_unit, import_committee);
    if (backup_cmd->parsed()) {
      auto db = zp::store::open_database(db_location(common));
      db->backup_to(backup_to);
      std::cout << "backup written to " << backup_to << "\n";
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "zhiping: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
