// `accord play`: the window, its frame loop and the screens; see play.hpp.
//
// The loop draws a frame only when something asks for one (input, a UI script, a screen that
// changed) and sleeps otherwise; drawn frames are capped at the frame-rate setting, since
// software GL under Xvfb has no vsync to pace them.
#include "play.hpp"

#include <imgui.h>

#include <SFML/Graphics.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "game/script/scenario.hpp"
#include "game/ui/debrief_screen.hpp"
#include "game/ui/display_check.hpp"
#include "game/ui/game_screen.hpp"
#include "game/ui/glossary_screen.hpp"
#include "game/ui/imgui_glue.hpp"
#include "game/ui/load_screen.hpp"
#include "game/ui/main_menu_screen.hpp"
#include "game/ui/mods_screen.hpp"
#include "game/ui/new_game_screen.hpp"
#include "game/ui/save_store.hpp"
#include "game/ui/settings_screen.hpp"
#include "game/ui/ui_script.hpp"

namespace accord::ui {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitCheckFailed = 1;
constexpr int kExitUsage = 2;
// Frames drawn after the last input: ImGui settles hover and focus a frame after the event.
constexpr int kFramesAfterInput = 3;
constexpr auto kIdleSleep = std::chrono::milliseconds(8);
// The window's colour where no screen draws.
const sf::Color kGround(18, 22, 28);

using Clock = std::chrono::steady_clock;

double processCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Seconds since the process started, from /proc (clock ticks since boot against uptime).
double secondsSinceProcessStart() {
  std::ifstream stat("/proc/self/stat");
  std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = content.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(content.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && rest >> field; ++i) {
  }
  std::ifstream up("/proc/uptime");
  double uptime = 0;
  up >> uptime;
  return uptime - std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

long peakResidentKb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

// A scripted run keeps to a data folder its environment names, and never touches the player's saves.
std::optional<std::filesystem::path> savesFolderFor(bool scripted) {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (scripted && !(xdg && *xdg)) return std::nullopt;
  return standardSavesFolder();
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

class PlayWindow final : public Navigator, public ScriptHost {
 public:
  int run(const PlayOptions& options);

  void goTo(ScreenId screen) override {
    // Settings and Load opened from the pause menu lead back to the game, not to the main menu.
    if (screen == ScreenId::MainMenu && m_backToGame && m_game) screen = ScreenId::Game;
    m_next = screen;
  }
  void newGameWith(const std::filesystem::path& scenarioFolder) override {
    m_preferredScenario = scenarioFolder.string();
    m_next = ScreenId::NewGame;
  }
  void startGame(std::unique_ptr<GameDriver> game) override {
    // The game being left is kept: nothing played is lost to a new game or a loaded one.
    autosave(true);
    m_game = std::move(game);
    m_gameScreen.setGame(m_game.get());
    markSaved();
    m_backToGame = false;
    m_next = ScreenId::Game;
  }
  void applySettings(const Settings& s) override;
  void quit() override { m_quit = true; }
  bool hasGame() const override { return m_game != nullptr; }
  SaveStore& saves() override { return m_saves; }

  std::optional<sf::Vector2f> namedPoint(const std::string& name) override;
  std::optional<std::string> check(const std::string& what, const std::string& value) override;

 private:
  void createWindow();
  void frame(float seconds);
  void handle(const sf::Event& e);
  void enter(ScreenId screen);
  void saveShot(const std::string& name);
  void printSummary(bool ok) const;
  // Writes an autosave when the month has turned or the game ended, or, when `leaving`, whenever
  // anything was played since the last one.
  void autosave(bool leaving);
  void markSaved();

  PlayOptions m_options;
  Settings m_settings;
  Texts m_texts;
  sf::RenderWindow m_window;
  sf::Font m_font;
  ImGuiGlue m_glue;
  WidgetTracker m_widgets;
  std::optional<UiScript> m_script;

  ScreenId m_screen = ScreenId::MainMenu;
  std::optional<ScreenId> m_next;
  bool m_quit = false;
  MainMenuScreen m_menu;
  NewGameScreen m_newGame;
  GameScreen m_gameScreen;
  SettingsScreen m_settingsScreen;
  GlossaryScreen m_glossary;
  LoadScreen m_load;
  DebriefScreen m_debrief;
  ModsScreen m_modsScreen;
  // The scenario New game selects: the one asked for on the command line until the player picks
  // one on Scenarios & mods.
  std::string m_preferredScenario;
  std::unique_ptr<GameDriver> m_game;
  SaveStore m_saves{std::nullopt};
  // What the last autosave (or the load) held, so that an unchanged game is not saved again.
  int m_savedTurn = 0;
  size_t m_savedLog = 0;
  bool m_savedFinished = false;
  bool m_backToGame = false;

  int m_shotCount = 0;
  std::vector<std::string> m_shots;
  std::vector<double> m_frameWallMs;
  std::vector<double> m_frameCpuMs;
  double m_firstFrameSeconds = -1;
  std::optional<double> m_idleCpuPercent;
};

void PlayWindow::createWindow() {
  const auto mode = m_settings.fullscreen ? sf::VideoMode::getDesktopMode() : sf::VideoMode(1280, 720);
  sf::ContextSettings context;
  context.depthBits = 0;
  m_window.create(mode, sf::String::fromUtf8(m_texts("ui.app.window_title").begin(), m_texts("ui.app.window_title").end()),
                  m_settings.fullscreen ? sf::Style::Fullscreen : sf::Style::Default, context);
  m_window.setKeyRepeatEnabled(true);
}

void PlayWindow::applySettings(const Settings& s) {
  const Settings next = clamped(s);
  if (next.language != m_settings.language) {
    if (auto t = Texts::load(next.language)) m_texts = std::move(*t);
  }
  const bool windowChanged = next.fullscreen != m_settings.fullscreen;
  m_settings = next;
  m_glue.setScale(m_settings.scalePercent);
  if (windowChanged) {
    createWindow();
    m_glue.rebuildDeviceObjects();
  }
  if (!m_script) saveSettings(settingsFile(), m_settings);
}

void PlayWindow::enter(ScreenId screen) {
  if (screen == ScreenId::Settings || screen == ScreenId::Load) m_backToGame = m_screen == ScreenId::Game;
  if (screen == ScreenId::MainMenu || screen == ScreenId::Game) m_backToGame = false;
  if (screen == ScreenId::MainMenu) m_menu.enter(m_saves, m_options.mods, m_settings.language);
  if (screen == ScreenId::Load) m_load.enter(m_saves, m_options.mods);
  if (screen == ScreenId::NewGame) {
    m_newGame.enter(m_options.mods, m_preferredScenario.empty() ? m_options.scenario : m_preferredScenario, m_settings.language);
  }
  if (screen == ScreenId::Mods) m_modsScreen.enter(m_options.mods, m_settings.language);
  if (screen == ScreenId::Settings) m_settingsScreen.enter(m_settings);
  if (screen == ScreenId::Debrief) m_debrief.enter(m_game.get());
  m_screen = screen;
}

std::optional<sf::Vector2f> PlayWindow::namedPoint(const std::string& name) {
  if (name.rfind("map:", 0) == 0 && m_screen == ScreenId::Game) return m_gameScreen.sectorPoint(name.substr(4));
  return std::nullopt;
}

std::optional<std::string> PlayWindow::check(const std::string& what, const std::string& value) {
  if (what == "screen") {
    const std::string now = toString(m_screen);
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "scale") {
    const std::string now = std::to_string(m_settings.scalePercent);
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "autosaves") {
    const auto saves = m_saves.list();
    const auto n = std::count_if(saves.begin(), saves.end(), [](const SaveEntry& e) { return e.autosave && e.problem.empty(); });
    return n >= std::stol(value) ? std::nullopt : std::optional<std::string>(std::to_string(n));
  }
  // Scenarios & mods: a scenario listed that loads (mod_ok) or that shows its problems
  // (mod_broken), by id; New game's list marking one as loading or not (new_game_ok,
  // new_game_broken); and the scenario New game has selected.
  if (what == "mod_ok" || what == "mod_broken") {
    const ModEntry* e = m_modsScreen.model().find(value);
    if (!e) return std::string("not listed");
    if (e->playable() == (what == "mod_ok")) return std::nullopt;
    return e->playable() ? std::string("loads") : e->problems.front().headline;
  }
  if (what == "new_game_broken" || what == "new_game_ok") {
    const auto broken = m_newGame.listedBroken(value);
    if (!broken) return std::string("not listed");
    if (*broken == (what == "new_game_broken")) return std::nullopt;
    return std::string(*broken ? "marked as broken" : "not marked");
  }
  if (what == "new_game_scenario") {
    const std::string now = m_newGame.selectedId();
    return now == value ? std::nullopt : std::optional<std::string>(now.empty() ? "none" : now);
  }
  if (!m_game) return std::string("no game");
  const auto& s = m_game->session().engine().state();
  if (what == "pause") {
    const std::string now = m_gameScreen.paused() ? "on" : "off";
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "problems") {
    const std::string now = std::to_string(m_gameScreen.problems().shown());
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "turn") return s.turn >= std::stoi(value) ? std::nullopt : std::optional<std::string>(std::to_string(s.turn));
  if (what == "phase") return value == core::toString(s.phase) ? std::nullopt : std::optional<std::string>(core::toString(s.phase));
  // The exact turn, and whether the game is over: "play again from turn N" must go back, not on.
  if (what == "turn_is") return s.turn == std::stoi(value) ? std::nullopt : std::optional<std::string>(std::to_string(s.turn));
  if (what == "finished") {
    const std::string now = m_game->finished() ? "yes" : "no";
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "seat") {
    const std::string now = m_gameScreen.seat() ? *m_gameScreen.seat() : "none";
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "handover") {
    const std::string now = m_gameScreen.handingOver() ? "on" : "off";
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "hovered") {
    const std::string now = m_gameScreen.map().hovered() ? *m_gameScreen.map().hovered() : "none";
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  // The tutorial and the messages: the hint on screen, at least N messages, one to an actor (or
  // "public"), and a request to the bloc in the seat's orders this turn or the last.
  if (what == "hint") {
    const std::string now = m_gameScreen.tutorialHint();
    return now == value ? std::nullopt : std::optional<std::string>(now);
  }
  if (what == "message_count") {
    return s.messages.size() >= std::stoul(value) ? std::nullopt : std::optional<std::string>(std::to_string(s.messages.size()));
  }
  if (what == "message_to") {
    for (const auto& m : s.messages) {
      if (value == "public" ? m.to.empty() : core::contains(m.to, value)) return std::nullopt;
    }
    return "no message to " + value;
  }
  if (what == "requested") {
    const core::ActorId seat = m_gameScreen.seat() ? *m_gameScreen.seat() : "";
    for (const auto* orders : {&s.orders, &s.lastOrders}) {
      auto it = orders->find(seat);
      if (it != orders->end() && std::count(it->second.requests.begin(), it->second.requests.end(), value)) return std::nullopt;
    }
    return "no request '" + value + "' in the orders of " + seat;
  }
  if (what == "offer_from") {
    for (const auto& o : s.offers) {
      if (o.from == value) return std::nullopt;
    }
    return std::string("no offer from ") + value;
  }
  if (what == "answered") {
    for (const auto& o : s.offers) {
      auto it = o.responses.find(value);
      if (it != o.responses.end() && it->second != core::Response::None) return std::nullopt;
    }
    return std::string("no answer by ") + value;
  }
  if (what == "orders_applied") {
    // The forces the orders panel last ordered for the seat are where the seat's forces now stand.
    const auto& ordered = m_gameScreen.table().lastOrdered();
    if (ordered.empty() || !m_gameScreen.seat()) return std::string("no orders given");
    for (const auto& [sector, order] : ordered) {
      const core::Sector* sec = core::findSector(s, sector);
      if (!sec) return "no sector " + sector;
      auto f = sec->forces.find(*m_gameScreen.seat());
      const core::Forces now = f == sec->forces.end() ? core::Forces{} : f->second;
      if (now.troops != order.troops || now.heavy != order.heavy) {
        return sector + " has " + std::to_string(now.troops) + "/" + std::to_string(now.heavy) + ", ordered " +
               std::to_string(order.troops) + "/" + std::to_string(order.heavy);
      }
    }
    return value == "on" ? std::nullopt : std::optional<std::string>("on");
  }
  return "an unknown check '" + what + "'";
}

void PlayWindow::handle(const sf::Event& e) {
  if (e.type == sf::Event::Closed) {
    m_quit = true;
    return;
  }
  if (e.type == sf::Event::Resized) {
    m_window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(e.size.width), static_cast<float>(e.size.height))));
  }
  // The map sees the mouse only where the interface did not take it in the last frame.
  if (m_screen == ScreenId::Game) m_gameScreen.handleEvent(e, m_glue.wantsMouse());
  m_glue.processEvent(e);
}

void PlayWindow::saveShot(const std::string& name) {
  if (m_options.screenshots.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(m_options.screenshots, ec);
  sf::Texture texture;
  const auto size = m_window.getSize();
  if (!texture.create(size.x, size.y)) return;
  texture.update(m_window);
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%02d-", ++m_shotCount);
  const auto file = m_options.screenshots / (std::string(prefix) + name + ".png");
  if (texture.copyToImage().saveToFile(file.string())) m_shots.push_back(file.string());
}

void PlayWindow::frame(float seconds) {
  m_widgets.beginFrame();
  m_glue.newFrame(m_window.getSize(), seconds);
  const float scale = static_cast<float>(m_glue.scale()) / 100.0f;
  UiContext ui{m_texts, m_widgets, m_settings, *this, m_window.getSize(), scale};
  switch (m_screen) {
    case ScreenId::MainMenu: m_menu.draw(ui); break;
    case ScreenId::NewGame: m_newGame.draw(ui); break;
    case ScreenId::Game: m_gameScreen.draw(ui); break;
    case ScreenId::Settings: m_settingsScreen.draw(ui); break;
    case ScreenId::Glossary: m_glossary.draw(ui); break;
    case ScreenId::Load: m_load.draw(ui); break;
    case ScreenId::Debrief: m_debrief.draw(ui); break;
    case ScreenId::Mods: m_modsScreen.draw(ui); break;
  }
  m_window.clear(kGround);
  m_window.resetGLStates();
  Backdrop backdrop = backdropOf(kGround);
  if (m_screen == ScreenId::Game) {
    if (auto world = m_gameScreen.drawWorld(m_window, m_texts, m_font, m_settings, scale)) backdrop = *world;
  }
  // SFML caches GL state (the texture matrix among it) that the ImGui backend does not reset.
  m_window.resetGLStates();
  m_window.pushGLStates();
  m_glue.render(backdrop);
  m_window.popGLStates();
}

void PlayWindow::markSaved() {
  m_savedTurn = m_game ? m_game->state().turn : 0;
  m_savedLog = m_game ? m_game->session().engine().log().size() : 0;
  m_savedFinished = m_game && m_game->finished();
}

void PlayWindow::autosave(bool leaving) {
  if (!m_game || !m_saves.folder()) return;
  const size_t log = m_game->session().engine().log().size();
  const bool turned = m_game->state().turn > m_savedTurn || (m_game->finished() && !m_savedFinished);
  if (log == m_savedLog || !(turned || leaving)) return;
  markSaved();
  auto written = m_saves.autosave(m_game->session().toSave(), notesOf(*m_game));
  if (!written) {
    std::cerr << "accord: autosave failed: " << written.error() << "\n";
    m_gameScreen.problems().report(m_texts.format("ui.save.autosave_failed", {{"reason", written.error()}}));
  }
}

void PlayWindow::printSummary(bool ok) const {
  nlohmann::json j;
  j["ok"] = ok;
  j["screen"] = toString(m_screen);
  j["screenshots"] = m_shots;
  if (m_game) {
    const auto& s = m_game->session().engine().state();
    j["turn"] = s.turn;
    j["phase"] = core::toString(s.phase);
    j["round"] = s.round;
    j["commands"] = m_game->session().engine().log().size();
    j["seat"] = m_gameScreen.seat() ? *m_gameScreen.seat() : "";
    j["scenario"] = m_game->session().manifest().id;
  }
  if (m_options.frameStats) {
    j["frames"] = m_frameWallMs.size();
    j["frame_wall_ms_median"] = median(m_frameWallMs);
    j["frame_cpu_ms_median"] = median(m_frameCpuMs);
    j["first_frame_s"] = m_firstFrameSeconds;
    j["peak_rss_mb"] = static_cast<double>(peakResidentKb()) / 1024.0;
    if (m_idleCpuPercent) j["idle_cpu_percent"] = *m_idleCpuPercent;
  }
  std::cout << j.dump() << "\n";
}

int PlayWindow::run(const PlayOptions& options) {
  m_options = options;
  m_settings = loadSettings(settingsFile());
  if (!options.language.empty()) m_settings.language = options.language;
  if (options.scalePercent > 0) m_settings.scalePercent = options.scalePercent;
  m_settings = clamped(m_settings);
  auto texts = Texts::load(m_settings.language);
  if (!texts) {
    std::cerr << "accord: " << texts.error() << "\n";
    return kExitUsage;
  }
  m_texts = std::move(*texts);
  m_saves = SaveStore(savesFolderFor(!options.uiScript.empty()));
  m_menu.enter(m_saves, m_options.mods, m_settings.language);
  if (!options.uiScript.empty()) {
    auto script = UiScript::load(options.uiScript);
    if (!script) {
      std::cerr << "accord: " << script.error() << "\n";
      return kExitUsage;
    }
    m_script = std::move(*script);
  }

  createWindow();
  if (!m_window.isOpen()) {
    std::cerr << "accord: the game window could not be opened. Play without a window: accord run " << options.scenario << "\n";
    return kExitUsage;
  }
  const auto fontFile = script::dataDir() / "assets" / "fonts" / "DejaVuSans.ttf";
  if (!m_font.loadFromFile(fontFile.string())) {
    std::cerr << "accord: cannot read the font " << fontFile.string() << "\n";
    return kExitUsage;
  }
  if (auto ok = m_glue.init(fontFile, m_settings.scalePercent); !ok) {
    std::cerr << "accord: " << ok.error() << "\n";
    return kExitUsage;
  }

  int framesWanted = kFramesAfterInput;
  auto lastFrame = Clock::now();
  // A script's `idle` spell: the window is left alone and its CPU time measured.
  std::optional<Clock::time_point> idleFrom;
  std::optional<Clock::time_point> idleUntil;
  double idleCpuStart = 0;
  bool scriptOk = true;
  while (m_window.isOpen() && !m_quit) {
    bool input = false;
    for (sf::Event e; m_window.pollEvent(e);) {
      handle(e);
      input = true;
    }
    if (idleUntil && Clock::now() >= *idleUntil) {
      const double wall = std::chrono::duration<double>(Clock::now() - *idleFrom).count();
      m_idleCpuPercent = (processCpuSeconds() - idleCpuStart) / wall * 100.0;
      idleUntil.reset();
    }
    if (m_script && !idleUntil) {
      for (const auto& e : m_script->frameEvents(m_widgets, *this)) {
        handle(e);
        input = true;
      }
      if (!m_script->failure().empty()) {
        scriptOk = false;
        std::cerr << "accord: " << m_script->failure() << "\n";
        break;
      }
      if (m_script->done() || m_script->quitRequested()) break;
      if (const double idle = m_script->takeIdle(); idle > 0) {
        idleFrom = Clock::now();
        idleUntil = *idleFrom + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(idle));
        idleCpuStart = processCpuSeconds();
      }
    }
    if (input) framesWanted = kFramesAfterInput;
    // A running script draws every frame, as does a change of screen; otherwise only input does.
    const bool scripted = m_script && !idleUntil;
    if (framesWanted <= 0 && !scripted && !m_next) {
      std::this_thread::sleep_for(kIdleSleep);
      continue;
    }
    const auto start = Clock::now();
    const double cpuStart = processCpuSeconds();
    if (m_next) {
      enter(*m_next);
      m_next.reset();
      framesWanted = kFramesAfterInput;
    }
    frame(std::chrono::duration<float>(start - lastFrame).count());
    lastFrame = start;
    autosave(false);
    if (m_script) {
      if (auto shot = m_script->takeShot()) saveShot(*shot);
    }
    m_window.display();
    --framesWanted;
    m_frameWallMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    m_frameCpuMs.push_back((processCpuSeconds() - cpuStart) * 1000.0);
    if (m_firstFrameSeconds < 0) m_firstFrameSeconds = secondsSinceProcessStart();
    // The frame-rate cap: without vsync nothing else paces the frames.
    const auto budget = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / m_settings.frameCap));
    const auto spent = Clock::now() - start;
    if (spent < budget) std::this_thread::sleep_for(budget - spent);
  }
  // Closing the window or quitting mid-game keeps what was played.
  autosave(true);
  if (m_script) printSummary(scriptOk);
  else if (m_options.frameStats) printSummary(true);
  m_window.close();
  return scriptOk ? kExitOk : kExitCheckFailed;
}

}  // namespace

int play(const PlayOptions& options) {
  // Before any SFML object exists: SFML aborts the process when it finds no display.
  const DisplayProbe display;
  if (!display.available()) {
    std::cerr << "accord: no display to open the game window on (DISPLAY is unset or cannot be opened).\n"
                 "Play without a window instead:\n"
                 "  accord run " << options.scenario << " --turns 12\n"
                 "See accord run --help.\n";
    return kExitUsage;
  }
  PlayWindow window;
  return window.run(options);
}

}  // namespace accord::ui
