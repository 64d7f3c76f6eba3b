// The guided tutorial on the game screen: the seat's current hint as a callout that points at its
// panel, moved on by what the player does (see tutorial_model.hpp), or by Next and Skip.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "game/ui/game_driver.hpp"
#include "game/ui/tutorial_model.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class TutorialOverlay {
 public:
  // Forgets the game before; the next frame decides whether the new game has a tutorial.
  void reset();
  // Follows the game since the last frame and draws the callout for `v`'s role. A hint whose panel
  // is not on screen goes to the top of `area` (the map).
  void draw(UiContext& ui, const GameDriver& game, const core::RoleView& v, const ScreenFacts& facts, const WidgetRect& area);
  // The id of the hint the role sees now, or "none".
  std::string hintFor(const core::ActorId& role) const;

 private:
  void follow(const GameDriver& game);
  void drawCallout(UiContext& ui, TutorialModel& t, const WidgetRect& area);

  // Decided at a game's first frame: the setting is on and the game has just begun.
  std::optional<bool> m_on;
  std::map<core::ActorId, TutorialModel> m_roles;  // hot-seat: each human has its own way through
  size_t m_log = 0;  // log entries already followed
  int m_turn = 0;
  float m_height = 0;  // the callout's height in the last frame, to place it
  bool m_remembered = false;  // the finished tutorial was turned off in the settings
};

}  // namespace accord::ui
