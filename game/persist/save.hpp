// Save files: the header, the command log and the per-turn hashes that make a game replayable.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "game/core/command.hpp"
#include "game/core/result.hpp"
#include "game/persist/file_io.hpp"  // writeFileAtomically, contentHashOfFolder

namespace accord::persist {

inline constexpr int kSaveFormatVersion = 1;
inline constexpr std::string_view kSaveFormatMarker = "accord-save";

struct SaveHeader {
  int formatVersion = kSaveFormatVersion;  // after loading: the version the file was migrated to
  std::string engineVersion;
  int apiVersion = 0;
  std::string scenarioId, scenarioVersion, scenarioHash /*hex*/, scenarioPath;
  uint64_t seed = 0;
  int maxTurns = 0;
  int maxRounds = 0;
  std::map<std::string, std::string> options;
  std::string language;
  bool operator==(const SaveHeader&) const = default;
};

struct SaveGame {
  SaveHeader header;
  std::vector<core::Command> commands;
  std::vector<uint64_t> turnHashes;
  std::string outcome;
  bool operator==(const SaveGame&) const = default;
};

// Always writes the current format (kSaveFormatVersion, whatever header.formatVersion says), with a
// fixed key order and one command per line so two saves diff usefully. The seed and the turn hashes
// are strings (decimal; 16 lowercase hex digits): JSON readers elsewhere lose integers above 2^53.
std::string serializeSave(const SaveGame& save);

// Reads a save of this format version or an older one (migrating it first). Any problem is a one-line
// reason naming its place: "truncated JSON: ...", "format: expected \"accord-save\", found ...",
// "save format 3 is newer than this build reads (1)", "header.seed: missing".
Result<SaveGame, std::string> parseSave(std::string_view text);

// "cannot open save 'x': No such file or directory"; parse problems read "save 'x': <reason>".
Result<SaveGame, std::string> loadSaveFile(const std::filesystem::path& path);
Result<void, std::string> writeSaveFile(const std::filesystem::path& path, const SaveGame& save);

// One step of the save format's history: turns a document of version `fromVersion` into one of
// `fromVersion + 1`. Steps edit the JSON rather than the structs, because the structs only know the
// current shape.
struct Migration {
  int fromVersion = 0;
  std::string description;
  std::function<Result<void, std::string>(nlohmann::json&)> apply;
};

// The real history. Empty while version 1 is the only format there has been.
const std::vector<Migration>& saveMigrations();

// Runs the steps of `steps` in version order starting from `from`, for as long as there is a step for
// the current version, and sets the document's "formatVersion" after each. Returns the version
// reached. The order of `steps` does not matter; two steps from one version are an error, as is a
// failing step ("migrating save from format 1 to 2: <reason>").
Result<int, std::string> migrate(nlohmann::json& save, int from, const std::vector<Migration>& steps);
Result<int, std::string> migrate(nlohmann::json& save, int from);  // with saveMigrations()

}  // namespace accord::persist
