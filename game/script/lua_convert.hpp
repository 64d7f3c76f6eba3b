// Moving game values between C++ and Lua tables. Readers throw ScriptArgError with a message that
// names the field; the binding layer turns it into a Lua error once no C++ object is alive.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <lua.hpp>

#include "game/core/model.hpp"

namespace accord::script {

struct ScriptArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads fields of the table at `index` with raw access, so a mod's metatables never run here.
class TableReader {
 public:
  TableReader(lua_State* L, int index, std::string where);
  bool has(const char* field) const;
  std::string str(const char* field) const;
  std::string str(const char* field, const std::string& fallback) const;
  int64_t integer(const char* field) const;
  int64_t integer(const char* field, int64_t fallback) const;
  bool boolean(const char* field, bool fallback) const;
  std::vector<std::string> strings(const char* field) const;  // absent: empty
  // Calls f(reader) for each element of the array in `field` (each must be a table).
  template <class F>
  void each(const char* field, F&& f) const;
  const std::string& where() const { return m_where; }
  lua_State* state() const { return m_L; }
  int index() const { return m_index; }

 private:
  int push(const char* field) const;  // pushes the field, returns its type
  [[noreturn]] void wrong(const char* field, const char* expected) const;

  lua_State* m_L;
  int m_index;
  std::string m_where;
};

template <class F>
void TableReader::each(const char* field, F&& f) const {
  if (push(field) == LUA_TNIL) {
    lua_settop(m_L, -2);
    return;
  }
  if (!lua_istable(m_L, -1)) {
    lua_settop(m_L, -2);
    wrong(field, "a list of tables");
  }
  const int list = lua_gettop(m_L);
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(m_L, list));
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(m_L, list, i);
    if (!lua_istable(m_L, -1)) {
      lua_settop(m_L, list - 1);
      wrong(field, "a list of tables");
    }
    TableReader item(m_L, lua_gettop(m_L), m_where + "." + field + "[" + std::to_string(i) + "]");
    f(item);
    lua_settop(m_L, list);
  }
  lua_settop(m_L, list - 1);
}

void pushStrings(lua_State* L, const std::vector<std::string>& v);
void pushParamValue(lua_State* L, const core::ParamValue& v);
void pushClauses(lua_State* L, const std::vector<core::Clause>& clauses);
void pushOffer(lua_State* L, const core::Offer& o);
void pushAgreement(lua_State* L, const core::Agreement& a);
void pushViolation(lua_State* L, const core::Violation& v);
void pushOrders(lua_State* L, const core::Orders& o);
void pushSector(lua_State* L, const core::Sector& s);
void pushActor(lua_State* L, const core::Actor& a);

void setField(lua_State* L, const char* name, const std::string& v);
void setField(lua_State* L, const char* name, lua_Integer v);
void setField(lua_State* L, const char* name, bool v);

}  // namespace accord::script
