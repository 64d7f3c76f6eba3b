// Shared widget helpers; see ui_context.hpp.
#include "ui_context.hpp"

#include <imgui.h>

namespace accord::ui {

const char* toString(ScreenId s) {
  switch (s) {
    case ScreenId::MainMenu: return "main_menu";
    case ScreenId::NewGame: return "new_game";
    case ScreenId::Game: return "game";
    case ScreenId::Settings: return "settings";
    case ScreenId::Glossary: return "glossary";
    case ScreenId::Load: return "load";
    case ScreenId::Debrief: return "debrief";
    case ScreenId::Mods: return "mods";
  }
  return "?";
}

bool trackedButton(UiContext& ui, std::string_view key, std::string_view name, float width) {
  const bool clicked = ImGui::Button(ui.text.label(key).c_str(), ImVec2(width, 0));
  ui.widgets.trackLastItem(name);
  return clicked;
}

void disabledButton(UiContext& ui, std::string_view key, std::string_view reasonKey, std::string_view name, float width) {
  ImGui::BeginDisabled();
  ImGui::Button(ui.text.label(key).c_str(), ImVec2(width, 0));
  ImGui::EndDisabled();
  ui.widgets.trackLastItem(name);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", ui.text(reasonKey).c_str());
  mutedText(ui.text(reasonKey));
}

bool wrappedSelectable(UiContext& ui, const std::string& text, bool selected, std::string_view name) {
  // The selectable is sized to the wrapped text, which is then drawn over it.
  const float wrap = ImGui::GetContentRegionAvail().x;
  const ImVec2 at = ImGui::GetCursorPos();
  const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
  ImGui::PushID(name.data(), name.data() + name.size());
  const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(0, height));
  ImGui::PopID();
  ui.widgets.trackLastItem(name);
  ImGui::SetCursorPos(at);
  ImGui::PushTextWrapPos(at.x + wrap);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  return clicked;
}

void mutedText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace accord::ui
