#include "store/database.h"
#include "store/sqlite/sqlite_database.h"

namespace zp::store {

std::unique_ptr<Database> open_database(const std::string& url_or_path) {
  if (url_or_path.rfind("postgresql://", 0) == 0 || url_or_path.rfind("postgres://", 0) == 0)
    throw Error("PostgreSQL 后端尚未构建：请使用 SQLite（省略 --db）");
  return std::make_unique<SqliteDatabase>(url_or_path);
}

}  // namespace zp::store
