// The storage interface. app/ speaks only this: portable SQL with `?` placeholders
// run inside explicit transactions. The SQLite backend (sqlite/) is the embedded
// default; a PostgreSQL backend implements the same two classes (rewriting `?` to
// $n), so app/ never changes when the backend does.
//
// Thread-safety: a Database is shared by all threads; a Tx belongs to one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace zp::store {

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Failures of the store. app/ maps ConstraintError to a 409/400 and BusyError to 409.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class ConstraintError : public Error {  // UNIQUE / FOREIGN KEY / CHECK / trigger ABORT
 public:
  using Error::Error;
};
class BusyError : public Error {  // the database stayed locked past busy_timeout
 public:
  using Error::Error;
};

class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> names, std::vector<Value> values)
      : names_(std::move(names)), values_(std::move(values)) {}
  bool is_null(std::string_view col) const;
  // REQUIRES: the column exists. NULL reads as "" / 0.
  std::string str(std::string_view col) const;
  std::int64_t i64(std::string_view col) const;
  double f64(std::string_view col) const;
  std::optional<std::string> opt_str(std::string_view col) const;
  const Value& at(std::string_view col) const;

 private:
  std::shared_ptr<const std::vector<std::string>> names_;
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

enum class TxMode { read, write };

class Tx {
 public:
  virtual ~Tx() = default;  // rolls back unless commit() succeeded
  // Runs a statement; returns the number of rows changed.
  virtual std::int64_t exec(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  virtual Rows query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  std::optional<Row> one(std::string_view sql, const std::vector<Value>& params = {}) {
    auto rows = query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
  virtual void commit() = 0;
  virtual TxMode mode() const = 0;
};

class Database {
 public:
  virtual ~Database() = default;
  // write: serialised with other writers (SQLite BEGIN IMMEDIATE).
  virtual std::unique_ptr<Tx> begin(TxMode mode) = 0;
  virtual std::string backend() const = 0;  // "sqlite" | "postgresql"
  // Applies pending migrations; returns the versions applied.
  virtual std::vector<int> migrate() = 0;
  virtual int schema_version() = 0;
  // Online backup to a file (SQLite backup API). Throws Error on failure.
  virtual void backup_to(const std::string& path) = 0;
};

// "postgresql://…" or a file path for SQLite.
std::unique_ptr<Database> open_database(const std::string& url_or_path);

}  // namespace zp::store
