// A game of the flagship scenario in a GameDriver, six months long, advanced to the first human step,
// and humans that only end their steps.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>

#include "game/app/session.hpp"
#include "game/ui/game_driver.hpp"

namespace accord::test {

inline std::unique_ptr<ui::GameDriver> flagship(ui::Seats seats, bool hotSeat = false, uint64_t seed = 1) {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 6;
  config.seed = seed;
  auto session = app::Session::create(config);
  REQUIRE(session);
  auto driver = std::make_unique<ui::GameDriver>(std::move(*session), std::move(seats), hotSeat);
  driver->advance();
  return driver;
}

// The humans end their steps (they hold their forces and answer nothing) until the month turns.
inline void playToNextMonth(ui::GameDriver& game) {
  const int turn = game.state().turn;
  for (int i = 0; i < 50 && game.state().turn == turn && !game.finished(); ++i) {
    REQUIRE(game.activeHuman());
    REQUIRE_FALSE(game.endStep(*game.activeHuman()));
  }
}

// ... and on to the end of the game.
inline void playToTheEnd(ui::GameDriver& game) {
  for (int month = 0; month < 100 && !game.finished(); ++month) playToNextMonth(game);
  REQUIRE(game.finished());
}

}  // namespace accord::test
