// Scenarios & mods as the window lists them: every scenario folder on the search path, where it
// comes from, what it says about itself in the interface language, and what keeps it from loading.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/script/scenario.hpp"

namespace accord::ui {

// Where a folder of scenarios on the search path comes from.
enum class ModSource { Shipped, User, Extra };

// The folders searched for scenarios, and where the player's own mods go.
struct ModPlaces {
  std::filesystem::path shipped;
  std::optional<std::filesystem::path> user;  // even when switched off, to say where mods go
  bool userOff = false;                       // ACCORD_NO_USER_MODS: the user's folder is not searched
  std::vector<std::filesystem::path> extra;   // --mods folders

  // The places of this run, as SearchPath::standard finds them.
  static ModPlaces standard(const std::vector<std::filesystem::path>& extraMods);
};

// One thing that keeps a scenario from loading, in the engine's words, naming the file and line.
struct ModProblem {
  std::string file;  // relative to the scenario folder; empty when the problem is not in one file
  int line = 0;
  std::string headline;  // "mod 'x': init.lua:3: message", as the problems panel of a game says it
  std::string details;   // the source lines around the line and the traceback, when there are any
};

struct ModEntry {
  std::filesystem::path folder;
  ModSource source = ModSource::Shipped;
  size_t place = 0;  // its folder's index in ModsModel::folders
  std::string id;  // the manifest's id, else the folder's name
  std::string title;
  std::string summary;
  std::string version;
  int api = 0;
  std::vector<std::string> authors;
  std::vector<std::string> languages;
  std::vector<std::string> roles;  // the names of the playable roles, from a trial setup
  std::vector<ModProblem> problems;

  bool playable() const { return problems.empty(); }
};

struct ModFolder {
  std::filesystem::path path;
  ModSource source = ModSource::Shipped;
  bool exists = false;
};

struct ModsModel {
  std::vector<ModFolder> folders;  // the search path, in order
  std::vector<ModEntry> entries;   // in search-path order, each folder's sorted by name
  std::optional<std::filesystem::path> userFolder;
  bool userOff = false;

  const ModEntry* find(const std::string& id) const;
};

// The language a scenario is played in with this interface language: the same when the scenario
// has it (or names none), else the scenario's first.
std::string gameLanguage(const script::ModManifest& m, const std::string& language);

// Reads every scenario on the search path: its manifest, its title and summary in `language`,
// and a trial load and setup in that language (or the scenario's first one) for its roles and
// problems. Nothing is kept running.
ModsModel scanMods(const ModPlaces& places, const std::string& language);

// A scenario's problems as plain text for the clipboard: the folder, then each problem with its
// details.
std::string copyableProblems(const ModEntry& entry);

}  // namespace accord::ui
