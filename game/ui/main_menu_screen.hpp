// The main menu: continue, new game, load, scenarios & mods, settings, glossary, quit.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/ui/save_store.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class MainMenuScreen {
 public:
  // Looks for the newest autosave again, for Continue, and names its scenario in `language`;
  // `mods` are the extra scenario folders.
  void enter(const SaveStore& store, const std::vector<std::filesystem::path>& mods, const std::string& language);
  void draw(UiContext& ui);

 private:
  void continueLatest(UiContext& ui);

  std::optional<SaveEntry> m_latest;
  std::vector<std::filesystem::path> m_mods;
  std::string m_problem;
};

}  // namespace accord::ui
