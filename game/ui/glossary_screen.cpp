// The glossary; see glossary_screen.hpp.
#include "glossary_screen.hpp"

#include <imgui.h>

namespace accord::ui {

const std::vector<std::string>& glossaryTerms() {
  static const std::vector<std::string> terms{"delimitation", "demarcation", "exclave",  "ceasefire", "withdrawal",
                                              "csto",         "mandate",     "monitors", "reservation", "red_line",
                                              "schematic"};
  return terms;
}

void GlossaryScreen::draw(UiContext& ui) {
  const float margin = 40.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x) - 2 * margin, static_cast<float>(ui.size.y) - 2 * margin));
  ImGui::Begin(ui.text.label("ui.glossary.title").c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  if (trackedButton(ui, "ui.common.back", "glossary.back")) ui.nav.goTo(ScreenId::MainMenu);
  ImGui::Separator();
  ImGui::BeginChild("##terms");
  for (const auto& term : glossaryTerms()) {
    const std::string key = "ui.glossary." + term;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.80f, 0.45f, 1.0f));
    ImGui::TextUnformatted(ui.text(key).c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", ui.text(key + ".text").c_str());
    ImGui::Spacing();
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace accord::ui
