// Settings: UI scale, language, colour-blind-safe palette, fullscreen, frame-rate cap; saved
// between runs.
#pragma once

#include "game/ui/ui_context.hpp"

namespace accord::ui {

class SettingsScreen {
 public:
  // The settings being edited start as the ones in use.
  void enter(const Settings& current) { m_edit = current; }
  void draw(UiContext& ui);

 private:
  Settings m_edit;
};

}  // namespace accord::ui
