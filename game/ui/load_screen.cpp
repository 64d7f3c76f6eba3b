// Load a game; see load_screen.hpp.
#include "load_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "game/script/scenario.hpp"

namespace accord::ui {
namespace {

const ImVec4 kError(1.0f, 0.45f, 0.4f, 1.0f);

std::string turnText(const Texts& t, const SaveEntry& e) {
  if (!e.problem.empty()) return t("ui.load.unreadable");
  if (e.finished) return t.format("ui.load.finished", {{"turn", std::to_string(e.turn)}});
  return t.format("ui.load.turn", {{"turn", std::to_string(e.turn)}, {"max", std::to_string(e.maxTurns)}});
}

}  // namespace

void LoadScreen::enter(const SaveStore& store, const std::vector<std::filesystem::path>& mods) {
  m_entries = store.list();
  // A save made outside the window (accord run --save) has no notes with its scenario's title:
  // the scenarios on the search path give it.
  const bool untitled = std::any_of(m_entries.begin(), m_entries.end(),
                                    [](const SaveEntry& e) { return !e.scenarioId.empty() && e.title == e.scenarioId; });
  if (untitled) {
    for (const auto& l : script::listScenarios(script::SearchPath::standard(script::dataDir(), mods))) {
      if (!l.manifest) continue;
      for (auto& e : m_entries) {
        if (e.title == l.manifest->id && e.scenarioId == l.manifest->id) e.title = l.manifest->title;
      }
    }
  }
  m_mods = mods;
  m_folder = store.folder() ? store.folder()->string() : std::string();
  m_selected = m_entries.empty() ? std::nullopt : std::optional<size_t>(0);
  m_askDelete = false;
  m_problem.clear();
}

void LoadScreen::draw(UiContext& ui) {
  const float margin = 24.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x) - 2 * margin, static_cast<float>(ui.size.y) - 2 * margin));
  ImGui::Begin((ui.text("ui.load.title") + "###load").c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  const bool hasProblem = !m_problem.empty() || (m_selected && !m_entries[*m_selected].problem.empty());
  const float footer = ImGui::GetFrameHeightWithSpacing() * (hasProblem ? 4.2f : 1.6f);
  ImGui::BeginChild("##saves", ImVec2(0, -footer), true);
  drawTable(ui);
  ImGui::EndChild();

  if (trackedButton(ui, "ui.common.back", "load.back")) ui.nav.goTo(ScreenId::MainMenu);
  ImGui::SameLine();
  const bool canOpen = m_selected && m_entries[*m_selected].problem.empty();
  ImGui::BeginDisabled(!canOpen);
  if (trackedButton(ui, "ui.load.open", "load.open") && canOpen) open(ui, *m_selected);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_selected);
  if (trackedButton(ui, "ui.load.delete", "load.delete") && m_selected) m_askDelete = true;
  ImGui::EndDisabled();
  // The problem of the selected file, or of the last try to open one, in full: it names the file.
  const std::string problem = !m_problem.empty() ? m_problem
                              : hasProblem       ? ui.text.format("ui.load.failed", {{"reason", m_entries[*m_selected].problem}})
                                                 : std::string();
  if (!problem.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(kError, "%s", problem.c_str());
    ImGui::PopTextWrapPos();
    ui.widgets.trackLastItem("load.problem");
  }
  drawDeleteConfirmation(ui);
  ImGui::End();
}

void LoadScreen::drawTable(UiContext& ui) {
  if (m_entries.empty()) {
    mutedText(ui.text("ui.load.none"));
    if (!m_folder.empty()) mutedText(ui.text.format("ui.load.folder", {{"folder", m_folder}}));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##save_table", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Turn and date take the width they need; names share the rest.
  ImGui::TableSetupColumn(ui.text("ui.load.column.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(ui.text("ui.load.column.scenario").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(ui.text("ui.load.column.turn").c_str(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(ui.text("ui.load.column.saved").c_str(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < m_entries.size(); ++i) {
    const SaveEntry& e = m_entries[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string name = e.autosave ? ui.text("ui.load.autosave") : e.name;
    const std::string label = name + "##load.row." + std::to_string(i);
    if (ImGui::Selectable(label.c_str(), m_selected && *m_selected == i,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
      m_selected = i;
      m_problem.clear();
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && e.problem.empty()) open(ui, i);
    }
    ui.widgets.trackLastItem("load.row." + std::to_string(i));
    // A name longer than its column is cut there; the whole of it, and the file, show on hover.
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", name.c_str(), e.file.string().c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(e.title.c_str());
    ImGui::TableNextColumn();
    if (e.problem.empty()) {
      ImGui::TextUnformatted(turnText(ui.text, e).c_str());
    } else {
      ImGui::TextColored(kError, "%s", turnText(ui.text, e).c_str());
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(savedAtText(e.modified).c_str());
  }
  ImGui::EndTable();
}

void LoadScreen::drawDeleteConfirmation(UiContext& ui) {
  const std::string id = ui.text("ui.load.delete.title") + "###load.delete";
  if (m_askDelete && m_selected) {
    ImGui::OpenPopup(id.c_str());
    m_askDelete = false;
  }
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.size.x) / 2, static_cast<float>(ui.size.y) / 2), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(440.0f * ui.scale, 0));
  if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    return;
  }
  if (!m_selected) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const SaveEntry& e = m_entries[*m_selected];
  const std::string name = (e.autosave ? ui.text("ui.load.autosave") : e.name) + ", " + savedAtText(e.modified);
  ImGui::TextWrapped("%s", ui.text.format("ui.load.delete.ask", {{"name", name}}).c_str());
  ImGui::Spacing();
  if (trackedButton(ui, "ui.load.delete.confirm", "load.delete.confirm")) {
    const auto removed = ui.nav.saves().remove(e.file);
    const size_t keep = *m_selected;
    enter(ui.nav.saves(), m_mods);
    if (!removed) m_problem = removed.error();
    if (!m_entries.empty()) m_selected = std::min(keep, m_entries.size() - 1);
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (trackedButton(ui, "ui.load.delete.cancel", "load.delete.cancel")) ImGui::CloseCurrentPopup();
  // Cancel is where the keyboard starts: deleting takes a deliberate move.
  ImGui::SetItemDefaultFocus();
  ImGui::EndPopup();
}

void LoadScreen::open(UiContext& ui, size_t index) {
  auto driver = openSave(ui.nav.saves(), m_entries[index].file, m_mods);
  if (!driver) {
    m_problem = ui.text.format("ui.load.failed", {{"reason", driver.error()}});
    return;
  }
  ui.nav.startGame(std::move(*driver));
}

}  // namespace accord::ui
