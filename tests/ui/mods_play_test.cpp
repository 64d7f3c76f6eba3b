// Scenarios & mods in the window, played by UI scripts under a private Xvfb: the shipped scenarios
// are listed, Play opens New game with the scenario selected, and a broken mod in the player's
// mods folder shows its problem and cannot be played.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

using accord::test::runCommand;

#ifdef ACCORD_XVFB
namespace {

using accord::test::underXvfb;

}  // namespace

TEST_CASE("[ui] Scenarios & mods lists both shipped scenarios, and Play opens New game with one selected") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + accord::test::uiScript("mods.txt") + " --screenshots " + shots.string()));
  INFO(r.err);
  // The script's own checks: both scenarios load, Play lands on New game with two_valleys chosen.
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["ok"] == true);
  CHECK(j["screen"] == "main_menu");
  CHECK(j["screenshots"].size() == 4);
}

TEST_CASE("[ui] a broken mod in the player's mods folder shows its problem, is marked in New game's list and cannot be played") {
  accord::test::UiTempDir dir;
  const auto mod = dir / "data" / "accord" / "mods" / "typo";
  std::filesystem::create_directories(mod);
  std::ofstream(mod / "mod.lua") << "return { id = \"typo\", title = \"Typo\", version = \"0.1.0\", api = 1, authors = { \"T\" } }\n";
  std::ofstream(mod / "init.lua") << "local hooks = {}\nreturn hooks hooks\n";
  std::ofstream(dir / "s.txt") << "wait 3\nclick menu.mods\nwait 3\nexpect screen mods\nexpect mod_broken typo\nexpect mod_ok two_valleys\n"
                                  "click mods.entry.typo\nwait 3\nclick mods.problems\nclick mods.play\nwait 3\nexpect screen mods\n"
                                  "click mods.entry.two_valleys\nwait 3\nclick mods.play\nwait 3\nexpect new_game_scenario two_valleys\n"
                                  "expect new_game_broken typo\nexpect new_game_ok two_valleys\nexpect new_game_ok kyrgyz_tajik_border\n";
  const auto r = runCommand(underXvfb(dir, "--lang ru --ui-script " + (dir / "s.txt").string(), "env -u ACCORD_NO_USER_MODS "));
  INFO(r.err);
  CHECK(r.code == 0);
}
#endif
