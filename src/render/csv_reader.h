// CSV reading per RFC 4180, streaming: fields may be quoted ("…"), a doubled quote
// inside quotes is one quote, quoted fields may hold delimiters and line breaks;
// records end at CRLF, LF or CR. A UTF-8 byte-order mark at the start is dropped.
// Blank lines are skipped (they still count in the record numbers). Lenient where RFC
// 4180 is silent: a quote inside an unquoted field is kept as a character, and text
// after a closing quote is appended.
#pragma once

#include <string>
#include <string_view>

#include "render/table_rows.h"

namespace zp::render {

class CsvParser {
 public:
  explicit CsvParser(RowCallback on_row, char delimiter = ',');

  // Parses the next chunk; chunks may split anywhere (inside a field, a CRLF or the
  // BOM). Returns false once the callback has asked to stop; later calls do nothing.
  bool feed(std::string_view chunk);
  // Ends the input and delivers the last record. Fails when a quoted field is still
  // open (the row where it started is reported).
  ReadStatus finish();
  std::size_t records() const { return record_; }

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted };
  bool end_record();
  void end_field();

  RowCallback on_row_;
  char delim_;
  State state_ = State::field_start;
  Row row_;
  std::size_t nfields_ = 0;   // fields of row_ in use (row_ keeps capacity)
  std::string field_;
  std::string bom_;           // first bytes, until the BOM question is settled
  bool bom_done_ = false;
  bool pending_cr_ = false;   // a CR ended the last record; skip a following LF
  bool stopped_ = false;
  bool any_quote_ = false;    // the current record had a quoted field
  std::size_t record_ = 0;    // records ended so far
  std::size_t quote_row_ = 0; // record number where the open quote started
};

// Reads all of `data`. Progress is reported by bytes, every 64 KiB.
ReadStatus read_csv(std::string_view data, const RowCallback& on_row,
                    const ProgressCallback& progress = {});
// Reads a file in 1 MiB chunks (never whole in memory).
ReadStatus read_csv_file(const std::string& path, const RowCallback& on_row,
                         const ProgressCallback& progress = {});

}  // namespace zp::render
