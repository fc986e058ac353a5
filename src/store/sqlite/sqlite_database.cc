#include "store/sqlite/sqlite_database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "store/migrations.h"

namespace zp::store {
namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  const int primary = rc & 0xff;
  if (primary == SQLITE_CONSTRAINT) throw ConstraintError(msg);
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw BusyError(msg);
  throw Error(msg);
}

void exec_plain(sqlite3* db, const char* sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    const int primary = rc & 0xff;
    if (primary == SQLITE_CONSTRAINT) throw ConstraintError(msg);
    if (primary == SQLITE_BUSY) throw BusyError(msg);
    throw Error(msg);
  }
}

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, "prepare");
  }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void bind(const std::vector<Value>& params) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(v)) rc = sqlite3_bind_null(st_, idx);
      else if (auto* n = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(st_, idx, *n);
      else if (auto* d = std::get_if<double>(&v)) rc = sqlite3_bind_double(st_, idx, *d);
      else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text(st_, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) fail(db_, rc, "bind");
    }
  }
  // true while a row is available
  bool step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, "step");
  }
  sqlite3_stmt* get() { return st_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

class SqliteTx : public Tx {
 public:
  SqliteTx(SqliteDatabase* owner, sqlite3* db, TxMode mode) : owner_(owner), db_(db), mode_(mode) {
    exec_plain(db_, mode == TxMode::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  }
  ~SqliteTx() override {
    if (!done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    owner_->release(db_);
  }

  std::int64_t exec(std::string_view sql, const std::vector<Value>& params) override {
    Statement st(db_, sql);
    st.bind(params);
    while (st.step()) {
    }
    return sqlite3_changes64(db_);
  }

  Rows query(std::string_view sql, const std::vector<Value>& params) override {
    Statement st(db_, sql);
    st.bind(params);
    Rows rows;
    std::shared_ptr<std::vector<std::string>> names;
    while (st.step()) {
      sqlite3_stmt* s = st.get();
      const int n = sqlite3_column_count(s);
      if (!names) {
        names = std::make_shared<std::vector<std::string>>();
        for (int i = 0; i < n; ++i) names->push_back(sqlite3_column_name(s, i));
      }
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(s, i)) {
          case SQLITE_NULL: values.emplace_back(nullptr); break;
          case SQLITE_INTEGER: values.emplace_back(std::int64_t{sqlite3_column_int64(s, i)}); break;
          case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(s, i)); break;
          default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
            values.emplace_back(std::string(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(s, i))));
          }
        }
      }
      rows.emplace_back(names, std::move(values));
    }
    return rows;
  }

  void commit() override {
    exec_plain(db_, "COMMIT");
    done_ = true;
  }
  TxMode mode() const override { return mode_; }

 private:
  SqliteDatabase* owner_;
  sqlite3* db_;
  TxMode mode_;
  bool done_ = false;
};

}  // namespace

namespace {
// The database and its -wal/-shm/-journal are readable by the owner only (issue 15,
// finding 9): the file is created 0600 before SQLite opens it (SQLite gives the files it
// creates beside it the database file's mode), and an existing one is narrowed.
void restrict_mode(const std::string& path) {
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return;
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::fchmod(fd, 0600);
    ::close(fd);
  }
  for (const char* suffix : {"-wal", "-shm", "-journal"}) ::chmod((path + suffix).c_str(), 0600);
}
}  // namespace

SqliteDatabase::SqliteDatabase(std::string path) : path_(std::move(path)) {
  restrict_mode(path_);
  sqlite3* db = open_connection();
  std::lock_guard lock(mu_);
  idle_.push_back(db);
}

SqliteDatabase::~SqliteDatabase() {
  std::lock_guard lock(mu_);
  for (sqlite3* db : all_) sqlite3_close_v2(db);
}

sqlite3* SqliteDatabase::open_connection() {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path_.c_str(), &db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = std::string("cannot open ") + path_ + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    throw Error(msg);
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_extended_result_codes(db, 1);
  exec_plain(db, "PRAGMA journal_mode=WAL");
  exec_plain(db, "PRAGMA synchronous=FULL");
  exec_plain(db, "PRAGMA foreign_keys=ON");
  {
    std::lock_guard lock(mu_);
    all_.push_back(db);
  }
  return db;
}

sqlite3* SqliteDatabase::acquire() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      sqlite3* db = idle_.back();
      idle_.pop_back();
      return db;
    }
  }
  return open_connection();
}

void SqliteDatabase::release(sqlite3* db) {
  std::lock_guard lock(mu_);
  idle_.push_back(db);
}

std::unique_ptr<Tx> SqliteDatabase::begin(TxMode mode) {
  sqlite3* db = acquire();
  try {
    return std::make_unique<SqliteTx>(this, db, mode);
  } catch (...) {
    release(db);
    throw;
  }
}

int SqliteDatabase::schema_version() {
  auto tx = begin(TxMode::read);
  auto t = tx->one("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'");
  if (!t) return 0;
  auto r = tx->one("SELECT COALESCE(MAX(version),0) AS v FROM schema_migrations");
  return static_cast<int>(r ? r->i64("v") : 0);
}

std::vector<int> SqliteDatabase::migrate() {
  std::vector<int> applied;
  {
    auto tx = begin(TxMode::write);
    tx->exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))");
    tx->commit();
  }
  for (const Migration& m : migrations()) {
    sqlite3* db = acquire();
    struct Back {
      SqliteDatabase* self;
      sqlite3* db;
      ~Back() { self->release(db); }
    } back{this, db};
    exec_plain(db, "BEGIN IMMEDIATE");
    try {
      Statement check(db, "SELECT 1 FROM schema_migrations WHERE version = ?");
      check.bind({std::int64_t{m.version}});
      if (check.step()) {
        exec_plain(db, "ROLLBACK");
        continue;
      }
      exec_plain(db, std::string(m.sql).c_str());
      Statement ins(db, "INSERT INTO schema_migrations(version, name) VALUES (?, ?)");
      ins.bind({std::int64_t{m.version}, std::string(m.name)});
      ins.step();
      exec_plain(db, "COMMIT");
      applied.push_back(m.version);
    } catch (...) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
  return applied;
}

void SqliteDatabase::backup_to(const std::string& path) {
  restrict_mode(path);
  sqlite3* dest = nullptr;
  if (sqlite3_open(path.c_str(), &dest) != SQLITE_OK) {
    std::string msg = dest ? sqlite3_errmsg(dest) : "open failed";
    sqlite3_close(dest);
    throw Error("backup: " + msg);
  }
  sqlite3* src = acquire();
  sqlite3_backup* b = sqlite3_backup_init(dest, "main", src, "main");
  int rc = SQLITE_ERROR;
  if (b) {
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
  }
  release(src);
  const std::string msg = sqlite3_errmsg(dest);
  sqlite3_close(dest);
  if (rc != SQLITE_DONE) throw Error("backup: " + msg);
}

}  // namespace zp::store
