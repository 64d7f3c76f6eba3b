// Batch simulation; see simulate.hpp.
#include "simulate.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <thread>

namespace accord::app {

uint64_t gameSeed(uint64_t master, int index) {
  // splitmix64 of the master seed advanced by the game's index
  uint64_t z = master + 0x9e3779b97f4a7c15ULL * (static_cast<uint64_t>(index) + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

namespace {

GameSummary playOne(const SimulateConfig& config, int index) {
  SessionConfig sc = config.session;
  sc.seed = gameSeed(config.session.seed, index);
  GameSummary g;
  g.seed = sc.seed;
  auto made = Session::create(sc);
  if (!made) {  // the first game was made before the workers started, so this is rare
    g.outcome = "failed";
    g.scriptErrors = 1;
    return g;
  }
  Session& session = **made;
  HeadlessRunner runner(session, {}, config.players);
  runner.play();
  const auto& s = session.engine().state();
  g.outcome = s.outcome ? s.outcome->id : "unfinished";
  g.scores = s.scores;
  g.agreements = static_cast<int>(s.agreements.size());
  g.turns = s.turn;
  g.incidents = s.incidents;
  g.scriptErrors = static_cast<int>(session.engine().errors().size());
  return g;
}

struct Spread {
  double mean = 0.0;
  double stdev = 0.0;
};

Spread spreadOf(const std::vector<double>& v) {
  Spread s;
  if (v.empty()) return s;
  for (double x : v) s.mean += x;
  s.mean /= static_cast<double>(v.size());
  double sq = 0.0;
  for (double x : v) sq += (x - s.mean) * (x - s.mean);
  s.stdev = v.size() > 1 ? std::sqrt(sq / static_cast<double>(v.size() - 1)) : 0.0;
  return s;
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

struct Figures {
  std::map<std::string, int> outcomes;
  std::map<core::ActorId, Spread> scores;
  double agreementRate = 0.0;
  double meanTurns = 0.0;
  double incidentsPerGame = 0.0;
  int scriptErrors = 0;
};

Figures figuresOf(const SimulateResult& r) {
  Figures f;
  std::map<core::ActorId, std::vector<double>> scores;
  int withAgreement = 0;
  double turns = 0.0;
  double incidents = 0.0;
  for (const auto& g : r.games) {
    f.outcomes[g.outcome]++;
    for (const auto& [role, score] : g.scores) scores[role].push_back(score);
    if (g.agreements > 0) ++withAgreement;
    turns += g.turns;
    incidents += g.incidents;
    f.scriptErrors += g.scriptErrors;
  }
  for (const auto& [role, v] : scores) f.scores[role] = spreadOf(v);
  const double n = std::max<size_t>(1, r.games.size());
  f.agreementRate = withAgreement / n;
  f.meanTurns = turns / n;
  f.incidentsPerGame = incidents / n;
  return f;
}

}  // namespace

Result<SimulateResult, SessionError> simulate(const SimulateConfig& config) {
  if (config.games < 1) return fail(SessionError{true, "--games must be at least 1"});
  if (config.jobs < 1) return fail(SessionError{true, "--jobs must be at least 1"});
  // Make one game first, so a wrong scenario or option is reported once, before any work starts.
  SessionConfig probe = config.session;
  probe.seed = gameSeed(config.session.seed, 0);
  auto first = Session::create(probe);
  if (!first) return fail(first.error());
  if (auto bad = config.players.problem((*first)->engine().state())) return fail(SessionError{true, *bad});

  SimulateResult result;
  result.scenario = (*first)->manifest().id;
  result.jobs = std::min(config.jobs, config.games);
  result.games.resize(static_cast<size_t>(config.games));
  first->reset();

  const auto start = std::chrono::steady_clock::now();
  std::atomic<int> next{0};
  auto work = [&] {
    for (int i = next++; i < config.games; i = next++) result.games[static_cast<size_t>(i)] = playOne(config, i);
  };
  std::vector<std::thread> workers;
  for (int j = 1; j < result.jobs; ++j) workers.emplace_back(work);
  work();
  for (auto& t : workers) t.join();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

nlohmann::ordered_json simulateReport(const SimulateConfig& config, const SimulateResult& r) {
  const Figures f = figuresOf(r);
  nlohmann::ordered_json j;
  j["scenario"] = r.scenario;
  j["seed"] = config.session.seed;
  j["games"] = r.games.size();
  j["jobs"] = r.jobs;
  nlohmann::ordered_json players = nlohmann::ordered_json::object();
  for (const auto& [role, persona] : config.players.personas) players[role] = persona;
  j["players"] = {{"default", config.players.fallback}, {"roles", players}};
  nlohmann::ordered_json outcomes = nlohmann::ordered_json::object();
  for (const auto& [id, n] : f.outcomes) outcomes[id] = n;
  j["outcomes"] = outcomes;
  nlohmann::ordered_json scores = nlohmann::ordered_json::object();
  for (const auto& [role, s] : f.scores) scores[role] = {{"mean", round3(s.mean)}, {"stdev", round3(s.stdev)}};
  j["scores"] = scores;
  j["agreement_rate"] = round3(f.agreementRate);
  j["mean_turns"] = round3(f.meanTurns);
  j["incidents_per_game"] = round3(f.incidentsPerGame);
  j["script_errors"] = f.scriptErrors;
  j["seconds"] = round3(r.seconds);
  j["games_per_second"] = r.seconds > 0 ? std::round(static_cast<double>(r.games.size()) / r.seconds * 10.0) / 10.0 : 0.0;
  return j;
}

std::string simulateText(const SimulateConfig& config, const SimulateResult& r) {
  const Figures f = figuresOf(r);
  const double n = static_cast<double>(r.games.size());
  std::string out = fmt::format("{} games of {} (seed {}, {} job{})\n", r.games.size(), r.scenario, config.session.seed, r.jobs,
                                r.jobs == 1 ? "" : "s");
  out += "Outcomes:\n";
  for (const auto& [id, count] : f.outcomes) out += fmt::format("  {:<28} {:>6}  {:5.1f} %\n", id, count, 100.0 * count / n);
  out += "Scores (mean ± stdev):\n";
  for (const auto& [role, s] : f.scores) out += fmt::format("  {:<28} {:6.1f} ± {:.1f}\n", role, s.mean, s.stdev);
  out += fmt::format("Agreement rate {:.1f} %, mean turns {:.1f}, incidents per game {:.1f}\n", 100.0 * f.agreementRate, f.meanTurns,
                     f.incidentsPerGame);
  if (f.scriptErrors > 0) out += fmt::format("Script errors: {} (run one game with accord run to see them)\n", f.scriptErrors);
  out += fmt::format("{:.2f} s, {:.1f} games per second\n", r.seconds, r.seconds > 0 ? n / r.seconds : 0.0);
  return out;
}

}  // namespace accord::app
