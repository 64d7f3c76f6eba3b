// A scripted sequence of input for the window (`accord play --ui-script FILE`): clicks on named
// widgets or at coordinates, keys, typing, waits, checks of the game state and screenshots. It
// makes real SFML events, fed through the same path as the window's own.
//
// One command a line, `#` starts a comment:
//   wait FRAMES            click TARGET          move TARGET         scroll TARGET DELTA
//   drag TARGET TARGET     key NAME              type TEXT           shot NAME
//   idle SECONDS           expect WHAT VALUE     quit
// A TARGET is a widget name (see WidgetTracker), `X Y` in pixels, or `map:SECTOR`.
// `expect WHAT VALUE` checks, in any screen:
//   screen NAME            the screen shown
//   scale PERCENT          the interface scale
//   autosaves N            at least N readable autosaves in the saves folder
//   mod_ok ID              Scenarios & mods lists scenario ID, and it loads
//   mod_broken ID          Scenarios & mods lists scenario ID, with the problems that stop it loading
//   new_game_ok ID         New game lists scenario ID as one that loads
//   new_game_broken ID     New game lists scenario ID marked as one that cannot be loaded
//   new_game_scenario ID   the scenario New game has selected ("none" before one is)
// and, with a game on:
//   turn N                 the turn is N or later
//   turn_is N              the turn is exactly N
//   phase NAME             the phase
//   finished yes|no        whether the game is over
//   seat ROLE              the role whose eyes the game screen shows ("none" without one)
//   handover on|off        whether the hot-seat hand-over screen is up
//   pause on|off           whether the pause menu is open
//   problems N             the problems panel shows exactly N problems (0 when it is closed)
//   hovered SECTOR         the sector under the mouse on the map ("none")
//   hint ID                the tutorial hint the seat sees ("none" without one)
//   message_count N        at least N messages were sent in the game
//   message_to ROLE        a message was sent to ROLE ("public": one to everyone)
//   requested ID           the seat's orders of this turn or the last ask the bloc for request ID
//   offer_from ROLE        ROLE has tabled an offer
//   answered ROLE          ROLE has answered an offer
//   orders_applied on      the forces the orders panel last ordered stand where it ordered them
#pragma once

#include <SFML/Window/Event.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/core/result.hpp"
#include "game/ui/widget_tracker.hpp"

namespace accord::ui {

// What the script asks of the window it drives.
class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  // A named point that is not a widget, such as `map:vorukh`.
  virtual std::optional<sf::Vector2f> namedPoint(const std::string& name) = 0;
  // Nothing when `what` has `value`; otherwise what it is instead.
  virtual std::optional<std::string> check(const std::string& what, const std::string& value) = 0;
};

struct ScriptLine {
  int number = 0;
  std::vector<std::string> words;
  std::string rest;  // the text after the command word, for `type`
};

class UiScript {
 public:
  static Result<UiScript, std::string> load(const std::filesystem::path& file);
  static Result<UiScript, std::string> parse(const std::string& text, const std::string& name);

  // The events to feed in this frame. Called once per frame before the frame is built.
  std::vector<sf::Event> frameEvents(const WidgetTracker& widgets, ScriptHost& host);
  // A screenshot to take of the frame just drawn, by name.
  std::optional<std::string> takeShot();
  // Seconds to leave the window alone, measured by the caller; 0 when none.
  double takeIdle();

  bool done() const {
    return m_failure.empty() ? m_next >= m_lines.size() && m_queue.empty() && m_wait == 0 && !m_shot && m_idle == 0 : true;
  }
  bool quitRequested() const { return m_quit; }
  const std::string& failure() const { return m_failure; }
  size_t commandCount() const { return m_lines.size(); }

 private:
  struct Step {
    std::vector<sf::Event> events;
  };
  void failAt(const ScriptLine& line, const std::string& message);
  std::optional<sf::Vector2f> target(const ScriptLine& line, size_t& word, const WidgetTracker& widgets, ScriptHost& host, bool& retry);
  bool start(const ScriptLine& line, const WidgetTracker& widgets, ScriptHost& host);

  std::string m_name;
  std::vector<ScriptLine> m_lines;
  size_t m_next = 0;
  std::vector<Step> m_queue;
  int m_wait = 0;
  int m_retries = 0;
  std::optional<std::string> m_shot;
  double m_idle = 0;
  bool m_quit = false;
  std::string m_failure;
};

}  // namespace accord::ui
