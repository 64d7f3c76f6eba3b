// Settings; see settings_screen.hpp.
#include "settings_screen.hpp"

#include <imgui.h>

namespace accord::ui {

void SettingsScreen::draw(UiContext& ui) {
  const float width = 560.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.size.x) / 2, static_cast<float>(ui.size.y) / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::Begin(ui.text.label("ui.settings.title").c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::SliderInt(ui.text.label("ui.settings.scale").c_str(), &m_edit.scalePercent, 100, 200, "%d %%");
  ui.widgets.trackLastItem("settings.scale");
  m_edit.scalePercent = (m_edit.scalePercent + 5) / 10 * 10;

  const std::string current = ui.text("ui.language." + m_edit.language);
  if (ImGui::BeginCombo(ui.text.label("ui.settings.language").c_str(), current.c_str())) {
    for (const auto& lang : uiLanguages()) {
      if (ImGui::Selectable(ui.text.label("ui.language." + lang).c_str(), lang == m_edit.language)) m_edit.language = lang;
      ui.widgets.trackLastItem("settings.language." + lang);
    }
    ImGui::EndCombo();
  }
  ui.widgets.trackLastItem("settings.language");
  ImGui::Checkbox(ui.text.label("ui.settings.palette").c_str(), &m_edit.colourBlindPalette);
  ui.widgets.trackLastItem("settings.palette");
  ImGui::Checkbox(ui.text.label("ui.settings.fullscreen").c_str(), &m_edit.fullscreen);
  ui.widgets.trackLastItem("settings.fullscreen");
  ImGui::SliderInt(ui.text.label("ui.settings.frame_cap").c_str(), &m_edit.frameCap, 15, 240, "%d");
  ui.widgets.trackLastItem("settings.frame_cap");
  mutedText(ui.text("ui.settings.saved_note"));
  ImGui::Separator();
  if (trackedButton(ui, "ui.settings.apply", "settings.apply")) ui.nav.applySettings(m_edit);
  ImGui::SameLine();
  if (trackedButton(ui, "ui.common.back", "settings.back")) ui.nav.goTo(ScreenId::MainMenu);
  ImGui::End();
}

}  // namespace accord::ui
