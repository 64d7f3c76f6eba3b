// The main menu; see main_menu_screen.hpp.
#include "main_menu_screen.hpp"

#include <imgui.h>

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
  } else {
    disabledButton(ui, "ui.menu.continue", "ui.menu.continue.why", "menu.continue", w);
  }
  if (trackedButton(ui, "ui.menu.new_game", "menu.new_game", w)) ui.nav.goTo(ScreenId::NewGame);
  disabledButton(ui, "ui.menu.load", "ui.menu.load.why", "menu.load", w);
  disabledButton(ui, "ui.menu.mods", "ui.menu.mods.why", "menu.mods", w);
  if (trackedButton(ui, "ui.menu.settings", "menu.settings", w)) ui.nav.goTo(ScreenId::Settings);
  if (trackedButton(ui, "ui.menu.glossary", "menu.glossary", w)) ui.nav.goTo(ScreenId::Glossary);
  ImGui::Spacing();
  if (trackedButton(ui, "ui.menu.quit", "menu.quit", w)) ui.nav.quit();
  ImGui::End();
}

}  // namespace accord::ui
