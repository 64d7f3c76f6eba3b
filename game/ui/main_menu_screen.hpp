// The main menu: new game, load, scenarios & mods, settings, glossary, quit.
#pragma once

#include "game/ui/ui_context.hpp"

namespace accord::ui {

class MainMenuScreen {
 public:
  void draw(UiContext& ui);
};

}  // namespace accord::ui
