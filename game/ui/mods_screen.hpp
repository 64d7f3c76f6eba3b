// Scenarios & mods: every scenario on the search path with its title, version, API, summary,
// roles, languages, folder and problems (copyable); where the player's mods go; Rescan; and Play,
// which opens New game with the scenario selected.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/ui/mods_model.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class ModsScreen {
 public:
  // Reads the search path again; `mods` are the extra scenario folders of this run.
  void enter(const std::vector<std::filesystem::path>& mods, const std::string& language);
  void draw(UiContext& ui);

  const ModsModel& model() const { return m_model; }

 private:
  void rescan();
  void drawList(UiContext& ui);
  void drawUserFolder(UiContext& ui);
  void drawDetails(UiContext& ui);
  void drawFooter(UiContext& ui);

  ModsModel m_model;
  std::vector<std::filesystem::path> m_mods;
  std::string m_language = "en";
  std::optional<size_t> m_selected;
  std::string m_copied;  // the name of the Copy button last used, to say "copied" beside it
};

}  // namespace accord::ui
