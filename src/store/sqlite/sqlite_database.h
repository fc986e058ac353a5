// SQLite backend: one file, WAL, synchronous=FULL, busy_timeout, foreign keys,
// BEGIN IMMEDIATE for writes. Connections are pooled; each Tx holds one.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.h"

struct sqlite3;

namespace zp::store {

class SqliteDatabase : public Database {
 public:
  // Throws Error when the file cannot be opened.
  explicit SqliteDatabase(std::string path);
  ~SqliteDatabase() override;

  std::unique_ptr<Tx> begin(TxMode mode) override;
  std::string backend() const override { return "sqlite"; }
  std::vector<int> migrate() override;
  int schema_version() override;
  void backup_to(const std::string& path) override;

  // Used by SqliteTx to hand its connection back.
  void release(sqlite3* db);

 private:
  sqlite3* acquire();
  sqlite3* open_connection();

  std::string path_;
  std::mutex mu_;
  std::vector<sqlite3*> idle_;  // GUARDED_BY(mu_)
  std::vector<sqlite3*> all_;   // GUARDED_BY(mu_)
};

}  // namespace zp::store
