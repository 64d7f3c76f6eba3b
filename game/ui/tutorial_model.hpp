// The guided tutorial as plain logic: which of the scenario's hints shows, what moves it on, where
// on the screen it points and where its callout goes. The game screen feeds it what the player did.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game/core/command.hpp"
#include "game/ui/widget_tracker.hpp"

namespace accord::ui {

// One role's way through the hints its view holds.
class TutorialModel {
 public:
  // Starts at the first hint; no hints means nothing to show.
  void start(std::vector<core::Hint> hints);
  // The hint on screen, or nullptr when none is left (or none was started).
  const core::Hint* current() const;
  size_t step() const { return m_index; }  // from 0
  size_t count() const { return m_hints.size(); }
  // Every hint was done, passed with Next, or the player skipped the tutorial.
  bool finished() const { return !m_hints.empty() && current() == nullptr; }
  bool skipped() const { return m_skipped; }

  // The player did something (an event of core::kHintEvents). True when the hint on screen was
  // waiting for it and the next one shows. What happens while another hint shows does not count
  // later: each hint asks for its own action.
  bool notice(std::string_view event);
  void next();
  void skip();

 private:
  std::vector<core::Hint> m_hints;
  size_t m_index = 0;
  bool m_skipped = false;
};

// The tutorial events a command stands for when `role` sent it: a proposal, an answer, a message,
// orders (a pass in the orders phase holds the forces, which gives orders too), the end of a step.
std::vector<std::string_view> eventsOf(const core::Command& c, const core::ActorId& role);

// What the game screen shows in a frame that a hint may wait for.
struct ScreenFacts {
  bool briefOpen = false;
  bool sectorHovered = false;
  bool tableOpen = false;
  bool ordersOpen = false;  // the orders tab of the table
  bool messagesOpen = false;
  bool requestTicked = false;  // a request to the bloc is ticked in the orders
  core::Phase phase = core::Phase::Setup;
};

// The tutorial events the screen's state stands for: a hint that asks to open a panel is done
// as soon as the panel is open, one that waits for a phase as soon as the phase is on.
std::vector<std::string_view> eventsOf(const ScreenFacts& f);

// The i18n key that tells the player what the hint waits for ("ui.tutorial.wait.*").
std::string waitKey(std::string_view event);

// The tracked widgets (see WidgetTracker) a hint for `panel` points at, best first: the panel's
// own part while it is open, then the button that opens it. A widget not drawn in the last frame
// is not tracked, so the first one found is the one on screen.
std::vector<std::string> anchorsOf(std::string_view panel);

// Where a callout goes: its top-left corner, and an arrow from its edge to the widget.
struct CalloutPlace {
  float x = 0;
  float y = 0;
  bool arrow = false;
  float fromX = 0;
  float fromY = 0;
  float toX = 0;
  float toY = 0;
};

// Places a callout of w x h on a screen of screenW x screenH so that it points at `anchor` without
// covering it or the panels a player works in: in the column at the screen's right edge, level
// with the widget (above it when it sits at the bottom, below it at the top), or to the widget's
// left when the widget is in that column itself. A widget much larger than the callout (the map)
// gets it at its top right. The callout stays within the height of `area` (the map, between the
// bars) when it fits there; with no anchor on screen it goes to the top of `area`, without an
// arrow.
CalloutPlace placeCallout(const std::optional<WidgetRect>& anchor, float w, float h, float screenW, float screenH,
                          const WidgetRect& area);

}  // namespace accord::ui
