// The generic Lua 5.4 runtime: one sandboxed state per game with a capped allocator, an
// instruction budget per call that pcall cannot swallow, per-mod environments and error reports.
// It knows no game types; the game bindings live in game/script.
#pragma once

#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <lua.hpp>

#include "game/core/result.hpp"
#include "game/script/runtime/small_blocks.hpp"

namespace accord::script {

// One failed chunk or call, as the player and the author see it.
struct ScriptFailure {
  std::string file;     // relative to the mod folder, e.g. "init.lua"; empty when unknown
  int line = 0;         // 0 when unknown
  std::string message;  // without the "file:line: " prefix
  std::string traceback;
  std::string context;  // the source lines around `line`, the failing one marked with '>'
};

// Reads a whole file in one go (its size first, then one read); false when it cannot be read.
bool readWholeFile(const std::filesystem::path& path, std::string& out);

struct RuntimeLimits {
  size_t memoryCap = 64u << 20;           // bytes for the whole state
  uint64_t instructionBudget = 20'000'000;  // VM instructions per call()

  bool operator==(const RuntimeLimits&) const = default;
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
  // Returns LUA_NOREF when the environment could not be built within the memory cap.
  int newModEnv(const std::string& modId, const std::filesystem::path& folder);
  // Loads a text chunk from the mod's folder into its environment, runs it under the budget, and
  // returns a registry reference to its first result (LUA_REFNIL when it returned nothing).
  Result<int, ScriptFailure> runFile(int env, const std::string& relPath);
  // Runs a data-only file (mod.lua, locale files): an environment with no functions at all (string
  // methods are detached while it runs). chunkName is used as given, e.g. "@<modId>/mod.lua".
  Result<int, ScriptFailure> runDataFile(const std::filesystem::path& path, const std::string& chunkName);
  // The same for a data file already read: `text` is what `path` holds.
  Result<int, ScriptFailure> runDataText(const std::filesystem::path& path, const std::string& text, const std::string& chunkName);

  // Calls the function below `nargs` arguments on the stack under the traceback handler, with a
  // fresh instruction budget. Leaves `nresults` results on the stack on success, nothing on failure.
  // Runs on the main thread; a call() made from inside another one shares its budget.
  Result<void, ScriptFailure> call(int nargs, int nresults);

  void pushRef(int ref) const;
  void unref(int ref) const;

  size_t memoryUsed() const { return m_used; }
  size_t peakMemory() const { return m_peak; }
  // VM instructions counted so far by the current (or last) top-level call.
  uint64_t instructionsUsed() const { return m_instructions; }

 private:
  enum class Fault { None, Budget, Memory };
  // Where an error or fault happened, captured while its frames still existed.
  struct Site {
    std::string source;  // the chunk name, e.g. "@mod/init.lua"
    int line = 0;
    std::string message;
    std::string traceback;
    bool valid = false;
  };
  struct ModInfo {
    std::string id;
    std::filesystem::path folder;
    std::filesystem::path canonical;  // symlinks resolved, for the containment check
  };
  enum class ReadStatus { Ok, Invalid, Outside, Missing, Unreadable };
  struct Sandbox;    // the C functions the sandbox is made of (lua_runtime.cpp)
  struct CallScope;  // depth, fresh budget and current thread for one call

  static void* allocate(void* ud, void* ptr, size_t osize, size_t nsize);
  static void countHook(lua_State* L, lua_Debug* ar);

  void beginTopLevel();
  void noteFault(Fault fault) noexcept;
  void captureSite(lua_State* L, Site& site) noexcept;
  void recordError(lua_State* L, int messageIndex, int tracebackIndex) noexcept;
  bool protect(lua_CFunction fn, int nargs, int nresults);
  Result<int, ScriptFailure> takeRef();
  ScriptFailure loadFailure(int status, const std::string& chunkName);
  ScriptFailure faultFailure() const;
  ScriptFailure errorFailure(int status) const;
  ScriptFailure failureAt(const Site& site, std::string message) const;
  ReadStatus readModFile(const ModInfo& mod, const std::string& rel) noexcept;
  ReadStatus readModule(const ModInfo& mod, std::string_view name) noexcept;
  const ModInfo* findMod(std::string_view id) const;
  std::string sourceForShortSrc(std::string_view shortSrc) const;
  std::string readContext(std::string_view source, int line) const noexcept;

  SmallBlocks m_blocks;  // the state's small blocks; outlives it (lua_close runs in the destructor)
  lua_State* m_L = nullptr;
  RuntimeLimits m_limits;
  size_t m_used = 0;
  size_t m_peak = 0;
  bool m_capHit = false;
  uint64_t m_instructions = 0;
  bool m_budgetHit = false;
  std::function<uint64_t()> m_random;
  std::function<void(std::string_view)> m_print;

  Fault m_fault = Fault::None;   // the first budget or memory fault of this call; never swallowed
  std::string m_faultText;       // its message, prepared so raising it again needs no C++ temporaries
  Site m_budgetSite;             // where the budget ran out
  Site m_memorySite;             // the last refused allocation
  Site m_errorSite;              // filled by the message handler for ordinary errors
  lua_State* m_current = nullptr;  // the thread running mod code, for the allocator's site
  int m_depth = 0;
  int m_protoRef = LUA_NOREF;        // the allowed library functions, one table per library
  int m_stringMetaRef = LUA_NOREF;   // the locked string metatable
  int m_emptyStringRef = LUA_NOREF;  // keeps "" alive so swapping string metatables never allocates
  std::vector<std::unique_ptr<ModInfo>> m_mods;
  mutable std::unordered_map<int, ModInfo*> m_envMods;
  std::string m_scratch;      // file text or error text handed from C++ to Lua without temporaries
  std::string m_scratchName;  // the chunk name that goes with m_scratch
  std::string m_dataSource;   // the data file being run, so its report can quote it
  std::filesystem::path m_dataPath;
};

// Runs `f` and turns any C++ exception into a Lua error, so exceptions never cross a Lua frame.
// The message goes through a fixed buffer because lua_error longjmps: nothing with a destructor may
// be alive in this frame then. `f` must follow the same rule around Lua calls that can raise.
template <class F>
int guarded(lua_State* L, F&& f) {
  char message[256] = "unknown C++ exception";
  try {
    return std::forward<F>(f)();
  } catch (const std::exception& e) {
    std::snprintf(message, sizeof message, "%s", e.what());
  } catch (...) {
  }
  lua_pushstring(L, message);
  return lua_error(L);
}

}  // namespace accord::script
