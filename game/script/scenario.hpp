// Scenario folders: the manifest (mod.lua), the search path, and finding a scenario by id or path.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/core/result.hpp"
#include "game/script/runtime/lua_runtime.hpp"

namespace accord::script {

struct ModManifest {
  std::string id;
  std::string title;
  std::string version;
  std::string summary;
  int api = 0;
  std::vector<std::string> authors;
  std::vector<std::string> depends;
  std::vector<std::string> languages;
  std::filesystem::path folder;
};

// A problem with a scenario before any hook ran: which file, and what is wrong with it.
struct LoadProblem {
  std::string mod;   // id, or the folder name when the id is not known yet
  std::string file;  // relative to the mod folder
  int line = 0;
  std::string message;
  std::string traceback;
  std::string context;

  std::string headline() const;
};

// Folders searched for scenarios by id, in order: the shipped scenarios, the user's mod folder
// (XDG data dir), then any --mods folders.
class SearchPath {
 public:
  static SearchPath standard(const std::filesystem::path& dataDir, const std::vector<std::filesystem::path>& extraMods);
  void add(std::filesystem::path dir) { m_dirs.push_back(std::move(dir)); }
  const std::vector<std::filesystem::path>& dirs() const { return m_dirs; }

 private:
  std::vector<std::filesystem::path> m_dirs;
};

// The user's mod folder: $XDG_DATA_HOME/accord/mods, else ~/.local/share/accord/mods; nothing
// when neither variable is set. SearchPath::standard leaves it out under ACCORD_NO_USER_MODS.
std::optional<std::filesystem::path> userModsFolder();

// The folder holding the shipped scripts/ and assets/: $ACCORD_DATA_DIR, else next to the
// program, else the source tree the program was built from.
std::filesystem::path dataDir();

// Reads and checks mod.lua: a data-only chunk returning the manifest table.
Result<ModManifest, LoadProblem> readManifest(const std::filesystem::path& folder);

// What a player reads about a scenario in a language: the keys "scenario.title" and
// "scenario.summary" of its locale/<language>.lua (then locale/en.lua) when it has them, else the
// manifest's own words. A locale file that cannot be read leaves the manifest's words; loading the
// scenario reports the file's problem.
struct ScenarioWords {
  std::string title;
  std::string summary;
};
ScenarioWords scenarioWords(const ModManifest& manifest, const std::string& language);

// A folder path (anything with a '/' or an existing folder) or an id looked up on the search path.
Result<std::filesystem::path, std::string> resolveScenario(const std::string& nameOrPath, const SearchPath& path);

struct ScenarioListing {
  std::filesystem::path folder;
  Result<ModManifest, LoadProblem> manifest;
};
// Every scenario folder on the search path, the broken ones included with their problem.
std::vector<ScenarioListing> listScenarios(const SearchPath& path);

}  // namespace accord::script
