// The pause menu; see pause_menu.hpp.
#include "pause_menu.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <system_error>

#include "game/ui/save_store.hpp"

namespace accord::ui {
namespace {

// The popup's id stays the same in every language; only the title before "###" is translated.
std::string popupId(const Texts& t) { return t("ui.pause.title") + "###pause"; }

}  // namespace

void PauseMenu::open() {
  m_open = true;
  m_fresh = true;
}

void PauseMenu::draw(UiContext& ui, const GameDriver& game) {
  const std::string id = popupId(ui.text);
  if (!m_open && !ImGui::IsPopupOpen(id.c_str())) return;
  if (m_fresh) {
    const std::string name = ui.text.format("ui.save.default_name", {{"scenario", game.session().manifest().title},
                                                                     {"turn", std::to_string(game.state().turn)}});
    m_name.fill('\0');
    std::memcpy(m_name.data(), name.data(), std::min(name.size(), m_name.size() - 1));
    m_saved.clear();
    m_problem.clear();
    ImGui::OpenPopup(id.c_str());
  }
  const float width = 420.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.size.x) / 2, static_cast<float>(ui.size.y) / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    m_open = false;
    return;
  }
  if (!m_open) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const float w = ImGui::GetContentRegionAvail().x;
  // Leaving the menu for another screen closes it, so the game comes back without it.
  auto leaveFor = [&](ScreenId screen) {
    m_open = false;
    ImGui::CloseCurrentPopup();
    ui.nav.goTo(screen);
  };
  if (trackedButton(ui, "ui.pause.resume", "pause.resume", w)) {
    m_open = false;
    ImGui::CloseCurrentPopup();
  }
  // Escape opened the menu: Space or Enter at once resumes, the arrows reach the rest.
  if (m_fresh) ImGui::SetItemDefaultFocus();
  m_fresh = false;

  ImGui::Spacing();
  ImGui::TextUnformatted(ui.text("ui.save.name").c_str());
  ImGui::SetNextItemWidth(w);
  const bool entered = ImGui::InputText("##pause.save_name", m_name.data(), m_name.size(), ImGuiInputTextFlags_EnterReturnsTrue);
  ui.widgets.trackLastItem("pause.save_name");
  const std::string name(m_name.data());
  if (const auto file = ui.nav.saves().fileFor(name)) {
    std::error_code ec;
    if (std::filesystem::exists(*file, ec)) mutedText(ui.text("ui.save.replaces"));
  }
  if (trackedButton(ui, "ui.save.save", "pause.save", w) || entered) save(ui, game);
  // A long name or a system's reason wraps inside the menu rather than running off its edge.
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
  if (!m_saved.empty()) ImGui::TextColored(ImVec4(0.6f, 0.9f, 0.6f, 1.0f), "%s", m_saved.c_str());
  if (!m_problem.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", m_problem.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  if (trackedButton(ui, "ui.pause.load", "pause.load", w)) leaveFor(ScreenId::Load);
  if (trackedButton(ui, "ui.pause.settings", "pause.settings", w)) leaveFor(ScreenId::Settings);
  if (trackedButton(ui, "ui.pause.main_menu", "pause.main_menu", w)) leaveFor(ScreenId::MainMenu);
  ImGui::Spacing();
  if (trackedButton(ui, "ui.pause.quit", "pause.quit", w)) {
    m_open = false;
    ImGui::CloseCurrentPopup();
    ui.nav.quit();
  }
  mutedText(ui.text("ui.pause.quit.help"));
  ImGui::EndPopup();
}

void PauseMenu::save(UiContext& ui, const GameDriver& game) {
  m_saved.clear();
  m_problem.clear();
  const std::string name(m_name.data());
  auto written = ui.nav.saves().save(name, game.session().toSave(), notesOf(game));
  if (written) {
    m_saved = ui.text.format("ui.save.done", {{"name", written->stem().string()}});
  } else {
    m_problem = ui.text.format("ui.save.failed", {{"reason", written.error()}});
  }
}

}  // namespace accord::ui
