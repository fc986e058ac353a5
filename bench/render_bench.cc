// Import throughput: a 1,000,000-row CSV (generated in memory, 6 columns incl. an
// id number, a date and an enumeration) parsed, and parsed + validated.
#include <benchmark/benchmark.h>

#include <string>

#include "core/id_number.h"
#include "render/csv_reader.h"
#include "render/import.h"

namespace {

using namespace zp::render;

const std::string& million_rows() {
  static const std::string csv = [] {
    std::string out = "姓名,身份证号,出生日期,工作单位,有效范围,工作年限\r\n";
    out.reserve(100u << 20);
    const char* scopes[] = {"全省有效", "基层有效", "本单位有效"};
    for (int i = 0; i < 1000000; ++i) {
      char first17[18];
      std::snprintf(first17, sizeof first17, "622901198%01d%02d%02d%03d", i % 10, i % 12 + 1,
                    i % 28 + 1, i % 1000);
      std::string id = std::string(first17) + zp::core::id_number_check_char(first17);
      out += "申报人" + std::to_string(i) + "," + id + ",198" + std::to_string(i % 10) + "-0" +
             std::to_string(i % 9 + 1) + "-1" + std::to_string(i % 9) +
             ",\"临夏州第" + std::to_string(i % 500) + "中学\"," + scopes[i % 3] + "," +
             std::to_string(i % 40) + "\r\n";
    }
    return out;
  }();
  return csv;
}

void BM_CsvParse1M(benchmark::State& state) {
  const std::string& csv = million_rows();
  std::size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    read_csv(csv, [&](std::size_t, Row&) { return ++rows, true; });
  }
  state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(csv.size()) * state.iterations());
}
BENCHMARK(BM_CsvParse1M)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CsvParseValidate1M(benchmark::State& state) {
  const std::string& csv = million_rows();
  std::vector<ColumnSpec> specs = {
      {"姓名", "name", true},
      {"身份证号", "id_number", true, FieldType::id_number},
      {"出生日期", "birth_date", true, FieldType::date},
      {"工作单位", "unit", true},
      {"有效范围", "scope", true, FieldType::enumeration, {"全省有效", "基层有效", "本单位有效"}},
      {"工作年限", "years", false, FieldType::integer}};
  ImportOptions opt;
  opt.keep_records = state.range(0) != 0;
  std::size_t rows = 0;
  for (auto _ : state) {
    ImportReport r = validate_all(csv, specs, opt);
    if (!r.ok()) state.SkipWithError(r.errors[0].str().c_str());
    rows = r.rows;
  }
  state.counters["rows/s"] = benchmark::Counter(static_cast<double>(rows) * state.iterations(),
                                                benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CsvParseValidate1M)->Arg(0)->Arg(1)->ArgName("keep")->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
