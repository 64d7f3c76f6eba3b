// A scenario's Lua rules as the engine's Rules: loads the mod, calls its hooks, reports failures.
#include "lua_rules.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <unordered_map>

#include "game/script/bindings.hpp"
#include "game/script/lua_convert.hpp"

namespace fs = std::filesystem;

namespace accord::script {
namespace {


LoadProblem problemFrom(const std::string& mod, const ScriptFailure& f) {
  return LoadProblem{mod, f.file, f.line, f.message, f.traceback, f.context};
}

// A locale file is a data table of key = "text". `text` is the file's, already read.
Result<LuaRules::Strings, LoadProblem> runLocale(LuaRuntime& rt, const std::string& mod, const fs::path& file,
                                                 const std::string& rel, const std::string& text) {
  auto ref = rt.runDataText(file, text, "@" + mod + "/" + rel);
  if (!ref) return fail(problemFrom(mod, ref.error()));
  lua_State* L = rt.state();
  rt.pushRef(*ref);
  rt.unref(*ref);
  if (!lua_istable(L, -1)) {
    lua_settop(L, -2);
    return fail(LoadProblem{mod, rel, 0, "a locale file must return a table of key = \"text\"", "", ""});
  }
  std::map<std::string, std::string> out;
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
      lua_settop(L, -4);
      return fail(LoadProblem{mod, rel, 0, "every key and value in a locale file must be a string", "", ""});
    }
    out.emplace(lua_tolstring(L, -2, nullptr), lua_tolstring(L, -1, nullptr));
    lua_settop(L, -2);
  }
  lua_settop(L, -2);
  return std::make_shared<const std::map<std::string, std::string>>(std::move(out));
}

// A locale file runs with no functions, no randomness and no game, so the same text under the
// same limits always gives the same table. A batch of games would otherwise run every language's
// file again for each game and copy it (about a tenth of loading the flagship): the last good
// table of each file is kept for the process. A file that fails is never kept, so it fails again,
// with its problem, each time it is loaded.
Result<LuaRules::Strings, LoadProblem> readLocale(LuaRuntime& rt, const std::string& mod, const fs::path& file,
                                                  const std::string& rel) {
  struct Kept {
    std::string text;
    RuntimeLimits limits;
    LuaRules::Strings strings;
  };
  static std::mutex lock;
  static std::unordered_map<std::string, Kept> kept;  // by the file's path
  static size_t bytes = 0;
  constexpr size_t kMaxKeptBytes = 8u << 20;
  std::string text;
  if (!readWholeFile(file, text)) return fail(LoadProblem{mod, rel, 0, "cannot read " + file.string(), "", ""});
  const std::string key = file.string();
  const RuntimeLimits& limits = rt.limits();
  {
    std::lock_guard<std::mutex> guard(lock);
    auto it = kept.find(key);
    if (it != kept.end() && it->second.text == text && it->second.limits == limits) {
      return it->second.strings;
    }
  }
  auto strings = runLocale(rt, mod, file, rel, text);
  if (!strings) return strings;
  std::lock_guard<std::mutex> guard(lock);
  if (auto it = kept.find(key); it != kept.end()) {
    bytes -= it->second.text.size();
    kept.erase(it);
  }
  if (bytes + text.size() <= kMaxKeptBytes) {
    bytes += text.size();
    kept.emplace(key, Kept{std::move(text), limits, *strings});
  }
  return strings;
}

}  // namespace

LuaRules::LuaRules(ModManifest manifest, const LoadOptions& options)
    : m_rt(options.limits), m_manifest(std::move(manifest)), m_language(options.language),
      m_requestedOptions(options.options) {}

LuaRules::~LuaRules() = default;

Result<std::unique_ptr<LuaRules>, LoadProblem> LuaRules::load(const fs::path& folder, const LoadOptions& options) {
  auto manifest = readManifest(folder);
  if (!manifest) return fail(manifest.error());
  std::unique_ptr<LuaRules> r(new LuaRules(std::move(*manifest), options));
  const std::string& id = r->m_manifest.id;
  LuaRuntime& rt = r->m_rt;
  LuaRules* self = r.get();
  rt.setRandomSource([self]() {
    if (!self->m_world) return self->m_loadRng.next();
    self->m_world->changing();  // a draw moves the engine's generator: the engine snapshots first
    return self->m_world->rng.stream("rules").next();
  });

  for (const auto& lang : r->m_manifest.languages) {
    const std::string rel = "locale/" + lang + ".lua";
    if (!fs::exists(folder / rel)) continue;
    auto strings = readLocale(rt, id, folder / rel, rel);
    if (!strings) return fail(strings.error());
    r->m_locale[lang] = std::move(*strings);
  }

  r->m_env = rt.newModEnv(id, folder);
  auto hooks = rt.runFile(r->m_env, "init.lua");
  if (!hooks) return fail(problemFrom(id, hooks.error()));
  r->m_hooks = *hooks;

  lua_State* L = rt.state();
  rt.pushRef(r->m_hooks);
  if (!lua_istable(L, -1)) {
    lua_settop(L, -2);
    return fail(LoadProblem{id, "init.lua", 0, "init.lua must return a table of hooks", "", ""});
  }
  lua_pushnil(L);
  while (lua_next(L, -2) != 0) {
    const bool named = lua_type(L, -2) == LUA_TSTRING;
    const std::string key = named ? lua_tolstring(L, -2, nullptr) : "?";
    const auto knownHooks = hookDocs();  // the registry: one list of hooks for docs and checks
    const bool known = named && std::any_of(knownHooks.begin(), knownHooks.end(), [&](const HookDoc& h) { return key == h.name; });
    const bool isFunction = lua_isfunction(L, -1);
    lua_settop(L, -2);
    if (!known) {
      lua_settop(L, -3);
      return fail(LoadProblem{id, "init.lua", 0, "init.lua returned '" + key + "', which is not a hook", "", ""});
    }
    if (!isFunction) {
      lua_settop(L, -3);
      return fail(LoadProblem{id, "init.lua", 0, "hook '" + key + "' must be a function", "", ""});
    }
  }
  lua_settop(L, -2);
  r->m_game = createGameHandle(L, r.get());
  return r;
}

const std::string* LuaRules::text(const std::string& key) const {
  static const std::string kFallback = "en";
  for (const std::string* lang : {&m_language, &kFallback}) {
    auto l = m_locale.find(*lang);
    if (l == m_locale.end()) continue;
    auto it = l->second->find(key);
    if (it != l->second->end()) return &it->second;
  }
  return nullptr;
}

const std::string* LuaRules::requestedOption(const std::string& id) const {
  auto it = m_requestedOptions.find(id);
  return it == m_requestedOptions.end() ? nullptr : &it->second;
}

std::vector<std::string> LuaRules::optionProblems(const core::GameState& afterSetup) const {
  std::vector<std::string> out = m_optionProblems;
  for (const auto& [name, value] : m_requestedOptions) {
    const bool declared = std::any_of(afterSetup.optionDefs.begin(), afterSetup.optionDefs.end(),
                                      [&](const core::OptionDef& d) { return d.id == name; });
    if (declared) continue;
    std::string known;
    for (const auto& d : afterSetup.optionDefs) known += (known.empty() ? "" : ", ") + d.id;
    out.push_back("scenario '" + m_manifest.id + "' has no option '" + name + "'" +
                  (known.empty() ? std::string(" (it declares none)") : " (its options: " + known + ")"));
  }
  return out;
}

core::RuleError LuaRules::errorFrom(const char* hook, const ScriptFailure& f) const {
  return core::RuleError{m_manifest.id, hook, 0, f.file, f.line, f.message, f.traceback, f.context};
}

core::RuleError LuaRules::resultError(const char* hook, const std::string& message) const {
  return core::RuleError{m_manifest.id, hook, 0, "init.lua", 0, message, "", ""};
}

std::optional<core::RuleError> LuaRules::call(const char* name, core::World& w, const std::function<int(lua_State*)>& pushArgs,
                                              bool* called, int results) {
  lua_State* L = m_rt.state();
  *called = false;
  m_rt.pushRef(m_hooks);
  lua_getfield(L, -1, name);
  lua_remove(L, -2);
  if (lua_isnil(L, -1)) {
    lua_settop(L, -2);
    return std::nullopt;
  }
  m_world = &w;
  m_hook = name;
  m_rt.pushRef(m_game);
  const int nargs = 1 + pushArgs(L);
  auto r = m_rt.call(nargs, results);
  m_world = nullptr;
  m_hook.clear();
  if (!r) return errorFrom(name, r.error());
  *called = true;
  return std::nullopt;
}

namespace {

int noArgs(lua_State*) { return 0; }

// The months a refusal stands: a whole number from 1, or math.huge (until the agreements change).
std::optional<int> refusalWait(lua_State* L, int index) {
  if (lua_type(L, index) != LUA_TNUMBER) return std::nullopt;
  int isInt = 0;
  const lua_Integer months = lua_tointegerx(L, index, &isInt);
  if (isInt) {
    if (months < 1) return std::nullopt;
    return static_cast<int>(std::min<lua_Integer>(months, core::ProposalRefusal::kUntilAgreementsChange));
  }
  if (lua_tonumber(L, index) == HUGE_VAL) return core::ProposalRefusal::kUntilAgreementsChange;
  return std::nullopt;
}

}  // namespace

core::HookResult<void> LuaRules::onSetup(core::World& w) {
  bool called = false;
  auto err = call("on_setup", w, noArgs, &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

core::HookResult<void> LuaRules::onTurnStart(core::World& w) {
  bool called = false;
  auto err = call("on_turn_start", w, [&](lua_State* L) { lua_pushinteger(L, w.state.turn); return 1; }, &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

// on_proposal returns nil to let the offer stand, or a reason and optionally the clause it is
// about: a clause type of the offer (a string) or the clause's position in offer.clauses. A third
// result, given with a clause, is how many months every package holding that clause's type will
// be refused while the agreements in force stay the same (math.huge: until they change).
core::HookResult<std::optional<core::ProposalRefusal>> LuaRules::onProposal(core::World& w, const core::Offer& offer) {
  core::HookResult<std::optional<core::ProposalRefusal>> out;
  bool called = false;
  out.error = call("on_proposal", w, [&](lua_State* L) { pushOffer(L, offer); return 1; }, &called, 3);
  if (!called) return out;
  lua_State* L = m_rt.state();
  const int t = lua_type(L, -3);
  if (t == LUA_TSTRING) {
    core::ProposalRefusal refusal{std::string(lua_tolstring(L, -3, nullptr)), {}};
    const int c = lua_type(L, -2);
    if (c == LUA_TSTRING) {
      refusal.clause = lua_tolstring(L, -2, nullptr);
      const bool named = std::any_of(offer.clauses.begin(), offer.clauses.end(), [&](const core::Clause& cl) { return cl.type == refusal.clause; });
      if (!named) out.error = resultError("on_proposal", "on_proposal's second result names clause type '" + refusal.clause + "', which the offer does not hold");
    } else if (c == LUA_TNUMBER) {
      int isInt = 0;
      const lua_Integer i = lua_tointegerx(L, -2, &isInt);
      if (isInt && i >= 1 && static_cast<size_t>(i) <= offer.clauses.size()) {
        refusal.clause = offer.clauses[static_cast<size_t>(i - 1)].type;
      } else {
        out.error = resultError("on_proposal", "on_proposal's second result must be a clause's position in offer.clauses (1.." +
                                                   std::to_string(offer.clauses.size()) + ")");
      }
    } else if (c != LUA_TNIL) {
      out.error = resultError("on_proposal", std::string("on_proposal's second result must be a clause type or position, not a ") + lua_typename(L, c));
    }
    if (!out.error && !lua_isnil(L, -1)) {
      if (auto wait = refusalWait(L, -1); !wait) {
        out.error = resultError("on_proposal", "on_proposal's third result must be a whole number of months (1 or more) or math.huge");
      } else if (c == LUA_TNIL) {
        out.error = resultError("on_proposal", "on_proposal's third result (months to wait) needs a second result naming the clause");
      } else {
        refusal.wait = *wait;
      }
    }
    if (!out.error) out.value = std::move(refusal);
  } else if (t != LUA_TNIL && !(t == LUA_TBOOLEAN && lua_toboolean(L, -3))) {
    out.error = resultError("on_proposal", std::string("on_proposal must return nil or a reason (a string), not a ") + lua_typename(L, t));
  }
  lua_settop(L, -4);
  return out;
}

core::HookResult<void> LuaRules::onAgreement(core::World& w, const core::Agreement& agreement) {
  bool called = false;
  auto err = call("on_agreement", w, [&](lua_State* L) { pushAgreement(L, agreement); return 1; }, &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

core::HookResult<void> LuaRules::onOrders(core::World& w, const core::ActorId& actor, const core::Orders& orders) {
  bool called = false;
  auto err = call("on_orders", w,
                  [&](lua_State* L) {
                    lua_pushlstring(L, actor.data(), actor.size());
                    pushOrders(L, orders);
                    return 2;
                  },
                  &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

core::HookResult<void> LuaRules::onResolve(core::World& w) {
  bool called = false;
  auto err = call("on_resolve", w, [&](lua_State* L) { lua_pushinteger(L, w.state.turn); return 1; }, &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

core::HookResult<void> LuaRules::onViolation(core::World& w, const core::Violation& violation) {
  bool called = false;
  auto err = call("on_violation", w, [&](lua_State* L) { pushViolation(L, violation); return 1; }, &called);
  if (called) lua_settop(m_rt.state(), -2);
  return {err};
}

core::HookResult<std::optional<core::Outcome>> LuaRules::checkOutcome(core::World& w, bool lastTurn) {
  core::HookResult<std::optional<core::Outcome>> out;
  bool called = false;
  out.error = call("check_outcome", w,
                   [&](lua_State* L) {
                     lua_pushinteger(L, w.state.turn);
                     lua_pushboolean(L, lastTurn ? 1 : 0);
                     return 2;
                   },
                   &called);
  if (!called) return out;
  lua_State* L = m_rt.state();
  if (lua_istable(L, -1)) {
    lua_getfield(L, -1, "id");
    lua_getfield(L, -2, "text");
    if (lua_type(L, -2) == LUA_TSTRING) {
      const char* text = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, nullptr) : "";
      out.value = core::Outcome{lua_tolstring(L, -2, nullptr), text};
    } else {
      out.error = resultError("check_outcome", "check_outcome must return nil or a table with a string 'id'");
    }
    lua_settop(L, -3);
  } else if (!lua_isnil(L, -1)) {
    out.error = resultError("check_outcome", std::string("check_outcome must return nil or a table, not a ") + luaL_typename(L, -1));
  }
  lua_settop(L, -2);
  return out;
}

core::HookResult<int> LuaRules::score(core::World& w, const core::ActorId& actor) {
  core::HookResult<int> out;
  bool called = false;
  out.error = call("score", w, [&](lua_State* L) { lua_pushlstring(L, actor.data(), actor.size()); return 1; }, &called);
  if (!called) return out;
  lua_State* L = m_rt.state();
  if (lua_type(L, -1) == LUA_TNUMBER) {
    const lua_Number n = lua_tonumberx(L, -1, nullptr);
    out.value = static_cast<int>(std::clamp<lua_Number>(n < 0 ? n - 0.5 : n + 0.5, -1e9, 1e9));
  } else {
    out.error = resultError("score", std::string("score must return a number, not a ") + luaL_typename(L, -1));
  }
  lua_settop(L, -2);
  return out;
}

core::HookResult<std::optional<core::Orders>> LuaRules::aiOrders(core::World& w, const core::ActorId& actor, const std::string& persona) {
  core::HookResult<std::optional<core::Orders>> out;
  bool called = false;
  out.error = call("ai_orders", w,
                   [&](lua_State* L) {
                     lua_pushlstring(L, actor.data(), actor.size());
                     lua_pushlstring(L, persona.data(), persona.size());
                     return 2;
                   },
                   &called);
  if (!called) return out;
  lua_State* L = m_rt.state();
  if (lua_istable(L, -1)) {
    try {
      TableReader t(L, lua_gettop(L), "ai_orders()");
      core::Orders orders;
      t.each("forces", [&](const TableReader& f) {
        orders.forces.push_back(core::ForceOrder{f.str("sector"), static_cast<int>(f.integer("troops")), static_cast<int>(f.integer("heavy"))});
      });
      orders.statements = t.strings("statements");
      orders.requests = t.strings("requests");
      out.value = std::move(orders);
    } catch (const ScriptArgError& e) {
      out.error = resultError("ai_orders", e.what());
    }
  } else if (!lua_isnil(L, -1)) {
    out.error = resultError("ai_orders", std::string("ai_orders must return nil or {forces=, statements=, requests=}, not a ") + luaL_typename(L, -1));
  }
  lua_settop(L, -2);
  return out;
}

}  // namespace accord::script
