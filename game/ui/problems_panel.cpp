// The scenario problems panel; see problems_panel.hpp.
#include "problems_panel.hpp"

#include <imgui.h>

#include <SFML/Window/Clipboard.hpp>
#include <algorithm>

#include "game/app/report.hpp"

namespace accord::ui {
namespace {

const ImVec4 kWarning(1.0f, 0.62f, 0.35f, 1.0f);

// "where: file:line: message (repeated N times)", the where in the interface's language and the
// script's message as Lua gave it; built by appending, which GCC 12's -Wrestrict does not misread.
std::string problemLine(const Texts& t, const app::ErrorGroup& g) {
  const core::RuleError& e = g.first;
  std::string line = t.format("ui.problems.where", {{"mod", e.mod}, {"hook", e.hook}, {"turn", std::to_string(e.turn)}});
  if (!e.file.empty()) {
    line += e.file;
    line += ':';
    line += std::to_string(e.line);
    line += ": ";
  }
  line += e.message;
  if (g.count > 1) {
    line += ' ';
    line += t.format("ui.problems.repeated", {{"count", std::to_string(g.count)}});
  }
  return line;
}

}  // namespace

std::string problemsText(const std::vector<core::RuleError>& errors, const std::vector<std::string>& reported) {
  std::string out;
  for (const auto& g : app::groupErrors(errors)) {
    out += g.first.headline();
    if (g.count > 1) out += " (x" + std::to_string(g.count) + ")";
    out += "\n";
    if (!g.first.traceback.empty()) out += g.first.traceback + "\n";
    if (!g.first.context.empty()) out += g.first.context + "\n";
    out += "\n";
  }
  for (const auto& r : reported) out += r + "\n\n";
  return out;
}

void ProblemsPanel::reset() {
  m_reported.clear();
  m_dismissedAt = 0;
  m_lastCount = 0;
  m_open = false;
  m_copied = false;
}

void ProblemsPanel::report(std::string problem) {
  // The same failure every month is one problem to the player.
  if (std::find(m_reported.begin(), m_reported.end(), problem) == m_reported.end()) m_reported.push_back(std::move(problem));
}

void ProblemsPanel::draw(UiContext& ui, const std::vector<core::RuleError>& errors, const sf::FloatRect& area) {
  const size_t total = errors.size() + m_reported.size();
  if (total == 0) {
    m_open = false;
    m_lastCount = 0;
    return;
  }
  if (total > m_dismissedAt) m_open = true;
  const auto groups = app::groupErrors(errors);
  m_lastCount = groups.size() + m_reported.size();
  const float pad = 10.0f * ui.scale;
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_AlwaysAutoResize;
  // The bottom right corner of the map: the schematic note and the legend hold the left side.
  ImGui::SetNextWindowPos(ImVec2(area.left + area.width - pad, area.top + area.height - pad), ImGuiCond_Always, ImVec2(1, 1));
  if (!m_open) {
    const std::string text = ui.text.format("ui.problems.show", {{"count", std::to_string(m_lastCount)}});
    const ImGuiStyle& style = ImGui::GetStyle();
    // Sized up front rather than fitted: a fitted window finds its size a frame late, and for that
    // frame would stand off its corner.
    const ImVec2 button(ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2, ImGui::GetFrameHeight());
    ImGui::SetNextWindowSize(ImVec2(button.x + style.WindowPadding.x * 2, button.y + style.WindowPadding.y * 2));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("##problems_closed", nullptr, flags & ~ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
    if (ImGui::Button((text + "##problems.show").c_str(), button)) m_open = true;
    ImGui::PopStyleColor();
    ui.widgets.trackLastItem("problems.show");
    ImGui::End();
    return;
  }
  const float width = std::min(520.0f * ui.scale, area.width - 2 * pad);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, std::max(120.0f, area.height * 0.6f)));
  ImGui::SetNextWindowBgAlpha(0.94f);
  ImGui::Begin("##problems", nullptr, flags);
  ImGui::TextColored(kWarning, "%s", ui.text.format("ui.problems.title", {{"count", std::to_string(m_lastCount)}}).c_str());
  ui.widgets.trackLastItem("problems.title");
  mutedText(ui.text("ui.problems.help"));
  ImGui::Separator();
  // The list scrolls on its own, so that the buttons stay in reach however many problems come.
  const float listHeight = std::min(ImGui::GetTextLineHeightWithSpacing() * 3.0f * static_cast<float>(m_lastCount) + 8.0f * ui.scale,
                                    std::max(80.0f, area.height * 0.6f - ImGui::GetFrameHeightWithSpacing() * 4.0f));
  ImGui::BeginChild("##problems_list", ImVec2(0, listHeight), false);
  ImGui::PushTextWrapPos(0.0f);
  int index = 0;
  for (const auto& g : groups) {
    ImGui::PushID(index++);
    ImGui::TextWrapped("%s", problemLine(ui.text, g).c_str());
    if (!g.first.traceback.empty() || !g.first.context.empty()) {
      if (ImGui::TreeNode(ui.text.label("ui.problems.details").c_str())) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (!g.first.context.empty()) ImGui::TextUnformatted(g.first.context.c_str());
        if (!g.first.traceback.empty()) ImGui::TextUnformatted(g.first.traceback.c_str());
        ImGui::PopStyleColor();
        ImGui::TreePop();
      }
    }
    ImGui::PopID();
  }
  for (const auto& r : m_reported) ImGui::TextWrapped("%s", r.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::Separator();
  if (trackedButton(ui, "ui.problems.copy", "problems.copy")) {
    const std::string text = problemsText(errors, m_reported);
    ImGui::SetClipboardText(text.c_str());
    // ImGui keeps its clipboard to itself unless the window's glue hands it on; the player
    // pastes into a bug report, so the system clipboard gets the text as well.
    sf::Clipboard::setString(sf::String::fromUtf8(text.begin(), text.end()));
    m_copied = true;
  }
  ImGui::SameLine();
  if (trackedButton(ui, "ui.problems.dismiss", "problems.dismiss")) {
    m_open = false;
    m_copied = false;
    m_dismissedAt = total;
  }
  if (m_copied) {
    ImGui::SameLine();
    mutedText(ui.text("ui.problems.copied"));
  }
  ImGui::End();
}

}  // namespace accord::ui
