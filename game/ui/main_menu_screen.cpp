// The main menu; see main_menu_screen.hpp.
#include "main_menu_screen.hpp"

#include <imgui.h>

#include "game/script/scenario.hpp"

namespace accord::ui {

void MainMenuScreen::draw(UiContext& ui) {
  const float width = 460.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.size.x) / 2, static_cast<float>(ui.size.y) / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::Begin("##main_menu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  ImGui::SetWindowFontScale(1.6f);
  ImGui::TextUnformatted(ui.text("ui.app.title").c_str());
  ImGui::SetWindowFontScale(1.0f);
  mutedText(ui.text("ui.app.tagline"));
  ImGui::Separator();
  ImGui::Spacing();
  const float w = ImGui::GetContentRegionAvail().x;
  if (ui.nav.hasGame()) {
    if (trackedButton(ui, "ui.menu.resume", "menu.resume", w)) ui.nav.goTo(ScreenId::Game);
  } else if (m_latest) {
    if (trackedButton(ui, "ui.menu.continue", "menu.continue", w)) continueLatest(ui);
    mutedText(m_latest->problem.empty()
                  ? ui.text.format("ui.load.continue_what", {{"scenario", m_latest->title}, {"turn", std::to_string(m_latest->turn)},
                                                             {"saved", savedAtText(m_latest->modified)}})
                  : ui.text("ui.load.unreadable"));
  } else {
    disabledButton(ui, "ui.menu.continue", "ui.load.continue_none", "menu.continue", w);
  }
  if (trackedButton(ui, "ui.menu.new_game", "menu.new_game", w)) ui.nav.goTo(ScreenId::NewGame);
  if (trackedButton(ui, "ui.menu.load", "menu.load", w)) ui.nav.goTo(ScreenId::Load);
  if (trackedButton(ui, "ui.menu.mods", "menu.mods", w)) ui.nav.goTo(ScreenId::Mods);
  if (trackedButton(ui, "ui.menu.settings", "menu.settings", w)) ui.nav.goTo(ScreenId::Settings);
  if (trackedButton(ui, "ui.menu.glossary", "menu.glossary", w)) ui.nav.goTo(ScreenId::Glossary);
  ImGui::Spacing();
  if (trackedButton(ui, "ui.menu.quit", "menu.quit", w)) ui.nav.quit();
  if (!m_problem.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", m_problem.c_str());
    ImGui::PopTextWrapPos();
    ui.widgets.trackLastItem("menu.problem");
  }
  ImGui::End();
}

void MainMenuScreen::enter(const SaveStore& store, const std::vector<std::filesystem::path>& mods, const std::string& language) {
  m_mods = mods;
  m_problem.clear();
  const auto latest = store.latestAutosave();
  m_latest = latest ? std::optional<SaveEntry>(store.describe(*latest)) : std::nullopt;
  // The save's notes hold the title in the language the game was played in; the menu speaks the
  // interface's, when the scenario is still on the search path to say it.
  if (m_latest && m_latest->problem.empty() && !m_latest->scenarioId.empty()) {
    const auto folder = script::resolveScenario(m_latest->scenarioId, script::SearchPath::standard(script::dataDir(), mods));
    if (folder) {
      const auto manifest = script::readManifest(*folder);
      if (manifest && manifest->id == m_latest->scenarioId) m_latest->title = script::scenarioWords(*manifest, language).title;
    }
  }
}

// A save that cannot be opened leaves the menu as it was, with the reason naming the file.
void MainMenuScreen::continueLatest(UiContext& ui) {
  auto driver = openSave(ui.nav.saves(), m_latest->file, m_mods);
  if (!driver) {
    m_problem = ui.text.format("ui.load.failed", {{"reason", driver.error()}});
    return;
  }
  ui.nav.startGame(std::move(*driver));
}

}  // namespace accord::ui
