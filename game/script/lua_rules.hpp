// A scenario's Lua rules as the engine's Rules: loads the mod, calls its hooks, reports failures.
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "game/core/rules.hpp"
#include "game/script/runtime/lua_runtime.hpp"
#include "game/script/scenario.hpp"

namespace accord::script {

struct LoadOptions {
  std::string language = "en";
  RuntimeLimits limits;
  std::map<std::string, std::string> options;  // scenario options as given, NAME -> VALUE
};

class LuaRules final : public core::Rules {
 public:
  // A locale's key -> text table; tables read from the same file are shared.
  using Strings = std::shared_ptr<const std::map<std::string, std::string>>;

  static Result<std::unique_ptr<LuaRules>, LoadProblem> load(const std::filesystem::path& folder, const LoadOptions& options);
  ~LuaRules() override;

  const ModManifest& manifest() const { return m_manifest; }
  std::string modId() const override { return m_manifest.id; }
  size_t peakMemory() const { return m_rt.peakMemory(); }

  // Every change a script makes goes through a binding that reports it first.
  bool reportsChanges() const override { return true; }
  core::HookResult<void> onSetup(core::World& w) override;
  core::HookResult<void> onTurnStart(core::World& w) override;
  core::HookResult<std::optional<core::ProposalRefusal>> onProposal(core::World& w, const core::Offer& offer) override;
  core::HookResult<void> onAgreement(core::World& w, const core::Agreement& agreement) override;
  core::HookResult<void> onOrders(core::World& w, const core::ActorId& actor, const core::Orders& orders) override;
  core::HookResult<void> onResolve(core::World& w) override;
  core::HookResult<void> onViolation(core::World& w, const core::Violation& violation) override;
  core::HookResult<std::optional<core::Outcome>> checkOutcome(core::World& w, bool lastTurn) override;
  core::HookResult<int> score(core::World& w, const core::ActorId& actor) override;
  core::HookResult<std::optional<core::Orders>> aiOrders(core::World& w, const core::ActorId& actor, const std::string& persona) override;

  // For the bindings: the world of the hook being run (null outside hooks) and its name.
  core::World* world() const { return m_world; }
  const std::string& currentHook() const { return m_hook; }
  const std::string& language() const { return m_language; }
  // The text for `key` in the game's language (English as the fallback), or nullptr.
  const std::string* text(const std::string& key) const;
  // The value asked for option `id`, if any; bad values are kept as problems for the caller.
  const std::string* requestedOption(const std::string& id) const;
  void addOptionProblem(std::string problem) { m_optionProblems.push_back(std::move(problem)); }
  // Where the bindings last found an actor or a sector by a name a script passed. Lua keeps one
  // copy of each short string, so the name's address finds its place again; the name there is
  // compared before it is used, since a freed string's address may come back for another.
  struct NameCache {
    struct Entry {
      const char* name = nullptr;
      size_t index = 0;
    };
    std::array<Entry, 32> actors{};
    std::array<Entry, 32> sectors{};
  };
  NameCache& nameCache() const { return m_nameCache; }
  // Options given but never declared, and values that did not fit: usage errors, found in setup.
  std::vector<std::string> optionProblems(const core::GameState& afterSetup) const;

 private:
  LuaRules(ModManifest manifest, const LoadOptions& options);

  // Pushes the hook's arguments after `game`, returns how many it pushed.
  using PushArgs = int (*)(lua_State*, const void*);
  // Calls hook `name` if the mod defines it. On success the hook's `results` results are left on
  // the stack and *called is true; a missing hook leaves nothing and *called false.
  std::optional<core::RuleError> call(const char* name, core::World& w, const std::function<int(lua_State*)>& pushArgs,
                                      bool* called, int results = 1);
  core::RuleError errorFrom(const char* hook, const ScriptFailure& f) const;
  core::RuleError resultError(const char* hook, const std::string& message) const;

  LuaRuntime m_rt;
  ModManifest m_manifest;
  std::string m_language;
  int m_env = LUA_NOREF;
  int m_hooks = LUA_NOREF;
  int m_game = LUA_NOREF;
  std::map<std::string, Strings> m_locale;  // by language; shared by the games of a process
  std::map<std::string, std::string> m_requestedOptions;
  std::vector<std::string> m_optionProblems;
  core::World* m_world = nullptr;
  mutable NameCache m_nameCache;
  std::string m_hook;
  core::Rng m_loadRng{0};
};

}  // namespace accord::script
