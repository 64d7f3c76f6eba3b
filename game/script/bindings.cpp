// The game API for Lua: the registry of bindings and the `game` handle's methods.
//
// [SECTION] Calling convention and helpers
// [SECTION] Setup: declaring the model
// [SECTION] Reading and changing the game
// [SECTION] The registry
// [SECTION] The handle and the generated documents
#include "bindings.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "game/core/utility.hpp"
#include "game/script/api_version.hpp"
#include "game/script/lua_convert.hpp"
#include "game/script/lua_rules.hpp"

namespace accord::script {
namespace {

using core::GameState;

constexpr const char* kGameMeta = "accord.game";

//-----------------------------------------------------------------------------
// [SECTION] Calling convention and helpers
//-----------------------------------------------------------------------------

struct Call {
  LuaRules& rules;
  core::World& world;
  GameState& s;
  const char* name;
};

Call enter(lua_State* L);

// Runs a binding; a C++ exception becomes a Lua error raised after every C++ object is gone,
// because lua_error unwinds with longjmp and would skip their destructors.
template <class F>
int protect(lua_State* L, F&& f) {
  try {
    return f(enter(L));
  } catch (const std::exception& e) {
    lua_pushstring(L, e.what());
  } catch (...) {
    lua_pushstring(L, "unexpected failure in the engine");
  }
  return lua_error(L);
}

[[noreturn]] void argError(const Call& c, const std::string& what) {
  throw ScriptArgError(std::string("game:") + c.name + "(): " + what);
}

// The string stays valid while it is on the Lua stack, that is for the whole binding.
std::string_view checkString(lua_State* L, const Call& c, int arg, const char* what) {
  if (lua_type(L, arg) != LUA_TSTRING) argError(c, std::string(what) + " must be a string");
  size_t size = 0;
  const char* text = lua_tolstring(L, arg, &size);
  return {text, size};
}

int64_t checkInteger(lua_State* L, const Call& c, int arg, const char* what) {
  int isInt = 0;
  const lua_Integer v = lua_tointegerx(L, arg, &isInt);
  if (lua_type(L, arg) != LUA_TNUMBER || !isInt) argError(c, std::string(what) + " must be an integer");
  return v;
}

void checkTable(lua_State* L, const Call& c, int arg, const char* what) {
  if (!lua_istable(L, arg)) argError(c, std::string(what) + " must be a table");
}

// The item of `items` named `id` (a string on the Lua stack), found through `cache` when it was
// found before, else by `find` (core::findActor, core::findSector); nullptr when there is none.
template <class T, size_t N, class Find>
T* findByName(std::array<LuaRules::NameCache::Entry, N>& cache, std::vector<T>& items, std::string_view id, Find find) {
  auto& entry = cache[(reinterpret_cast<uintptr_t>(id.data()) >> 4) % N];
  if (entry.name == id.data() && entry.index < items.size() && items[entry.index].id == id) return &items[entry.index];
  T* found = find(id);
  if (found) entry = {id.data(), static_cast<size_t>(found - items.data())};
  return found;
}

core::Actor& checkActor(lua_State* L, const Call& c, int arg) {
  const std::string_view id = checkString(L, c, arg, "the actor");
  core::Actor* a = findByName(c.rules.nameCache().actors, c.s.actors, id, [&](std::string_view n) { return core::findActor(c.s, n); });
  if (!a) argError(c, "unknown actor '" + std::string(id) + "'");
  return *a;
}

core::Sector& checkSector(lua_State* L, const Call& c, int arg) {
  const std::string_view id = checkString(L, c, arg, "the sector");
  core::Sector* s = findByName(c.rules.nameCache().sectors, c.s.sectors, id, [&](std::string_view n) { return core::findSector(c.s, n); });
  if (!s) argError(c, "unknown sector '" + std::string(id) + "'");
  return *s;
}

const core::MeterDef& checkMeter(const Call& c, std::string_view id) {
  const core::MeterDef* m = core::findMeter(c.s, id);
  if (!m) argError(c, "unknown meter '" + std::string(id) + "'");
  return *m;
}

// The meter's value slot: the world's, or the actor's when the meter is per actor.
int& meterSlot(lua_State* L, const Call& c, const core::MeterDef& def, int actorArg) {
  if (def.perActor) {
    if (lua_isnoneornil(L, actorArg)) argError(c, "meter '" + def.id + "' is per actor: name the actor");
    core::Actor& a = checkActor(L, c, actorArg);
    return a.meters.try_emplace(def.id, def.initial).first->second;
  }
  if (!lua_isnoneornil(L, actorArg)) argError(c, "meter '" + def.id + "' belongs to the world, not to an actor");
  return c.s.meters.try_emplace(def.id, def.initial).first->second;
}

core::SectorStatus statusFrom(const Call& c, std::string_view s) {
  auto st = core::sectorStatusFrom(s);
  if (!st) argError(c, "status '" + std::string(s) + "' is not one of demarcated, delimited, disputed, contested");
  return *st;
}

core::Point pointFrom(const TableReader& t, lua_State* L) {
  core::Point p;
  lua_rawgeti(L, t.index(), 1);
  lua_rawgeti(L, t.index(), 2);
  int okX = 0, okY = 0;
  p.x = static_cast<int>(lua_tointegerx(L, -2, &okX));
  p.y = static_cast<int>(lua_tointegerx(L, -1, &okY));
  lua_settop(L, -3);
  if (!okX || !okY) throw ScriptArgError(t.where() + ": a point must be {x, y} with integers");
  return p;
}

// Whether a list of declarations already holds one with this id.
template <class T>
bool hasId(const std::vector<T>& list, const std::string& id) {
  return std::any_of(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
}

void requireUnique(const Call& c, bool exists, const std::string& what, const std::string& id) {
  if (exists) argError(c, what + " '" + id + "' is declared twice");
  if (id.empty()) argError(c, what + " needs an id");
}

//-----------------------------------------------------------------------------
// [SECTION] Setup: declaring the model
//-----------------------------------------------------------------------------

int setCalendar(lua_State* L) {
  return protect(L, [&](Call c) {
    const auto year = checkInteger(L, c, 2, "the year");
    const auto month = checkInteger(L, c, 3, "the month");
    if (month < 1 || month > 12) argError(c, "the month must be 1..12");
    c.s.calendar = {static_cast<int>(year), static_cast<int>(month)};
    return 0;
  });
}

int addMeter(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the meter");
    TableReader t(L, 2, "game:add_meter()");
    core::MeterDef m;
    m.id = t.str("id");
    requireUnique(c, core::findMeter(c.s, m.id) != nullptr, "meter", m.id);
    m.name = t.str("name", m.id);
    m.min = static_cast<int>(t.integer("min", 0));
    m.max = static_cast<int>(t.integer("max", 100));
    m.initial = static_cast<int>(t.integer("initial", m.min));
    m.perActor = t.boolean("per_actor", false);
    m.isPrivate = t.boolean("private", false);
    if (m.min > m.max) argError(c, "meter '" + m.id + "': min is above max");
    m.initial = std::clamp(m.initial, m.min, m.max);
    c.s.meterDefs.push_back(m);
    return 0;
  });
}

int addActor(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the actor");
    TableReader t(L, 2, "game:add_actor()");
    core::Actor a;
    a.id = t.str("id");
    requireUnique(c, core::findActor(c.s, a.id) != nullptr, "actor", a.id);
    a.name = t.str("name", a.id);
    const std::string kind = t.str("kind", "state");
    auto k = core::actorKindFrom(kind);
    if (!k) argError(c, "actor '" + a.id + "': kind must be 'state' or 'bloc'");
    a.kind = *k;
    a.members = t.strings("members");
    if (a.kind == core::ActorKind::State && !a.members.empty()) argError(c, "actor '" + a.id + "': only a bloc has members");
    const int64_t rgb = t.integer("colour", 0x808080);
    if (rgb < 0 || rgb > 0xffffff) argError(c, "actor '" + a.id + "': colour must be 0xRRGGBB");
    a.colour = static_cast<uint32_t>(rgb) << 8 | 0xffu;
    a.playable = t.boolean("playable", false);
    a.chair = t.str("chair", "");
    if (!a.chair.empty() && !core::contains(a.members, a.chair)) {
      argError(c, "actor '" + a.id + "': the chair '" + a.chair + "' must be one of its members");
    }
    c.s.actors.push_back(std::move(a));
    return 0;
  });
}

int addSector(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the sector");
    TableReader t(L, 2, "game:add_sector()");
    core::Sector s;
    s.id = t.str("id");
    requireUnique(c, core::findSector(c.s, s.id) != nullptr, "sector", s.id);
    s.name = t.str("name", s.id);
    s.km = static_cast<int>(t.integer("km"));
    if (s.km < 0) argError(c, "sector '" + s.id + "': km must not be negative");
    s.status = statusFrom(c, t.str("status", "disputed"));
    s.note = t.str("note", "");
    t.each("line", [&](const TableReader& p) { s.line.push_back(pointFrom(p, L)); });
    c.s.sectors.push_back(std::move(s));
    return 0;
  });
}

int addExclave(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the exclave");
    TableReader t(L, 2, "game:add_exclave()");
    core::Exclave e;
    e.id = t.str("id");
    requireUnique(c, hasId(c.s.exclaves, e.id), "exclave", e.id);
    e.name = t.str("name", e.id);
    e.belongsTo = t.str("belongs_to");
    e.enclosedBy = t.str("enclosed_by");
    for (const auto* actor : {&e.belongsTo, &e.enclosedBy}) {
      if (!core::findActor(c.s, *actor)) argError(c, "exclave '" + e.id + "': unknown actor '" + *actor + "'");
    }
    e.sectors = t.strings("sectors");
    for (const auto& s : e.sectors) {
      if (!core::findSector(c.s, s)) argError(c, "exclave '" + e.id + "': unknown sector '" + s + "'");
    }
    if (t.has("at")) {
      lua_pushstring(L, "at");
      lua_rawget(L, 2);
      if (!lua_istable(L, -1)) argError(c, "exclave '" + e.id + "': at must be {x, y}");
      e.at = pointFrom(TableReader(L, -1, "game:add_exclave().at"), L);
      lua_settop(L, -2);
    }
    c.s.exclaves.push_back(std::move(e));
    return 0;
  });
}

int addClauseType(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the clause type");
    TableReader t(L, 2, "game:add_clause_type()");
    core::ClauseType ct;
    ct.id = t.str("id");
    requireUnique(c, core::findClauseType(c.s, ct.id) != nullptr, "clause type", ct.id);
    ct.name = t.str("name", ct.id);
    ct.description = t.str("description", "");
    ct.signers = t.strings("signers");
    for (const auto& s : ct.signers) {
      if (!core::findActor(c.s, s)) argError(c, "clause type '" + ct.id + "': unknown signer '" + s + "'");
    }
    ct.durationParam = t.str("duration_param", "");
    t.each("params", [&](const TableReader& p) {
      core::ParamDef d;
      d.id = p.str("id");
      d.name = p.str("name", d.id);
      auto kind = core::paramKindFrom(p.str("kind"));
      if (!kind) throw ScriptArgError(p.where() + ": kind must be int, bool, enum or sectors");
      d.kind = *kind;
      d.min = p.integer("min", 0);
      d.max = p.integer("max", 0);
      d.step = p.integer("step", 1);
      d.options = p.strings("options");
      d.labels = p.strings("labels");
      if (!d.labels.empty() && d.labels.size() != d.options.size()) throw ScriptArgError(p.where() + ": labels must name each option once, in order");
      if (d.kind == core::ParamKind::Int && (d.min > d.max || d.step < 1)) {
        throw ScriptArgError(p.where() + ": an int parameter needs min <= max and step >= 1");
      }
      if (d.kind == core::ParamKind::Enum && d.options.empty()) throw ScriptArgError(p.where() + ": an enum needs options");
      ct.params.push_back(std::move(d));
    });
    if (!ct.durationParam.empty()) {
      const bool ok = std::any_of(ct.params.begin(), ct.params.end(), [&](const core::ParamDef& d) {
        return d.id == ct.durationParam && d.kind == core::ParamKind::Int;
      });
      if (!ok) argError(c, "clause type '" + ct.id + "': duration_param must name one of its int parameters");
    }
    c.s.clauseTypes.push_back(std::move(ct));
    return 0;
  });
}

int setBrief(lua_State* L) {
  return protect(L, [&](Call c) {
    core::Actor& a = checkActor(L, c, 2);
    checkTable(L, c, 3, "the brief");
    TableReader t(L, 3, "game:set_brief()");
    core::Brief b;
    b.text = t.str("text", "");
    b.redLines = t.strings("red_lines");
    b.reservation = t.str("reservation", "");
    t.each("objectives", [&](const TableReader& o) {
      b.objectives.push_back(core::Objective{o.str("id"), o.str("text", ""), static_cast<int>(o.integer("weight", 1))});
    });
    c.s.briefs[a.id] = std::move(b);
    return 0;
  });
}

// Reads a table of worths keyed by string (or boolean) into `out`, checking each key with `known`.
template <class Known>
void readWorths(const TableReader& t, const char* field, core::ParamValuation::Worths& out, Known&& known) {
  lua_State* L = t.state();
  lua_pushstring(L, field);
  lua_rawget(L, t.index());
  if (lua_isnil(L, -1)) {
    lua_settop(L, -2);
    return;
  }
  if (!lua_istable(L, -1)) {
    lua_settop(L, -2);
    throw ScriptArgError(t.where() + "." + field + " must be a table of worths");
  }
  const int table = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, table) != 0) {
    std::string key;
    if (lua_type(L, -2) == LUA_TSTRING) {
      key = lua_tolstring(L, -2, nullptr);
    } else if (lua_type(L, -2) == LUA_TBOOLEAN) {
      key = lua_toboolean(L, -2) ? "true" : "false";
    } else {
      lua_settop(L, table - 1);
      throw ScriptArgError(t.where() + "." + field + ": keys must be strings or booleans");
    }
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -100 || lua_tointeger(L, -1) > 100) {
      lua_settop(L, table - 1);
      throw ScriptArgError(t.where() + "." + field + "." + key + " must be an integer from -100 to 100");
    }
    const int worth = static_cast<int>(lua_tointeger(L, -1));
    if (auto problem = known(key)) {
      lua_settop(L, table - 1);
      throw ScriptArgError(t.where() + "." + field + ": " + *problem);
    }
    out[key] = worth;
    lua_settop(L, -2);
  }
  lua_settop(L, table - 1);
}

int worthField(const TableReader& t, const char* field, int64_t fallback) {
  const int64_t v = t.integer(field, fallback);
  if (v < -100 || v > 100) throw ScriptArgError(t.where() + "." + field + " must be from -100 to 100");
  return static_cast<int>(v);
}

core::ParamValuation readParamValuation(const GameState& s, const core::ClauseType& type, const TableReader& p) {
  core::ParamValuation pv;
  pv.param = p.str("id");
  const core::ParamDef* def = nullptr;
  for (const auto& d : type.params) {
    if (d.id == pv.param) def = &d;
  }
  if (!def) throw ScriptArgError(p.where() + ": clause type '" + type.id + "' has no parameter '" + pv.param + "'");
  pv.otherwise = worthField(p, "otherwise", 0);
  if (def->kind == core::ParamKind::Int) {
    p.each("points", [&](const TableReader& pt) {
      lua_State* L = pt.state();
      int64_t xy[2] = {0, 0};
      for (int i = 0; i < 2; ++i) {
        lua_rawgeti(L, pt.index(), i + 1);
        if (!lua_isinteger(L, -1)) {
          lua_settop(L, -2);
          throw ScriptArgError(pt.where() + " must be {value, worth} with integers");
        }
        xy[i] = lua_tointeger(L, -1);
        lua_settop(L, -2);
      }
      if (xy[1] < -100 || xy[1] > 100) throw ScriptArgError(pt.where() + ": a worth must be from -100 to 100");
      if (!pv.points.empty() && xy[0] <= pv.points.back().first) throw ScriptArgError(pt.where() + ": points must rise");
      pv.points.emplace_back(xy[0], static_cast<int>(xy[1]));
    });
    if (pv.points.empty()) throw ScriptArgError(p.where() + ": an int parameter is valued by points = {{value, worth}, ...}");
    return pv;
  }
  readWorths(p, "values", pv.values, [&](const std::string& key) -> std::optional<std::string> {
    switch (def->kind) {
      case core::ParamKind::Bool:
        if (key != "true" && key != "false") return "'" + key + "' is not true or false";
        return std::nullopt;
      case core::ParamKind::Enum:
        if (std::find(def->options.begin(), def->options.end(), key) == def->options.end()) return "'" + key + "' is not an option of '" + def->id + "'";
        return std::nullopt;
      default:
        if (!core::findSector(s, key)) return "unknown sector '" + key + "'";
        return std::nullopt;
    }
  });
  return pv;
}

int setUtility(lua_State* L) {
  return protect(L, [&](Call c) {
    core::Actor& a = checkActor(L, c, 2);
    checkTable(L, c, 3, "the utility table");
    TableReader t(L, 3, "game:set_utility()");
    core::UtilitySpec u;
    u.declines = t.str("declines", "");
    t.each("clauses", [&](const TableReader& ct) {
      core::ClauseValuation v;
      v.type = ct.str("type");
      const core::ClauseType* type = core::findClauseType(c.s, v.type);
      if (!type) throw ScriptArgError(ct.where() + ": unknown clause type '" + v.type + "' (declare clause types first)");
      if (u.find(v.type)) throw ScriptArgError(ct.where() + ": clause type '" + v.type + "' is valued twice");
      const int64_t weight = ct.integer("weight", 1);
      if (weight < 0 || weight > 100) throw ScriptArgError(ct.where() + ": weight must be from 0 to 100");
      v.weight = static_cast<int>(weight);
      v.objective = ct.str("objective", "");
      v.absent = worthField(ct, "absent", 0);
      v.base = worthField(ct, "base", 0);
      ct.each("params", [&](const TableReader& p) { v.params.push_back(readParamValuation(c.s, *type, p)); });
      u.clauses.push_back(std::move(v));
    });
    t.each("red_lines", [&](const TableReader& r) {
      core::RedLine line;
      line.id = r.str("id");
      line.text = r.str("text", "");
      auto kind = core::redLineKindFrom(r.str("kind"));
      if (!kind) throw ScriptArgError(r.where() + ": kind must be min, max, forbid or requires");
      line.kind = *kind;
      line.clause = r.str("clause");
      const core::ClauseType* type = core::findClauseType(c.s, line.clause);
      if (!type) throw ScriptArgError(r.where() + ": unknown clause type '" + line.clause + "'");
      line.param = r.str("param", "");
      const bool needsParam = line.kind == core::RedLineKind::Min || line.kind == core::RedLineKind::Max;
      if (needsParam || !line.param.empty()) {
        const bool known = std::any_of(type->params.begin(), type->params.end(), [&](const core::ParamDef& d) {
          return d.id == line.param && (!needsParam || d.kind == core::ParamKind::Int);
        });
        if (!known) throw ScriptArgError(r.where() + ": clause type '" + line.clause + "' has no " + (needsParam ? "int " : "") + "parameter '" + line.param + "'");
      }
      line.number = r.integer("number", 0);
      line.value = r.str("value", "");
      if (line.kind == core::RedLineKind::Forbid && !line.param.empty() && line.value.empty()) {
        throw ScriptArgError(r.where() + ": a forbid line with a param needs the forbidden value");
      }
      line.needs = r.strings("needs");
      if (line.kind == core::RedLineKind::Requires && line.needs.empty()) throw ScriptArgError(r.where() + ": requires needs = {clause types}");
      for (const auto& n : line.needs) {
        if (!core::findClauseType(c.s, n)) throw ScriptArgError(r.where() + ": unknown clause type '" + n + "' in needs");
      }
      u.redLines.push_back(std::move(line));
    });
    if (t.has("reservation")) {
      lua_pushstring(L, "reservation");
      lua_rawget(L, 3);
      if (!lua_istable(L, -1)) argError(c, "reservation must be {base=, meter=, pivot=, slope=}");
      TableReader r(L, lua_gettop(L), "game:set_utility().reservation");
      u.reservation.base = worthField(r, "base", 0);
      u.reservation.meter = r.str("meter", "");
      if (!u.reservation.meter.empty()) {
        const core::MeterDef* m = core::findMeter(c.s, u.reservation.meter);
        if (!m || m->perActor) argError(c, "reservation.meter: '" + u.reservation.meter + "' is not a world meter");
      }
      u.reservation.pivot = static_cast<int>(r.integer("pivot", 50));
      u.reservation.slope = static_cast<int>(std::clamp<int64_t>(r.integer("slope", 0), -100, 100));
      lua_settop(L, -2);
    }
    c.s.utilities[a.id] = std::move(u);
    return 0;
  });
}

// Checks a value given for an option against its declaration; nullopt with *why when it does not fit.
std::optional<std::string> canonicalOption(const core::OptionDef& d, const std::string& v, std::string* why) {
  switch (d.kind) {
    case core::ParamKind::Bool:
      if (v == "true" || v == "on" || v == "yes" || v == "1") return "true";
      if (v == "false" || v == "off" || v == "no" || v == "0") return "false";
      *why = "'" + v + "' is not true or false";
      return std::nullopt;
    case core::ParamKind::Int: {
      int64_t n = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc() || end != v.data() + v.size()) {
        *why = "'" + v + "' is not an integer";
        return std::nullopt;
      }
      if (n < d.min || n > d.max) {
        *why = v + " is outside " + std::to_string(d.min) + ".." + std::to_string(d.max);
        return std::nullopt;
      }
      return std::to_string(n);
    }
    default: {
      if (std::find(d.choices.begin(), d.choices.end(), v) != d.choices.end()) return v;
      std::string list;
      for (const auto& c : d.choices) list += (list.empty() ? "" : ", ") + c;
      *why = "'" + v + "' is not one of: " + list;
      return std::nullopt;
    }
  }
}

int addOption(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the option");
    TableReader t(L, 2, "game:add_option()");
    core::OptionDef d;
    d.id = t.str("id");
    requireUnique(c, hasId(c.s.optionDefs, d.id), "option", d.id);
    d.name = t.str("name", d.id);
    d.description = t.str("description", "");
    const std::string type = t.str("type");
    lua_pushstring(L, "default");
    const int dt = lua_rawget(L, 2);
    if (type == "bool") {
      d.kind = core::ParamKind::Bool;
      if (dt != LUA_TBOOLEAN) argError(c, "option '" + d.id + "': a bool option needs a true or false default");
      d.defaultValue = lua_toboolean(L, -1) ? "true" : "false";
    } else if (type == "int") {
      d.kind = core::ParamKind::Int;
      d.min = t.integer("min");
      d.max = t.integer("max");
      int isInt = 0;
      const lua_Integer v = lua_tointegerx(L, -1, &isInt);
      if (dt != LUA_TNUMBER || !isInt || v < d.min || v > d.max) argError(c, "option '" + d.id + "': the default must be an integer in min..max");
      d.defaultValue = std::to_string(v);
    } else if (type == "enum") {
      d.kind = core::ParamKind::Enum;
      d.choices = t.strings("choices");
      if (dt != LUA_TSTRING) argError(c, "option '" + d.id + "': the default must be one of its choices");
      d.defaultValue = lua_tolstring(L, -1, nullptr);
      if (std::find(d.choices.begin(), d.choices.end(), d.defaultValue) == d.choices.end()) {
        argError(c, "option '" + d.id + "': the default must be one of its choices");
      }
    } else {
      argError(c, "option '" + d.id + "': type must be bool, int or enum");
    }
    lua_settop(L, -2);
    std::string chosen = d.defaultValue;
    if (const std::string* asked = c.rules.requestedOption(d.id)) {
      std::string why;
      if (auto v = canonicalOption(d, *asked, &why)) {
        chosen = *v;
      } else {
        c.rules.addOptionProblem("option '" + d.id + "': " + why);
      }
    }
    c.s.options[d.id] = chosen;
    c.s.optionDefs.push_back(std::move(d));
    return 0;
  });
}

// Requests to the bloc and the guided tutorial: what the window reads from a scenario to offer
// requests with the orders and to walk a first game through its panels.

// Shaped like a locale key: lower-case words joined by dots, as in "tutorial.brief".
bool looksLikeKey(const std::string& v) {
  const bool keyChars = std::all_of(v.begin(), v.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '.';
  });
  return keyChars && v.find('.') != std::string::npos && v.front() != '.' && v.back() != '.';
}

// A declared text: a key of the scenario's locale, in the game's language, or the words
// themselves. Something shaped like a key that the locale lacks is a typo, not words to show.
std::string declaredText(const Call& c, const std::string& field, const std::string& value) {
  if (const std::string* known = c.rules.text(value)) return *known;
  if (looksLikeKey(value)) {
    argError(c, field + ": no text for key '" + value + "' in locale '" + c.rules.language() + "'");
  }
  return value;
}

template <size_t N>
bool isOneOf(const std::string_view (&names)[N], const std::string& v) {
  return std::find(std::begin(names), std::end(names), v) != std::end(names);
}

template <size_t N>
std::string listOf(const std::string_view (&names)[N]) {
  std::string out;
  for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

int addRequest(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the request");
    TableReader t(L, 2, "game:add_request()");
    core::RequestDef r;
    r.id = t.str("id");
    requireUnique(c, hasId(c.s.requestDefs, r.id), "request", r.id);
    const std::string what = "request '" + r.id + "': ";
    r.name = t.has("name") ? declaredText(c, what + "field 'name'", t.str("name")) : r.id;
    r.description = declaredText(c, what + "field 'description'", t.str("description", ""));
    r.from = t.strings("from");
    for (const auto& a : r.from) {
      if (!core::findActor(c.s, a)) argError(c, what + "field 'from' names unknown actor '" + a + "'");
    }
    c.s.requestDefs.push_back(std::move(r));
    return 0;
  });
}

int addHint(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the hint");
    TableReader t(L, 2, "game:add_hint()");
    core::Hint h;
    h.id = t.str("id");
    requireUnique(c, hasId(c.s.hints, h.id), "hint", h.id);
    const std::string what = "hint '" + h.id + "': ";
    if (!t.has("panel")) argError(c, what + "field 'panel' is missing; it is one of " + listOf(core::kHintPanels));
    h.panel = t.str("panel");
    if (!isOneOf(core::kHintPanels, h.panel)) {
      argError(c, what + "field 'panel': '" + h.panel + "' is not one of " + listOf(core::kHintPanels));
    }
    if (!t.has("text")) argError(c, what + "field 'text' is missing: the words, or a key of the scenario's locale");
    h.text = declaredText(c, what + "field 'text'", t.str("text"));
    if (h.text.empty()) argError(c, what + "field 'text' is empty");
    h.waitFor = t.str("wait_for", "next");
    if (!isOneOf(core::kHintEvents, h.waitFor)) {
      argError(c, what + "field 'wait_for': '" + h.waitFor + "' is not one of " + listOf(core::kHintEvents));
    }
    h.roles = t.strings("roles");
    for (const auto& role : h.roles) {
      const core::Actor* a = core::findActor(c.s, role);
      if (!a || !a->playable) argError(c, what + "field 'roles' names '" + role + "', which is not a playable actor");
    }
    c.s.hints.push_back(std::move(h));
    return 0;
  });
}

//-----------------------------------------------------------------------------
// [SECTION] Reading and changing the game
//-----------------------------------------------------------------------------

int setForces(lua_State* L) {
  return protect(L, [&](Call c) {
    core::Sector& sector = checkSector(L, c, 2);
    core::Actor& actor = checkActor(L, c, 3);
    checkTable(L, c, 4, "the forces");
    TableReader t(L, 4, "game:set_forces()");
    core::Forces& f = sector.forces[actor.id];
    f.troops = static_cast<int>(t.integer("troops", f.troops));
    f.heavy = static_cast<int>(t.integer("heavy", f.heavy));
    f.monitors = static_cast<int>(t.integer("monitors", f.monitors));
    if (f.troops < 0 || f.heavy < 0 || f.monitors < 0) argError(c, "forces must not be negative");
    return 0;
  });
}

int option(lua_State* L) {
  return protect(L, [&](Call c) {
    const std::string id(checkString(L, c, 2, "the option"));
    auto def = std::find_if(c.s.optionDefs.begin(), c.s.optionDefs.end(), [&](const auto& o) { return o.id == id; });
    if (def == c.s.optionDefs.end()) argError(c, "unknown option '" + id + "'");
    const std::string& v = c.s.options.at(id);
    if (def->kind == core::ParamKind::Bool) {
      lua_pushboolean(L, v == "true" ? 1 : 0);
    } else if (def->kind == core::ParamKind::Int) {
      lua_pushinteger(L, std::stoll(v));
    } else {
      lua_pushlstring(L, v.data(), v.size());
    }
    return 1;
  });
}

int turn(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_pushinteger(L, c.s.turn);
    return 1;
  });
}

int maxTurns(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_pushinteger(L, c.s.maxTurns);
    return 1;
  });
}

int date(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::Calendar d = core::dateOfTurn(c.s, std::max(1, c.s.turn));
    lua_pushinteger(L, d.year);
    lua_pushinteger(L, d.month);
    return 2;
  });
}

int phase(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_pushstring(L, core::toString(c.s.phase));
    return 1;
  });
}

int language(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_pushstring(L, c.rules.language().c_str());
    return 1;
  });
}

int meter(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::MeterDef& def = checkMeter(c, checkString(L, c, 2, "the meter"));
    lua_pushinteger(L, meterSlot(L, c, def, 3));
    return 1;
  });
}

int setMeter(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::MeterDef& def = checkMeter(c, checkString(L, c, 2, "the meter"));
    const int64_t v = checkInteger(L, c, 3, "the value");
    int& slot = meterSlot(L, c, def, 4);
    slot = static_cast<int>(std::clamp<int64_t>(v, def.min, def.max));
    lua_pushinteger(L, slot);
    return 1;
  });
}

int changeMeter(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::MeterDef& def = checkMeter(c, checkString(L, c, 2, "the meter"));
    const int64_t delta = checkInteger(L, c, 3, "the change");
    int& slot = meterSlot(L, c, def, 4);
    slot = static_cast<int>(std::clamp<int64_t>(slot + delta, def.min, def.max));
    lua_pushinteger(L, slot);
    return 1;
  });
}

int actors(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_createtable(L, static_cast<int>(c.s.actors.size()), 0);
    for (size_t i = 0; i < c.s.actors.size(); ++i) {
      pushActor(L, c.s.actors[i]);
      lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
    return 1;
  });
}

int actor(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::Actor* a = core::findActor(c.s, checkString(L, c, 2, "the actor"));
    if (a) {
      pushActor(L, *a);
    } else {
      lua_pushnil(L);
    }
    return 1;
  });
}

int sectors(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_createtable(L, static_cast<int>(c.s.sectors.size()), 0);
    for (size_t i = 0; i < c.s.sectors.size(); ++i) {
      pushSector(L, c.s.sectors[i]);
      lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
    }
    return 1;
  });
}

int sector(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::Sector* s = core::findSector(c.s, checkString(L, c, 2, "the sector"));
    if (s) {
      pushSector(L, *s);
    } else {
      lua_pushnil(L);
    }
    return 1;
  });
}

int setSectorStatus(lua_State* L) {
  return protect(L, [&](Call c) {
    core::Sector& s = checkSector(L, c, 2);
    s.status = statusFrom(c, checkString(L, c, 3, "the status"));
    return 0;
  });
}

int forces(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::Sector& s = checkSector(L, c, 2);
    const core::Actor& a = checkActor(L, c, 3);
    core::Forces f;
    if (auto it = s.forces.find(a.id); it != s.forces.end()) f = it->second;
    lua_pushinteger(L, f.troops);
    lua_pushinteger(L, f.heavy);
    lua_pushinteger(L, f.monitors);
    return 3;
  });
}

int agreements(lua_State* L) {
  return protect(L, [&](Call c) {
    std::optional<std::string_view> status;
    if (!lua_isnoneornil(L, 2)) status = checkString(L, c, 2, "the status");
    lua_createtable(L, 0, 0);
    lua_Integer n = 0;
    for (const auto& a : c.s.agreements) {
      if (status && *status != core::toString(a.status)) continue;
      pushAgreement(L, a);
      lua_rawseti(L, -2, ++n);
    }
    return 1;
  });
}

int activeClause(lua_State* L) {
  return protect(L, [&](Call c) {
    const std::string type(checkString(L, c, 2, "the clause type"));
    if (!core::findClauseType(c.s, type)) argError(c, "unknown clause type '" + type + "'");
    std::optional<std::string> who;
    if (!lua_isnoneornil(L, 3)) who = checkActor(L, c, 3).id;
    for (const auto& a : c.s.agreements) {
      if (a.status != core::AgreementStatus::Active || (who && !core::contains(a.parties, *who))) continue;
      for (size_t i = 0; i < a.clauses.size(); ++i) {
        if (a.clauses[i].type != type) continue;
        pushAgreement(L, a);
        pushClauses(L, {a.clauses[i]});
        lua_rawgeti(L, -1, 1);
        lua_remove(L, -2);
        return 2;
      }
    }
    lua_pushnil(L);
    return 1;
  });
}

int orders(lua_State* L) {
  return protect(L, [&](Call c) {
    const core::Actor& a = checkActor(L, c, 2);
    auto it = c.s.orders.find(a.id);
    if (it == c.s.orders.end()) {
      lua_pushnil(L);
    } else {
      pushOrders(L, it->second);
    }
    return 1;
  });
}

int news(lua_State* L) {
  return protect(L, [&](Call c) {
    checkTable(L, c, 2, "the news item");
    TableReader t(L, 2, "game:news()");
    core::NewsItem n;
    n.turn = c.s.turn;
    n.text = t.str("text");
    n.audience = t.strings("to");
    for (const auto& id : n.audience) {
      if (!core::findActor(c.s, id)) argError(c, "unknown actor '" + id + "' in 'to'");
    }
    n.tag = t.str("tag", "");
    c.s.news.push_back(std::move(n));
    return 0;
  });
}

int reportViolation(lua_State* L) {
  return protect(L, [&](Call c) {
    if (c.s.phase != core::Phase::Resolution) argError(c, "violations are reported during resolution");
    checkTable(L, c, 2, "the violation");
    TableReader t(L, 2, "game:report_violation()");
    core::Violation v;
    v.agreementId = static_cast<int>(t.integer("agreement"));
    const core::Agreement* a = core::findAgreement(c.s, v.agreementId);
    if (!a) argError(c, "there is no agreement " + std::to_string(v.agreementId));
    v.clauseIndex = static_cast<int>(t.integer("clause", 1));
    if (v.clauseIndex < 1 || v.clauseIndex > static_cast<int>(a->clauses.size())) {
      argError(c, "agreement " + std::to_string(v.agreementId) + " has no clause " + std::to_string(v.clauseIndex));
    }
    v.actor = t.str("actor");
    if (!core::contains(a->parties, v.actor)) {
      argError(c, "'" + v.actor + "' is not a party to agreement " + std::to_string(v.agreementId));
    }
    v.turn = c.s.turn;
    v.detected = t.boolean("detected", true);
    v.note = t.str("note", "");
    c.s.pendingViolations.push_back(std::move(v));
    return 0;
  });
}

int random(lua_State* L) {
  return protect(L, [&](Call c) {
    core::Rng& rng = c.world.rng.stream("rules");
    int64_t lo = 1;
    int64_t hi = checkInteger(L, c, 2, "the upper bound");
    if (!lua_isnoneornil(L, 3)) {
      lo = hi;
      hi = checkInteger(L, c, 3, "the upper bound");
    }
    if (lo > hi) argError(c, "the interval is empty");
    lua_pushinteger(L, rng.uniform(lo, hi));
    return 1;
  });
}

int chance(lua_State* L) {
  return protect(L, [&](Call c) {
    const int64_t p = checkInteger(L, c, 2, "the percentage");
    lua_pushboolean(L, c.world.rng.stream("rules").chance(static_cast<int>(std::clamp<int64_t>(p, 0, 100))) ? 1 : 0);
    return 1;
  });
}

int addIncidents(lua_State* L) {
  return protect(L, [&](Call c) {
    const int64_t n = lua_isnoneornil(L, 2) ? 1 : checkInteger(L, c, 2, "the count");
    if (n < 0) argError(c, "the count must not be negative");
    c.s.incidents += static_cast<int>(n);
    lua_pushinteger(L, c.s.incidents);
    return 1;
  });
}

int incidents(lua_State* L) {
  return protect(L, [&](Call c) {
    lua_pushinteger(L, c.s.incidents);
    return 1;
  });
}

int text(lua_State* L) {
  return protect(L, [&](Call c) {
    const std::string key(checkString(L, c, 2, "the key"));
    const std::string* tmpl = c.rules.text(key);
    if (!tmpl) argError(c, "no text for key '" + key + "' in locale '" + c.rules.language() + "'");
    const bool hasVars = !lua_isnoneornil(L, 3);
    if (hasVars) checkTable(L, c, 3, "the values");
    std::string out;
    out.reserve(tmpl->size() + 64);
    for (size_t i = 0; i < tmpl->size();) {
      const size_t open = tmpl->find('{', i);
      const size_t close = open == std::string::npos ? open : tmpl->find('}', open);
      if (close == std::string::npos) {
        out.append(*tmpl, i, std::string::npos);
        break;
      }
      out.append(*tmpl, i, open - i);
      const std::string_view name = std::string_view(*tmpl).substr(open + 1, close - open - 1);
      lua_pushlstring(L, name.data(), name.size());
      const int t = hasVars ? lua_rawget(L, 3) : (lua_pushnil(L), LUA_TNIL);
      if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        size_t len = 0;
        const char* s = lua_tolstring(L, -1, &len);
        out.append(s, len);
      } else {
        lua_settop(L, -2);
        argError(c, "text '" + key + "' needs a value for {" + std::string(name) + "}");
      }
      lua_settop(L, -2);
      i = close + 1;
    }
    lua_pushlstring(L, out.data(), out.size());
    return 1;
  });
}

//-----------------------------------------------------------------------------
// [SECTION] The registry
//-----------------------------------------------------------------------------

// clang-format off
const Binding kBindings[] = {
  {"set_calendar", "game:set_calendar(year, month)", "nil", "Sets the month of turn 1; each turn is one month.", 1, true, setCalendar},
  {"add_meter", "game:add_meter{id=, name=, min=, max=, initial=, per_actor=, private=}", "nil", "Declares a meter: one for the world, or one per actor (private: seen by its owner only).", 1, true, addMeter},
  {"add_actor", "game:add_actor{id=, name=, kind='state'|'bloc', members=, chair=, colour=0xRRGGBB, playable=}", "nil", "Declares an actor; actors are resolved in the order they are declared. A bloc may name the member that chairs it.", 1, true, addActor},
  {"add_sector", "game:add_sector{id=, name=, km=, status=, line={{x,y},...}, note=}", "nil", "Declares a border sector with its length, status and schematic line on a 0..1000 grid.", 1, true, addSector},
  {"add_exclave", "game:add_exclave{id=, name=, belongs_to=, enclosed_by=, sectors=, at={x,y}}", "nil", "Declares an exclave: territory of one actor enclosed by another's.", 1, true, addExclave},
  {"add_clause_type", "game:add_clause_type{id=, name=, description=, signers=, duration_param=, params={{id=, name=, kind=, min=, max=, step=, options=, labels=}}}", "nil", "Declares a clause type with typed parameters (int, bool, enum, sectors) and required signers.", 1, true, addClauseType},
  {"set_brief", "game:set_brief(actor, {text=, objectives={{id=, text=, weight=}}, red_lines=, reservation=})", "nil", "Sets a role's confidential brief; its objectives are what the role is scored on.", 1, true, setBrief},
  {"set_utility", "game:set_utility(actor, {clauses={{type=, weight=, objective=, absent=, base=, params={{id=, points={{v, worth}}, values={[key]=worth}, otherwise=}}}}, red_lines={{id=, text=, kind='min'|'max'|'forbid'|'requires', clause=, param=, number=, value=, needs=}}, reservation={base=, meter=, pivot=, slope=}, declines=})", "nil", "Sets what packages of clauses are worth to an actor (-100..100 per clause, weighted): the computer players, the bloc's votes and the debrief use it.", 1, true, setUtility},
  {"add_option", "game:add_option{id=, name=, type='bool'|'int'|'enum', default=, description=, min=, max=, choices=}", "nil", "Declares a scenario option, set before the game with --option NAME=VALUE.", 1, true, addOption},
  {"add_request", "game:add_request{id=, name=, description=, from=}", "nil", "Declares a request to the bloc that a state may send with its orders (the id arrives in orders.requests); the orders panel shows its name and description. from: the actors that may send it (default: every state).", 1, true, addRequest},
  {"add_hint", "game:add_hint{id=, panel=, text=, wait_for=, roles=}", "nil", "Adds the next step of the guided tutorial: text (or a locale key) pointing at a panel of the window, shown until the player does wait_for (default 'next': the Next button). See docs/modding.md.", 1, true, addHint},
  {"option", "game:option(id)", "boolean|integer|string", "The value chosen for a scenario option.", 1, false, option},
  {"set_forces", "game:set_forces(sector, actor, {troops=, heavy=, monitors=})", "nil", "Sets an actor's forces in a sector; fields left out keep their value.", 1, false, setForces},
  {"turn", "game:turn()", "integer", "The current turn, from 1.", 1, false, turn},
  {"max_turns", "game:max_turns()", "integer", "The number of turns this game lasts.", 1, false, maxTurns},
  {"date", "game:date()", "integer, integer", "The year and month of the current turn.", 1, false, date},
  {"phase", "game:phase()", "string", "The current phase: setup, briefing, diplomacy, orders, resolution, review or ended.", 1, false, phase},
  {"language", "game:language()", "string", "The language the game is played in, e.g. 'en' or 'ru'.", 1, false, language},
  {"meter", "game:meter(id [, actor])", "integer", "A meter's value; per-actor meters need the actor.", 1, false, meter},
  {"set_meter", "game:set_meter(id, value [, actor])", "integer", "Sets a meter, clamped to its range; returns the new value.", 1, false, setMeter},
  {"change_meter", "game:change_meter(id, delta [, actor])", "integer", "Adds to a meter, clamped to its range; returns the new value.", 1, false, changeMeter},
  {"actors", "game:actors()", "table", "Every actor as {id, name, kind, members, chair, playable}, in resolution order.", 1, false, actors},
  {"actor", "game:actor(id)", "table|nil", "One actor, or nil.", 1, false, actor},
  {"sectors", "game:sectors()", "table", "Every sector as {id, name, km, status, note, forces={[actor]={troops, heavy, monitors}}}.", 1, false, sectors},
  {"sector", "game:sector(id)", "table|nil", "One sector, or nil.", 1, false, sector},
  {"set_sector_status", "game:set_sector_status(id, status)", "nil", "Sets a sector's status: demarcated, delimited, disputed or contested.", 1, false, setSectorStatus},
  {"forces", "game:forces(sector, actor)", "integer, integer, integer", "An actor's troops, heavy weapons and monitors in a sector.", 1, false, forces},
  {"agreements", "game:agreements([status])", "table", "Agreements (all, or those with the status) as {id, parties, clauses, start_turn, duration, status, violations}.", 1, false, agreements},
  {"active_clause", "game:active_clause(type [, actor])", "table|nil, table", "The first active agreement with a clause of that type (involving the actor), and that clause.", 1, false, activeClause},
  {"orders", "game:orders(actor)", "table|nil", "The actor's sealed orders this turn, during resolution: {forces={{sector, troops, heavy}}, statements, requests}.", 1, false, orders},
  {"news", "game:news{text=, to=, tag=}", "nil", "Publishes a news item, to everyone or only to the actors in 'to'.", 1, false, news},
  {"report_violation", "game:report_violation{agreement=, clause=, actor=, detected=, note=}", "nil", "Records a breach of an agreement's clause during resolution; on_violation follows.", 1, false, reportViolation},
  {"random", "game:random(m [, n])", "integer", "A random integer in [1, m] or [m, n] from the engine's generator.", 1, false, random},
  {"chance", "game:chance(percent)", "boolean", "True with the given probability in percent.", 1, false, chance},
  {"add_incidents", "game:add_incidents([n])", "integer", "Counts n border incidents (default 1); returns the running total.", 1, false, addIncidents},
  {"incidents", "game:incidents()", "integer", "The number of incidents so far.", 1, false, incidents},
  {"text", "game:text(key [, values])", "string", "The scenario's text for key in the game's language, with {name} filled from values.", 1, false, text},
};

const HookDoc kHooks[] = {
  {"on_setup", "on_setup(game)", "Declares the model: calendar, meters, actors, sectors, exclaves, clause types, briefs, forces.", 1},
  {"on_turn_start", "on_turn_start(game, turn)", "The briefing: events and news for the new turn.", 1},
  {"on_proposal", "on_proposal(game, offer) -> nil|string, string|integer|nil, integer|nil",
   "Sees each offer before it stands; return a reason to refuse it, optionally the clause it is about (a type or a position in offer.clauses), "
   "and optionally for how many months every package with that type of clause will be refused while the agreements in force stay the same "
   "(math.huge: until they change).",
   1},
  {"on_agreement", "on_agreement(game, agreement)", "Called when every party has accepted an offer.", 1},
  {"on_orders", "on_orders(game, actor, orders)", "Called once per actor with its sealed orders, in actor order, after forces moved.", 1},
  {"on_resolve", "on_resolve(game, turn)", "Resolution: incidents, compliance, demarcation progress, meters.", 1},
  {"on_violation", "on_violation(game, violation)", "Called for each violation reported during resolution.", 1},
  {"check_outcome", "check_outcome(game, turn, last) -> nil|{id=, text=}", "Returns an outcome to end the game; on the last turn it should always return one.", 1},
  {"score", "score(game, actor) -> integer", "The role's score against its objectives.", 1},
  {"ai_orders", "ai_orders(game, actor, persona) -> nil|{forces={{sector=, troops=, heavy=}}, statements=, requests=}", "A computer player's orders for the actor under its persona ('hardliner', 'pragmatist', 'conciliator'); nil keeps the built-in policy. Runs as a dry run: what it changes is undone.", 1},
};
// clang-format on

//-----------------------------------------------------------------------------
// [SECTION] The handle and the generated documents
//-----------------------------------------------------------------------------

// Bindings that only read the game. Every other binding may change it (or draw a random number),
// so the engine is told before it runs; a binding missing here is treated as one that changes.
bool readsOnly(const Binding& b) {
  static const std::vector<bool> reads = [] {
    constexpr std::string_view kReaders[] = {"option", "turn", "max_turns", "date",   "phase",         "language",
                                             "meter",  "actors", "actor",   "sectors", "sector",       "forces",
                                             "agreements", "active_clause", "orders", "incidents", "text"};
    std::vector<bool> out;
    for (const auto& binding : kBindings) {
      out.push_back(std::find(std::begin(kReaders), std::end(kReaders), binding.name) != std::end(kReaders));
    }
    return out;
  }();
  return reads[static_cast<size_t>(&b - kBindings)];
}

// What a binding's closure holds as its one upvalue: the rules it serves, which binding it is and
// the game handle's address (cheaper to compare than to ask for the handle's metatable).
struct Closure {
  LuaRules* rules;
  const Binding* binding;
  const void* handle;
};

Call enter(lua_State* L) {
  const auto* closure = static_cast<const Closure*>(lua_touserdata(L, lua_upvalueindex(1)));
  LuaRules* rules = closure->rules;
  const Binding& b = *closure->binding;
  // Scripts cannot make a light userdata, so only the handle itself has its address.
  if (lua_touserdata(L, 1) != closure->handle) {
    throw ScriptArgError(std::string("game:") + b.name + "(): call it with a colon, on the game handle");
  }
  core::World* w = rules->world();
  if (!w) throw ScriptArgError(std::string("game:") + b.name + "(): the game can only be used while a hook runs");
  if (b.setupOnly && rules->currentHook() != "on_setup") {
    throw ScriptArgError(std::string("game:") + b.name + "(): only allowed in on_setup");
  }
  if (!readsOnly(b)) w->changing();
  return Call{*rules, *w, w->state, b.name};
}

}  // namespace

std::span<const Binding> bindings() { return kBindings; }
std::span<const HookDoc> hookDocs() { return kHooks; }

int createGameHandle(lua_State* L, LuaRules* rules) {
  void* handle = lua_newuserdatauv(L, 0, 0);
  luaL_newmetatable(L, kGameMeta);
  lua_createtable(L, 0, static_cast<int>(std::size(kBindings)));
  for (const auto& binding : kBindings) {
    auto* closure = static_cast<Closure*>(lua_newuserdatauv(L, sizeof(Closure), 0));
    *closure = Closure{rules, &binding, handle};
    lua_pushcclosure(L, binding.fn, 1);
    lua_setfield(L, -2, binding.name);
  }
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, "the game handle is locked");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  return luaL_ref(L, LUA_REGISTRYINDEX);
}

std::string apiJson() {
  nlohmann::ordered_json j;
  j["api_version"] = kApiVersion;
  j["bindings"] = nlohmann::ordered_json::array();
  for (const auto& b : kBindings) {
    j["bindings"].push_back({{"name", b.name}, {"signature", b.signature}, {"returns", b.returns}, {"doc", b.doc},
                             {"since", b.since}, {"setup_only", b.setupOnly}});
  }
  j["hooks"] = nlohmann::ordered_json::array();
  for (const auto& h : kHooks) {
    j["hooks"].push_back({{"name", h.name}, {"signature", h.signature}, {"doc", h.doc}, {"since", h.since}});
  }
  return j.dump(2) + "\n";
}

std::string apiMarkdown() {
  std::string out = "# Accord Lua API, version " + std::to_string(kApiVersion) +
                    "\n\nGenerated by `accord api --markdown` from the binding registry; do not edit.\n"
                    "A mod names the version it was written for in `mod.lua` (`api = " +
                    std::to_string(kApiVersion) + "`).\n\n## Hooks\n\nReturned by `init.lua` in a table; any may be absent.\n\n"
                    "| hook | since | what it does |\n| --- | --- | --- |\n";
  for (const auto& h : kHooks) out += std::string("| `") + h.signature + "` | " + std::to_string(h.since) + " | " + h.doc + " |\n";
  out += "\n## Methods of `game`\n\nThe handle passed to every hook. Methods marked *setup* work only in `on_setup`.\n\n"
         "| call | returns | since | what it does |\n| --- | --- | --- | --- |\n";
  for (const auto& b : kBindings) {
    std::string sig = b.signature;
    std::string escaped;
    for (char ch : sig) escaped += ch == '|' ? std::string("\\|") : std::string(1, ch);
    std::string returns;
    for (char ch : std::string(b.returns)) returns += ch == '|' ? std::string("\\|") : std::string(1, ch);
    out += "| `" + escaped + "` | " + returns + " | " + std::to_string(b.since) + " | " + (b.setupOnly ? "*setup* " : "") + b.doc + " |\n";
  }
  return out;
}

std::string apiLuaStubs() {
  std::string out = "---@meta\n-- Accord Lua API " + std::to_string(kApiVersion) +
                    ": LuaLS stubs generated by `accord api --lua-stubs`; do not edit.\n\n---@class Game\nlocal Game = {}\n\n";
  for (const auto& b : kBindings) {
    std::string args;
    const std::string sig = b.signature;
    const auto open = sig.find_first_of("({");
    if (sig[open] == '{') {
      args = "spec";
      out += std::string("--- ") + b.doc + "\n---@param spec table " + sig.substr(open) + "\n";
    } else {
      std::string inner = sig.substr(open + 1, sig.rfind(')') - open - 1);
      std::string cleaned;
      for (char ch : inner) {
        if (ch != '[' && ch != ']' && ch != ' ') cleaned += ch;
      }
      // Nested tables in a signature are documented, not named.
      const auto brace = cleaned.find('{');
      if (brace != std::string::npos) cleaned = cleaned.substr(0, brace) + "spec";
      args = cleaned;
      out += std::string("--- ") + b.doc + "\n";
    }
    if (std::string(b.returns) != "nil") out += std::string("---@return ") + b.returns + "\n";
    out += std::string("function Game:") + b.name + "(" + args + ") end\n\n";
  }
  out += "---@class Hooks\n";
  for (const auto& h : kHooks) out += std::string("---@field ") + h.name + " fun(game: Game, ...): any " + h.doc + "\n";
  out += "\nreturn Game\n";
  return out;
}

}  // namespace accord::script
