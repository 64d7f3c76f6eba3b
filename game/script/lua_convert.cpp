// Moving game values between C++ and Lua tables.
#include "lua_convert.hpp"

namespace accord::script {

TableReader::TableReader(lua_State* L, int index, std::string where)
    : m_L(L), m_index(lua_absindex(L, index)), m_where(std::move(where)) {}

int TableReader::push(const char* field) const {
  lua_pushstring(m_L, field);
  return lua_rawget(m_L, m_index);
}

void TableReader::wrong(const char* field, const char* expected) const {
  throw ScriptArgError(m_where + ": field '" + field + "' must be " + expected);
}

bool TableReader::has(const char* field) const {
  const bool present = push(field) != LUA_TNIL;
  lua_settop(m_L, -2);
  return present;
}

std::string TableReader::str(const char* field) const {
  if (push(field) != LUA_TSTRING) {
    lua_settop(m_L, -2);
    wrong(field, "a string");
  }
  std::string out = lua_tolstring(m_L, -1, nullptr);
  lua_settop(m_L, -2);
  return out;
}

std::string TableReader::str(const char* field, const std::string& fallback) const {
  return has(field) ? str(field) : fallback;
}

int64_t TableReader::integer(const char* field) const {
  push(field);
  int isInt = 0;
  const lua_Integer v = lua_tointegerx(m_L, -1, &isInt);
  const bool isNumber = lua_type(m_L, -1) == LUA_TNUMBER;
  lua_settop(m_L, -2);
  if (!isNumber || !isInt) wrong(field, "an integer");
  return v;
}

int64_t TableReader::integer(const char* field, int64_t fallback) const {
  return has(field) ? integer(field) : fallback;
}

bool TableReader::boolean(const char* field, bool fallback) const {
  const int t = push(field);
  const bool v = lua_toboolean(m_L, -1) != 0;
  lua_settop(m_L, -2);
  if (t == LUA_TNIL) return fallback;
  if (t != LUA_TBOOLEAN) wrong(field, "true or false");
  return v;
}

std::vector<std::string> TableReader::strings(const char* field) const {
  std::vector<std::string> out;
  const int t = push(field);
  if (t == LUA_TNIL) {
    lua_settop(m_L, -2);
    return out;
  }
  if (t != LUA_TTABLE) {
    lua_settop(m_L, -2);
    wrong(field, "a list of strings");
  }
  const lua_Integer n = static_cast<lua_Integer>(lua_rawlen(m_L, -1));
  for (lua_Integer i = 1; i <= n; ++i) {
    if (lua_rawgeti(m_L, -1, i) != LUA_TSTRING) {
      lua_settop(m_L, -3);
      wrong(field, "a list of strings");
    }
    out.emplace_back(lua_tolstring(m_L, -1, nullptr));
    lua_settop(m_L, -2);
  }
  lua_settop(m_L, -2);
  return out;
}

void setField(lua_State* L, const char* name, const std::string& v) {
  lua_pushlstring(L, v.data(), v.size());
  lua_setfield(L, -2, name);
}
void setField(lua_State* L, const char* name, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, name);
}
void setField(lua_State* L, const char* name, bool v) {
  lua_pushboolean(L, v ? 1 : 0);
  lua_setfield(L, -2, name);
}

void pushStrings(lua_State* L, const std::vector<std::string>& v) {
  lua_createtable(L, static_cast<int>(v.size()), 0);
  for (size_t i = 0; i < v.size(); ++i) {
    lua_pushlstring(L, v[i].data(), v[i].size());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

void pushParamValue(lua_State* L, const core::ParamValue& v) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, int64_t>) {
          lua_pushinteger(L, x);
        } else if constexpr (std::is_same_v<T, bool>) {
          lua_pushboolean(L, x ? 1 : 0);
        } else if constexpr (std::is_same_v<T, std::string>) {
          lua_pushlstring(L, x.data(), x.size());
        } else {
          pushStrings(L, x);
        }
      },
      v);
}

void pushClauses(lua_State* L, const std::vector<core::Clause>& clauses) {
  lua_createtable(L, static_cast<int>(clauses.size()), 0);
  for (size_t i = 0; i < clauses.size(); ++i) {
    lua_createtable(L, 0, 2);
    setField(L, "type", clauses[i].type);
    lua_createtable(L, 0, static_cast<int>(clauses[i].params.size()));
    for (const auto& [name, value] : clauses[i].params) {
      lua_pushlstring(L, name.data(), name.size());
      pushParamValue(L, value);
      lua_rawset(L, -3);  // a new table without a metatable: a raw set is the same set
    }
    lua_setfield(L, -2, "params");
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

void pushOffer(lua_State* L, const core::Offer& o) {
  lua_createtable(L, 0, 9);
  setField(L, "id", lua_Integer{o.id});
  setField(L, "from", o.from);
  pushStrings(L, o.to);
  lua_setfield(L, -2, "to");
  pushClauses(L, o.clauses);
  lua_setfield(L, -2, "clauses");
  setField(L, "reply_to", lua_Integer{o.replyTo});
  setField(L, "turn", lua_Integer{o.turn});
  setField(L, "round", lua_Integer{o.round});
  setField(L, "note", o.note);
  // The bloc members' votes, {[member] = {yes =, reason =}}: set when the package commits a bloc.
  lua_createtable(L, 0, static_cast<int>(o.votes.size()));
  for (const auto& [member, vote] : o.votes) {
    lua_createtable(L, 0, 2);
    setField(L, "yes", vote.yes);
    setField(L, "reason", vote.reason);
    lua_setfield(L, -2, member.c_str());
  }
  lua_setfield(L, -2, "votes");
}

void pushAgreement(lua_State* L, const core::Agreement& a) {
  lua_createtable(L, 0, 8);
  setField(L, "id", lua_Integer{a.id});
  pushStrings(L, a.parties);
  lua_setfield(L, -2, "parties");
  pushClauses(L, a.clauses);
  lua_setfield(L, -2, "clauses");
  setField(L, "start_turn", lua_Integer{a.startTurn});
  setField(L, "duration", lua_Integer{a.duration});
  setField(L, "status", std::string(core::toString(a.status)));
  setField(L, "violations", static_cast<lua_Integer>(a.violations.size()));
}

void pushViolation(lua_State* L, const core::Violation& v) {
  lua_createtable(L, 0, 6);
  setField(L, "agreement", lua_Integer{v.agreementId});
  setField(L, "clause", lua_Integer{v.clauseIndex});
  setField(L, "actor", v.actor);
  setField(L, "turn", lua_Integer{v.turn});
  setField(L, "detected", v.detected);
  setField(L, "note", v.note);
}

void pushOrders(lua_State* L, const core::Orders& o) {
  lua_createtable(L, 0, 3);
  lua_createtable(L, static_cast<int>(o.forces.size()), 0);
  for (size_t i = 0; i < o.forces.size(); ++i) {
    lua_createtable(L, 0, 3);
    setField(L, "sector", o.forces[i].sector);
    setField(L, "troops", lua_Integer{o.forces[i].troops});
    setField(L, "heavy", lua_Integer{o.forces[i].heavy});
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, -2, "forces");
  pushStrings(L, o.statements);
  lua_setfield(L, -2, "statements");
  pushStrings(L, o.requests);
  lua_setfield(L, -2, "requests");
}

void pushSector(lua_State* L, const core::Sector& s) {
  lua_createtable(L, 0, 6);
  setField(L, "id", s.id);
  setField(L, "name", s.name);
  setField(L, "km", lua_Integer{s.km});
  setField(L, "status", std::string(core::toString(s.status)));
  setField(L, "note", s.note);
  lua_createtable(L, 0, static_cast<int>(s.forces.size()));
  for (const auto& [actor, f] : s.forces) {
    lua_createtable(L, 0, 3);
    setField(L, "troops", lua_Integer{f.troops});
    setField(L, "heavy", lua_Integer{f.heavy});
    setField(L, "monitors", lua_Integer{f.monitors});
    lua_setfield(L, -2, actor.c_str());
  }
  lua_setfield(L, -2, "forces");
}

void pushActor(lua_State* L, const core::Actor& a) {
  lua_createtable(L, 0, 5);
  setField(L, "id", a.id);
  setField(L, "name", a.name);
  setField(L, "kind", std::string(core::toString(a.kind)));
  pushStrings(L, a.members);
  lua_setfield(L, -2, "members");
  if (!a.chair.empty()) setField(L, "chair", a.chair);
  setField(L, "playable", a.playable);
}

}  // namespace accord::script
