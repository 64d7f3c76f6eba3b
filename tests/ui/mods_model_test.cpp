// Scenarios & mods: real scenario folders in a temporary search path, a good one and broken ones,
// listed with what they say about themselves and what keeps them from loading.
#include <catch2/catch.hpp>

#include <fstream>

#include "game/ui/mods_model.hpp"
#include "run_program.hpp"

namespace fs = std::filesystem;
using accord::ui::ModEntry;
using accord::ui::ModPlaces;
using accord::ui::ModSource;
using accord::ui::scanMods;

namespace {

const char* kManifest = R"(return { id = "$ID", title = "Broken $ID", version = "0.1.0", api = 1, authors = { "T. Tester" } }
)";

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

std::string manifestFor(const std::string& id) {
  std::string m = kManifest;
  for (size_t at = m.find("$ID"); at != std::string::npos; at = m.find("$ID")) m.replace(at, 3, id);
  return m;
}

// A search path of temporary folders: the shipped example as "shipped", broken mods as the user's.
struct Places {
  accord::test::UiTempDir dir;
  ModPlaces places;
  Places() {
    places.shipped = dir / "shipped";
    places.user = dir / "user";
    fs::create_directories(places.shipped);
    fs::copy(accord::test::sourceDir() / "scripts" / "scenarios" / "two_valleys", places.shipped / "two_valleys",
             fs::copy_options::recursive);
  }
};

const ModEntry& entry(const accord::ui::ModsModel& m, const std::string& id) {
  const ModEntry* e = m.find(id);
  INFO(id);
  REQUIRE(e);
  return *e;
}

}  // namespace

TEST_CASE("[ui] the mods list shows a good scenario with its version, API, languages and roles") {
  Places p;
  const auto model = scanMods(p.places, "en");
  REQUIRE(model.entries.size() == 1);
  const ModEntry& e = entry(model, "two_valleys");
  CHECK(e.playable());
  CHECK(e.source == ModSource::Shipped);
  CHECK(e.title == "Two Valleys");
  CHECK_THAT(e.summary, Catch::Contains("worked example"));
  CHECK(e.version == "1.0.0");
  CHECK(e.api == 1);
  CHECK(e.languages == std::vector<std::string>{"en", "ru"});
  CHECK(e.roles == std::vector<std::string>{"Republic of Highland", "Lowland Republic", "Tessa Valley Pact"});
  CHECK(e.folder == p.places.shipped / "two_valleys");
}

TEST_CASE("[ui] a scenario's title, summary and roles show in the interface language its locale has") {
  Places p;
  const auto ru = scanMods(p.places, "ru");
  const ModEntry& e = entry(ru, "two_valleys");
  CHECK(e.title == "Две долины");
  CHECK_THAT(e.summary, Catch::Contains("Учебный пример"));
  CHECK(e.roles.front() == "Нагорная Республика");
  // A language the scenario does not have: its English words.
  const auto de = scanMods(p.places, "de");
  CHECK(entry(de, "two_valleys").title == "Two Valleys");
}

TEST_CASE("[ui] a mod whose init.lua does not compile shows the file and line, and cannot be played") {
  Places p;
  write(*p.places.user / "typo" / "mod.lua", manifestFor("typo"));
  write(*p.places.user / "typo" / "init.lua",
        "local hooks = {}\n\nfunction hooks.on_setup(game)\n  game:add_meter{ id = \"x\" \nend\nreturn hooks\n");
  const auto model = scanMods(p.places, "en");
  REQUIRE(model.entries.size() == 2);
  const ModEntry& e = entry(model, "typo");
  CHECK(e.source == ModSource::User);
  CHECK_FALSE(e.playable());
  REQUIRE(e.problems.size() == 1);
  CHECK(e.problems[0].file == "init.lua");
  CHECK(e.problems[0].line == 5);
  CHECK_THAT(e.problems[0].headline, Catch::Contains("init.lua:5"));
  CHECK(e.title == "Broken typo");  // the manifest was read: it has its title and version
  CHECK(e.version == "0.1.0");
  CHECK(e.roles.empty());
  const std::string copied = accord::ui::copyableProblems(e);
  CHECK_THAT(copied, Catch::Contains((*p.places.user / "typo").string()) && Catch::Contains("init.lua:5"));
}

TEST_CASE("[ui] a mod whose on_setup fails names the hook's line, with the source lines around it") {
  Places p;
  write(*p.places.user / "bad_setup" / "mod.lua", manifestFor("bad_setup"));
  write(*p.places.user / "bad_setup" / "init.lua",
        "local hooks = {}\nfunction hooks.on_setup(game)\n  local sectors = nil\n  return sectors.ridge\nend\nreturn hooks\n");
  const auto model = scanMods(p.places, "en");
  const ModEntry& e = entry(model, "bad_setup");
  REQUIRE(e.problems.size() == 1);
  CHECK(e.problems[0].file == "init.lua");
  CHECK(e.problems[0].line == 4);
  CHECK_THAT(e.problems[0].headline, Catch::Contains("on_setup"));
  CHECK_THAT(e.problems[0].details, Catch::Contains("sectors.ridge"));
}

TEST_CASE("[ui] a mod with a broken manifest is listed by its folder with the problem in mod.lua") {
  Places p;
  write(*p.places.user / "nameless" / "mod.lua", "return { id = \"nameless\", version = \"1.0.0\", api = 1, authors = { \"A\" } }\n");
  write(*p.places.user / "nameless" / "init.lua", "return {}\n");
  const auto model = scanMods(p.places, "en");
  const ModEntry& e = entry(model, "nameless");
  REQUIRE(e.problems.size() == 1);
  CHECK(e.problems[0].file == "mod.lua");
  CHECK_THAT(e.problems[0].headline, Catch::Contains("title"));
  CHECK(e.title == "nameless");
}

TEST_CASE("[ui] with user mods off the user's folder is named but not searched") {
  Places p;
  write(*p.places.user / "typo" / "mod.lua", manifestFor("typo"));
  write(*p.places.user / "typo" / "init.lua", "return {\n");
  p.places.userOff = true;
  const auto model = scanMods(p.places, "en");
  CHECK(model.userOff);
  CHECK(model.userFolder == p.places.user);
  REQUIRE(model.folders.size() == 1);
  CHECK(model.find("typo") == nullptr);
}

TEST_CASE("[ui] the mods list searches the folders the game searches, shipped scenarios first") {
  accord::test::UiTempDir extra;
  const auto model = scanMods(ModPlaces::standard({extra.path}), "en");
  const auto dirs = accord::script::SearchPath::standard(accord::script::dataDir(), {extra.path}).dirs();
  REQUIRE(model.folders.size() == dirs.size());
  for (size_t i = 0; i < dirs.size(); ++i) CHECK(model.folders[i].path == dirs[i]);
  CHECK(model.folders.front().source == ModSource::Shipped);
  CHECK(model.folders.back().source == ModSource::Extra);
  CHECK(entry(model, "kyrgyz_tajik_border").playable());
  CHECK(entry(model, "two_valleys").playable());
}
