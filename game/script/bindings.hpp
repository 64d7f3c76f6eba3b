// The game API for Lua: one registry of every binding (name, signature, doc, since-version).
// The registry drives the `game` handle's methods, `accord api`, docs/lua-api.md and the stubs.
#pragma once

#include <span>
#include <string>

#include <lua.hpp>

namespace accord::script {

class LuaRules;

struct Binding {
  const char* name;
  const char* signature;  // as an author writes the call
  const char* returns;    // LuaLS type of the result, "nil" for none
  const char* doc;        // one line
  int since;              // the API version that introduced it
  bool setupOnly;         // only inside on_setup
  lua_CFunction fn;
};

struct HookDoc {
  const char* name;
  const char* signature;
  const char* doc;
  int since;
};

std::span<const Binding> bindings();
std::span<const HookDoc> hookDocs();

// Creates the `game` handle for `rules` (a full userdata whose methods come from the registry)
// and returns a registry reference to it.
int createGameHandle(lua_State* L, LuaRules* rules);

// The API as JSON, Markdown (docs/lua-api.md) and LuaLS stubs (scripts/types/accord.lua).
std::string apiJson();
std::string apiMarkdown();
std::string apiLuaStubs();

}  // namespace accord::script
