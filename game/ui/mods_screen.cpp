// Scenarios & mods; see mods_screen.hpp.
#include "mods_screen.hpp"

#include <imgui.h>

#include <SFML/Window/Clipboard.hpp>
#include <algorithm>

#include "game/script/api_version.hpp"

namespace accord::ui {
namespace {

const ImVec4 kError(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kHeading(0.95f, 0.80f, 0.45f, 1.0f);

const char* sourceKey(ModSource s) {
  switch (s) {
    case ModSource::Shipped: return "ui.mods.source.shipped";
    case ModSource::User: return "ui.mods.source.user";
    case ModSource::Extra: return "ui.mods.source.extra";
  }
  return "ui.mods.source.extra";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// A button labelled by `key` that copies `text`, tracked as `name`; "copied" shows beside the one
// used last.
void copyButton(UiContext& ui, std::string_view key, const std::string& name, const std::string& text, std::string& copied) {
  ImGui::PushID(name.c_str());
  if (trackedButton(ui, key, name)) {
    ImGui::SetClipboardText(text.c_str());
    // ImGui keeps its clipboard to itself; the player pastes into a file manager or a bug report.
    sf::Clipboard::setString(sf::String::fromUtf8(text.begin(), text.end()));
    copied = name;
  }
  ImGui::PopID();
  if (copied == name) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", ui.text("ui.mods.copied").c_str());
  }
}

// One row of the facts table: the label, then the value wrapped in its column.
void factRow(const Texts& t, const char* key, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", t(key).c_str());
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace

void ModsScreen::enter(const std::vector<std::filesystem::path>& mods, const std::string& language) {
  m_mods = mods;
  m_language = language;
  m_selected.reset();
  rescan();
}

// Keeps the same scenario selected across a rescan when it is still there.
void ModsScreen::rescan() {
  const std::optional<std::filesystem::path> was =
      m_selected && *m_selected < m_model.entries.size() ? std::optional(m_model.entries[*m_selected].folder) : std::nullopt;
  m_model = scanMods(ModPlaces::standard(m_mods), m_language);
  m_copied.clear();
  m_selected.reset();
  for (size_t i = 0; i < m_model.entries.size(); ++i) {
    if (was && m_model.entries[i].folder == *was) m_selected = i;
  }
  if (!m_selected && !m_model.entries.empty()) m_selected = 0;
}

void ModsScreen::draw(UiContext& ui) {
  const float margin = 24.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x) - 2 * margin, static_cast<float>(ui.size.y) - 2 * margin));
  ImGui::Begin((ui.text("ui.mods.title") + "###mods").c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  const float footer = ImGui::GetFrameHeightWithSpacing() * 1.2f;
  ImGui::BeginChild("##mods_list", ImVec2(320.0f * ui.scale, -footer), true);
  drawList(ui);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##mods_details", ImVec2(0, -footer), true);
  drawDetails(ui);
  ImGui::EndChild();
  drawFooter(ui);
  ImGui::End();
}

// Where the player's own scenarios go. There is no list of enabled mods: every folder there is
// searched, so a mod is added or removed by its folder.
void ModsScreen::drawUserFolder(UiContext& ui) {
  const char* hint = !m_model.userFolder ? "ui.mods.where_none" : m_model.userOff ? "ui.mods.where_off" : "ui.mods.where";
  if (m_model.userFolder) {
    copyButton(ui, "ui.mods.copy", "mods.copy_user_folder", m_model.userFolder->string(), m_copied);
  }
  mutedText(ui.text(hint));
}

void ModsScreen::drawList(UiContext& ui) {
  if (m_model.entries.empty()) mutedText(ui.text("ui.mods.none"));
  const bool userSearched = std::any_of(m_model.folders.begin(), m_model.folders.end(),
                                        [](const ModFolder& f) { return f.source == ModSource::User; });
  for (size_t f = 0; f < m_model.folders.size(); ++f) {
    const ModFolder& folder = m_model.folders[f];
    ImGui::TextColored(kHeading, "%s", ui.text(sourceKey(folder.source)).c_str());
    mutedText(folder.path.string());
    if (folder.source == ModSource::User) drawUserFolder(ui);
    bool any = false;
    for (size_t i = 0; i < m_model.entries.size(); ++i) {
      const ModEntry& e = m_model.entries[i];
      if (e.place != f) continue;
      any = true;
      ImGui::PushID(static_cast<int>(i));
      ImGui::Indent();
      if (wrappedSelectable(ui, e.title, m_selected && *m_selected == i, "mods.entry." + e.id)) {
        m_selected = i;
        m_copied.clear();
      }
      if (e.playable()) {
        mutedText(e.id + " · " + e.version);
      } else {
        ImGui::TextColored(kError, "%s", ui.text("ui.mods.broken").c_str());
      }
      ImGui::Unindent();
      ImGui::PopID();
    }
    if (!any) {
      ImGui::Indent();
      mutedText(ui.text(folder.exists ? "ui.mods.folder_empty" : "ui.mods.folder_missing"));
      ImGui::Unindent();
    }
    ImGui::Spacing();
  }
  if (!userSearched) {
    ImGui::TextColored(kHeading, "%s", ui.text("ui.mods.source.user").c_str());
    if (m_model.userFolder) mutedText(m_model.userFolder->string());
    drawUserFolder(ui);
  }
}

void ModsScreen::drawDetails(UiContext& ui) {
  if (!m_selected || *m_selected >= m_model.entries.size()) return;
  const ModEntry& e = m_model.entries[*m_selected];
  ImGui::SetWindowFontScale(1.25f);
  ImGui::TextWrapped("%s", e.title.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ui.widgets.trackLastItem("mods.details.title");
  if (!e.summary.empty()) ImGui::TextWrapped("%s", e.summary.c_str());
  ImGui::Spacing();

  if (ImGui::BeginTable("##facts", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
    factRow(ui.text, "ui.mods.id", e.id);
    if (!e.version.empty()) {
      factRow(ui.text, "ui.mods.version", e.version);
      factRow(ui.text, "ui.mods.api",
              ui.text.format("ui.mods.api_value", {{"api", std::to_string(e.api)}, {"engine", std::to_string(script::kApiVersion)}}));
      factRow(ui.text, "ui.mods.languages", joined(e.languages));
      factRow(ui.text, "ui.mods.authors", joined(e.authors));
    }
    if (!e.roles.empty()) factRow(ui.text, "ui.mods.roles", joined(e.roles));
    factRow(ui.text, "ui.mods.folder", e.folder.string());
    ImGui::EndTable();
  }
  copyButton(ui, "ui.mods.copy", "mods.copy_folder", e.folder.string(), m_copied);
  ImGui::Separator();

  if (e.playable()) {
    mutedText(ui.text("ui.mods.no_problems"));
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, kError);
  ImGui::TextWrapped("%s", ui.text("ui.mods.problems").c_str());
  ImGui::PopStyleColor();
  ui.widgets.trackLastItem("mods.problems");
  // Above the problems, so that it stays in reach however long their source lines are.
  copyButton(ui, "ui.mods.copy_problems", "mods.copy_problems", copyableProblems(e), m_copied);
  int index = 0;
  for (const auto& p : e.problems) {
    ImGui::PushID(index++);
    ImGui::TextWrapped("%s", p.headline.c_str());
    // The first problem's source lines are shown at once: they are what the author needs first.
    if (index == 1) ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
    if (!p.details.empty() && ImGui::TreeNode(ui.text.label("ui.mods.details").c_str())) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextUnformatted(p.details.c_str());
      ImGui::PopStyleColor();
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

void ModsScreen::drawFooter(UiContext& ui) {
  if (trackedButton(ui, "ui.common.back", "mods.back")) ui.nav.goTo(ScreenId::MainMenu);
  ImGui::SameLine();
  if (trackedButton(ui, "ui.mods.rescan", "mods.rescan")) rescan();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.text("ui.mods.rescan.help").c_str());
  ImGui::SameLine();
  const ModEntry* selected = m_selected && *m_selected < m_model.entries.size() ? &m_model.entries[*m_selected] : nullptr;
  if (selected && selected->playable()) {
    if (trackedButton(ui, "ui.mods.play", "mods.play")) ui.nav.newGameWith(selected->folder);
  } else {
    ImGui::BeginDisabled();
    ImGui::Button(ui.text.label("ui.mods.play").c_str());
    ImGui::EndDisabled();
    ui.widgets.trackLastItem("mods.play");
    if (selected) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.4f, 1.0f), "%s", ui.text("ui.mods.play.why").c_str());
    }
  }
}

}  // namespace accord::ui
