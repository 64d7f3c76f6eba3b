// The Debrief screen; see debrief_screen.hpp.
#include "debrief_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "game/app/i18n.hpp"
#include "game/ui/charts.hpp"

namespace accord::ui {
namespace {

const ImVec4 kGood(0.55f, 0.85f, 0.55f, 1.0f);
const ImVec4 kBad(1.0f, 0.55f, 0.45f, 1.0f);

std::string oneDecimal(const Texts& t, const std::optional<double>& v) { return v ? t.decimal(*v, 1) : std::string("—"); }

// A bullet whose text wraps at the edge (ImGui's BulletText does not wrap).
void bulletWrapped(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
}

}  // namespace

void DebriefScreen::enter(const GameDriver* game) {
  m_game = game;
  m_problem.clear();
  if (!game) return;
  const size_t log = game->session().engine().log().size();
  if (&game->session() != m_session || log != m_log) {
    // Another game is replayed from its start; the same one, moved on, only from where it was.
    if (&game->session() != m_session) m_recorder.reset();
    m_session = &game->session();
    m_log = log;
    m_analysed = false;
    m_viewBuilt = false;
    m_turn = 1;
  }
}

void DebriefScreen::refresh(UiContext& ui) {
  if (!m_analysed) {
    // The analysis reads the whole final state: the game is over, and its subject is what every
    // side wanted.
    m_debrief = ai::analyseGame(m_game->state());
    m_timelineProblem.clear();
    if (auto done = m_recorder.update(m_game->session()); !done) m_timelineProblem = done.error();
    m_analysed = true;
    m_viewBuilt = false;
  }
  if (!m_viewBuilt || m_language != ui.text.language()) {
    m_language = ui.text.language();
    const core::GameState& s = m_game->state();
    m_view = debriefViewOf(ui.text, app::phrasebook(m_language), s, m_debrief, m_game->seats());
    m_timeline = m_timelineProblem.empty() ? timelineCharts(ui.text, chartNamesOf(s), m_recorder.allSamples(), true) : std::vector<Chart>{};
    m_turn = std::clamp(m_turn, 1, m_view.lastTurn);
    m_viewBuilt = true;
  }
}

void DebriefScreen::draw(UiContext& ui) {
  const float margin = 16.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(margin, margin));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x) - 2 * margin, static_cast<float>(ui.size.y) - 2 * margin));
  ImGui::Begin(ui.text.label("ui.debrief.title").c_str(), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  if (!m_game) {
    mutedText(ui.text("ui.debrief.no_game"));
    if (trackedButton(ui, "ui.debrief.menu", "debrief.menu")) ui.nav.goTo(ScreenId::MainMenu);
    ImGui::End();
    return;
  }
  refresh(ui);
  ImGui::SetWindowFontScale(1.15f);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(m_view.outcome.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetWindowFontScale(1.0f);
  ui.widgets.trackLastItem("debrief.outcome");
  mutedText(m_view.played);

  const float footer = ImGui::GetFrameHeightWithSpacing() * (navOnOwnRow(ui) ? 3.0f : 2.0f) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("##body", ImVec2(0, -footer), false);
  if (ImGui::BeginTabBar("##debrief_tabs")) {
    auto tab = [&](const char* key, const char* name) {
      const bool shown = ImGui::BeginTabItem(ui.text.label(key).c_str());
      ui.widgets.trackLastItem(name);
      return shown;
    };
    if (tab("ui.debrief.tab.results", "debrief.tab.results")) {
      drawResults(ui);
      ImGui::EndTabItem();
    }
    if (tab("ui.debrief.tab.deal", "debrief.tab.deal")) {
      drawDeal(ui);
      ImGui::EndTabItem();
    }
    if (tab("ui.debrief.tab.concessions", "debrief.tab.concessions")) {
      drawConcessions(ui);
      ImGui::EndTabItem();
    }
    if (tab("ui.debrief.tab.commitments", "debrief.tab.commitments")) {
      drawCommitments(ui);
      ImGui::EndTabItem();
    }
    if (tab("ui.debrief.tab.timeline", "debrief.tab.timeline")) {
      ImGui::BeginChild("##timeline", ImVec2(0, 0), false);
      if (!m_timelineProblem.empty()) {
        ImGui::TextColored(kBad, "%s", ui.text.format("ui.charts.problem", {{"reason", m_timelineProblem}}).c_str());
      }
      drawChartGrid(ui, m_timeline, 380.0f * ui.scale, 230.0f * ui.scale);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  drawFooter(ui);
  ImGui::End();
}

void DebriefScreen::drawResults(UiContext& ui) {
  ImGui::BeginChild("##results", ImVec2(0, 0), false);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##roles", 6, flags)) {
    const std::pair<const char*, float> columns[] = {{"ui.debrief.col.role", 2.2f}, {"ui.debrief.col.seat", 1.6f}, {"ui.debrief.col.score", 0.6f},
                                                     {"ui.debrief.col.deal", 0.9f},  {"ui.debrief.col.no_deal", 0.9f}, {"ui.debrief.col.verdict", 1.8f}};
    for (const auto& [key, weight] : columns) ImGui::TableSetupColumn(ui.text(key).c_str(), ImGuiTableColumnFlags_WidthStretch, weight);
    ImGui::TableHeadersRow();
    for (const auto& r : m_view.roles) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r.name.c_str());
      ui.widgets.trackLastItem("debrief.role." + r.id);
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r.seat.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.score.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(oneDecimal(ui.text, r.utility).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(oneDecimal(ui.text, r.reservation).c_str());
      ImGui::TableNextColumn();
      // The words say it; the colour only repeats them.
      ImGui::PushStyleColor(ImGuiCol_Text, r.gained ? kGood : r.lost ? kBad : ImGui::GetStyleColorVec4(ImGuiCol_Text));
      ImGui::TextWrapped("%s", r.verdict.empty() ? "—" : r.verdict.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }
  mutedText(ui.text("ui.debrief.scores_help"));
  ImGui::Spacing();
  ImGui::TextUnformatted(ui.text("ui.debrief.deal_heading").c_str());
  if (!m_view.analysed) mutedText(ui.text("ui.debrief.not_analysed"));
  for (const auto& line : m_view.deal) bulletWrapped(line);
  ImGui::Spacing();
  for (const auto& r : m_view.roles) {
    if (r.objectives.empty()) continue;
    ImGui::PushID(r.id.c_str());
    if (ImGui::CollapsingHeader(ui.text.format("ui.debrief.objectives_of", {{"role", r.name}}).c_str())) {
      for (const auto& o : r.objectives) bulletWrapped(o);
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void DebriefScreen::drawDeal(UiContext& ui) {
  if (!m_view.analysed) {
    mutedText(ui.text("ui.debrief.not_analysed"));
    return;
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float chartWidth = m_view.plane ? std::min(avail.x * 0.56f, avail.y * 1.7f) : 0.0f;
  if (m_view.plane) {
    ImGui::BeginChild("##plane", ImVec2(chartWidth, 0), false);
    drawChart(ui, *m_view.plane, ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("##deal_text", ImVec2(0, 0), false);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ui.text("ui.debrief.deal_heading").c_str());
  for (const auto& line : m_view.deal) bulletWrapped(line);
  ImGui::Spacing();
  for (const auto& line : m_view.measures) ImGui::TextWrapped("%s", line.c_str());
  ImGui::Spacing();
  if (!m_view.better.empty()) {
    ImGui::TextColored(kGood, "%s", ui.text("ui.debrief.better_heading").c_str());
    ui.widgets.trackLastItem("debrief.better");
    for (const auto& line : m_view.better) bulletWrapped(line);
  } else if (m_view.plane) {
    mutedText(ui.text("ui.debrief.no_better"));
  }
  ImGui::Spacing();
  mutedText(ui.text("ui.debrief.plane.help"));
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

void DebriefScreen::drawConcessions(UiContext& ui) {
  mutedText(ui.text("ui.debrief.concessions.help"));
  if (!m_view.concessions) {
    mutedText(ui.text(m_view.analysed ? "ui.debrief.concessions.none" : "ui.debrief.not_analysed"));
    return;
  }
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  drawChart(ui, *m_view.concessions, avail.x, avail.y);
}

void DebriefScreen::drawCommitments(UiContext& ui) {
  if (m_view.commitments.empty()) {
    mutedText(ui.text("ui.debrief.no_commitments"));
    return;
  }
  ImGui::BeginChild("##commitments", ImVec2(0, 0), false);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##commitment_table", 4, flags)) {
    const std::pair<const char*, float> columns[] = {{"ui.debrief.col.agreement", 3.0f}, {"ui.debrief.col.party", 1.6f},
                                                     {"ui.debrief.col.kept", 1.0f}, {"ui.debrief.col.violations", 1.3f}};
    for (const auto& [key, weight] : columns) ImGui::TableSetupColumn(ui.text(key).c_str(), ImGuiTableColumnFlags_WidthStretch, weight);
    ImGui::TableHeadersRow();
    for (const auto& c : m_view.commitments) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", c.agreement.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.party.c_str());
      ImGui::TableNextColumn();
      ImGui::TextColored(c.kept ? kGood : kBad, "%s", c.status.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", c.violations.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
}

// Whether "back" and "main menu" need a row of their own, the play-again controls filling the first
// (a long language or a large scale).
bool DebriefScreen::navOnOwnRow(const UiContext& ui) const {
  const ImGuiStyle& style = ImGui::GetStyle();
  auto button = [&](const std::string& label) { return ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2 + style.ItemSpacing.x; };
  const float row = ImGui::CalcTextSize(ui.text("ui.debrief.play_again_from").c_str()).x + style.ItemSpacing.x + button(ui.text("ui.debrief.turn_down")) +
                    150.0f * ui.scale + style.ItemSpacing.x + button(ui.text("ui.debrief.turn_up")) +
                    button(ui.text.format("ui.debrief.play_again", {{"turn", std::to_string(m_view.lastTurn)}})) + 24.0f * ui.scale +
                    button(ui.text("ui.debrief.back")) + button(ui.text("ui.debrief.menu"));
  return row > ImGui::GetContentRegionAvail().x;
}

void DebriefScreen::drawFooter(UiContext& ui) {
  ImGui::Separator();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui.text("ui.debrief.play_again_from").c_str());
  ImGui::SameLine();
  if (trackedButton(ui, "ui.debrief.turn_down", "debrief.turn_down")) m_turn = std::max(1, m_turn - 1);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150.0f * ui.scale);
  ImGui::SliderInt("##debrief.turn", &m_turn, 1, std::max(1, m_view.lastTurn));
  ui.widgets.trackLastItem("debrief.turn");
  m_turn = std::clamp(m_turn, 1, std::max(1, m_view.lastTurn));
  ImGui::SameLine();
  if (trackedButton(ui, "ui.debrief.turn_up", "debrief.turn_up")) m_turn = std::min(m_view.lastTurn, m_turn + 1);
  ImGui::SameLine();
  const std::string play = ui.text.format("ui.debrief.play_again", {{"turn", std::to_string(m_turn)}}) + "##debrief.play_again";
  const bool clicked = ImGui::Button(play.c_str());
  ui.widgets.trackLastItem("debrief.play_again");
  if (!navOnOwnRow(ui)) ImGui::SameLine(0, 24.0f * ui.scale);
  if (trackedButton(ui, "ui.debrief.back", "debrief.back")) ui.nav.goTo(ScreenId::Game);
  ImGui::SameLine();
  if (trackedButton(ui, "ui.debrief.menu", "debrief.menu")) ui.nav.goTo(ScreenId::MainMenu);
  if (m_problem.empty()) {
    mutedText(ui.text("ui.debrief.play_again_help"));
  } else {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(kBad, "%s", m_problem.c_str());
    ImGui::PopTextWrapPos();
  }
  // Last: starting a game replaces the one this screen reads.
  if (clicked) playAgain(ui);
}

void DebriefScreen::playAgain(UiContext& ui) {
  auto made = driverAtTurn(*m_game, m_turn);
  if (!made) {
    m_problem = ui.text.format("ui.debrief.play_again_failed", {{"reason", made.error()}});
    return;
  }
  auto driver = std::move(*made);
  driver->advance();
  m_game = nullptr;
  m_session = nullptr;
  ui.nav.startGame(std::move(driver));
}

}  // namespace accord::ui
