// One game in progress: the scenario's rules, the engine, and what identifies them in a save.
#include "session.hpp"

#include "game/core/state_hash.hpp"
#include "game/persist/command_json.hpp"
#include "game/script/api_version.hpp"
#include "game/script/scenario.hpp"

namespace accord::app {

Result<std::unique_ptr<Session>, SessionError> Session::create(const SessionConfig& config) {
  if (config.turns < 0) return fail(SessionError{true, "--turns must be at least 1"});
  if (config.rounds < 1) return fail(SessionError{true, "--rounds must be at least 1"});
  const auto path = script::SearchPath::standard(script::dataDir(), config.mods);
  auto folder = script::resolveScenario(config.scenario, path);
  if (!folder) return fail(SessionError{true, folder.error()});

  std::unique_ptr<Session> s(new Session());
  s->m_config = config;
  s->m_folder = *folder;
  auto rules = script::LuaRules::load(*folder, script::LoadOptions{config.language, {}, config.options});
  if (!rules) return fail(SessionError{false, rules.error().headline()});
  s->m_rules = std::move(*rules);
  s->m_engine = std::make_unique<core::TurnEngine>(*s->m_rules, core::EngineConfig{config.seed, config.turns, config.rounds});
  if (auto started = s->m_engine->start(); !started) {
    std::string message = started.error().headline();
    if (!started.error().context.empty()) message += "\n" + started.error().context;
    return fail(SessionError{false, message});
  }
  if (auto problems = s->m_rules->optionProblems(s->m_engine->state()); !problems.empty()) {
    return fail(SessionError{true, problems.front()});
  }
  return s;
}

const std::string& Session::contentHash() const {
  if (m_contentHash.empty()) m_contentHash = persist::contentHashOfFolder(m_folder);
  return m_contentHash;
}

Result<std::unique_ptr<Session>, SessionError> Session::fromSave(const persist::SaveGame& save, const SessionConfig& overrides) {
  SessionConfig config = overrides;
  const auto& h = save.header;
  // The recorded path first (a scenario outside the search path), then the id.
  std::error_code ec;
  config.scenario = !h.scenarioPath.empty() && std::filesystem::is_directory(h.scenarioPath, ec) ? h.scenarioPath : h.scenarioId;
  config.seed = h.seed;
  config.rounds = h.maxRounds;
  config.options = h.options;
  if (config.turns == 0) config.turns = h.maxTurns;
  if (!h.language.empty()) config.language = h.language;
  auto session = create(config);
  if (!session) return session;
  Session& s = **session;
  if (s.manifest().id != h.scenarioId) {
    return fail(SessionError{true, "the save is of scenario '" + h.scenarioId + "', but '" + config.scenario + "' is '" +
                                       s.manifest().id + "'"});
  }
  for (size_t i = 0; i < save.commands.size(); ++i) {
    const core::Command& c = save.commands[i];
    if (s.engine().finished()) {
      return fail(SessionError{true, "command " + std::to_string(i + 1) + " of the save comes after the end of the game"});
    }
    auto r = s.engine().submit(c);
    // A proposal the rules refused is logged on purpose (so the rules run again); anything
    // else refused means the save and the scenario disagree.
    if (!r && c.kind != core::CommandKind::Propose) {
      return fail(SessionError{true, "command " + std::to_string(i + 1) + " of the save (" + persist::commandLine(c) +
                                         ") is refused: " + r.error().reason});
    }
  }
  return session;
}

persist::SaveGame Session::toSave() const {
  persist::SaveGame save;
  auto& h = save.header;
  h.engineVersion = ACCORD_VERSION;
  h.apiVersion = script::kApiVersion;
  h.scenarioId = manifest().id;
  h.scenarioVersion = manifest().version;
  h.scenarioHash = contentHash();
  h.scenarioPath = std::filesystem::absolute(m_folder).string();
  h.seed = m_config.seed;
  h.maxTurns = m_engine->state().maxTurns;
  h.maxRounds = m_engine->state().maxRounds;
  h.language = m_config.language;
  h.options = m_engine->state().options;
  save.commands = m_engine->log();
  save.turnHashes = m_engine->turnHashes();
  if (m_engine->state().outcome) save.outcome = m_engine->state().outcome->id;
  return save;
}

}  // namespace accord::app
