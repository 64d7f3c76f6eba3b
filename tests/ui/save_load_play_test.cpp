// Saving in the window as a player meets it, under Xvfb with a private home and data folder: the
// autosave each month, Save from the pause menu, Load and Continue in a later run, saves that
// cannot be loaded, and the scenario problems panel.
#include <catch2/catch.hpp>

#include <SFML/Graphics/Image.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

using accord::test::runCommand;
namespace fs = std::filesystem;

#ifdef ACCORD_XVFB
namespace {

using accord::test::underXvfb;

fs::path savesOf(const accord::test::UiTempDir& dir) { return dir / "data" / "accord" / "saves"; }

nlohmann::json summary(const accord::test::Ran& r) {
  const auto brace = r.out.find('{');
  REQUIRE(brace != std::string::npos);
  return nlohmann::json::parse(r.out.substr(brace));
}

std::vector<std::string> filesIn(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("[ui] a scripted game autosaves each month, saves from the pause menu, loads at the same turn and continues") {
  accord::test::UiTempDir dir;
  const auto script = accord::test::uiScript("save_load.txt");
  const auto first = runCommand(underXvfb(dir, "--ui-script " + script + " --screenshots " + (dir / "shots").string()));
  INFO(first.err);
  REQUIRE(first.code == 0);  // the script's own checks: an autosave, the pause menu, the load at turn 2
  const auto j = summary(first);
  CHECK(j["ok"] == true);
  CHECK(j["turn"] == 2);
  CHECK(j["screen"] == "game");
  for (const auto& f : j["screenshots"].get<std::vector<std::string>>()) {
    INFO(f);
    sf::Image image;
    CHECK(image.loadFromFile(f));
  }
  // The month's autosave, the one made when the script quit, and the save under its default name,
  // each with its seats beside it.
  const auto names = filesIn(savesOf(dir));
  CHECK(names == std::vector<std::string>{"The Kyrgyz–Tajik Border, 2023, turn 2.json",
                                          "The Kyrgyz–Tajik Border, 2023, turn 2.json.seats.json",
                                          "autosave-kyrgyz_tajik_border-1.json",
                                          "autosave-kyrgyz_tajik_border-1.json.seats.json",
                                          "autosave-kyrgyz_tajik_border-2.json",
                                          "autosave-kyrgyz_tajik_border-2.json.seats.json"});
  const auto seats = nlohmann::json::parse(accord::test::readWhole(savesOf(dir) / "autosave-kyrgyz_tajik_border-1.json.seats.json"));
  CHECK(seats["seats"]["kyrgyzstan"] == "human");
  CHECK(seats["hot_seat"] == false);

  // A later run: Continue opens the autosave written on quitting, with everything played.
  std::ofstream(dir / "continue.txt") << "wait 3\nclick menu.continue\nwait 3\nexpect screen game\nexpect turn 2\nexpect seat kyrgyzstan\n";
  const auto again = runCommand(underXvfb(dir, "--ui-script " + (dir / "continue.txt").string()));
  INFO(again.err);
  REQUIRE(again.code == 0);
  const auto k = summary(again);
  CHECK(k["turn"] == 2);
  CHECK(k["commands"] == j["commands"]);
  CHECK(k["seat"] == "kyrgyzstan");
}

TEST_CASE("[ui] a corrupt save shows its problem on the Load screen and in Continue, and the window goes on") {
  accord::test::UiTempDir dir;
  fs::create_directories(savesOf(dir));
  std::ofstream(savesOf(dir) / "autosave-kyrgyz_tajik_border-1.json") << "{\"format\": \"accord-save\", \"formatVersion\": 1, \"hea";
  // Continue names the broken autosave and stays in the menu; Load shows the same problem, then a
  // new game still starts. The menu fits itself to its text a frame late, hence the wait.
  std::ofstream(dir / "broken.txt") << "wait 3\nclick menu.continue\nmove menu.problem\nexpect screen main_menu\nshot continue_broken\n"
                                       "click menu.load\nexpect screen load\nclick load.row.0\nmove load.problem\nshot load_broken\n"
                                       "click load.open\nexpect screen load\nclick load.back\nexpect screen main_menu\nwait 2\n"
                                       "click menu.new_game\nwait 3\nclick new.start\nwait 3\nexpect screen game\n";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + (dir / "broken.txt").string() + " --screenshots " + (dir / "shots").string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(summary(r)["screen"] == "game");
}

TEST_CASE("[ui] script errors show in the scenario problems panel, which copies, dismisses and comes back") {
  accord::test::UiTempDir dir;
  const auto mod = dir / "mods" / "broken_probe";
  fs::create_directories(mod);
  std::ofstream(mod / "mod.lua") << "return { id = \"broken_probe\", title = \"Broken probe\", version = \"0.1.0\", api = 1,\n"
                                    "  authors = { \"tests\" }, languages = { \"en\" } }\n";
  std::ofstream(mod / "init.lua") << "local hooks = {}\n"
                                     "function hooks.on_setup(game)\n"
                                     "  game:add_actor{ id = \"east\", name = \"East\", playable = true }\n"
                                     "  game:add_actor{ id = \"west\", name = \"West\", playable = true }\n"
                                     "  game:add_sector{ id = \"ridge\", name = \"Ridge\", km = 12, status = \"contested\",\n"
                                     "    line = { { 0, 0 }, { 10, 5 } } }\n"
                                     "end\n"
                                     "function hooks.on_turn_start(game, turn)\n"
                                     "  error(\"the probe fails on purpose\")\n"
                                     "end\n"
                                     "return hooks\n";
  std::ofstream(dir / "problems.txt") << "wait 3\nclick menu.new_game\nwait 3\nclick new.start\nwait 3\nexpect screen game\n"
                                         "expect problems 1\nclick problems.copy\nclick problems.dismiss\nexpect problems 0\n"
                                         "click problems.show\nexpect problems 1\nshot problems\n";
  const auto r = runCommand(underXvfb(dir, "broken_probe --mods " + (dir / "mods").string() + " --ui-script " +
                                               (dir / "problems.txt").string() + " --screenshots " + (dir / "shots").string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(summary(r)["scenario"] == "broken_probe");
}
#endif
