// Benchmarks of headless play on one core, Lua rules included.
//   BM_Load:   making a session (reading the scenario, compiling its Lua, on_setup)
//   BM_Play:   playing a made session to its end, every role by the computer (the game itself)
//   BM_Game:   both, as `accord simulate` does per game
//   BM_EachGame: play, each game timed on its own, for the median game and the spread
// Run: build/bin/accord_bench [--benchmark_repetitions=5] [--benchmark_filter=Flagship]
// Each iteration uses the next seed, so the figures are over many different games.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <vector>

#include "game/app/headless_runner.hpp"
#include "game/app/session.hpp"

namespace {

std::unique_ptr<accord::app::Session> makeSession(benchmark::State& state, const char* scenario, uint64_t seed) {
  accord::app::SessionConfig config;
  config.scenario = scenario;
  config.seed = seed;
  config.turns = 24;
  auto session = accord::app::Session::create(config);
  if (!session) {
    state.SkipWithError(session.error().message.c_str());
    return nullptr;
  }
  return std::move(*session);
}

void load(benchmark::State& state, const char* scenario) {
  uint64_t seed = 1;
  for (auto _ : state) {
    auto session = makeSession(state, scenario, seed++);
    if (!session) return;
    benchmark::DoNotOptimize(session.get());
  }
}

void play(benchmark::State& state, const char* scenario, const std::string& persona, bool timeLoad) {
  uint64_t seed = 1;
  size_t peak = 0;
  double turns = 0;
  for (auto _ : state) {
    if (!timeLoad) state.PauseTiming();
    auto session = makeSession(state, scenario, seed++);
    if (!session) return;
    if (!timeLoad) state.ResumeTiming();
    accord::app::Players players;
    players.fallback = persona;
    accord::app::HeadlessRunner runner(*session, {}, players);
    runner.play();
    benchmark::DoNotOptimize(session->engine().turnHashes().data());
    peak = std::max(peak, session->scriptPeakMemory());
    turns += session->engine().state().turn;
    if (!timeLoad) state.PauseTiming();
    session.reset();
    if (!timeLoad) state.ResumeTiming();
  }
  state.counters["turns_per_game"] = benchmark::Counter(turns, benchmark::Counter::kAvgIterations);
  state.counters["lua_peak_KiB"] = static_cast<double>(peak) / 1024.0;
}

// Every game of seeds 1..N (the argument) timed on its own, with the same start and end as
// play(): reports the median game, the 10th and 90th percentiles and the mean, in ms, as counters.
// The time of the run is the sum of the games'.
void playEach(benchmark::State& state, const char* scenario, const std::string& persona) {
  const auto games = static_cast<uint64_t>(state.range(0));
  std::vector<double> ms;
  for (auto _ : state) {
    ms.clear();
    for (uint64_t seed = 1; seed <= games; ++seed) {
      auto session = makeSession(state, scenario, seed);
      if (!session) return;
      const auto start = std::chrono::steady_clock::now();
      accord::app::Players players;
      players.fallback = persona;
      accord::app::HeadlessRunner runner(*session, {}, players);
      runner.play();
      benchmark::DoNotOptimize(session->engine().turnHashes().data());
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    state.SetIterationTime(std::accumulate(ms.begin(), ms.end(), 0.0) / 1000.0);
  }
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  auto at = [&](double share) { return ms[static_cast<size_t>(share * static_cast<double>(ms.size() - 1) + 0.5)]; };
  state.counters["game_p10_ms"] = at(0.1);
  state.counters["game_median_ms"] = at(0.5);
  state.counters["game_p90_ms"] = at(0.9);
  state.counters["game_mean_ms"] = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
}

void BM_FlagshipLoad(benchmark::State& s) { load(s, "kyrgyz_tajik_border"); }
void BM_FlagshipPlayPragmatist(benchmark::State& s) { play(s, "kyrgyz_tajik_border", "pragmatist", false); }
void BM_FlagshipPlayHardliner(benchmark::State& s) { play(s, "kyrgyz_tajik_border", "hardliner", false); }
void BM_FlagshipPlayConciliator(benchmark::State& s) { play(s, "kyrgyz_tajik_border", "conciliator", false); }
void BM_FlagshipPlayBaseline(benchmark::State& s) { play(s, "kyrgyz_tajik_border", "baseline", false); }
void BM_FlagshipGamePragmatist(benchmark::State& s) { play(s, "kyrgyz_tajik_border", "pragmatist", true); }
void BM_FlagshipEachGamePragmatist(benchmark::State& s) { playEach(s, "kyrgyz_tajik_border", "pragmatist"); }
void BM_TwoValleysGame(benchmark::State& s) { play(s, "two_valleys", "baseline", true); }

BENCHMARK(BM_FlagshipLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipPlayPragmatist)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipPlayHardliner)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipPlayConciliator)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipPlayBaseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipGamePragmatist)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlagshipEachGamePragmatist)->Arg(200)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwoValleysGame)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
