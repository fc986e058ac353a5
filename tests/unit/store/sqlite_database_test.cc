// The SQLite backend: migrations, transactions, error mapping, concurrency, backup.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "store/database.h"
#include "store/migrations.h"

namespace zp::store {
namespace {

namespace fs = std::filesystem;

class SqliteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("zp-store-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = open_database((dir_ / "t.db").string());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(SqliteTest, MigrationsApplyOnceInVersionOrder) {
  EXPECT_EQ(db_->schema_version(), 0);
  auto applied = db_->migrate();
  ASSERT_FALSE(applied.empty());
  EXPECT_EQ(applied.front(), 1);
  EXPECT_TRUE(std::is_sorted(applied.begin(), applied.end()));
  EXPECT_EQ(db_->schema_version(), migrations().back().version);
  EXPECT_TRUE(db_->migrate().empty());  // idempotent
}

TEST_F(SqliteTest, UncommittedTransactionRollsBack) {
  db_->migrate();
  {
    auto tx = db_->begin(TxMode::write);
    tx->exec("INSERT INTO settings(key, value) VALUES (?, ?)", {std::string("a"), std::string("1")});
  }  // no commit
  auto tx = db_->begin(TxMode::read);
  EXPECT_FALSE(tx->one("SELECT value FROM settings WHERE key = 'a'"));
}

TEST_F(SqliteTest, CommittedValuesRoundTripWithTypes) {
  db_->migrate();
  {
    auto tx = db_->begin(TxMode::write);
    tx->exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n TEXT)");
    tx->exec("INSERT INTO t VALUES (?, ?, ?, ?)",
             {std::int64_t{-42}, 2.5, std::string("临夏州"), nullptr});
    tx->commit();
  }
  auto tx = db_->begin(TxMode::read);
  auto r = tx->one("SELECT i, d, s, n FROM t");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->i64("i"), -42);
  EXPECT_DOUBLE_EQ(r->f64("d"), 2.5);
  EXPECT_EQ(r->str("s"), "临夏州");
  EXPECT_TRUE(r->is_null("n"));
  EXPECT_FALSE(r->opt_str("n"));
  EXPECT_THROW(r->at("missing"), Error);
}

TEST_F(SqliteTest, ConstraintFailuresAreConstraintErrors) {
  db_->migrate();
  auto tx = db_->begin(TxMode::write);
  tx->exec("INSERT INTO settings(key, value) VALUES ('k', 'v')");
  EXPECT_THROW(tx->exec("INSERT INTO settings(key, value) VALUES ('k', 'w')"), ConstraintError);
  // Foreign keys are enforced.
  EXPECT_THROW(tx->exec("INSERT INTO orgs(id, name, kind, parent_id, region, created_at) "
                        "VALUES ('o1', 'x', 'unit', 'no-such-parent', '州直', 'now')"),
               ConstraintError);
  // CHECK constraints too.
  EXPECT_THROW(tx->exec("INSERT INTO orgs(id, name, kind, region, created_at) "
                        "VALUES ('o2', 'x', 'planet', '州直', 'now')"),
               ConstraintError);
}

TEST_F(SqliteTest, AuditRowsAreAppendOnly) {
  db_->migrate();
  auto tx = db_->begin(TxMode::write);
  tx->exec("INSERT INTO audit(seq, at, actor, action, target, record, digest, prev_digest) "
           "VALUES (1, 'at', 'system', 'x', 'y', '{}', 'd', 'p')");
  EXPECT_THROW(tx->exec("UPDATE audit SET actor = 'mallory' WHERE seq = 1"), ConstraintError);
  EXPECT_THROW(tx->exec("DELETE FROM audit WHERE seq = 1"), ConstraintError);
  tx->commit();
  auto r = db_->begin(TxMode::read)->one("SELECT actor FROM audit WHERE seq = 1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->str("actor"), "system");
}

TEST_F(SqliteTest, ConcurrentWritersAreSerialisedAndNothingIsLost) {
  db_->migrate();
  {
    auto tx = db_->begin(TxMode::write);
    tx->exec("CREATE TABLE counter (n INTEGER NOT NULL)");
    tx->exec("INSERT INTO counter VALUES (0)");
    tx->commit();
  }
  constexpr int kThreads = 4, kIncrements = 50;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kIncrements; ++i) {
        try {
          auto tx = db_->begin(TxMode::write);  // BEGIN IMMEDIATE: read-modify-write is safe
          auto r = tx->one("SELECT n FROM counter");
          tx->exec("UPDATE counter SET n = ?", {r->i64("n") + 1});
          tx->commit();
        } catch (const Error&) {
          ++failures;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(db_->begin(TxMode::read)->one("SELECT n FROM counter")->i64("n"), kThreads * kIncrements);
}

TEST_F(SqliteTest, OnlineBackupCopiesTheDatabase) {
  db_->migrate();
  {
    auto tx = db_->begin(TxMode::write);
    tx->exec("INSERT INTO settings(key, value) VALUES ('backup', 'yes')");
    tx->commit();
  }
  const std::string copy = (dir_ / "copy.db").string();
  db_->backup_to(copy);
  auto other = open_database(copy);
  auto r = other->begin(TxMode::read)->one("SELECT value FROM settings WHERE key = 'backup'");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->str("value"), "yes");
}

TEST_F(SqliteTest, UnopenableFileThrows) {
  EXPECT_THROW(open_database("/nonexistent-dir/zp/x.db"), Error);
}

TEST(OpenDatabase, PostgresUrlIsRefusedClearlyUntilTheBackendExists) {
  EXPECT_THROW(open_database("postgresql://localhost/zhiping"), Error);
}

}  // namespace
}  // namespace zp::store
