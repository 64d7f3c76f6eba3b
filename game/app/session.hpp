// One game in progress: the scenario's rules, the engine, and what identifies them in a save.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "game/core/turn_engine.hpp"
#include "game/persist/save.hpp"
#include "game/script/lua_rules.hpp"

namespace accord::app {

struct SessionConfig {
  std::string scenario;  // folder path or id on the search path
  std::vector<std::filesystem::path> mods;
  uint64_t seed = 1;
  int turns = 0;  // 0: 24
  int rounds = 3;
  std::string language = "en";
  std::map<std::string, std::string> options;  // scenario options, NAME -> VALUE
};

// Why a session could not be made: a usage problem (exit 2) or a broken scenario (exit 1).
struct SessionError {
  bool usage = false;
  std::string message;
};

class Session {
 public:
  static Result<std::unique_ptr<Session>, SessionError> create(const SessionConfig& config);
  // Rebuilds a saved game by running its command log again. A command the engine refuses while
  // replaying means the save does not belong to this scenario: that is an error.
  static Result<std::unique_ptr<Session>, SessionError> fromSave(const persist::SaveGame& save, const SessionConfig& overrides);

  core::TurnEngine& engine() { return *m_engine; }
  const core::TurnEngine& engine() const { return *m_engine; }
  const script::ModManifest& manifest() const { return m_rules->manifest(); }
  const std::filesystem::path& folder() const { return m_folder; }
  // The hash of the scenario folder's files, worked out on first use (saves need it; a batch of
  // simulated games does not).
  const std::string& contentHash() const;
  const SessionConfig& config() const { return m_config; }
  size_t scriptPeakMemory() const { return m_rules->peakMemory(); }

  persist::SaveGame toSave() const;

 private:
  Session() = default;
  SessionConfig m_config;
  std::filesystem::path m_folder;
  mutable std::string m_contentHash;
  std::unique_ptr<script::LuaRules> m_rules;
  std::unique_ptr<core::TurnEngine> m_engine;
};

}  // namespace accord::app
