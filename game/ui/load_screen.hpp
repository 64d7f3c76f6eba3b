// Load a game: the saves in the saves folder (the player's and the autosaves) with scenario, turn
// and when each was saved; open one, or delete one after asking. A save that cannot be read or
// does not fit its scenario shows why, naming the file, and nothing else changes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "game/ui/save_store.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class LoadScreen {
 public:
  // Reads the folder again; `mods` are the extra scenario folders of this run.
  void enter(const SaveStore& store, const std::vector<std::filesystem::path>& mods);
  void draw(UiContext& ui);

 private:
  void drawTable(UiContext& ui);
  void drawDeleteConfirmation(UiContext& ui);
  void open(UiContext& ui, size_t index);

  std::vector<SaveEntry> m_entries;
  std::vector<std::filesystem::path> m_mods;
  std::string m_folder;
  std::optional<size_t> m_selected;
  bool m_askDelete = false;
  std::string m_problem;
};

}  // namespace accord::ui
