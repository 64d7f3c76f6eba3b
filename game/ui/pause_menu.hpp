// The pause menu: a modal over the game screen, opened with Escape or the Menu button, with Resume,
// Save under a name, Load, Settings, Main menu and Quit. Keyboard navigation is ImGui's own.
#pragma once

#include <array>
#include <string>

#include "game/ui/game_driver.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class PauseMenu {
 public:
  // Opened from an event, before a frame: the default save name is filled in when it is drawn.
  void open();
  void close() { m_open = false; }
  void toggle() { m_open ? close() : open(); }
  bool isOpen() const { return m_open; }

  void draw(UiContext& ui, const GameDriver& game);

 private:
  void save(UiContext& ui, const GameDriver& game);

  bool m_open = false;
  bool m_fresh = false;
  std::array<char, 256> m_name{};
  std::string m_saved;
  std::string m_problem;
};

}  // namespace accord::ui
