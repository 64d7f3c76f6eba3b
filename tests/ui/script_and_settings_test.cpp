// The UI script's parser and the settings file.
#include <catch2/catch.hpp>

#include "game/ui/settings.hpp"
#include "game/ui/ui_script.hpp"
#include "run_program.hpp"

using namespace accord;

TEST_CASE("[ui] a UI script names the line of a command it does not know") {
  auto bad = ui::UiScript::parse("wait 2\n\nfly away\n", "s.txt");
  REQUIRE_FALSE(bad);
  CHECK(bad.error() == "s.txt:3: unknown command 'fly'");
  auto badKey = ui::UiScript::parse("key Hyper\n", "s.txt");
  REQUIRE_FALSE(badKey);
  CHECK_THAT(badKey.error(), Catch::StartsWith("s.txt:1: key needs one of"));
  auto ok = ui::UiScript::parse("# a comment\nclick menu.new_game  # trailing\nexpect turn 2\nshot x\n", "s.txt");
  REQUIRE(ok);
  CHECK(ok->commandCount() == 3);
}

TEST_CASE("[ui] settings survive a round trip and out-of-range values are clamped") {
  test::UiTempDir dir;
  const auto file = dir / "accord" / "settings.json";
  ui::Settings s;
  s.scalePercent = 150;
  s.language = "ru";
  s.colourBlindPalette = true;
  s.frameCap = 30;
  REQUIRE(ui::saveSettings(file, s));
  CHECK(ui::loadSettings(file) == s);

  std::ofstream(file) << R"({"scale_percent": 900, "language": "xx", "frame_cap": 1})";
  const auto c = ui::loadSettings(file);
  CHECK(c.scalePercent == 200);
  CHECK(c.language == "en");
  CHECK(c.frameCap == 15);

  std::ofstream(file) << "{ not json";
  CHECK(ui::loadSettings(file) == ui::Settings{});
}
