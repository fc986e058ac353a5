// Bulk imports of persons and experts (issue 7) from CSV or .xlsx.
//
// Every row is validated first (column types by render::Validator, then the unit,
// the catalogue, the ID number against birth date and gender, duplicates in the file
// and in the database); only a clean file is written, in ONE write transaction with
// one audit entry ("import.persons" / "import.experts", counts only, never an ID
// number). Anything wrong: nothing is written and the report lists {row, column,
// message} (row as the user sees it, header = 1).
//
// The HTTP API (POST /api/v1/imports) keeps a job row (table imports); small uploads
// run synchronously, larger ones in a detached thread, and GET /api/v1/imports/{id}
// shows the percent (held in memory while the write transaction runs, so progress
// never needs a second writer). The request body limit is 1 MiB: large files go
// through `zhiping import`.
#pragma once
#include <boost/json.hpp>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

struct ImportRowError {
  std::size_t row = 0;     // 1 = header row
  int column = 0;          // 1-based column in the file (0 = whole row/file)
  std::string header;      // the column's header ("" for whole-row problems)
  std::string message;     // Chinese
};

struct ImportParams {
  std::string kind = "persons";  // persons | experts
  std::string format = "csv";    // csv | xlsx
  std::string unit_id;           // default unit when the file has no 单位 column
  std::string committee_id;      // experts: the committee whose pool they apply to
  std::string actor = "system";  // the audit's actor
  std::string restrict_unit;     // unit_hr: every row must be of this unit
  std::string job_id;            // the audit target suffix ("" for the CLI)
};

struct ImportOutcome {
  std::size_t rows = 0;          // data rows read
  std::size_t written = 0;       // persons created (0 unless ok)
  std::size_t pool_entries = 0;  // experts: pool applications created
  std::size_t error_count = 0;
  std::vector<ImportRowError> errors;  // the first 1000
  std::string failure;           // a whole-file failure ("" when none)
  bool ok() const { return error_count == 0 && failure.empty(); }
};

// percent 0..100, rows done, rows total (0 when unknown), phase: "读取" | "校验" | "写入".
using ImportProgress = std::function<void(int percent, std::size_t done, std::size_t total, const char* phase)>;

// Validates and (when clean) writes. Throws Failure(bad_request) for bad parameters
// (kind, unknown committee/unit); row problems are in the outcome.
ImportOutcome run_import(const Context& ctx, const ImportParams& p, std::string_view bytes,
                         const ImportProgress& progress = {});

// POST /api/v1/imports: 202 {id, status, percent, rows, errors}.
boost::json::object start_import(const Context& ctx, const Actor& actor, ImportParams p, std::string bytes);
// Server shutdown: background imports are cancelled at their next progress point (their
// write transaction rolls back, the job is marked failed with the reason) and this waits
// until every one has finished, so none outlives the Context. Later uploads run
// synchronously.
void stop_imports();
// GET /api/v1/imports/{id} (the uploader, sysadmin, title_office).
boost::json::object get_import(const Context& ctx, const Actor& actor, const std::string& id);

}  // namespace zp::app
