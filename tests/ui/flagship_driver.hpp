// A game of the flagship scenario in a GameDriver, six months long, advanced to the first human step.
#pragma once

#include <catch2/catch.hpp>

#include <memory>

#include "game/app/session.hpp"
#include "game/ui/game_driver.hpp"

namespace accord::test {

inline std::unique_ptr<ui::GameDriver> flagship(ui::Seats seats, bool hotSeat = false) {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 6;
  auto session = app::Session::create(config);
  REQUIRE(session);
  auto driver = std::make_unique<ui::GameDriver>(std::move(*session), std::move(seats), hotSeat);
  driver->advance();
  return driver;
}

}  // namespace accord::test
