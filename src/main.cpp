// zhiping — 职称评审管理服务系统 command line:
//   zhiping serve --port N --data DIR [--db URL] [--dev-clock] [--demo]
//   zhiping migrate --data DIR [--db URL]
//   zhiping audit verify --data DIR [--db URL]
//   zhiping backup --data DIR --to FILE
//   zhiping draw verify --file EXPORT.json   (re-derives a draw offline)
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>

#include "app/audit.h"
#include "app/bootstrap.h"
#include "app/context.h"
#include "app/demo.h"
#include "app/draws.h"
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

int serve(const Common& c, std::uint16_t port, bool dev_clock, bool demo, int threads) {
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
  opt.static_dir = "web/dist";
  zp::http::Server server(opt, [&router](zp::http::Request& req) { return router.dispatch(req); });
  const int rc = server.run([](std::uint16_t p) {
    std::cout << "listening on http://127.0.0.1:" << p << std::endl;
  });
  std::cerr << "server stopped; closing database\n";
  return rc;
}

}  // namespace

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

  CLI11_PARSE(cli, argc, argv);
  try {
    if (serve_cmd->parsed()) return serve(common, static_cast<std::uint16_t>(port), dev_clock, demo, threads);
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
