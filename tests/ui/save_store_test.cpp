// Saves in the window: the saves folder, autosave rotation, the seats beside a save, safe file
// names, and saves that cannot be loaded, on real files in a temporary folder.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#include "game/core/state_hash.hpp"
#include "game/ui/save_store.hpp"
#include "flagship_driver.hpp"
#include "run_program.hpp"

using namespace accord;
namespace fs = std::filesystem;

namespace {

using test::flagship;
using test::playToNextMonth;
using test::playToTheEnd;

const ui::Seats kOneHuman{{"kyrgyzstan", ui::kHuman}, {"tajikistan", "hardliner"}, {"csto", "conciliator"}};

ui::SaveNotes notesAt(int turn) {
  ui::SaveNotes n;
  n.seats = kOneHuman;
  n.title = "Flagship";
  n.turn = turn;
  n.maxTurns = 6;
  return n;
}

}  // namespace

TEST_CASE("[ui] the saves folder is XDG_DATA_HOME/accord/saves, else ~/.local/share/accord/saves") {
  const char* oldXdg = std::getenv("XDG_DATA_HOME");
  const std::string keep = oldXdg ? oldXdg : "";
  setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
  CHECK(ui::standardSavesFolder() == fs::path("/tmp/xdg-data/accord/saves"));
  unsetenv("XDG_DATA_HOME");
  if (const char* home = std::getenv("HOME"); home && *home) {
    CHECK(ui::standardSavesFolder() == fs::path(home) / ".local" / "share" / "accord" / "saves");
  }
  if (oldXdg) setenv("XDG_DATA_HOME", keep.c_str(), 1);
}

TEST_CASE("[ui] autosaves rotate: the newest is slot 1 and only the last three are kept") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  auto game = flagship(kOneHuman);
  for (int turn = 1; turn <= 4; ++turn) {
    auto written = store.autosave(game->session().toSave(), notesAt(turn));
    REQUIRE(written);
    CHECK(written->filename() == "autosave-kyrgyz_tajik_border-1.json");
  }
  const auto saves = store.list();
  REQUIRE(saves.size() == 3);
  for (const auto& e : saves) {
    CHECK(e.autosave);
    CHECK(e.problem.empty());
    CHECK(e.title == "Flagship");
  }
  CHECK_FALSE(fs::exists(dir / "autosave-kyrgyz_tajik_border-4.json"));
  // Each slot kept its own notes as it moved down.
  CHECK(store.describe(dir / "autosave-kyrgyz_tajik_border-1.json").turn == 4);
  CHECK(store.describe(dir / "autosave-kyrgyz_tajik_border-2.json").turn == 3);
  CHECK(store.describe(dir / "autosave-kyrgyz_tajik_border-3.json").turn == 2);
  CHECK(store.latestAutosave() == dir / "autosave-kyrgyz_tajik_border-1.json");
}

TEST_CASE("[ui] Continue takes the newest autosave by modification time, whatever its scenario") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  auto game = flagship(kOneHuman);
  auto save = game->session().toSave();
  REQUIRE(store.autosave(save, notesAt(1)));
  save.header.scenarioId = "other";
  REQUIRE(store.autosave(save, notesAt(1)));
  REQUIRE(store.save("mine", save, notesAt(1)));  // a save the player named is not an autosave
  const auto now = fs::file_time_type::clock::now();
  fs::last_write_time(dir / "autosave-kyrgyz_tajik_border-1.json", now);
  fs::last_write_time(dir / "autosave-other-1.json", now - std::chrono::hours(1));
  fs::last_write_time(dir / "mine.json", now + std::chrono::hours(1));
  CHECK(store.latestAutosave() == dir / "autosave-kyrgyz_tajik_border-1.json");
  const auto saves = store.list();
  REQUIRE(saves.size() == 3);
  CHECK(saves.front().name == "mine");  // the list is newest first
  CHECK_FALSE(saves.front().autosave);
}

TEST_CASE("[ui] a saved game loads at the same turn with the same state, seats and hot-seat") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  const ui::Seats seats{{"kyrgyzstan", ui::kHuman}, {"tajikistan", ui::kHuman}, {"csto", "hardliner"}};
  auto game = flagship(seats, true);
  playToNextMonth(*game);
  REQUIRE(game->state().turn == 2);
  auto written = store.save("Month two", game->session().toSave(), ui::notesOf(*game));
  REQUIRE(written);
  CHECK(written->filename() == "Month two.json");
  CHECK(fs::exists(ui::notesFileOf(*written)));

  auto loaded = ui::openSave(store, *written, {});
  REQUIRE(loaded);
  const auto& again = **loaded;
  CHECK(again.state().turn == 2);
  CHECK(core::hashState(again.state()) == core::hashState(game->state()));
  CHECK(again.seats() == seats);
  CHECK(again.hotSeat());
  CHECK(again.activeHuman() == game->activeHuman());

  const auto entry = store.describe(*written);
  CHECK(entry.problem.empty());
  CHECK(entry.turn == 2);
  CHECK(entry.maxTurns == 6);
  CHECK(entry.scenarioId == "kyrgyz_tajik_border");
}

TEST_CASE("[ui] a loaded game's computer players remember the months before the save: played on alike, it stays the same game") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  auto game = flagship(kOneHuman);
  playToNextMonth(*game);
  playToNextMonth(*game);
  REQUIRE(game->state().turn == 3);
  auto written = store.save("Month three", game->session().toSave(), ui::notesOf(*game));
  REQUIRE(written);
  auto loaded = ui::openSave(store, *written, {});
  REQUIRE(loaded);
  auto& again = **loaded;
  CHECK(again.session().engine().log() == game->session().engine().log());
  // Both go on the same way to the end: the computer players answer as they would have.
  playToTheEnd(*game);
  playToTheEnd(again);
  CHECK(again.session().engine().log() == game->session().engine().log());
  CHECK(again.session().engine().turnHashes() == game->session().engine().turnHashes());
}

TEST_CASE("[ui] a save without notes seats the first playable role as the human, the computer the rest") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  auto game = flagship(kOneHuman);
  playToNextMonth(*game);
  REQUIRE(persist::writeSaveFile(dir / "from_run.json", game->session().toSave()));
  auto loaded = ui::openSave(store, dir / "from_run.json", {});
  REQUIRE(loaded);
  const auto roles = core::playableActors((*loaded)->state());
  REQUIRE_FALSE(roles.empty());
  CHECK((*loaded)->humans() == std::vector<std::string>{roles.front()});
  CHECK_FALSE((*loaded)->hotSeat());
  for (size_t i = 1; i < roles.size(); ++i) CHECK((*loaded)->seats().at(roles[i]) == "pragmatist");
  // The list works the turn out from the recorded turns.
  CHECK(store.describe(dir / "from_run.json").turn == 2);
}

TEST_CASE("[ui] notes naming unknown roles or seats fall back to the defaults") {
  auto game = flagship(kOneHuman);
  ui::SaveNotes notes;
  notes.seats = {{"atlantis", ui::kHuman}, {"tajikistan", "genius"}};
  bool hotSeat = true;
  const auto seats = ui::seatsFor(game->state(), notes, hotSeat);
  const auto roles = core::playableActors(game->state());
  CHECK(seats.size() == roles.size());
  CHECK(seats.at(roles.front()) == ui::kHuman);
  CHECK(seats.at("tajikistan") == "pragmatist");
  CHECK_FALSE(hotSeat);
}

TEST_CASE("[ui] a corrupt or foreign save gives an error naming the file, and nothing crashes") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  std::ofstream(dir / "garbage.json") << "this is not a save {";
  std::ofstream(dir / "empty.json");
  auto game = flagship(kOneHuman);
  auto save = game->session().toSave();
  save.header.scenarioId = "no_such_scenario";
  save.header.scenarioPath.clear();
  REQUIRE(persist::writeSaveFile(dir / "foreign.json", save));
  // Cut a good save in half.
  const std::string good = persist::serializeSave(game->session().toSave());
  std::ofstream(dir / "truncated.json") << good.substr(0, good.size() / 2);

  for (const char* name : {"garbage.json", "empty.json", "truncated.json"}) {
    INFO(name);
    const auto entry = store.describe(dir / name);
    CHECK_THAT(entry.problem, Catch::Contains(name));
    auto opened = ui::openSave(store, dir / name, {});
    REQUIRE_FALSE(opened);
    CHECK_THAT(opened.error(), Catch::Contains(name));
  }
  // It reads as a save; only replaying it finds that its scenario is not here.
  CHECK(store.describe(dir / "foreign.json").problem.empty());
  auto foreign = ui::openSave(store, dir / "foreign.json", {});
  REQUIRE_FALSE(foreign);
  CHECK_THAT(foreign.error(), Catch::Contains("foreign.json") && Catch::Contains("no_such_scenario"));
  CHECK(store.list().size() == 4);
}

TEST_CASE("[ui] a save name becomes a safe file name in any script") {
  CHECK(ui::fileStemFor("Month two") == "Month two");
  CHECK(ui::fileStemFor("a/b\\c") == "a_b_c");
  CHECK(ui::fileStemFor("  ") == "save");
  CHECK(ui::fileStemFor(".hidden") == "_.hidden");
  CHECK(ui::fileStemFor("autosave-x") == "_autosave-x");
  CHECK(ui::fileStemFor("x.seats") == "x.seats_");
  CHECK(ui::fileStemFor("Граница, ход 3") == "Граница, ход 3");
  const std::string longName(71, 'a');
  const std::string cyrillic = longName + "ддддддддддддддддддд";  // 2 bytes a letter
  const std::string stem = ui::fileStemFor(cyrillic);
  CHECK(stem.size() == 99);  // 71 ASCII bytes, then whole two-byte letters only: byte 100 would split one
}

TEST_CASE("[ui] notes are not listed as saves, and deleting a save removes its notes") {
  test::TempDir dir;
  ui::SaveStore store(dir.path);
  auto game = flagship(kOneHuman);
  auto written = store.save("one", game->session().toSave(), notesAt(1));
  REQUIRE(written);
  REQUIRE(store.list().size() == 1);
  REQUIRE(store.remove(*written));
  CHECK_FALSE(fs::exists(*written));
  CHECK_FALSE(fs::exists(ui::notesFileOf(*written)));
  CHECK(store.list().empty());
}

TEST_CASE("[ui] without a saves folder nothing is listed and saving says why") {
  ui::SaveStore store(std::nullopt);
  auto game = flagship(kOneHuman);
  CHECK(store.list().empty());
  CHECK_FALSE(store.latestAutosave());
  auto written = store.save("x", game->session().toSave(), notesAt(1));
  REQUIRE_FALSE(written);
  CHECK_THAT(written.error(), Catch::Contains("no folder for saves"));
}
