// Benchmarks of headless play: a whole game of a scenario, Lua rules included, on one core.
// Run: build/bin/accord_bench [--benchmark_repetitions=5]
#include <benchmark/benchmark.h>

#include "game/app/headless_runner.hpp"
#include "game/app/session.hpp"

namespace {

void playGame(benchmark::State& state, const char* scenario, int turns) {
  uint64_t seed = 1;
  size_t peak = 0;
  for (auto _ : state) {
    accord::app::SessionConfig config;
    config.scenario = scenario;
    config.seed = seed++;
    config.turns = turns;
    auto session = accord::app::Session::create(config);
    if (!session) {
      state.SkipWithError(session.error().message.c_str());
      return;
    }
    accord::app::HeadlessRunner runner(**session, {});
    runner.play();
    benchmark::DoNotOptimize((*session)->engine().turnHashes().data());
    peak = std::max(peak, (*session)->scriptPeakMemory());
  }
  state.counters["turns"] = turns;
  state.counters["lua_peak_KiB"] = static_cast<double>(peak) / 1024.0;
}

void BM_TwoValleys24Turns(benchmark::State& state) { playGame(state, "two_valleys", 24); }
BENCHMARK(BM_TwoValleys24Turns)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
