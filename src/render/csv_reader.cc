#include "render/csv_reader.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace zp::render {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";
}

CsvParser::CsvParser(RowCallback on_row, char delimiter)
    : on_row_(std::move(on_row)), delim_(delimiter) {}

void CsvParser::end_field() {
  if (nfields_ < row_.size()) {
    row_[nfields_].swap(field_);  // both keep their capacity for the next records
  } else {
    row_.push_back(std::move(field_));
  }
  field_.clear();
  ++nfields_;
}

bool CsvParser::end_record() {
  ++record_;
  bool blank = nfields_ == 1 && row_[0].empty() && !any_quote_;
  row_.resize(nfields_);
  nfields_ = 0;
  any_quote_ = false;
  if (!blank && !on_row_(record_, row_)) stopped_ = true;
  return !stopped_;
}

bool CsvParser::feed(std::string_view in) {
  if (stopped_) return false;
  std::string first;
  if (!bom_done_) {
    bom_.append(in);
    if (bom_.size() < kBom.size() && kBom.substr(0, bom_.size()) == bom_) return true;
    bom_done_ = true;
    first.swap(bom_);
    if (first.starts_with(kBom)) first.erase(0, kBom.size());
    in = first;
  }
  const char* p = in.data();
  const char* e = p + in.size();
  for (; p < e; ++p) {
    char c = *p;
    if (pending_cr_) {
      pending_cr_ = false;
      if (c == '\n') continue;
    }
    switch (state_) {
      case State::field_start:
        if (c == '"') {
          state_ = State::quoted;
          any_quote_ = true;
          quote_row_ = record_ + 1;
          break;
        }
        [[fallthrough]];
      case State::unquoted:
        if (c == delim_) {
          end_field();
          state_ = State::field_start;
        } else if (c == '\n' || c == '\r') {
          end_field();
          pending_cr_ = c == '\r';
          state_ = State::field_start;
          if (!end_record()) return false;
        } else {
          const char* q = p;
          while (q < e && *q != delim_ && *q != '\n' && *q != '\r') ++q;
          field_.append(p, q);
          p = q - 1;
          state_ = State::unquoted;
        }
        break;
      case State::quoted:
        if (c == '"') {
          state_ = State::quote_in_quoted;
        } else {
          const void* q = std::memchr(p, '"', static_cast<std::size_t>(e - p));
          const char* end = q ? static_cast<const char*>(q) : e;
          field_.append(p, end);
          p = end - 1;
        }
        break;
      case State::quote_in_quoted:
        if (c == '"') {
          field_ += '"';
          state_ = State::quoted;
        } else if (c == delim_) {
          end_field();
          state_ = State::field_start;
        } else if (c == '\n' || c == '\r') {
          end_field();
          pending_cr_ = c == '\r';
          state_ = State::field_start;
          if (!end_record()) return false;
        } else {
          field_ += c;  // lenient: text after the closing quote
          state_ = State::unquoted;
        }
        break;
    }
  }
  return true;
}

ReadStatus CsvParser::finish() {
  if (stopped_) return {};
  if (!bom_done_) {
    bom_done_ = true;
    std::string rest;
    rest.swap(bom_);
    if (!feed(rest)) return {};
  }
  if (state_ == State::quoted)
    return ReadStatus::failure("第" + std::to_string(quote_row_) + "行：引号未闭合", quote_row_);
  if (state_ != State::field_start || nfields_ > 0) {
    end_field();
    end_record();
  }
  state_ = State::field_start;
  return {};
}

namespace {

// Counts delivered rows for the progress reports.
RowCallback counting(const RowCallback& on_row, std::size_t& rows) {
  return [&on_row, &rows](std::size_t n, Row& r) {
    ++rows;
    return on_row(n, r);
  };
}

}  // namespace

ReadStatus read_csv(std::string_view data, const RowCallback& on_row,
                    const ProgressCallback& progress) {
  std::size_t rows = 0;
  CsvParser parser(counting(on_row, rows));
  constexpr std::size_t kChunk = 64 * 1024;
  for (std::size_t at = 0; at < data.size(); at += kChunk) {
    if (!parser.feed(data.substr(at, kChunk))) break;
    if (progress) {
      double done = static_cast<double>(std::min(at + kChunk, data.size()));
      progress({rows, 0, 100.0 * done / static_cast<double>(data.size())});
    }
  }
  ReadStatus st = parser.finish();
  if (progress) progress({rows, rows, 100.0});
  return st;
}

ReadStatus read_csv_file(const std::string& path, const RowCallback& on_row,
                         const ProgressCallback& progress) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ReadStatus::failure("无法打开文件：" + path);
  std::error_code ec;
  auto total = std::filesystem::file_size(path, ec);
  std::size_t rows = 0, done = 0;
  CsvParser parser(counting(on_row, rows));
  std::vector<char> buf(1 << 20);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    done += n;
    if (!parser.feed(std::string_view(buf.data(), n))) break;
    if (progress && !ec && total > 0) progress({rows, 0, 100.0 * done / total});
  }
  ReadStatus st = parser.finish();
  if (progress) progress({rows, rows, 100.0});
  return st;
}

}  // namespace zp::render
