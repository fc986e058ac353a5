// The constrained draw from a 100,000-expert pool (docs/draw.md §9).
// Realistic senior meeting: size 25, 5 specialty quotas, rotation against a
// 25-member previous roster, fixed chair and vice-chair. The pool snapshot (sort +
// SM3 digest) is taken once per draw in production and is measured separately.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "core/draw.h"

namespace {

using namespace zp::core;

std::vector<PoolEntry> big_pool(int n) {
  std::mt19937 g(42);
  std::vector<PoolEntry> v;
  v.reserve(n);
  const Level levels[] = {Level::intermediate, Level::deputy_senior, Level::deputy_senior,
                          Level::full_senior};
  for (int i = 0; i < n; ++i) {
    PoolEntry e;
    e.person_id = "P" + std::to_string(1000000 + i);
    e.unit_id = "U" + std::to_string(g() % 3000);
    e.specialties.push_back("专业" + std::to_string(g() % 20));
    if (g() % 4 == 0) e.specialties.push_back("专业" + std::to_string(g() % 20));
    e.level = levels[g() % 4];
    e.on_previous_roster = i % 4000 == 7;  // 25 returning experts
    e.recused = g() % 50 == 0;
    v.push_back(std::move(e));
  }
  return v;
}

DrawInputs big_inputs() {
  DrawInputs in;
  in.pool = make_pool_snapshot(big_pool(100000)).value;
  in.seed = digest_bytes(derive_seed("office", "supervisor", in.pool.digest));
  auto& c = in.constraints;
  c.purpose = DrawPurpose::meeting;
  c.size = 25;
  c.committee_level = CommitteeLevel::senior;
  c.has_previous_roster = true;
  for (int s = 0; s < 5; ++s) c.quotas.push_back({"专业" + std::to_string(s), 3});
  for (const auto& e : in.pool.entries) {
    if (e.level < Level::deputy_senior) continue;
    if (c.fixed.empty()) c.fixed.push_back({e.person_id, FixedRole::chair});
    else if (c.fixed.size() == 1) c.fixed.push_back({e.person_id, FixedRole::vice_chair});
  }
  return in;
}

void BM_Draw100kPool(benchmark::State& state) {
  static DrawInputs in = big_inputs();
  std::uint64_t i = 0;
  for (auto _ : state) {
    in.seed[0] = static_cast<char>(i++);
    auto r = draw(in);
    if (!r.ok()) state.SkipWithError(r.outcome.violations[0].message.c_str());
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Draw100kPool)->Unit(benchmark::kMillisecond);

void BM_PoolSnapshot100k(benchmark::State& state) {
  const auto pool = big_pool(100000);
  for (auto _ : state) {
    auto s = make_pool_snapshot(pool);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_PoolSnapshot100k)->Unit(benchmark::kMillisecond);

void BM_Sm3_1MiB(benchmark::State& state) {
  const std::string data(1 << 20, 'x');
  for (auto _ : state) benchmark::DoNotOptimize(sm3(data));
  state.SetBytesProcessed(state.iterations() * data.size());
}
BENCHMARK(BM_Sm3_1MiB)->Unit(benchmark::kMillisecond);

}  // namespace
