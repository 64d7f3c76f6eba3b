// Scenarios & mods as the window lists them; see mods_model.hpp.
#include "mods_model.hpp"

#include <algorithm>
#include <cstdlib>

#include "game/core/turn_engine.hpp"
#include "game/script/lua_rules.hpp"

namespace fs = std::filesystem;

namespace accord::ui {
namespace {

std::string detailsOf(const std::string& context, const std::string& traceback) {
  std::string out = context;
  if (!traceback.empty()) out += (out.empty() ? "" : "\n") + traceback;
  return out;
}

ModProblem problemFrom(const script::LoadProblem& p) {
  return ModProblem{p.file, p.line, p.headline(), detailsOf(p.context, p.traceback)};
}

ModProblem problemFrom(const core::RuleError& e) { return ModProblem{e.file, e.line, e.headline(), detailsOf(e.context, e.traceback)}; }

// Loads the scenario and runs its setup once, as New game does before a game: what fails here
// would fail there, and the roles are only known after setup.
void tryLoad(ModEntry& entry, const script::ModManifest& m, const std::string& language) {
  auto rules = script::LuaRules::load(entry.folder, script::LoadOptions{gameLanguage(m, language), {}, {}});
  if (!rules) {
    entry.problems.push_back(problemFrom(rules.error()));
    return;
  }
  core::TurnEngine engine(**rules, core::EngineConfig{});
  if (auto started = engine.start(); !started) {
    entry.problems.push_back(problemFrom(started.error()));
    return;
  }
  const auto& s = engine.state();
  for (const auto& id : core::playableActors(s)) {
    const core::Actor* a = core::findActor(s, id);
    entry.roles.push_back(a ? a->name : id);
  }
}

ModEntry entryFor(const script::ScenarioListing& l, ModSource source, const std::string& language) {
  ModEntry e;
  e.folder = l.folder;
  e.source = source;
  e.id = l.folder.filename().string();
  e.title = e.id;
  if (!l.manifest) {
    e.problems.push_back(problemFrom(l.manifest.error()));
    return e;
  }
  const script::ModManifest& m = *l.manifest;
  const auto words = script::scenarioWords(m, language);
  e.id = m.id;
  e.title = words.title;
  e.summary = words.summary;
  e.version = m.version;
  e.api = m.api;
  e.authors = m.authors;
  e.languages = m.languages;
  tryLoad(e, m, language);
  return e;
}

}  // namespace

std::string gameLanguage(const script::ModManifest& m, const std::string& language) {
  const auto& langs = m.languages;
  if (langs.empty() || std::find(langs.begin(), langs.end(), language) != langs.end()) return language;
  return langs.front();
}

ModPlaces ModPlaces::standard(const std::vector<fs::path>& extraMods) {
  ModPlaces p;
  p.shipped = script::dataDir() / "scripts" / "scenarios";
  p.user = script::userModsFolder();
  p.userOff = std::getenv("ACCORD_NO_USER_MODS") != nullptr;
  p.extra = extraMods;
  return p;
}

const ModEntry* ModsModel::find(const std::string& id) const {
  auto it = std::find_if(entries.begin(), entries.end(), [&](const ModEntry& e) { return e.id == id; });
  return it == entries.end() ? nullptr : &*it;
}

ModsModel scanMods(const ModPlaces& places, const std::string& language) {
  ModsModel model;
  model.userFolder = places.user;
  model.userOff = places.userOff;
  std::error_code ec;
  auto addFolder = [&](const fs::path& dir, ModSource source) {
    model.folders.push_back(ModFolder{dir, source, fs::is_directory(dir, ec)});
    script::SearchPath one;
    one.add(dir);
    for (const auto& l : script::listScenarios(one)) {
      model.entries.push_back(entryFor(l, source, language));
      model.entries.back().place = model.folders.size() - 1;
    }
  };
  addFolder(places.shipped, ModSource::Shipped);
  if (places.user && !places.userOff) addFolder(*places.user, ModSource::User);
  for (const auto& d : places.extra) addFolder(d, ModSource::Extra);
  return model;
}

std::string copyableProblems(const ModEntry& entry) {
  std::string out = entry.folder.string() + "\n";
  for (const auto& p : entry.problems) {
    out += p.headline + "\n";
    if (!p.details.empty()) out += p.details + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace accord::ui
