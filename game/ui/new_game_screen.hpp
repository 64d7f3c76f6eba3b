// New game: the scenarios on the search path, who plays each role, the scenario's options, seed,
// number of turns and hot-seat; then start.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/app/session.hpp"
#include "game/script/scenario.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

// The choices a player makes before a game, apart from the scenario's own model.
struct NewGameChoice {
  std::filesystem::path folder;
  Seats seats;
  std::map<std::string, std::string> options;
  int seed = 1;
  int turns = 24;
  bool hotSeat = false;
};

// Why the choice cannot start, as an i18n key; nothing when it can.
std::optional<std::string> whyCannotStart(const NewGameChoice& c);

class NewGameScreen {
 public:
  // Lists the scenarios again and selects `preferred` (an id or folder) when it is there.
  void enter(const std::vector<std::filesystem::path>& mods, const std::string& preferred, const std::string& language);
  void draw(UiContext& ui);
  // The id of the selected scenario (its folder's name when its manifest is broken); empty when
  // none is.
  std::string selectedId() const;
  // Whether the list marks scenario `id` (or folder name) as one that cannot be loaded; nullopt
  // when it is not listed.
  std::optional<bool> listedBroken(const std::string& id) const;

 private:
  app::SessionConfig previewConfig(const script::ScenarioListing& l) const;
  void select(size_t index);
  void drawList(UiContext& ui);
  void drawDetails(UiContext& ui);
  void start(UiContext& ui);

  std::vector<script::ScenarioListing> m_listings;
  std::vector<script::ScenarioWords> m_words;  // each listing's title and summary in the interface language
  // Each listing's problem from a trial load and setup when the list was made; empty when it loads.
  std::vector<std::string> m_problems;
  std::vector<std::filesystem::path> m_mods;
  std::string m_language = "en";
  std::optional<size_t> m_selected;
  // The selected scenario loaded once, to read its roles and options.
  std::unique_ptr<app::Session> m_preview;
  std::string m_previewProblem;
  NewGameChoice m_choice;
  std::string m_startProblem;
};

}  // namespace accord::ui
