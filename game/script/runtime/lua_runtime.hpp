// The generic Lua 5.4 runtime: one sandboxed state per game with a capped allocator, an
// instruction budget per call that pcall cannot swallow, per-mod environments and error reports.
// It knows no game types; the game bindings live in game/script.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include <lua.hpp>

#include "game/core/result.hpp"

namespace accord::script {

// One failed chunk or call, as the player and the author see it.
struct ScriptFailure {
  std::string file;     // relative to the mod folder, e.g. "init.lua"; empty when unknown
  int line = 0;         // 0 when unknown
  std::string message;  // without the "file:line: " prefix
  std::string traceback;
  std::string context;  // the source lines around `line`, the failing one marked with '>'
};

struct RuntimeLimits {
  size_t memoryCap = 64u << 20;           // bytes for the whole state
  uint64_t instructionBudget = 20'000'000;  // VM instructions per call()
};

class LuaRuntime {
 public:
  explicit LuaRuntime(RuntimeLimits limits = {});
  ~LuaRuntime();
  LuaRuntime(const LuaRuntime&) = delete;
  LuaRuntime& operator=(const LuaRuntime&) = delete;

  lua_State* state() const { return m_L; }
  const RuntimeLimits& limits() const { return m_limits; }

  // math.random and math.randomseed draw from here instead of Lua's own generator.
  void setRandomSource(std::function<uint64_t()> next);
  // print() writes here.
  void setPrintSink(std::function<void(std::string_view)> sink);

  // A fresh sandbox environment for one mod, as a registry reference. Its chunks are named
  // "@<modId>/<file>"; require("a.b") loads "<folder>/a/b.lua" once and nowhere else.
  int newModEnv(const std::string& modId, const std::filesystem::path& folder);
  // Loads a text chunk from the mod's folder into its environment, runs it under the budget, and
  // returns a registry reference to its first result (LUA_REFNIL when it returned nothing).
  Result<int, ScriptFailure> runFile(int env, const std::string& relPath);
  // Runs a data-only file (mod.lua, locale files): an environment with no functions at all.
  Result<int, ScriptFailure> runDataFile(const std::filesystem::path& path, const std::string& chunkName);

  // Calls the function below `nargs` arguments on the stack under the traceback handler, with a
  // fresh instruction budget. Leaves `nresults` results on the stack on success, nothing on failure.
  Result<void, ScriptFailure> call(int nargs, int nresults);

  void pushRef(int ref) const;
  void unref(int ref) const;

  size_t memoryUsed() const { return m_used; }
  size_t peakMemory() const { return m_peak; }

 private:
  static void* allocate(void* ud, void* ptr, size_t osize, size_t nsize);
  static void countHook(lua_State* L, lua_Debug* ar);

  lua_State* m_L = nullptr;
  RuntimeLimits m_limits;
  size_t m_used = 0;
  size_t m_peak = 0;
  bool m_capHit = false;
  uint64_t m_instructions = 0;
  bool m_budgetHit = false;
  std::function<uint64_t()> m_random;
  std::function<void(std::string_view)> m_print;
};

// Runs `f` and turns any C++ exception into a Lua error, so exceptions never cross a Lua frame.
template <class F>
int guarded(lua_State* L, F&& f) {
  const char* what = nullptr;
  std::string msg;
  try {
    return f();
  } catch (const std::exception& e) {
    msg = e.what();
  } catch (...) {
    msg = "unknown C++ exception";
  }
  what = msg.c_str();
  lua_pushstring(L, what);
  msg.clear();
  msg.shrink_to_fit();
  return lua_error(L);
}

}  // namespace accord::script
