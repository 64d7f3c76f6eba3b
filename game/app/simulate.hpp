// `accord simulate`: many games of one scenario with every role played by the computer, in
// parallel, each in its own Lua state, and the figures that sum them up.
//
// Game i is played with the seed derived from the master seed and i alone, and the figures are
// summed in game order, so the same seed gives the same figures whatever the number of jobs.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "game/app/headless_runner.hpp"
#include "game/app/session.hpp"

namespace accord::app {

struct SimulateConfig {
  SessionConfig session;  // its seed is the master seed
  Players players;
  int games = 100;
  int jobs = 1;
};

struct GameSummary {
  uint64_t seed = 0;
  std::string outcome;
  std::map<core::ActorId, int> scores;
  int agreements = 0;
  int turns = 0;
  int incidents = 0;
  int scriptErrors = 0;
};

struct SimulateResult {
  std::string scenario;
  std::vector<GameSummary> games;  // in game order
  double seconds = 0.0;
  int jobs = 1;
};

// The seed of game `index` under `master`.
uint64_t gameSeed(uint64_t master, int index);

// Plays the games. Fails before playing any when the scenario, the options or the players are wrong.
Result<SimulateResult, SessionError> simulate(const SimulateConfig& config);

nlohmann::ordered_json simulateReport(const SimulateConfig& config, const SimulateResult& result);
std::string simulateText(const SimulateConfig& config, const SimulateResult& result);

}  // namespace accord::app
