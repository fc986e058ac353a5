// Secret-ballot tally: many voters × many applications.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "core/tally.h"

namespace {

using zp::core::Choice;

void BM_Tally(benchmark::State& state) {
  const int voters = static_cast<int>(state.range(0));
  const int apps = static_cast<int>(state.range(1));
  std::vector<Choice> choices(static_cast<std::size_t>(voters) * apps);
  std::mt19937 rng(42);
  for (auto& c : choices) c = static_cast<Choice>(1 + rng() % 3);
  for (auto _ : state) {
    auto r = zp::core::tally(voters, apps, choices);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(choices.size()));
}
BENCHMARK(BM_Tally)->Args({25, 500})->Args({17, 50})->Args({25, 5000});

}  // namespace
