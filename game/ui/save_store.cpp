// Saved games on disk for the window; see save_store.hpp.
#include "save_store.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <system_error>

#include "game/persist/file_io.hpp"

namespace accord::ui {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kAutosavePrefix = "autosave-";
constexpr std::string_view kNotesSuffix = ".seats.json";
// Long enough for any title and turn, short enough for every file system's name limit.
constexpr size_t kMaxStemBytes = 100;

bool endsWith(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

bool knownSeat(const std::string& seat) {
  static const std::vector<std::string> seats{kHuman, "pragmatist", "hardliner", "conciliator", "baseline"};
  return std::find(seats.begin(), seats.end(), seat) != seats.end();
}

nlohmann::json notesJson(const SaveNotes& n) {
  nlohmann::json seats = nlohmann::json::object();
  for (const auto& [role, seat] : n.seats) seats[role] = seat;
  return {{"seats", seats}, {"hot_seat", n.hotSeat}, {"title", n.title}, {"turn", n.turn}, {"max_turns", n.maxTurns}};
}

// Notes are a convenience: a broken or missing file only means the defaults.
std::optional<SaveNotes> readNotes(const fs::path& save) {
  auto text = persist::readTextFile(notesFileOf(save), "save notes");
  if (!text) return std::nullopt;
  try {
    const auto j = nlohmann::json::parse(*text);
    SaveNotes n;
    for (const auto& [role, seat] : j.at("seats").items()) n.seats[role] = seat.get<std::string>();
    n.hotSeat = j.value("hot_seat", false);
    n.title = j.value("title", std::string());
    n.turn = j.value("turn", 0);
    n.maxTurns = j.value("max_turns", 0);
    return n;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

Result<void, std::string> writeNotes(const fs::path& save, const SaveNotes& notes) {
  return persist::writeFileAtomically(notesFileOf(save), notesJson(notes).dump(2) + "\n");
}

// Moves a save and its notes; a missing source is no error (that slot was never written).
void moveSave(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  if (fs::exists(from, ec)) fs::rename(from, to, ec);
  if (fs::exists(notesFileOf(from), ec)) fs::rename(notesFileOf(from), notesFileOf(to), ec);
}

bool isSaveFile(const fs::directory_entry& e) {
  std::error_code ec;
  const std::string name = e.path().filename().string();
  return e.is_regular_file(ec) && endsWith(name, ".json") && !endsWith(name, kNotesSuffix);
}

bool isAutosave(const fs::path& file) { return file.filename().string().rfind(kAutosavePrefix, 0) == 0; }

// Without notes the turn is worked out from the recorded turns: each finished turn left a hash.
int turnOf(const persist::SaveGame& save) {
  int turn = static_cast<int>(save.turnHashes.size()) + (save.outcome.empty() ? 1 : 0);
  if (save.header.maxTurns > 0) turn = std::min(turn, save.header.maxTurns);
  return std::max(turn, 1);
}

}  // namespace

std::string savedAtText(fs::file_time_type when) {
  const auto sys = std::chrono::time_point_cast<std::chrono::system_clock::duration>(std::chrono::file_clock::to_sys(when));
  const std::time_t t = std::chrono::system_clock::to_time_t(sys);
  std::tm local{};
  localtime_r(&t, &local);
  char out[32];
  // Digits only: the same in every language the window speaks.
  return std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &local) ? std::string(out) : std::string();
}

std::optional<fs::path> standardSavesFolder() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "accord" / "saves";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "share" / "accord" / "saves";
  return std::nullopt;
}

fs::path notesFileOf(const fs::path& save) { return fs::path(save.string() + ".seats.json"); }

SaveNotes notesOf(const GameDriver& game) {
  SaveNotes n;
  n.seats = game.seats();
  n.hotSeat = game.hotSeat();
  n.title = game.session().manifest().title;
  n.turn = game.state().turn;
  n.maxTurns = game.state().maxTurns;
  return n;
}

std::string fileStemFor(const std::string& name) {
  std::string out;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    out += (c == '/' || c == '\\' || u < 0x20 || u == 0x7f) ? '_' : c;
  }
  const auto first = out.find_first_not_of(' ');
  out = first == std::string::npos ? std::string() : out.substr(first, out.find_last_not_of(' ') - first + 1);
  if (out.size() > kMaxStemBytes) {
    size_t cut = kMaxStemBytes;
    // Never cut a UTF-8 sequence in two.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  if (out.empty()) out = "save";
  if (out.front() == '.' || out.rfind(kAutosavePrefix, 0) == 0) out.insert(out.begin(), '_');
  // "x.seats" would make "x.seats.json", which the list takes for notes.
  if (endsWith(out, ".seats")) out += '_';
  return out;
}

Result<fs::path, std::string> SaveStore::ensureFolder() const {
  if (!m_folder) return fail(std::string("no folder for saves: neither XDG_DATA_HOME nor HOME is set for this run"));
  std::error_code ec;
  fs::create_directories(*m_folder, ec);
  if (ec) return fail("cannot make the saves folder '" + m_folder->string() + "': " + ec.message());
  return *m_folder;
}

SaveEntry SaveStore::describe(const fs::path& file) const {
  SaveEntry entry;
  entry.file = file;
  entry.name = file.stem().string();
  entry.autosave = isAutosave(file);
  std::error_code ec;
  entry.modified = fs::last_write_time(file, ec);
  auto save = persist::loadSaveFile(file);
  if (!save) {
    entry.problem = save.error();
    return entry;
  }
  entry.scenarioId = save->header.scenarioId;
  entry.title = save->header.scenarioId;
  entry.turn = turnOf(*save);
  entry.maxTurns = save->header.maxTurns;
  entry.finished = !save->outcome.empty();
  if (const auto notes = readNotes(file)) {
    if (!notes->title.empty()) entry.title = notes->title;
    if (notes->turn > 0) entry.turn = notes->turn;
    if (notes->maxTurns > 0) entry.maxTurns = notes->maxTurns;
  }
  return entry;
}

std::vector<SaveEntry> SaveStore::list() const {
  std::vector<SaveEntry> out;
  if (!m_folder) return out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(*m_folder, ec)) {
    if (isSaveFile(e)) out.push_back(describe(e.path()));
  }
  std::sort(out.begin(), out.end(), [](const SaveEntry& a, const SaveEntry& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
  });
  return out;
}

std::optional<fs::path> SaveStore::latestAutosave() const {
  if (!m_folder) return std::nullopt;
  std::optional<fs::path> best;
  fs::file_time_type bestTime;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(*m_folder, ec)) {
    if (!isSaveFile(e) || !isAutosave(e.path())) continue;
    const auto t = e.last_write_time(ec);
    if (ec) continue;
    if (!best || t > bestTime || (t == bestTime && e.path() < *best)) {
      best = e.path();
      bestTime = t;
    }
  }
  return best;
}

Result<fs::path, std::string> SaveStore::fileFor(const std::string& name) const {
  if (!m_folder) return fail(std::string("no folder for saves: neither XDG_DATA_HOME nor HOME is set for this run"));
  return *m_folder / (fileStemFor(name) + ".json");
}

Result<fs::path, std::string> SaveStore::save(const std::string& name, const persist::SaveGame& game, const SaveNotes& notes) {
  auto folder = ensureFolder();
  if (!folder) return folder;
  const fs::path file = *folder / (fileStemFor(name) + ".json");
  if (auto written = persist::writeSaveFile(file, game); !written) return fail(written.error());
  if (auto written = writeNotes(file, notes); !written) return fail(written.error());
  return file;
}

Result<fs::path, std::string> SaveStore::autosave(const persist::SaveGame& game, const SaveNotes& notes) {
  auto folder = ensureFolder();
  if (!folder) return folder;
  const std::string stem = std::string(kAutosavePrefix) + fileStemFor(game.header.scenarioId) + "-";
  auto slot = [&](int n) { return *folder / (stem + std::to_string(n) + ".json"); };
  std::error_code ec;
  fs::remove(slot(kAutosavesKept), ec);
  fs::remove(notesFileOf(slot(kAutosavesKept)), ec);
  for (int n = kAutosavesKept - 1; n >= 1; --n) moveSave(slot(n), slot(n + 1));
  if (auto written = persist::writeSaveFile(slot(1), game); !written) return fail(written.error());
  if (auto written = writeNotes(slot(1), notes); !written) return fail(written.error());
  return slot(1);
}

Result<LoadedSave, std::string> SaveStore::load(const fs::path& file) const {
  auto save = persist::loadSaveFile(file);
  if (!save) return fail(save.error());
  return LoadedSave{std::move(*save), readNotes(file)};
}

Result<void, std::string> SaveStore::remove(const fs::path& file) const {
  std::error_code ec;
  fs::remove(file, ec);
  if (ec) return fail("cannot remove save '" + file.string() + "': " + ec.message());
  fs::remove(notesFileOf(file), ec);
  return {};
}

Seats seatsFor(const core::GameState& s, const std::optional<SaveNotes>& notes, bool& hotSeat) {
  const auto roles = core::playableActors(s);
  Seats seats;
  int humans = 0;
  for (const auto& id : roles) {
    std::string seat = "pragmatist";
    if (notes) {
      auto it = notes->seats.find(id);
      if (it != notes->seats.end() && knownSeat(it->second)) seat = it->second;
    }
    humans += seat == kHuman ? 1 : 0;
    seats[id] = seat;
  }
  hotSeat = notes && notes->hotSeat;
  // Nobody at the screen would leave the computer playing alone: the first role is the player's.
  if (humans == 0 && !roles.empty()) {
    seats[roles.front()] = kHuman;
    humans = 1;
  }
  if (humans > 1) hotSeat = true;
  return seats;
}

Result<std::unique_ptr<GameDriver>, std::string> openSave(const SaveStore& store, const fs::path& file,
                                                          const std::vector<fs::path>& mods) {
  auto loaded = store.load(file);
  if (!loaded) return fail(loaded.error());
  app::SessionConfig overrides;
  overrides.mods = mods;
  // The computer players remember the game when the window plays it again from its start with
  // them (GameDriver::playedAgain); else the log is replayed and they start afresh here.
  persist::SaveGame start = loaded->game;
  start.commands.clear();
  start.turnHashes.clear();
  start.outcome.clear();
  if (auto fresh = app::Session::fromSave(start, overrides)) {
    bool hotSeat = false;
    Seats seats = seatsFor((*fresh)->engine().state(), loaded->notes, hotSeat);
    if (auto again = GameDriver::playedAgain(std::move(*fresh), std::move(seats), hotSeat, loaded->game.commands, loaded->game.turnHashes)) {
      return again;
    }
  }
  auto session = app::Session::fromSave(loaded->game, overrides);
  if (!session) return fail("save '" + file.string() + "': " + session.error().message);
  bool hotSeat = false;
  Seats seats = seatsFor((*session)->engine().state(), loaded->notes, hotSeat);
  auto driver = std::make_unique<GameDriver>(std::move(*session), std::move(seats), hotSeat);
  driver->advance();
  return driver;
}

}  // namespace accord::ui
