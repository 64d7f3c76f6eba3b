// A scenario's title and summary in the interface language: from its locale's "scenario.title" and
// "scenario.summary", else English, else the manifest's own words.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "game/script/scenario.hpp"
#include "../support/run_command.hpp"

namespace fs = std::filesystem;
using accord::script::readManifest;
using accord::script::scenarioWords;

namespace {

fs::path shipped(const std::string& id) { return fs::path(ACCORD_SOURCE_DIR) / "scripts" / "scenarios" / id; }

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

}  // namespace

TEST_CASE("[script] both shipped scenarios have a Russian title and summary") {
  for (const char* id : {"kyrgyz_tajik_border", "two_valleys"}) {
    INFO(id);
    auto m = readManifest(shipped(id));
    REQUIRE(m);
    const auto ru = scenarioWords(*m, "ru");
    const auto en = scenarioWords(*m, "en");
    CHECK(ru.title != m->title);
    CHECK(ru.summary != m->summary);
    CHECK(en.title == m->title);  // locale/en.lua says what the manifest says
    CHECK(en.summary == m->summary);
  }
  auto m = readManifest(shipped("two_valleys"));
  REQUIRE(m);
  CHECK(scenarioWords(*m, "ru").title == "Две долины");
}

TEST_CASE("[script] a scenario without the keys, or without the language, keeps the manifest's words") {
  accord::test::TempDir dir;
  const fs::path mod = dir / "plain";
  write(mod / "mod.lua", "return { id = \"plain\", title = \"Plain\", summary = \"Words.\", version = \"1.0.0\", api = 1, "
                         "authors = { \"A\" }, languages = { \"en\", \"ru\" } }\n");
  write(mod / "init.lua", "return {}\n");
  write(mod / "locale" / "en.lua", "return { [\"meter.x\"] = \"X\" }\n");
  write(mod / "locale" / "ru.lua", "return { [\"scenario.title\"] = \"Просто\" }\n");
  auto m = readManifest(mod);
  REQUIRE(m);
  CHECK(scenarioWords(*m, "ru").title == "Просто");
  CHECK(scenarioWords(*m, "ru").summary == "Words.");  // the Russian locale has no summary
  CHECK(scenarioWords(*m, "en").title == "Plain");
  CHECK(scenarioWords(*m, "de").title == "Plain");
  // A locale file that does not run leaves the manifest's words; loading the scenario reports it.
  write(mod / "locale" / "ru.lua", "return { [\"scenario.title\"] = \n");
  CHECK(scenarioWords(*m, "ru").title == "Plain");
}

TEST_CASE("[script] the user's mod folder is under XDG_DATA_HOME, else under HOME") {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const std::string savedXdg = xdg ? xdg : "";
  setenv("XDG_DATA_HOME", "/tmp/xdg-data", 1);
  CHECK(accord::script::userModsFolder() == fs::path("/tmp/xdg-data/accord/mods"));
  unsetenv("XDG_DATA_HOME");
  if (const char* home = std::getenv("HOME"); home && *home) {
    CHECK(accord::script::userModsFolder() == fs::path(home) / ".local/share/accord/mods");
  }
  if (xdg) setenv("XDG_DATA_HOME", savedXdg.c_str(), 1);
}
