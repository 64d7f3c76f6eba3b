// Scenario folders: the manifest (mod.lua), the search path, and finding a scenario by id or path.
#include "scenario.hpp"

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

#include "game/script/api_version.hpp"

namespace fs = std::filesystem;

namespace accord::script {
namespace {

// Ids are [a-z][a-z0-9_]{0,63}: safe as folder names, chunk names and JSON keys.
bool validId(const std::string& id) {
  if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

LoadProblem problem(const ModManifest& m, std::string message) {
  return LoadProblem{m.id.empty() ? m.folder.filename().string() : m.id, "mod.lua", 0, std::move(message), "", ""};
}

// Reads field `name` of the table on top of the stack as a string; false with a message if wrong.
bool readString(lua_State* L, const char* name, bool required, std::string& out, std::string& err) {
  lua_getfield(L, -1, name);
  const int t = lua_type(L, -1);
  bool ok = true;
  if (t == LUA_TSTRING) {
    out = lua_tolstring(L, -1, nullptr);
  } else if (t != LUA_TNIL || required) {
    err = std::string("field '") + name + "' must be a string";
    ok = false;
  }
  lua_settop(L, -2);
  return ok;
}

bool readStringList(lua_State* L, const char* name, std::vector<std::string>& out, std::string& err) {
  lua_getfield(L, -1, name);
  bool ok = true;
  if (lua_type(L, -1) == LUA_TTABLE) {
    const lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n && ok; ++i) {
      lua_rawgeti(L, -1, i);
      if (lua_type(L, -1) == LUA_TSTRING) {
        out.emplace_back(lua_tolstring(L, -1, nullptr));
      } else {
        err = std::string("field '") + name + "' must be a list of strings";
        ok = false;
      }
      lua_settop(L, -2);
    }
  } else if (!lua_isnil(L, -1)) {
    err = std::string("field '") + name + "' must be a list of strings";
    ok = false;
  }
  lua_settop(L, -2);
  return ok;
}

}  // namespace

std::string LoadProblem::headline() const {
  std::string out = "mod '" + mod + "': ";
  if (!file.empty()) out += file + (line > 0 ? ":" + std::to_string(line) : "") + ": ";
  return out + message;
}

SearchPath SearchPath::standard(const fs::path& data, const std::vector<fs::path>& extraMods) {
  SearchPath p;
  p.add(data / "scripts" / "scenarios");
  if (!std::getenv("ACCORD_NO_USER_MODS")) {
    if (auto user = userModsFolder()) p.add(*user);
  }
  for (const auto& d : extraMods) p.add(d);
  return p;
}

std::optional<fs::path> userModsFolder() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "accord" / "mods";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "share" / "accord" / "mods";
  return std::nullopt;
}

fs::path dataDir() {
  if (const char* env = std::getenv("ACCORD_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
      if (fs::is_directory(dir / "scripts" / "scenarios", ec)) return dir;
    }
  }
#ifdef ACCORD_DATA_DIR
  return ACCORD_DATA_DIR;
#else
  return fs::current_path();
#endif
}

Result<ModManifest, LoadProblem> readManifest(const fs::path& folder) {
  ModManifest m;
  m.folder = folder;
  std::error_code ec;
  if (!fs::is_regular_file(folder / "mod.lua", ec)) return fail(problem(m, "no mod.lua in " + folder.string()));
  if (!fs::is_regular_file(folder / "init.lua", ec)) {
    LoadProblem p = problem(m, "no init.lua in " + folder.string());
    p.file = "init.lua";
    return fail(p);
  }
  // A small runtime of its own: a manifest is read before any game exists.
  LuaRuntime rt(RuntimeLimits{8u << 20, 1'000'000});
  auto ref = rt.runDataFile(folder / "mod.lua", "@" + folder.filename().string() + "/mod.lua");
  if (!ref) {
    const auto& f = ref.error();
    return fail(LoadProblem{folder.filename().string(), "mod.lua", f.line, f.message, f.traceback, f.context});
  }
  lua_State* L = rt.state();
  rt.pushRef(*ref);
  if (!lua_istable(L, -1)) return fail(problem(m, "mod.lua must return a table"));
  std::string err;
  std::string api;
  if (!readString(L, "id", true, m.id, err) || !readString(L, "title", true, m.title, err) ||
      !readString(L, "version", true, m.version, err) || !readString(L, "summary", false, m.summary, err) ||
      !readStringList(L, "authors", m.authors, err) || !readStringList(L, "depends", m.depends, err) ||
      !readStringList(L, "languages", m.languages, err)) {
    return fail(problem(m, err));
  }
  lua_getfield(L, -1, "api");
  if (!lua_isinteger(L, -1)) return fail(problem(m, "field 'api' must be an integer (this engine has API " + std::to_string(kApiVersion) + ")"));
  m.api = static_cast<int>(lua_tointegerx(L, -1, nullptr));
  lua_settop(L, -2);
  if (!validId(m.id)) {
    return fail(problem(m, "field 'id' is '" + m.id + "': use lower-case letters, digits and '_', starting with a letter"));
  }
  if (m.api > kApiVersion) {
    return fail(problem(m, "needs Lua API " + std::to_string(m.api) + ", but this engine has API " + std::to_string(kApiVersion)));
  }
  if (m.api < 1) return fail(problem(m, "field 'api' must be at least 1"));
  if (m.authors.empty()) return fail(problem(m, "field 'authors' must name at least one author"));
  if (m.languages.empty()) m.languages = {"en"};
  return m;
}

ScenarioWords scenarioWords(const ModManifest& manifest, const std::string& language) {
  ScenarioWords out{manifest.title, manifest.summary};
  bool haveTitle = false;
  bool haveSummary = false;
  LuaRuntime rt(RuntimeLimits{8u << 20, 1'000'000});
  std::vector<std::string> langs{language};
  if (language != "en") langs.emplace_back("en");
  for (const std::string& lang : langs) {
    // As the game itself: only the languages the manifest declares have a locale.
    if (std::find(manifest.languages.begin(), manifest.languages.end(), lang) == manifest.languages.end()) continue;
    const fs::path file = manifest.folder / "locale" / (lang + ".lua");
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) continue;
    auto ref = rt.runDataFile(file, "@" + manifest.id + "/locale/" + lang + ".lua");
    if (!ref) continue;
    lua_State* L = rt.state();
    rt.pushRef(*ref);
    rt.unref(*ref);
    if (lua_istable(L, -1)) {
      std::string value;
      std::string err;
      if (!haveTitle && readString(L, "scenario.title", false, value, err) && !value.empty()) {
        out.title = value;
        haveTitle = true;
      }
      value.clear();
      if (!haveSummary && readString(L, "scenario.summary", false, value, err) && !value.empty()) {
        out.summary = value;
        haveSummary = true;
      }
    }
    lua_settop(L, -2);
  }
  return out;
}

Result<fs::path, std::string> resolveScenario(const std::string& nameOrPath, const SearchPath& path) {
  std::error_code ec;
  const bool looksLikePath = nameOrPath.find('/') != std::string::npos || nameOrPath.starts_with(".");
  if (looksLikePath || fs::is_directory(nameOrPath, ec)) {
    if (!fs::is_directory(nameOrPath, ec)) return fail("no scenario folder at '" + nameOrPath + "'");
    return fs::absolute(nameOrPath);
  }
  for (const auto& dir : path.dirs()) {
    if (!fs::is_directory(dir, ec)) continue;
    // The folder name usually is the id; check the manifest to be sure.
    const fs::path direct = dir / nameOrPath;
    if (fs::is_directory(direct, ec)) {
      auto m = readManifest(direct);
      if (!m || m->id == nameOrPath) return direct;
    }
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_directory()) continue;
      auto m = readManifest(entry.path());
      if (m && m->id == nameOrPath) return entry.path();
    }
  }
  std::string where;
  for (const auto& d : path.dirs()) where += (where.empty() ? "" : ", ") + d.string();
  return fail("no scenario '" + nameOrPath + "' on the search path (" + where + ")");
}

std::vector<ScenarioListing> listScenarios(const SearchPath& path) {
  std::vector<ScenarioListing> out;
  std::error_code ec;
  for (const auto& dir : path.dirs()) {
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_directory() && fs::exists(entry.path() / "mod.lua")) folders.push_back(entry.path());
    }
    std::sort(folders.begin(), folders.end());
    for (const auto& f : folders) out.push_back(ScenarioListing{f, readManifest(f)});
  }
  return out;
}

}  // namespace accord::script
