// Tests of the sandboxed Lua runtime: closed doors, budget and memory limits, require, reports.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "game/script/runtime/lua_runtime.hpp"

using accord::Result;
using accord::script::LuaRuntime;
using accord::script::RuntimeLimits;
using accord::script::ScriptFailure;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(ACCORD_SOURCE_DIR) / "tests" / "fixtures" / "runtime";
constexpr size_t kMiB = size_t{1} << 20;
constexpr RuntimeLimits kSmallBudget{64 * kMiB, 200'000};
constexpr RuntimeLimits kSmallMemory{8 * kMiB, 500'000'000};

std::string describe(const ScriptFailure& f) {
  std::ostringstream out;
  out << f.file << ":" << f.line << ": " << f.message << "\n" << f.context << "\n" << f.traceback;
  return out.str();
}

// The line of `file` carrying the comment "-- @mark <mark>", so tests never hard-code numbers.
int lineOf(const fs::path& file, const std::string& mark) {
  std::ifstream in(file);
  std::string text;
  const std::string tag = "-- @mark " + mark;
  for (int n = 1; std::getline(in, text); ++n) {
    const size_t at = text.find(tag);
    if (at != std::string::npos && at + tag.size() == text.size()) return n;
  }
  FAIL("no mark '" << mark << "' in " << file.string());
  return 0;
}

struct Mod {
  int env = LUA_NOREF;
  int module = LUA_NOREF;  // what init.lua returned
};

Mod loadMod(LuaRuntime& rt, const std::string& name) {
  Mod mod;
  mod.env = rt.newModEnv(name, kFixtures / name);
  REQUIRE(mod.env != LUA_NOREF);
  auto result = rt.runFile(mod.env, "init.lua");
  if (!result) FAIL(describe(result.error()));
  mod.module = *result;
  return mod;
}

// Calls module[fn](args...), leaving `nresults` results on the stack on success.
Result<void, ScriptFailure> callFn(LuaRuntime& rt, const Mod& mod, const char* fn,
                                   std::initializer_list<std::string> args = {}, int nresults = 1) {
  lua_State* L = rt.state();
  rt.pushRef(mod.module);
  lua_getfield(L, -1, fn);
  lua_rotate(L, -2, -1);
  lua_settop(L, -2);
  for (const std::string& arg : args) lua_pushlstring(L, arg.data(), arg.size());
  return rt.call(static_cast<int>(args.size()), nresults);
}

std::string popString(lua_State* L) {
  size_t length = 0;
  const char* text = luaL_tolstring(L, -1, &length);
  std::string out(text, length);
  lua_settop(L, -3);
  return out;
}

std::string callForString(LuaRuntime& rt, const Mod& mod, const char* fn, std::initializer_list<std::string> args = {}) {
  auto result = callFn(rt, mod, fn, args);
  if (!result) FAIL(describe(result.error()));
  return popString(rt.state());
}

ScriptFailure callForFailure(LuaRuntime& rt, const Mod& mod, const char* fn, std::initializer_list<std::string> args = {}) {
  const int top = lua_gettop(rt.state());
  auto result = callFn(rt, mod, fn, args);
  if (result) {
    std::string got = popString(rt.state());
    FAIL("expected " << fn << " to fail, it returned " << got);
  }
  CHECK(lua_gettop(rt.state()) == top);  // nothing left behind
  return result.error();
}

// The number on the context line marked '>' ("> 42 | code", the number right-aligned), or 0.
int markedLine(const std::string& context) {
  std::istringstream in(context);
  for (std::string text; std::getline(in, text);) {
    if (text.rfind("> ", 0) == 0) return std::stoi(text.substr(2, text.find('|') - 2));
  }
  return 0;
}

// A failure must name the file and line, quote the source there, and read cleanly.
void checkFailure(const ScriptFailure& f, const std::string& mod, const std::string& file, const std::string& mark,
                  const std::string& needle) {
  INFO(describe(f));
  const int line = lineOf(kFixtures / mod / file, mark);
  CHECK(f.file == file);
  CHECK(f.line == line);
  CHECK_THAT(f.message, Contains(needle));
  CHECK_THAT(f.message, !StartsWith(mod + "/"));
  CHECK_THAT(f.traceback, StartsWith("stack traceback:"));
  CHECK(markedLine(f.context) == line);
  CHECK_THAT(f.context, Contains("@mark " + mark));
}

// A pseudo-random engine source, as the game would pass its own stream.
std::function<uint64_t()> engineSource(uint64_t seed) {
  return [state = seed]() mutable {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state ^ (state >> 29);
  };
}

// A scratch folder for tests that need files the repository must not hold (symlinks, binaries).
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / ("accord_runtime_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << text;
  }
};

int throwingHostFunction(lua_State* L) {
  return accord::script::guarded(L, []() -> int { throw std::runtime_error("the host refused"); });
}

}  // namespace

TEST_CASE("[script] runtime: os, io, package, debug, dofile, collectgarbage and string.dump are out of reach") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "sandbox");
  CHECK(callForString(rt, mod, "reachable") == "");

  struct Probe {
    const char* fn;
    const char* needle;
  };
  const Probe probes[] = {
      {"osExecute", "global 'os'"},       {"ioOpen", "global 'io'"},
      {"requireOs", "module 'os' not found in mod 'sandbox'"},
      {"requireIo", "module 'io' not found"}, {"requireDebug", "module 'debug' not found"},
      {"loadlib", "global 'package'"},    {"debugRegistry", "global 'debug'"},
      {"collect", "global 'collectgarbage'"}, {"dumpMethod", "method 'dump'"},
      {"gcMetamethod", "__gc"},
  };
  for (const Probe& probe : probes) {
    DYNAMIC_SECTION(probe.fn) {
      checkFailure(callForFailure(rt, mod, probe.fn, {"/tmp/never"}), "sandbox", "init.lua", probe.fn, probe.needle);
    }
  }
}

TEST_CASE("[script] runtime: the string metatable is locked: getmetatable(\"\") is false") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "sandbox");
  const ScriptFailure f = callForFailure(rt, mod, "stringMetaIndex");
  checkFailure(f, "sandbox", "init.lua", "stringMetaIndex", "attempt to index a boolean value");
}

TEST_CASE("[script] runtime: load refuses binary chunks, from a string or from a reader") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "sandbox");
  checkFailure(callForFailure(rt, mod, "binaryChunk"), "sandbox", "init.lua", "binaryChunk", "binary chunks are not allowed");
  checkFailure(callForFailure(rt, mod, "binaryChunkFromReader"), "sandbox", "init.lua", "binaryReader",
               "attempt to load a binary chunk");
}

TEST_CASE("[script] runtime: a mod cannot create a file by any route") {
  const fs::path target = "/tmp/accord_pwned_" + std::to_string(::getpid());
  fs::remove(target);
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "sandbox");
  CHECK(callForString(rt, mod, "tryToWrite", {target.string()}) == "0");
  CHECK_FALSE(fs::exists(target));
}

TEST_CASE("[script] runtime: an infinite loop ends in a reported error") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  const ScriptFailure f = callForFailure(rt, mod, "loop");
  checkFailure(f, "budget", "init.lua", "loop", "instruction budget exceeded (200000 instructions)");
  CHECK(rt.instructionsUsed() > kSmallBudget.instructionBudget);
}

TEST_CASE("[script] runtime: an infinite loop inside pcall still ends in a reported error") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  checkFailure(callForFailure(rt, mod, "loopInPcall"), "budget", "init.lua", "pcallLoop", "instruction budget exceeded");
  checkFailure(callForFailure(rt, mod, "loopInNestedPcalls"), "budget", "init.lua", "nestedLoop",
               "instruction budget exceeded");
}

TEST_CASE("[script] runtime: an infinite loop inside xpcall, or inside its handler, still ends in a reported error") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  checkFailure(callForFailure(rt, mod, "loopInXpcall"), "budget", "init.lua", "xpcallLoop", "instruction budget exceeded");
  checkFailure(callForFailure(rt, mod, "loopInXpcallHandler"), "budget", "init.lua", "handlerLoop",
               "instruction budget exceeded");
}

TEST_CASE("[script] runtime: an infinite loop inside a coroutine still ends in a reported error") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  SECTION("coroutine.resume") {
    checkFailure(callForFailure(rt, mod, "loopInCoroutine"), "budget", "init.lua", "coroutineLoop",
                 "instruction budget exceeded");
  }
  SECTION("coroutine.wrap under pcall") {
    checkFailure(callForFailure(rt, mod, "loopInWrap"), "budget", "init.lua", "wrapLoop", "instruction budget exceeded");
  }
  SECTION("a __close run by coroutine.close") {
    checkFailure(callForFailure(rt, mod, "loopInClose"), "budget", "init.lua", "closeLoop", "instruction budget exceeded");
  }
  SECTION("a load() reader under pcall") {
    checkFailure(callForFailure(rt, mod, "loopInReader"), "budget", "init.lua", "readerLoop",
                 "instruction budget exceeded");
  }
}

TEST_CASE("[script] runtime: the instructions of work that ends in a caught error are counted") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  // A hundred rounds of at least 600 instructions (an addition and a loop step 300 times) each.
  CHECK(callForString(rt, mod, "caughtWork", {"100"}) == "100");
  CHECK(rt.instructionsUsed() >= 100 * 600);
  checkFailure(callForFailure(rt, mod, "caughtWorkForever"), "budget", "init.lua", "caughtLoop", "instruction budget exceeded");
}

TEST_CASE("[script] runtime: C loops that run no instructions are charged or short-circuited") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  checkFailure(callForFailure(rt, mod, "hugeMove"), "budget", "init.lua", "hugeMove", "instruction budget exceeded");
  CHECK(callForString(rt, mod, "emptyRep") == "0");
}

TEST_CASE("[script] runtime: the budget is per call and the runtime is usable after it ran out") {
  LuaRuntime rt(kSmallBudget);
  const Mod mod = loadMod(rt, "budget");
  callForFailure(rt, mod, "loop");
  CHECK(callForString(rt, mod, "count", {"1000"}) == "500500");
  CHECK(rt.instructionsUsed() < kSmallBudget.instructionBudget);
  // Ten calls of 15,000 iterations each would overrun one budget but fit in ten.
  for (int i = 0; i < 10; ++i) CHECK(callForString(rt, mod, "count", {"15000"}) == "112507500");
}

TEST_CASE("[script] runtime: a huge string.rep hits the memory cap and is reported") {
  LuaRuntime rt(kSmallMemory);
  const Mod mod = loadMod(rt, "memory");
  SECTION("directly") {
    checkFailure(callForFailure(rt, mod, "bigString"), "memory", "init.lua", "bigString", "memory cap exceeded (8 MiB)");
  }
  SECTION("under pcall") {
    checkFailure(callForFailure(rt, mod, "bigStringInPcall"), "memory", "init.lua", "bigStringInPcall",
                 "memory cap exceeded (8 MiB)");
  }
  CHECK(rt.peakMemory() <= kSmallMemory.memoryCap);
  CHECK(callForString(rt, mod, "small") == "1000");
}

TEST_CASE("[script] runtime: a growing table hits the memory cap, even under pcall or in a coroutine") {
  LuaRuntime rt(kSmallMemory);
  const Mod mod = loadMod(rt, "memory");
  for (const char* fn : {"growTable", "growInPcall", "growInCoroutine"}) {
    DYNAMIC_SECTION(fn) {
      checkFailure(callForFailure(rt, mod, fn), "memory", "init.lua", "growTable", "memory cap exceeded (8 MiB)");
      CHECK(rt.peakMemory() <= kSmallMemory.memoryCap);
      CHECK(rt.peakMemory() > kSmallMemory.memoryCap - kMiB);
      // The garbage is collectable: the next call runs normally.
      CHECK(callForString(rt, mod, "small") == "1000");
      CHECK(rt.memoryUsed() <= kSmallMemory.memoryCap);
    }
  }
}

TEST_CASE("[script] runtime: runaway recursion ends in a stack overflow report") {
  // Lua's full stack (a million slots plus call records) needs about 64 MB: room is left for it.
  LuaRuntime rt(RuntimeLimits{128 * kMiB, 20'000'000});
  const Mod mod = loadMod(rt, "recursion");
  SECTION("Lua stack") {
    checkFailure(callForFailure(rt, mod, "recurse"), "recursion", "init.lua", "down", "stack overflow");
  }
  SECTION("C stack, through metamethods") {
    checkFailure(callForFailure(rt, mod, "throughMetamethods"), "recursion", "init.lua", "index", "C stack overflow");
  }
  CHECK(rt.peakMemory() <= rt.limits().memoryCap);
}

TEST_CASE("[script] runtime: runaway recursion under a small memory cap ends at the cap") {
  LuaRuntime rt(kSmallMemory);
  const Mod mod = loadMod(rt, "recursion");
  checkFailure(callForFailure(rt, mod, "recurse"), "recursion", "init.lua", "down", "memory cap exceeded (8 MiB)");
  CHECK(rt.peakMemory() <= kSmallMemory.memoryCap);
}

TEST_CASE("[script] runtime: an error with a table value reports the right file and line") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "errors");
  checkFailure(callForFailure(rt, mod, "tableValue"), "errors", "init.lua", "tableValue", "(error object is a table value)");
  checkFailure(callForFailure(rt, mod, "tostringValue"), "errors", "init.lua", "tostringValue", "custom failure");
}

TEST_CASE("[script] runtime: runtime errors and error(msg, 2) carry a clean message at the blamed line") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "errors");
  const ScriptFailure nilIndex = callForFailure(rt, mod, "nilIndex");
  checkFailure(nilIndex, "errors", "init.lua", "nilIndex", "attempt to index a nil value (local 'settings')");
  CHECK_THAT(nilIndex.message, StartsWith("attempt to index"));
  const ScriptFailure blamed = callForFailure(rt, mod, "blameCaller");
  checkFailure(blamed, "errors", "init.lua", "blameCaller", "x is required");
  CHECK(blamed.message == "x is required");
}

TEST_CASE("[script] runtime: an error thrown in a required module reports that module's file and line") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "errors");
  const ScriptFailure f = callForFailure(rt, mod, "requireBroken");
  checkFailure(f, "errors", "broken.lua", "brokenLine", "broken refuses to load");
  CHECK(f.message == "broken refuses to load");
  CHECK_THAT(f.traceback, Contains("errors/init.lua"));
}

TEST_CASE("[script] runtime: syntax errors report the file and line, in runFile and in require") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "errors");
  checkFailure(callForFailure(rt, mod, "requireSyntax"), "errors", "syntax_bad.lua", "syntaxLine", "unexpected symbol");
  auto direct = rt.runFile(mod.env, "syntax_bad.lua");
  REQUIRE_FALSE(direct);
  INFO(describe(direct.error()));
  CHECK(direct.error().file == "syntax_bad.lua");
  CHECK(direct.error().line == lineOf(kFixtures / "errors" / "syntax_bad.lua", "syntaxLine"));
  CHECK_THAT(direct.error().message, StartsWith("unexpected symbol"));
  CHECK(markedLine(direct.error().context) == 3);
  CHECK_THAT(direct.error().context, Contains("| local y = = x"));
}

TEST_CASE("[script] runtime: chunks from load() are named under the mod") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "errors");
  const ScriptFailure f = callForFailure(rt, mod, "loadedChunk");
  INFO(describe(f));
  CHECK(f.file == "snippet");
  CHECK(f.line == 2);
  CHECK(f.message == "inside the snippet");
}

TEST_CASE("[script] runtime: require loads nested modules once and stays inside the mod folder") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "modules");
  CHECK(callForString(rt, mod, "sameModule") == "true");
  CHECK(callForString(rt, mod, "loads") == "1");
  CHECK(callForString(rt, mod, "greet") == "hello, mods");
  CHECK(callForString(rt, mod, "require", {"lib.util"}) != "");
  CHECK(callForString(rt, mod, "loads") == "1");

  struct Refusal {
    std::string name;
    const char* needle;
  };
  const Refusal refusals[] = {
      {"..x", "invalid module name '..x'"},       {"/etc/passwd", "invalid module name '/etc/passwd'"},
      {"lib/util", "invalid module name"},        {"lib..util", "invalid module name"},
      {"", "invalid module name"},                {"1lib", "invalid module name"},
      {"nope", "module 'nope' not found in mod 'modules'"}, {"os", "module 'os' not found in mod 'modules'"},
  };
  for (const Refusal& refusal : refusals) {
    DYNAMIC_SECTION("require('" << refusal.name << "')") {
      checkFailure(callForFailure(rt, mod, "require", {refusal.name}), "modules", "init.lua", "require", refusal.needle);
    }
  }
}

TEST_CASE("[script] runtime: require does not follow symlinks out of the mod folder") {
  TempDir dir("symlink");
  dir.write("outside/secret.lua", "return 'escaped'\n");
  dir.write("mod/init.lua", "return { get = function(name) return require(name) end }\n");
  dir.write("mod/real.lua", "return 'inside'\n");
  fs::create_symlink(dir.path / "outside" / "secret.lua", dir.path / "mod" / "evil.lua");
  fs::create_directory_symlink(dir.path / "outside", dir.path / "mod" / "linked");
  fs::create_symlink(dir.path / "mod" / "real.lua", dir.path / "mod" / "alias.lua");

  LuaRuntime rt;
  Mod mod;
  mod.env = rt.newModEnv("linky", dir.path / "mod");
  auto loaded = rt.runFile(mod.env, "init.lua");
  REQUIRE(loaded);
  mod.module = *loaded;
  for (const char* name : {"evil", "linked.secret"}) {
    DYNAMIC_SECTION(name) {
      const ScriptFailure f = callForFailure(rt, mod, "get", {name});
      INFO(describe(f));
      CHECK(f.file == "init.lua");
      CHECK(f.line == 1);
      CHECK_THAT(f.message, Contains("outside the mod folder"));
    }
  }
  CHECK(callForString(rt, mod, "get", {"alias"}) == "inside");
  auto escaped = rt.runFile(mod.env, "evil.lua");
  REQUIRE_FALSE(escaped);
  CHECK_THAT(escaped.error().message, Contains("outside mod 'linky'"));
}

TEST_CASE("[script] runtime: math.random draws from the engine source deterministically") {
  auto sequence = [](uint64_t seed) {
    LuaRuntime rt;
    rt.setRandomSource(engineSource(seed));
    const Mod mod = loadMod(rt, "random");
    return callForString(rt, mod, "sequence", {"40"}) + " | " + callForString(rt, mod, "seeded");
  };
  const std::string first = sequence(7);
  CHECK(first == sequence(7));
  CHECK(first != sequence(8));
  CHECK_THAT(first, Contains("float"));
  CHECK_THAT(first, !Contains("bad float"));
}

TEST_CASE("[script] runtime: math.random without a random source is an error") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "random");
  checkFailure(callForFailure(rt, mod, "draw"), "random", "init.lua", "draw", "no random source");
}

TEST_CASE("[script] runtime: mod environments are isolated from each other") {
  LuaRuntime rt;
  const Mod a = loadMod(rt, "iso_a");
  const Mod b = loadMod(rt, "iso_b");
  auto result = callFn(rt, b, "look", {}, 4);
  REQUIRE(result);
  lua_State* L = rt.state();
  CHECK(std::string(lua_tolstring(L, -4, nullptr)) == "nil");
  CHECK(std::string(lua_tolstring(L, -3, nullptr)) == "X");
  CHECK(std::string(lua_tolstring(L, -2, nullptr)) == "X");
  CHECK(std::string(lua_tolstring(L, -1, nullptr)) == "true");
  lua_settop(L, -5);
  CHECK(callForString(rt, a, "selfMethod") == "X");
  CHECK(callForString(rt, a, "selfUpper") == "hacked");
}

TEST_CASE("[script] runtime: ordinary errors stay catchable and coroutines work as in Lua") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "misc");
  const std::string got = callForString(rt, mod, "normalProtection");
  CHECK_THAT(got, StartsWith("false|plain|false|handled|2|20|from inside pcall|done|false|"));
  CHECK_THAT(got, Contains("misc/init.lua:" + std::to_string(lineOf(kFixtures / "misc" / "init.lua", "inCoroutine")) +
                           ": in coroutine"));
  CHECK_THAT(got, Contains("|true|dead"));
}

TEST_CASE("[script] runtime: a require cycle is reported instead of recursing") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "modules");
  const ScriptFailure f = callForFailure(rt, mod, "require", {"cycle_a"});
  INFO(describe(f));
  CHECK(f.file == "cycle_b.lua");
  CHECK(f.line == lineOf(kFixtures / "modules" / "cycle_b.lua", "cycle"));
  CHECK_THAT(f.message, Contains("module 'cycle_a' is still loading"));
}

TEST_CASE("[script] runtime: print goes to the sink, joined with tabs") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "misc");
  REQUIRE(callFn(rt, mod, "say", {}, 0));  // no sink: discarded
  std::vector<std::string> lines;
  rt.setPrintSink([&](std::string_view line) { lines.emplace_back(line); });
  REQUIRE(callFn(rt, mod, "say", {}, 0));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "hello\t1\tnil\ttrue\t2.5");
}

TEST_CASE("[script] runtime: load runs in the mod's environment unless given one") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "misc");
  CHECK(callForString(rt, mod, "loadSeesModEnv") == "mod env");
  CHECK(callForString(rt, mod, "loadWithOwnEnv") == "own env");
}

TEST_CASE("[script] runtime: a C++ exception in a host function becomes a Lua error") {
  LuaRuntime rt;
  const Mod mod = loadMod(rt, "misc");
  lua_State* L = rt.state();
  rt.pushRef(mod.module);
  lua_getfield(L, -1, "callHost");
  lua_rotate(L, -2, -1);
  lua_settop(L, -2);
  lua_pushcfunction(L, throwingHostFunction);
  auto result = rt.call(1, 0);
  REQUIRE_FALSE(result);
  checkFailure(result.error(), "misc", "init.lua", "callHost", "the host refused");
  CHECK(callForString(rt, mod, "method") == "ABC");
}

TEST_CASE("[script] runtime: data files run with no functions at all") {
  LuaRuntime rt;
  const fs::path data = kFixtures / "data";
  auto manifest = rt.runDataFile(data / "mod.lua", "@data/mod.lua");
  REQUIRE(manifest);
  lua_State* L = rt.state();
  rt.pushRef(*manifest);
  lua_getfield(L, -1, "name");
  CHECK(std::string(lua_tolstring(L, -1, nullptr)) == "Data Mod");
  lua_settop(L, -3);

  auto calls = rt.runDataFile(data / "calls_function.lua", "@data/calls_function.lua");
  REQUIRE_FALSE(calls);
  INFO(describe(calls.error()));
  CHECK(calls.error().file == "calls_function.lua");
  CHECK(calls.error().line == lineOf(data / "calls_function.lua", "callsFunction"));
  CHECK_THAT(calls.error().message, Contains("global 'print'"));
  CHECK(markedLine(calls.error().context) == 2);

  auto method = rt.runDataFile(data / "string_method.lua", "@data/string_method.lua");
  REQUIRE_FALSE(method);
  CHECK(method.error().line == lineOf(data / "string_method.lua", "stringMethod"));
  CHECK_THAT(method.error().message, Contains("attempt to index a string value"));

  // String methods are back for mods afterwards.
  const Mod mod = loadMod(rt, "misc");
  CHECK(callForString(rt, mod, "method") == "ABC");
}

TEST_CASE("[script] runtime: data files are loaded as text only") {
  TempDir dir("binary");
  dir.write("mod.lua", std::string("\x1bLua\x54\x00", 6) + "binary junk");
  LuaRuntime rt;
  auto result = rt.runDataFile(dir.path / "mod.lua", "@bin/mod.lua");
  REQUIRE_FALSE(result);
  CHECK(result.error().file == "mod.lua");
  CHECK_THAT(result.error().message, Contains("attempt to load a binary chunk"));
}

TEST_CASE("[script] runtime: reading a missing or escaping file fails cleanly") {
  LuaRuntime rt;
  const int env = rt.newModEnv("misc", kFixtures / "misc");
  auto missing = rt.runFile(env, "absent.lua");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().file == "absent.lua");
  auto escaping = rt.runFile(env, "../sandbox/init.lua");
  REQUIRE_FALSE(escaping);
  CHECK_THAT(escaping.error().message, Contains("outside"));
  auto absolute = rt.runFile(env, "/etc/passwd");
  REQUIRE_FALSE(absolute);
  CHECK(lua_gettop(rt.state()) == 0);
}
