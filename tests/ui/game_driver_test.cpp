// A game in the window: the computer plays every role but the human's, and ending the human's
// steps moves the game on.
#include <catch2/catch.hpp>

#include "game/ui/game_driver.hpp"
#include "flagship_driver.hpp"
#include "game/ui/new_game_screen.hpp"

using namespace accord;

namespace {

using test::flagship;

}  // namespace

TEST_CASE("[ui] the computer plays until the human's step, and ending steps reaches the next month") {
  auto game = flagship({{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "hardliner"}});
  REQUIRE(game->activeHuman() == std::optional<std::string>("kyrgyzstan"));
  CHECK(game->session().engine().state().turn == 1);
  for (int i = 0; i < 50 && game->session().engine().state().turn < 2; ++i) {
    REQUIRE(game->activeHuman());
    CHECK_FALSE(game->endStep(*game->activeHuman()));
  }
  CHECK(game->session().engine().state().turn == 2);
  // The computer roles acted as well: every command of the others is in the log.
  bool tajikistanActed = false;
  for (const auto& c : game->session().engine().log()) tajikistanActed = tajikistanActed || c.actor == "tajikistan";
  CHECK(tajikistanActed);
}

TEST_CASE("[ui] in hot-seat the step passes from one human to the next") {
  auto game = flagship({{"kyrgyzstan", ui::kHuman}, {"tajikistan", ui::kHuman}, {"csto", "pragmatist"}}, true);
  REQUIRE(game->activeHuman() == std::optional<std::string>("kyrgyzstan"));
  CHECK_FALSE(game->endStep("kyrgyzstan"));
  CHECK(game->activeHuman() == std::optional<std::string>("tajikistan"));
  CHECK(game->humans() == std::vector<std::string>{"kyrgyzstan", "tajikistan"});
}

TEST_CASE("[ui] a game cannot start without a human, nor with several humans without hot-seat") {
  ui::NewGameChoice c;
  c.seats = {{"a", "pragmatist"}, {"b", "hardliner"}};
  CHECK(ui::whyCannotStart(c) == std::optional<std::string>("ui.new.why.no_human"));
  c.seats["a"] = ui::kHuman;
  CHECK_FALSE(ui::whyCannotStart(c));
  c.seats["b"] = ui::kHuman;
  CHECK(ui::whyCannotStart(c) == std::optional<std::string>("ui.new.why.hot_seat"));
  c.hotSeat = true;
  CHECK_FALSE(ui::whyCannotStart(c));
}
