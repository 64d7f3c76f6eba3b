// The built-in Lua's hooks (third_party/lua/README.md): its VM loop keeps the count hook's count,
// so these pin down what a count hook and a line hook still see.
#include <catch2/catch.hpp>

#include <string>

#include <lua.hpp>

namespace {

struct Hooks {
  int counts = 0;
  int lines = 0;
};

Hooks* hooksOf(lua_State* L) { return *static_cast<Hooks**>(lua_getextraspace(L)); }

void onHook(lua_State* L, lua_Debug* ar) {
  Hooks* h = hooksOf(L);
  if (ar->event == LUA_HOOKCOUNT) ++h->counts;
  if (ar->event == LUA_HOOKLINE) ++h->lines;
}

void stopAtCount(lua_State* L, lua_Debug* ar) {
  if (ar->event != LUA_HOOKCOUNT) return;
  lua_getinfo(L, "l", ar);
  luaL_error(L, "stopped at line %d", ar->currentline);
}

struct State {
  lua_State* L = luaL_newstate();
  Hooks hooks;
  State() {
    *static_cast<Hooks**>(lua_getextraspace(L)) = &hooks;
    luaL_openlibs(L);
  }
  ~State() { lua_close(L); }
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  // Runs `code`; the error message, or "" when it ran to the end.
  std::string run(const std::string& code) {
    if (luaL_loadbufferx(L, code.data(), code.size(), "=probe", "t") != LUA_OK || lua_pcall(L, 0, 0, 0) != LUA_OK) {
      std::string message = lua_tostring(L, -1);
      lua_settop(L, 0);
      return message;
    }
    return "";
  }
};

const char* kLoop = "local x = 0\nfor i = 1, 10000 do x = x + i end\nreturn x\n";

}  // namespace

TEST_CASE("[script] a count hook fires once per n VM instructions, in functions, coroutines and varargs") {
  State every1;
  lua_sethook(every1.L, onHook, LUA_MASKCOUNT, 1);
  REQUIRE(every1.run(kLoop).empty());
  const int instructions = every1.hooks.counts;
  CHECK(instructions > 20000);  // two instructions an iteration, and the set-up around them

  State every100;
  lua_sethook(every100.L, onHook, LUA_MASKCOUNT, 100);
  REQUIRE(every100.run(kLoop).empty());
  CHECK(every100.hooks.counts == instructions / 100);

  SECTION("calls, varargs and coroutines are counted too") {
    State s;
    lua_sethook(s.L, onHook, LUA_MASKCOUNT, 1);
    REQUIRE(s.run("local function f(...) local n = select('#', ...) return n end\n"
                  "local co = coroutine.wrap(function() for i = 1, 100 do coroutine.yield(f(i, i)) end end)\n"
                  "for i = 1, 100 do co() end\n")
                .empty());
    CHECK(s.hooks.counts > 1000);
  }
  SECTION("without a hook nothing is called, and a hook set again counts from the start") {
    State s;
    lua_sethook(s.L, onHook, LUA_MASKCOUNT, 1);
    lua_sethook(s.L, nullptr, 0, 0);
    REQUIRE(s.run(kLoop).empty());
    CHECK(s.hooks.counts == 0);
    lua_sethook(s.L, onHook, LUA_MASKCOUNT, 1);
    REQUIRE(s.run(kLoop).empty());
    CHECK(s.hooks.counts == instructions);
  }
}

TEST_CASE("[script] a count hook may raise an error where the code is, and line hooks still see each line") {
  State stop;
  lua_sethook(stop.L, stopAtCount, LUA_MASKCOUNT, 5000);
  CHECK(stop.run(kLoop) == "stopped at line 2");  // the loop, not the set-up or the return

  State lines;
  lua_sethook(lines.L, onHook, LUA_MASKLINE, 0);
  REQUIRE(lines.run("local a = 1\nlocal b = a + 1\nlocal c = b + 1\nreturn c\n").empty());
  CHECK(lines.hooks.lines == 4);
  CHECK(lines.hooks.counts == 0);

  State both;
  lua_sethook(both.L, onHook, LUA_MASKLINE | LUA_MASKCOUNT, 1);
  REQUIRE(both.run("local a = 1\nlocal b = a + 1\nlocal c = b + 1\nreturn c\n").empty());
  CHECK(both.hooks.lines == 4);
  CHECK(both.hooks.counts >= 4);
}
