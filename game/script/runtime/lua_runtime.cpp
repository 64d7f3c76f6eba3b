// The generic sandboxed Lua runtime: capped allocator, instruction budget, per-mod envs, reports.
#include "game/script/runtime/lua_runtime.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <system_error>
#include <unordered_map>

#include <fmt/format.h>

namespace accord::script {
namespace {

int dumpPiece(lua_State*, const void* piece, size_t size, void* out) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(piece), size);
  return 0;
}

// Compiles a mod's text chunk, or loads the bytecode this process compiled from the very same
// text and name before: a batch of games compiles each file once. Only bytecode made here from
// text is ever loaded, so the rule that mods run text chunks only still holds. Debug information
// is kept, so errors name the same file and line. The cache is bounded; past the bound files are
// compiled each time.
int loadTextChunk(lua_State* L, const std::string& text, const char* name) {
  struct Compiled {
    std::string text;
    std::string code;
  };
  static std::mutex lock;
  static std::unordered_map<std::string, Compiled> compiled;  // by chunk name
  static size_t bytes = 0;
  constexpr size_t kMaxCachedBytes = 32u << 20;
  {
    std::lock_guard<std::mutex> guard(lock);
    if (auto it = compiled.find(name); it != compiled.end() && it->second.text == text) {
      return luaL_loadbufferx(L, it->second.code.data(), it->second.code.size(), name, "b");
    }
  }
  const int status = luaL_loadbufferx(L, text.data(), text.size(), name, "t");
  if (status != LUA_OK) return status;
  std::string code;
  if (lua_dump(L, dumpPiece, &code, 0) != 0) return status;
  std::lock_guard<std::mutex> guard(lock);
  Compiled& slot = compiled[name];
  bytes -= slot.text.size() + slot.code.size();
  if (bytes + text.size() + code.size() <= kMaxCachedBytes) {
    slot = Compiled{text, std::move(code)};
    bytes += slot.text.size() + slot.code.size();
  } else {
    compiled.erase(name);
  }
  return status;
}

}  // namespace

bool readWholeFile(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  out.resize(static_cast<size_t>(size));
  in.seekg(0);
  if (size > 0 && !in.read(out.data(), size)) return false;
  return true;
}

namespace {

constexpr int kHookInterval = 1000;     // VM instructions between budget checks
constexpr int kTracebackHead = 10;      // the same shape luaL_traceback uses
constexpr int kTracebackTail = 11;
constexpr int kMaxFramesScanned = 32;   // frames searched for an error's location
constexpr int kContextRadius = 2;       // source lines shown on each side of the failing one
constexpr int kReaderSlot = 6;          // where load()'s reader keeps the current piece alive
constexpr size_t kMaxNameShown = 64;
constexpr size_t kMiB = size_t{1} << 20;
constexpr size_t kUnprotectedHeadroom = 4 * kMiB;
// Its address marks a module whose chunk is still running (or failed) in a mod's loaded table.
constexpr char kLoadingMarker = 0;

void* loadingMarker() { return const_cast<char*>(&kLoadingMarker); }

bool isLuaFrame(const lua_Debug& ar) {
  return std::strcmp(ar.what, "Lua") == 0 || std::strcmp(ar.what, "main") == 0;
}

std::string sourceOf(const lua_Debug& ar) { return std::string(ar.source, ar.srclen); }

// Lua's luaO_chunkid for the names we use, so a syntax error's "<short_src>:<line>:" can be found.
std::string shortSource(std::string_view source) {
  constexpr size_t kIdSize = LUA_IDSIZE;
  if (!source.empty() && source.front() == '=') {
    return std::string(source.substr(1, kIdSize - 1));
  }
  if (!source.empty() && source.front() == '@') {
    if (source.size() <= kIdSize) return std::string(source.substr(1));
    constexpr size_t kKept = kIdSize - 4;  // "..." and the terminator
    return "..." + std::string(source.substr(source.size() - kKept));
  }
  return fmt::format("[string \"{}\"]", source.substr(0, source.find('\n')));
}

// "@mod/lib/util.lua" -> "lib/util.lua": reports are relative to the mod folder.
std::string fileFromSource(std::string_view source) {
  if (source.empty()) return {};
  if (source.front() != '@' && source.front() != '=') return std::string(source);
  source.remove_prefix(1);
  if (const size_t slash = source.find('/'); slash != std::string_view::npos) source.remove_prefix(slash + 1);
  return std::string(source);
}

struct Position {
  std::string shortSrc;
  int line = 0;
  size_t length = 0;  // of the whole "<short_src>:<line>: " prefix
};

// The first "<short_src>:<line>: " at the start of an error message, if any.
std::optional<Position> parsePosition(std::string_view message) {
  const size_t end = message.find('\n');
  const std::string_view head = message.substr(0, end);
  for (size_t colon = head.find(':'); colon != std::string_view::npos; colon = head.find(':', colon + 1)) {
    size_t i = colon + 1;
    int line = 0;
    while (i < head.size() && head[i] >= '0' && head[i] <= '9' && line < 100'000'000) {
      line = line * 10 + (head[i] - '0');
      ++i;
    }
    if (i > colon + 1 && head.substr(i, 2) == ": ") {
      return Position{std::string(head.substr(0, colon)), line, i + 2};
    }
  }
  return std::nullopt;
}

std::string printableName(std::string_view name) {
  std::string out;
  for (const char c : name.substr(0, kMaxNameShown)) {
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  if (name.size() > kMaxNameShown) out += "...";
  return out;
}

// [A-Za-z_][A-Za-z0-9_]* separated by single dots: nothing that could name a path on its own.
bool isModuleName(std::string_view name) {
  if (name.empty() || name.size() > 200) return false;
  bool segmentStart = true;
  for (const char c : name) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const bool digit = c >= '0' && c <= '9';
    if (c == '.') {
      if (segmentStart) return false;
      segmentStart = true;
    } else if (letter || (digit && !segmentStart)) {
      segmentStart = false;
    } else {
      return false;
    }
  }
  return !segmentStart;
}

bool isInside(const std::filesystem::path& base, const std::filesystem::path& path) {
  const auto [b, p] = std::mismatch(base.begin(), base.end(), path.begin(), path.end());
  return b == base.end() && p != path.end();
}

std::filesystem::path canonicalFolder(const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(folder, ec);
  if (ec) canonical = std::filesystem::absolute(folder, ec).lexically_normal();
  if (!canonical.has_filename()) canonical = canonical.parent_path();
  return canonical;
}

std::string memoryText(size_t cap) {
  if (cap % kMiB == 0) return fmt::format("memory cap exceeded ({} MiB)", cap / kMiB);
  return fmt::format("memory cap exceeded ({:.2f} MiB)", static_cast<double>(cap) / static_cast<double>(kMiB));
}

// luaL_traceback's function naming, minus the global-name search (that one allocates).
std::string functionName(const lua_Debug& ar) {
  if (ar.namewhat != nullptr && *ar.namewhat != '\0') return fmt::format("{} '{}'", ar.namewhat, ar.name);
  if (*ar.what == 'm') return "main chunk";
  if (*ar.what != 'C') return fmt::format("function <{}:{}>", ar.short_src, ar.linedefined);
  return "?";
}

int lastLevel(lua_State* L) {
  lua_Debug ar;
  int low = 1;
  int high = 1;
  while (lua_getstack(L, high, &ar)) {
    low = high;
    high *= 2;
  }
  while (low < high) {
    const int mid = (low + high) / 2;
    if (lua_getstack(L, mid, &ar)) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return high - 1;
}

// A luaL_traceback look-alike built in C++ memory: it runs inside the allocator and the hook,
// where allocating Lua memory is not allowed or would fail.
std::string plainTraceback(lua_State* L, int level) {
  std::string out = "stack traceback:";
  lua_Debug ar;
  const int last = lastLevel(L);
  int limitToShow = (last - level > kTracebackHead + kTracebackTail) ? kTracebackHead : -1;
  while (lua_getstack(L, level++, &ar)) {
    if (limitToShow-- == 0) {
      const int skipped = last - level - kTracebackTail + 1;
      out += fmt::format("\n\t...\t(skipping {} levels)", skipped);
      level += skipped;
      continue;
    }
    lua_getinfo(L, "Slnt", &ar);
    if (ar.currentline <= 0) {
      out += fmt::format("\n\t{}: in {}", ar.short_src, functionName(ar));
    } else {
      out += fmt::format("\n\t{}:{}: in {}", ar.short_src, ar.currentline, functionName(ar));
    }
    if (ar.istailcall) out += "\n\t(...tail calls...)";
  }
  return out;
}

int panic(lua_State* L) {
  const char* message = lua_tolstring(L, -1, nullptr);
  std::fprintf(stderr, "accord: unprotected Lua error: %s\n", message != nullptr ? message : "(no message)");
  return 0;  // Lua aborts next; there is no state left to recover
}

// Runs the callable at scope end; used where early returns must still undo a temporary change.
template <class F>
struct ScopeExit {
  F f;
  ~ScopeExit() { f(); }
};
template <class F>
ScopeExit(F) -> ScopeExit<F>;

// One library as a mod sees it: which of Lua's own functions it keeps and which are ours.
struct SandboxLib {
  const char* name;                       // the global in a mod env; "_G" puts them in the env itself
  lua_CFunction open;                     // Lua's opener for the real library
  std::span<const char* const> allowed;   // copied from the real library unchanged
  std::span<const luaL_Reg> replaced;     // ours; each gets the real one (or nil) as upvalue 1
};

constexpr const char* kBaseAllowed[] = {"assert", "error", "getmetatable", "ipairs", "next", "pairs",
    "rawequal", "rawget", "rawlen", "rawset", "select", "tonumber", "tostring", "type", "_VERSION"};
constexpr const char* kStringAllowed[] = {"byte", "char", "find", "format", "gmatch", "gsub", "len",
    "lower", "match", "pack", "packsize", "reverse", "sub", "unpack", "upper"};
constexpr const char* kTableAllowed[] = {"concat", "insert", "pack", "remove", "sort", "unpack"};
constexpr const char* kMathAllowed[] = {"abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp",
    "floor", "fmod", "huge", "log", "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad", "sin",
    "sqrt", "tan", "tointeger", "type", "ult"};
constexpr const char* kUtf8Allowed[] = {"char", "charpattern", "codepoint", "codes", "len", "offset"};
constexpr const char* kCoroutineAllowed[] = {"create", "isyieldable", "running", "status", "yield"};

}  // namespace

// The C side of the sandbox. A nested type so these functions can reach the runtime's state.
struct LuaRuntime::Sandbox {
  static LuaRuntime& runtime(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return *static_cast<LuaRuntime*>(ud);
  }

  static std::span<const SandboxLib> libraries() {
    // load and require are per mod (they close over the mod's env and folder): see buildEnv.
    static constexpr luaL_Reg kBaseReplaced[] = {
        {"pcall", pcall}, {"xpcall", xpcall}, {"print", print}, {"setmetatable", setmetatable}};
    static constexpr luaL_Reg kStringReplaced[] = {{"rep", rep}};
    static constexpr luaL_Reg kTableReplaced[] = {{"move", move}};
    static constexpr luaL_Reg kMathReplaced[] = {{"random", random}, {"randomseed", randomseed}};
    static constexpr luaL_Reg kCoroutineReplaced[] = {{"resume", resume}, {"wrap", wrap}, {"close", close}};
    static constexpr SandboxLib kLibs[] = {
        {"_G", luaopen_base, kBaseAllowed, kBaseReplaced},
        {LUA_STRLIBNAME, luaopen_string, kStringAllowed, kStringReplaced},
        {LUA_TABLIBNAME, luaopen_table, kTableAllowed, kTableReplaced},
        {LUA_MATHLIBNAME, luaopen_math, kMathAllowed, kMathReplaced},
        {LUA_UTF8LIBNAME, luaopen_utf8, kUtf8Allowed, {}},
        {LUA_COLIBNAME, luaopen_coroutine, kCoroutineAllowed, kCoroutineReplaced},
    };
    return kLibs;
  }

  // ---- state setup (each runs under protect(), arguments on its stack) ----

  static void copyFields(lua_State* L, int from, int to) {
    lua_pushnil(L);
    while (lua_next(L, from) != 0) {
      lua_pushvalue(L, -2);
      lua_rotate(L, -2, 1);
      lua_rawset(L, to);
    }
  }

  // Opens the real libraries, keeps the allowed parts in one prototype table, locks strings.
  static int initState(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    lua_createtable(L, 0, static_cast<int>(libraries().size()));
    const int proto = lua_gettop(L);
    for (const SandboxLib& lib : libraries()) {
      luaL_requiref(L, lib.name, lib.open, 0);
      const int real = lua_gettop(L);
      lua_createtable(L, 0, static_cast<int>(lib.allowed.size() + lib.replaced.size()));
      const int kept = lua_gettop(L);
      for (const char* name : lib.allowed) {
        if (lua_getfield(L, real, name) == LUA_TNIL) return luaL_error(L, "sandbox: %s.%s is missing", lib.name, name);
        lua_setfield(L, kept, name);
      }
      for (const luaL_Reg& reg : lib.replaced) {
        lua_getfield(L, real, reg.name);
        lua_pushcclosure(L, reg.func, 1);
        lua_setfield(L, kept, reg.name);
      }
      lua_setfield(L, proto, lib.name);
      lua_settop(L, proto);
    }
    // String methods come from a private copy behind a metatable mods can neither see nor change.
    lua_createtable(L, 0, 2);
    const int meta = lua_gettop(L);
    lua_createtable(L, 0, 16);
    lua_getfield(L, proto, LUA_STRLIBNAME);
    copyFields(L, lua_gettop(L), meta + 1);
    lua_settop(L, meta + 1);
    lua_setfield(L, meta, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, meta, "__metatable");
    lua_pushliteral(L, "");
    lua_pushvalue(L, meta);
    lua_setmetatable(L, -2);
    rt.m_emptyStringRef = luaL_ref(L, LUA_REGISTRYINDEX);
    rt.m_stringMetaRef = luaL_ref(L, LUA_REGISTRYINDEX);
    rt.m_protoRef = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
  }

  // Arg 1: the ModInfo. Returns the env's registry reference.
  static int buildEnv(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    lua_settop(L, 1);
    lua_createtable(L, 0, 40);
    const int env = 2;
    lua_rawgeti(L, LUA_REGISTRYINDEX, rt.m_protoRef);
    const int proto = 3;
    for (const SandboxLib& lib : libraries()) {
      lua_getfield(L, proto, lib.name);
      const int from = lua_gettop(L);
      if (std::strcmp(lib.name, "_G") == 0) {
        copyFields(L, from, env);
      } else {
        // Each mod gets its own library tables, so one mod's changes never reach another.
        lua_createtable(L, 0, 32);
        copyFields(L, from, from + 1);
        lua_setfield(L, env, lib.name);
      }
      lua_settop(L, proto);
    }
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    lua_pushvalue(L, env);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, load, 2);
    lua_setfield(L, env, "load");
    lua_pushvalue(L, env);
    lua_createtable(L, 0, 4);  // the mod's loaded modules, reachable only through this closure
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, require, 3);
    lua_setfield(L, env, "require");
    lua_settop(L, env);
    lua_pushinteger(L, luaL_ref(L, LUA_REGISTRYINDEX));
    return 1;
  }

  // Arg 1: a loaded data chunk; its _ENV becomes an empty table.
  static int setEmptyEnv(lua_State* L) {
    lua_newtable(L);
    if (lua_setupvalue(L, 1, 1) == nullptr) lua_settop(L, 1);
    return 1;
  }

  static int makeRef(lua_State* L) {
    lua_pushinteger(L, luaL_ref(L, LUA_REGISTRYINDEX));
    return 1;
  }

  // ---- faults ----

  // A protected call inside the sandbox failed: budget and memory faults must reach call(), so
  // they are raised again here instead of being handed to the mod.
  static void rethrowFault(lua_State* L, int status) {
    LuaRuntime& rt = runtime(L);
    if (status == LUA_ERRMEM) rt.noteFault(Fault::Memory);
    if (rt.m_fault == Fault::None) return;
    lua_sethook(L, countHook, LUA_MASKCOUNT, 1);
    lua_error(L);
  }

  [[noreturn]] static void raiseFault(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    lua_sethook(L, countHook, LUA_MASKCOUNT, 1);
    lua_pushlstring(L, rt.m_faultText.data(), rt.m_faultText.size());
    lua_error(L);
    std::abort();  // lua_error does not return
  }

  // C loops that run no VM instructions are charged by their length.
  static void chargeBudget(lua_State* L, uint64_t amount) {
    LuaRuntime& rt = runtime(L);
    const uint64_t room = std::numeric_limits<uint64_t>::max() - rt.m_instructions;
    rt.m_instructions += std::min(amount, room);
    if (rt.m_fault == Fault::None && rt.m_instructions > rt.m_limits.instructionBudget) {
      rt.m_budgetHit = true;
      rt.captureSite(L, rt.m_budgetSite);
      rt.noteFault(Fault::Budget);
    }
    if (rt.m_fault != Fault::None) raiseFault(L);
  }

  // ---- the top-level message handler ----

  static int toStringHelper(lua_State* L) {
    luaL_tolstring(L, 1, nullptr);
    return 1;
  }

  // Pushes the error object's text the way lua.c's msghandler describes it.
  static void pushErrorText(lua_State* L) {
    const int type = lua_type(L, 1);
    if (type == LUA_TSTRING) {
      lua_pushvalue(L, 1);
      return;
    }
    if (type == LUA_TNUMBER) {
      lua_pushvalue(L, 1);
      lua_tolstring(L, -1, nullptr);
      return;
    }
    if (luaL_getmetafield(L, 1, "__tostring") != LUA_TNIL) {
      lua_settop(L, 1);
      lua_pushcfunction(L, toStringHelper);
      lua_pushvalue(L, 1);
      // __tostring is mod code: protected, and it may itself run out of budget or memory.
      const int status = lua_pcall(L, 1, 1, 0);
      if (status == LUA_OK && lua_type(L, -1) == LUA_TSTRING) return;
      if (status == LUA_ERRMEM) runtime(L).noteFault(Fault::Memory);
      lua_settop(L, 1);
    }
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }

  static int messageHandler(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    // A fault's site was captured when it happened; this may be far from there.
    if (rt.m_fault != Fault::None) return 1;
    lua_settop(L, 1);
    pushErrorText(L);
    if (rt.m_fault != Fault::None) return 1;
    luaL_traceback(L, L, nullptr, 1);
    rt.recordError(L, 2, 3);
    lua_settop(L, 1);
    return 1;
  }

  // ---- base library replacements ----

  static int finishPcall(lua_State* L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
      rethrowFault(L, status);
      lua_pushboolean(L, 0);
      lua_pushvalue(L, -2);
      return 2;
    }
    return lua_gettop(L) - static_cast<int>(extra);
  }

  static int pcall(lua_State* L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_rotate(L, 1, 1);
    const int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finishPcall);
    return finishPcall(L, status, 0);
  }

  // Stands between Lua and the mod's xpcall handler: during a fault the handler would run with
  // debug hooks off (the error came from the hook), so it is not called at all.
  static int xpcallHandler(lua_State* L) {
    if (runtime(L).m_fault != Fault::None) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
  }

  static int xpcall(lua_State* L) {
    const int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcallHandler, 1);
    lua_replace(L, 2);
    const int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finishPcall);
    return finishPcall(L, status, 2);
  }

  static int print(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    if (!rt.m_print) return 0;
    const int n = lua_gettop(L);
    luaL_Buffer buffer;
    luaL_buffinit(L, &buffer);
    for (int i = 1; i <= n; ++i) {
      if (i > 1) luaL_addchar(&buffer, '\t');
      luaL_tolstring(L, i, nullptr);
      luaL_addvalue(&buffer);
    }
    luaL_pushresult(&buffer);
    size_t length = 0;
    const char* text = lua_tolstring(L, -1, &length);
    return guarded(L, [&] {
      rt.m_print(std::string_view(text, length));
      return 0;
    });
  }

  // Finalizers run with debug hooks off, outside any budget, so mods may not install them.
  static int setmetatable(lua_State* L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
      lua_pushliteral(L, "__gc");
      const bool hasGc = lua_rawget(L, 2) != LUA_TNIL;
      lua_settop(L, -2);
      if (hasGc) return luaL_error(L, "__gc metamethods are not available to mods");
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
  }

  static const char* readPiece(lua_State* L, void*, size_t* size) {
    luaL_checkstack(L, 2, "too many nested functions");
    lua_pushvalue(L, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
      lua_settop(L, -2);
      *size = 0;
      return nullptr;
    }
    if (!lua_isstring(L, -1)) luaL_error(L, "reader function must return a string");
    lua_replace(L, kReaderSlot);
    return lua_tolstring(L, kReaderSlot, size);
  }

  // Upvalues: the mod's env, its ModInfo. Text only; the chunk is named under the mod.
  static int load(lua_State* L) {
    const bool hasEnv = !lua_isnone(L, 4);
    lua_settop(L, 4);
    size_t length = 0;
    const char* text = lua_tolstring(L, 1, &length);
    const char* name = luaL_optlstring(L, 2, nullptr, nullptr);
    const auto* mod = static_cast<const ModInfo*>(lua_touserdata(L, lua_upvalueindex(2)));
    if (name != nullptr && (*name == '=' || *name == '@')) ++name;
    lua_pushfstring(L, "=%s/%s", mod->id.c_str(), name != nullptr ? name : "(load)");
    const char* chunkName = lua_tolstring(L, 5, nullptr);
    int status = LUA_OK;
    if (text != nullptr) {
      if (length > 0 && text[0] == LUA_SIGNATURE[0]) {
        lua_pushnil(L);
        lua_pushliteral(L, "binary chunks are not allowed: load() takes Lua source text only");
        return 2;
      }
      status = luaL_loadbufferx(L, text, length, chunkName, "t");
    } else {
      luaL_checktype(L, 1, LUA_TFUNCTION);
      lua_settop(L, kReaderSlot);
      status = lua_load(L, readPiece, nullptr, chunkName, "t");
    }
    if (status == LUA_OK) {
      lua_pushvalue(L, hasEnv ? 4 : lua_upvalueindex(1));
      if (lua_setupvalue(L, -2, 1) == nullptr) lua_settop(L, -2);
      return 1;
    }
    rethrowFault(L, status);
    lua_pushnil(L);
    lua_rotate(L, -2, 1);
    return 2;
  }

  // Upvalues: the mod's env, its loaded table, its ModInfo.
  static int require(lua_State* L) {
    size_t length = 0;
    const char* name = luaL_checklstring(L, 1, &length);
    lua_settop(L, 1);
    lua_pushvalue(L, 1);
    const int cached = lua_rawget(L, lua_upvalueindex(2));
    if (cached == LUA_TLIGHTUSERDATA && lua_touserdata(L, 2) == loadingMarker()) {
      return luaL_error(L, "module '%s' is still loading (a require cycle?) or failed to load", name);
    }
    if (cached != LUA_TNIL) return 1;
    lua_settop(L, 1);
    LuaRuntime& rt = runtime(L);
    const auto* mod = static_cast<const ModInfo*>(lua_touserdata(L, lua_upvalueindex(3)));
    if (rt.readModule(*mod, std::string_view(name, length)) != ReadStatus::Ok) {
      lua_pushlstring(L, rt.m_scratch.data(), rt.m_scratch.size());
      return lua_error(L);
    }
    const int status = loadTextChunk(L, rt.m_scratch, rt.m_scratchName.c_str());
    if (status != LUA_OK) {
      rethrowFault(L, status);
      return lua_error(L);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    if (lua_setupvalue(L, -2, 1) == nullptr) lua_settop(L, -2);
    lua_pushvalue(L, 1);
    lua_pushlightuserdata(L, loadingMarker());
    lua_rawset(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_pushstring(L, rt.m_scratchName.c_str() + 2 + mod->id.size());  // the file, like Lua's require
    lua_call(L, 2, 1);
    if (lua_isnil(L, -1)) {
      lua_settop(L, -2);
      lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, lua_upvalueindex(2));
    return 1;
  }

  // ---- string and table replacements ----

  // An empty piece repeated n times costs nothing in memory but n loop turns in C.
  static int rep(lua_State* L) {
    size_t length = 0;
    size_t sepLength = 0;
    luaL_checklstring(L, 1, &length);
    const lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sepLength);
    if (n <= 0 || length + sepLength == 0) {
      lua_pushliteral(L, "");
      return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
  }

  // table.move(a, 1, 2^50, 2) loops in C without allocating: it pays per element.
  static int move(lua_State* L) {
    const lua_Integer first = luaL_checkinteger(L, 2);
    const lua_Integer last = luaL_checkinteger(L, 3);
    if (last >= first) {
      chargeBudget(L, static_cast<lua_Unsigned>(last) - static_cast<lua_Unsigned>(first) + 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rotate(L, 1, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
  }

  // ---- math.random from the engine's generator ----

  static uint64_t draw(LuaRuntime& rt) { return rt.m_random(); }

  // Lua's own unbiased projection of a random value into [0, n].
  static uint64_t project(LuaRuntime& rt, uint64_t value, uint64_t n) {
    if ((n & (n + 1)) == 0) return value & n;
    uint64_t mask = n;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    while ((value &= mask) > n) value = draw(rt);
    return value;
  }

  static int random(lua_State* L) {
    LuaRuntime& rt = runtime(L);
    const int nargs = lua_gettop(L);
    lua_Integer low = 1;
    lua_Integer up = 0;
    switch (nargs) {
      case 0:
        break;
      case 1:
        up = luaL_checkinteger(L, 1);
        break;
      case 2:
        low = luaL_checkinteger(L, 1);
        up = luaL_checkinteger(L, 2);
        break;
      default:
        return luaL_error(L, "wrong number of arguments");
    }
    const bool fullInteger = nargs == 1 && up == 0;
    if (nargs > 0 && !fullInteger) luaL_argcheck(L, low <= up, 1, "interval is empty");
    if (!rt.m_random) return luaL_error(L, "math.random has no random source here");
    uint64_t value = 0;
    guarded(L, [&] {
      value = draw(rt);
      if (nargs > 0 && !fullInteger) {
        value = project(rt, value, static_cast<uint64_t>(up) - static_cast<uint64_t>(low));
      }
      return 0;
    });
    if (nargs == 0) {
      lua_pushnumber(L, static_cast<lua_Number>(value >> 11) * 0x1.0p-53);
    } else if (fullInteger) {
      lua_pushinteger(L, static_cast<lua_Integer>(value));
    } else {
      lua_pushinteger(L, static_cast<lua_Integer>(value + static_cast<uint64_t>(low)));
    }
    return 1;
  }

  // Seeding belongs to the engine; the call is accepted so ported scripts still run.
  static int randomseed(lua_State* L) {
    if (!runtime(L).m_random) return luaL_error(L, "math.randomseed has no random source here");
    return 0;
  }

  // ---- coroutines: the same as Lua's, but faults inside a coroutine are raised in its resumer ----

  enum CoroutineState { kRunning, kDead, kSuspended, kNormal };

  static int coroutineState(lua_State* L, lua_State* co) {
    if (L == co) return kRunning;
    switch (lua_status(co)) {
      case LUA_YIELD:
        return kSuspended;
      case LUA_OK: {
        lua_Debug ar;
        if (lua_getstack(co, 0, &ar)) return kNormal;
        return lua_gettop(co) == 0 ? kDead : kSuspended;
      }
      default:
        return kDead;
    }
  }

  static lua_State* coroutineArg(lua_State* L) {
    lua_State* co = lua_tothread(L, 1);
    luaL_argexpected(L, co != nullptr, 1, "coroutine");
    return co;
  }

  static int resumeWith(lua_State* L, lua_State* co, int nargs) {
    if (!lua_checkstack(co, nargs)) {
      lua_pushliteral(L, "too many arguments to resume");
      return -1;
    }
    lua_xmove(L, co, nargs);
    LuaRuntime& rt = runtime(L);
    lua_State* const previous = rt.m_current;
    rt.m_current = co;
    int nresults = 0;
    const int status = lua_resume(co, L, nargs, &nresults);
    rt.m_current = previous;
    if (status == LUA_OK || status == LUA_YIELD) {
      if (!lua_checkstack(L, nresults + 1)) {
        lua_settop(co, -nresults - 1);
        lua_pushliteral(L, "too many results to resume");
        return -1;
      }
      lua_xmove(co, L, nresults);
      return nresults;
    }
    lua_xmove(co, L, 1);
    rethrowFault(L, status);
    return -1;
  }

  static int closeThread(lua_State* L, lua_State* co) {
    LuaRuntime& rt = runtime(L);
    lua_State* const previous = rt.m_current;
    rt.m_current = co;
    const int status = lua_resetthread(co);
    rt.m_current = previous;
    return status;
  }

  static int resume(lua_State* L) {
    lua_State* co = coroutineArg(L);
    const int n = resumeWith(L, co, lua_gettop(L) - 1);
    if (n < 0) {
      lua_pushboolean(L, 0);
      lua_rotate(L, -2, 1);
      return 2;
    }
    lua_pushboolean(L, 1);
    lua_rotate(L, -(n + 1), 1);
    return n + 1;
  }

  static int wrapped(lua_State* L) {
    lua_State* co = lua_tothread(L, lua_upvalueindex(1));
    const int n = resumeWith(L, co, lua_gettop(L));
    if (n >= 0) return n;
    int status = lua_status(co);
    if (status != LUA_OK && status != LUA_YIELD) {
      status = closeThread(L, co);
      lua_xmove(co, L, 1);
      rethrowFault(L, status);
    }
    if (status != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
      luaL_where(L, 1);
      lua_rotate(L, -2, 1);
      lua_concat(L, 2);
    }
    return lua_error(L);
  }

  static int wrap(lua_State* L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State* co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, wrapped, 1);
    return 1;
  }

  static int close(lua_State* L) {
    static constexpr const char* kStateNames[] = {"running", "dead", "suspended", "normal"};
    lua_State* co = coroutineArg(L);
    const int state = coroutineState(L, co);
    if (state != kDead && state != kSuspended) return luaL_error(L, "cannot close a %s coroutine", kStateNames[state]);
    const int status = closeThread(L, co);
    if (status == LUA_OK) {
      lua_pushboolean(L, 1);
      return 1;
    }
    lua_pushboolean(L, 0);
    lua_xmove(co, L, 1);
    rethrowFault(L, status);
    return 2;
  }
};

// Every public entry point that runs Lua code counts as one call; only the outermost one starts
// a fresh budget, so a call() made from a binding during another shares the budget.
struct LuaRuntime::CallScope {
  explicit CallScope(LuaRuntime& rt) : m_rt(rt), m_previous(rt.m_current) {
    if (rt.m_depth++ == 0) rt.beginTopLevel();
    rt.m_current = rt.m_L;
  }
  ~CallScope() {
    --m_rt.m_depth;
    m_rt.m_current = m_previous;
  }
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;

  LuaRuntime& m_rt;
  lua_State* m_previous;
};

LuaRuntime::LuaRuntime(RuntimeLimits limits) : m_limits(limits) {
  m_L = lua_newstate(&LuaRuntime::allocate, this);
  if (m_L == nullptr) throw std::runtime_error("the Lua state does not fit in the memory cap");
  lua_atpanic(m_L, panic);
  if (!protect(Sandbox::initState, 0, 0)) {
    lua_close(m_L);
    m_L = nullptr;
    throw std::runtime_error("the Lua sandbox could not be built within the memory cap");
  }
  lua_sethook(m_L, countHook, LUA_MASKCOUNT, kHookInterval);
}

LuaRuntime::~LuaRuntime() {
  if (m_L == nullptr) return;
  beginTopLevel();  // whatever lua_close runs gets a fresh budget, not the last call's leftovers
  m_current = nullptr;
  lua_close(m_L);
}

void LuaRuntime::setRandomSource(std::function<uint64_t()> next) { m_random = std::move(next); }

void LuaRuntime::setPrintSink(std::function<void(std::string_view)> sink) { m_print = std::move(sink); }

void* LuaRuntime::allocate(void* ud, void* ptr, size_t osize, size_t nsize) {
  auto* rt = static_cast<LuaRuntime*>(ud);
  const size_t old = ptr != nullptr ? osize : 0;  // for new blocks osize is a type tag
  SmallBlocks& blocks = rt->m_blocks;
  if (nsize == 0) {
    if (ptr != nullptr) blocks.release(ptr, old);
    rt->m_used -= old;
    return nullptr;
  }
  // Outside a call nothing can catch a refusal (Lua would abort), and what is allocated there is
  // the engine's own small work, such as a hook's arguments: it may use a little headroom.
  const size_t cap = rt->m_limits.memoryCap + (rt->m_depth == 0 ? kUnprotectedHeadroom : 0);
  if (nsize > old && (rt->m_used > cap || nsize - old > cap - rt->m_used)) {
    rt->m_capHit = true;
    // Lua turns most refusals into an error whose frames are gone by the time anyone sees it.
    if (rt->m_current != nullptr && rt->m_fault == Fault::None) rt->captureSite(rt->m_current, rt->m_memorySite);
    return nullptr;
  }
  void* block = nullptr;
  if (ptr == nullptr) {
    block = blocks.acquire(nsize);
  } else if (SmallBlocks::small(old) && SmallBlocks::small(nsize) && SmallBlocks::sameClass(old, nsize)) {
    block = ptr;
  } else if (SmallBlocks::small(old) || SmallBlocks::small(nsize)) {
    // Between a small block and another, or the general allocator: a move.
    block = blocks.acquire(nsize);
    if (block != nullptr) {
      std::memcpy(block, ptr, std::min(old, nsize));
      blocks.release(ptr, old);
    }
  } else {
    block = std::realloc(ptr, nsize);
  }
  if (block == nullptr) {
    if (nsize > old) return nullptr;
    block = ptr;  // Lua assumes shrinking never fails; the old block still fits
    // From now on Lua sizes it as a small block, so the small blocks free it in the end.
    if (!SmallBlocks::small(old) && SmallBlocks::small(nsize)) blocks.adopt(ptr);
  }
  rt->m_used = rt->m_used - old + nsize;
  rt->m_peak = std::max(rt->m_peak, rt->m_used);
  return block;
}

void LuaRuntime::countHook(lua_State* L, lua_Debug*) {
  LuaRuntime& rt = Sandbox::runtime(L);
  if (rt.m_fault == Fault::None) {
    const int every = lua_gethookcount(L);
    rt.m_instructions += static_cast<uint64_t>(every);
    if (rt.m_instructions <= rt.m_limits.instructionBudget) {
      // A coroutine left at count 1 by an earlier call's fault goes back to the normal pace.
      if (every != kHookInterval) lua_sethook(L, countHook, LUA_MASKCOUNT, kHookInterval);
      return;
    }
    rt.m_budgetHit = true;
    rt.captureSite(L, rt.m_budgetSite);
    rt.noteFault(Fault::Budget);
  }
  // From now on every instruction raises again, so no handler can run on borrowed time.
  Sandbox::raiseFault(L);
}

void LuaRuntime::beginTopLevel() {
  m_instructions = 0;
  m_budgetHit = false;
  m_capHit = false;
  m_fault = Fault::None;
  m_budgetSite = Site{};
  m_memorySite = Site{};
  lua_sethook(m_L, countHook, LUA_MASKCOUNT, kHookInterval);
}

void LuaRuntime::noteFault(Fault fault) noexcept {
  if (m_fault != Fault::None) return;
  m_fault = fault;
  try {
    m_faultText = fault == Fault::Budget
                      ? fmt::format("instruction budget exceeded ({} instructions)", m_limits.instructionBudget)
                      : memoryText(m_limits.memoryCap);
  } catch (...) {
    m_faultText.clear();
  }
}

void LuaRuntime::captureSite(lua_State* L, Site& site) noexcept {
  try {
    site = Site{};
    lua_Debug ar;
    for (int level = 0; level < kMaxFramesScanned && lua_getstack(L, level, &ar); ++level) {
      lua_getinfo(L, "Sl", &ar);
      if (isLuaFrame(ar)) {
        site.source = sourceOf(ar);
        site.line = ar.currentline;
        break;
      }
    }
    site.traceback = plainTraceback(L, 0);
    site.valid = true;
  } catch (...) {
    site.valid = false;
  }
}

// Called by the message handler with the error text and traceback on the stack. Never raises.
void LuaRuntime::recordError(lua_State* L, int messageIndex, int tracebackIndex) noexcept {
  try {
    Site& site = m_errorSite;
    site = Site{};
    size_t length = 0;
    const char* text = lua_tolstring(L, messageIndex, &length);
    std::string message = text != nullptr ? std::string(text, length) : std::string();
    text = lua_tolstring(L, tracebackIndex, &length);
    if (text != nullptr) site.traceback.assign(text, length);
    // The frame the message's "<short_src>:<line>:" names wins (error(msg, 2) blames the caller);
    // otherwise the first Lua frame, skipping C functions such as error() itself.
    bool matched = false;
    bool located = false;
    lua_Debug ar;
    for (int level = 1; level <= kMaxFramesScanned && lua_getstack(L, level, &ar); ++level) {
      lua_getinfo(L, "Sl", &ar);
      if (!isLuaFrame(ar)) continue;
      if (!located) {
        site.source = sourceOf(ar);
        site.line = ar.currentline;
        located = true;
      }
      const std::string prefix = fmt::format("{}:{}: ", ar.short_src, ar.currentline);
      if (message.starts_with(prefix)) {
        site.source = sourceOf(ar);
        site.line = ar.currentline;
        message.erase(0, prefix.size());
        matched = true;
        break;
      }
    }
    if (!matched) {
      // A chunk that is no longer running, e.g. a syntax error in a required module.
      if (const auto position = parsePosition(message)) {
        if (std::string source = sourceForShortSrc(position->shortSrc); !source.empty()) {
          site.source = std::move(source);
          site.line = position->line;
          message.erase(0, position->length);
        }
      }
    }
    site.message = std::move(message);
    site.valid = true;
  } catch (...) {
    m_errorSite.valid = false;
  }
}

bool LuaRuntime::protect(lua_CFunction fn, int nargs, int nresults) {
  if (!lua_checkstack(m_L, 2)) {
    lua_settop(m_L, -nargs - 1);
    return false;
  }
  lua_pushcfunction(m_L, fn);
  lua_rotate(m_L, -(nargs + 1), 1);
  if (lua_pcall(m_L, nargs, nresults, 0) != LUA_OK) {
    lua_settop(m_L, -2);
    return false;
  }
  return true;
}

Result<int, ScriptFailure> LuaRuntime::takeRef() {
  if (!protect(Sandbox::makeRef, 1, 1)) {
    return fail(ScriptFailure{{}, 0, memoryText(m_limits.memoryCap), {}, {}});
  }
  const int ref = static_cast<int>(lua_tointegerx(m_L, -1, nullptr));
  lua_settop(m_L, -2);
  return ref;
}

const LuaRuntime::ModInfo* LuaRuntime::findMod(std::string_view id) const {
  for (auto it = m_mods.rbegin(); it != m_mods.rend(); ++it) {
    if ((*it)->id == id) return it->get();
  }
  return nullptr;
}

// "mod/lib/util.lua" back to "@mod/lib/util.lua" when it names a known mod or the data file.
std::string LuaRuntime::sourceForShortSrc(std::string_view shortSrc) const {
  if (!m_dataSource.empty() && shortSource(m_dataSource) == shortSrc) return m_dataSource;
  if (shortSrc.starts_with("...")) return {};
  const size_t slash = shortSrc.find('/');
  if (slash == std::string_view::npos || findMod(shortSrc.substr(0, slash)) == nullptr) return {};
  return "@" + std::string(shortSrc);
}

int LuaRuntime::newModEnv(const std::string& modId, const std::filesystem::path& folder) {
  auto mod = std::make_unique<ModInfo>();
  mod->id = modId;
  mod->folder = folder;
  mod->canonical = canonicalFolder(folder);
  if (!lua_checkstack(m_L, 3)) return LUA_NOREF;
  lua_pushlightuserdata(m_L, mod.get());
  if (!protect(Sandbox::buildEnv, 1, 1)) return LUA_NOREF;
  const int ref = static_cast<int>(lua_tointegerx(m_L, -1, nullptr));
  lua_settop(m_L, -2);
  m_envMods[ref] = mod.get();
  m_mods.push_back(std::move(mod));
  return ref;
}

LuaRuntime::ReadStatus LuaRuntime::readModFile(const ModInfo& mod, const std::string& rel) noexcept {
  try {
    namespace fs = std::filesystem;
    const fs::path relative(rel);
    if (relative.empty() || relative.has_root_path()) return ReadStatus::Outside;
    std::error_code ec;
    // weakly_canonical resolves symlinks and "..": what is read is what the check saw.
    const fs::path resolved = fs::weakly_canonical(mod.folder / relative, ec);
    if (ec) return ReadStatus::Missing;
    if (!isInside(mod.canonical, resolved)) return ReadStatus::Outside;
    if (!fs::is_regular_file(resolved, ec)) return ReadStatus::Missing;
    if (!readWholeFile(resolved, m_scratch)) return ReadStatus::Unreadable;
    m_scratchName = "@" + mod.id + "/" + relative.generic_string();
    return ReadStatus::Ok;
  } catch (...) {
    return ReadStatus::Unreadable;
  }
}

// Leaves the module's text and chunk name in the scratch strings, or the error text in m_scratch.
LuaRuntime::ReadStatus LuaRuntime::readModule(const ModInfo& mod, std::string_view name) noexcept {
  try {
    if (!isModuleName(name)) {
      m_scratch = fmt::format("invalid module name '{}' (use names like 'lib.util')", printableName(name));
      return ReadStatus::Invalid;
    }
    std::string rel(name);
    std::replace(rel.begin(), rel.end(), '.', '/');
    rel += ".lua";
    const ReadStatus status = readModFile(mod, rel);
    switch (status) {
      case ReadStatus::Ok:
        break;
      case ReadStatus::Outside:
        m_scratch = fmt::format("module '{}' not found in mod '{}' ({} leads outside the mod folder)", name, mod.id, rel);
        break;
      case ReadStatus::Missing:
      case ReadStatus::Invalid:
        m_scratch = fmt::format("module '{}' not found in mod '{}' (no file {})", name, mod.id, rel);
        break;
      case ReadStatus::Unreadable:
        m_scratch = fmt::format("module '{}' in mod '{}' could not be read", name, mod.id);
        break;
    }
    return status;
  } catch (...) {
    m_scratch = "module could not be read";
    return ReadStatus::Unreadable;
  }
}

std::string LuaRuntime::readContext(std::string_view source, int line) const noexcept {
  try {
    if (line <= 0) return {};
    std::filesystem::path path;
    if (!m_dataSource.empty() && source == m_dataSource) {
      path = m_dataPath;
    } else {
      if (!source.starts_with("@")) return {};
      source.remove_prefix(1);
      const size_t slash = source.find('/');
      if (slash == std::string_view::npos) return {};
      const ModInfo* mod = findMod(source.substr(0, slash));
      if (mod == nullptr) return {};
      std::error_code ec;
      // Messages can be forged by mods; only files inside the mod folder are quoted.
      path = std::filesystem::weakly_canonical(mod->folder / std::string(source.substr(slash + 1)), ec);
      if (ec || !isInside(mod->canonical, path)) return {};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    const int first = std::max(1, line - kContextRadius);
    const int last = line + kContextRadius;
    const int width = static_cast<int>(std::to_string(last).size());
    std::string out;
    std::string text;
    for (int n = 1; n <= last && std::getline(in, text); ++n) {
      if (n < first) continue;
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (!out.empty()) out += '\n';
      out += fmt::format("{}{:>{}} | {}", n == line ? "> " : "  ", n, width, text);
    }
    return out;
  } catch (...) {
    return {};
  }
}

ScriptFailure LuaRuntime::failureAt(const Site& site, std::string message) const {
  return ScriptFailure{fileFromSource(site.source), site.line, std::move(message), site.traceback,
                       readContext(site.source, site.line)};
}

ScriptFailure LuaRuntime::faultFailure() const {
  const Site& site = m_fault == Fault::Budget ? m_budgetSite : m_memorySite;
  const std::string message = m_fault == Fault::Budget
                                  ? fmt::format("instruction budget exceeded ({} instructions)", m_limits.instructionBudget)
                                  : memoryText(m_limits.memoryCap);
  return failureAt(site, message);
}

ScriptFailure LuaRuntime::errorFailure(int status) const {
  if (m_errorSite.valid) return failureAt(m_errorSite, m_errorSite.message);
  ScriptFailure failure;
  size_t length = 0;
  const char* text = lua_type(m_L, -1) == LUA_TSTRING ? lua_tolstring(m_L, -1, &length) : nullptr;
  if (text != nullptr) {
    failure.message.assign(text, length);
  } else {
    failure.message = status == LUA_ERRERR ? "error in error handling" : "unknown error";
  }
  return failure;
}

// The stack holds the error of a failed luaL_loadbufferx for `chunkName`.
ScriptFailure LuaRuntime::loadFailure(int status, const std::string& chunkName) {
  Site site;
  site.source = chunkName;
  std::string message;
  if (status == LUA_ERRMEM) {
    message = memoryText(m_limits.memoryCap);
  } else {
    size_t length = 0;
    const char* text = lua_tolstring(m_L, -1, &length);
    message = text != nullptr ? std::string(text, length) : std::string("cannot load chunk");
    const std::string prefix = shortSource(chunkName) + ":";
    if (const auto position = parsePosition(message); position && position->shortSrc + ":" == prefix) {
      site.line = position->line;
      message.erase(0, position->length);
    }
  }
  lua_settop(m_L, -2);
  return failureAt(site, std::move(message));
}

Result<void, ScriptFailure> LuaRuntime::call(int nargs, int nresults) {
  CallScope scope(*this);
  lua_State* L = m_L;
  const int function = lua_gettop(L) - nargs;
  if (function < 1 || !lua_checkstack(L, 2)) {
    lua_settop(L, std::max(function - 1, 0));
    return fail(ScriptFailure{{}, 0, "nothing to call, or the Lua stack is exhausted", {}, {}});
  }
  lua_pushcfunction(L, Sandbox::messageHandler);
  lua_rotate(L, function, 1);
  m_errorSite = Site{};
  const int status = lua_pcall(L, nargs, nresults, function);
  if (status == LUA_OK && m_fault == Fault::None) {
    lua_rotate(L, function, -1);
    lua_settop(L, -2);
    return {};
  }
  if (status == LUA_ERRMEM) noteFault(Fault::Memory);
  // A fault with status OK means something swallowed it (nothing should): the results are suspect.
  ScriptFailure failure = m_fault != Fault::None ? faultFailure() : errorFailure(status);
  lua_settop(L, function - 1);
  return fail(std::move(failure));
}

Result<int, ScriptFailure> LuaRuntime::runFile(int env, const std::string& relPath) {
  CallScope scope(*this);
  const auto it = m_envMods.find(env);
  if (it == m_envMods.end()) return fail(ScriptFailure{relPath, 0, "unknown mod environment", {}, {}});
  const ModInfo& mod = *it->second;
  switch (readModFile(mod, relPath)) {
    case ReadStatus::Ok:
      break;
    case ReadStatus::Outside:
      return fail(ScriptFailure{relPath, 0, fmt::format("{} leads outside mod '{}'", relPath, mod.id), {}, {}});
    default:
      return fail(ScriptFailure{relPath, 0, fmt::format("cannot read {} in mod '{}'", relPath, mod.id), {}, {}});
  }
  const std::string chunkName = m_scratchName;
  if (!lua_checkstack(m_L, 3)) return fail(ScriptFailure{relPath, 0, "the Lua stack is exhausted", {}, {}});
  const int status = loadTextChunk(m_L, m_scratch, chunkName.c_str());
  m_scratch.clear();
  if (status != LUA_OK) return fail(loadFailure(status, chunkName));
  pushRef(env);
  if (lua_setupvalue(m_L, -2, 1) == nullptr) lua_settop(m_L, -2);
  if (auto result = call(0, 1); !result) return fail(result.error());
  return takeRef();
}

Result<int, ScriptFailure> LuaRuntime::runDataFile(const std::filesystem::path& path, const std::string& chunkName) {
  std::string text;
  if (!readWholeFile(path, text)) {
    return fail(ScriptFailure{fileFromSource(chunkName), 0, fmt::format("cannot read {}", path.string()), {}, {}});
  }
  return runDataText(path, text, chunkName);
}

Result<int, ScriptFailure> LuaRuntime::runDataText(const std::filesystem::path& path, const std::string& text, const std::string& chunkName) {
  CallScope scope(*this);
  const std::string file = fileFromSource(chunkName);
  if (!lua_checkstack(m_L, 4)) return fail(ScriptFailure{file, 0, "the Lua stack is exhausted", {}, {}});
  m_dataSource = chunkName;
  m_dataPath = path;
  ScopeExit forget{[this] {
    m_dataSource.clear();
    m_dataPath.clear();
  }};
  const int status = loadTextChunk(m_L, text, chunkName.c_str());
  if (status != LUA_OK) return fail(loadFailure(status, chunkName));
  if (!protect(Sandbox::setEmptyEnv, 1, 1)) return fail(ScriptFailure{file, 0, memoryText(m_limits.memoryCap), {}, {}});
  // Strings would otherwise bring their methods into a file that should hold data only. The swap
  // uses registry references, so it cannot fail for lack of memory.
  lua_rawgeti(m_L, LUA_REGISTRYINDEX, m_emptyStringRef);
  lua_pushnil(m_L);
  lua_setmetatable(m_L, -2);
  lua_settop(m_L, -2);
  ScopeExit restore{[this] {
    lua_rawgeti(m_L, LUA_REGISTRYINDEX, m_emptyStringRef);
    lua_rawgeti(m_L, LUA_REGISTRYINDEX, m_stringMetaRef);
    lua_setmetatable(m_L, -2);
    lua_settop(m_L, -2);
  }};
  if (auto result = call(0, 1); !result) return fail(result.error());
  return takeRef();
}

void LuaRuntime::pushRef(int ref) const { lua_rawgeti(m_L, LUA_REGISTRYINDEX, ref); }

void LuaRuntime::unref(int ref) const {
  m_envMods.erase(ref);
  luaL_unref(m_L, LUA_REGISTRYINDEX, ref);
}

}  // namespace accord::script
