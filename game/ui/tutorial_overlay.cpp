// The tutorial's callout on the game screen; see tutorial_overlay.hpp.
#include "tutorial_overlay.hpp"

#include <imgui.h>

#include <cmath>

namespace accord::ui {
namespace {

const ImVec4 kAccent(1.0f, 0.78f, 0.3f, 1.0f);
const ImVec4 kBackground(0.10f, 0.16f, 0.26f, 0.97f);

void drawArrow(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 colour, float scale) {
  const float dx = to.x - from.x;
  const float dy = to.y - from.y;
  const float len = std::sqrt(dx * dx + dy * dy);
  if (len < 4.0f) return;
  const float ux = dx / len;
  const float uy = dy / len;
  const float head = 12.0f * scale;
  const ImVec2 base(to.x - ux * head, to.y - uy * head);
  dl->AddLine(from, base, colour, 3.0f * scale);
  dl->AddTriangleFilled(to, ImVec2(base.x - uy * head * 0.6f, base.y + ux * head * 0.6f),
                        ImVec2(base.x + uy * head * 0.6f, base.y - ux * head * 0.6f), colour);
}

}  // namespace

void TutorialOverlay::reset() { *this = TutorialOverlay(); }

std::string TutorialOverlay::hintFor(const core::ActorId& role) const {
  auto it = m_roles.find(role);
  if (!m_on || !*m_on || it == m_roles.end() || !it->second.current()) return "none";
  return it->second.current()->id;
}

void TutorialOverlay::follow(const GameDriver& game) {
  const auto& log = game.session().engine().log();
  for (; m_log < log.size(); ++m_log) {
    const core::Command& c = log[m_log];
    auto it = m_roles.find(c.actor);
    if (it == m_roles.end()) continue;
    for (const auto event : eventsOf(c, c.actor)) it->second.notice(event);
  }
  const int turn = game.state().turn;
  if (turn > m_turn) {
    for (auto& [role, t] : m_roles) t.notice("turn_ended");
    m_turn = turn;
  }
}

void TutorialOverlay::draw(UiContext& ui, const GameDriver& game, const core::RoleView& v, const ScreenFacts& facts,
                           const WidgetRect& area) {
  if (!m_on) {
    // A loaded game that is already under way gets no tutorial.
    m_on = ui.settings.tutorial && game.state().turn <= 1;
    m_log = game.session().engine().log().size();
    m_turn = game.state().turn;
  }
  if (!*m_on) return;
  auto [it, fresh] = m_roles.try_emplace(v.role);
  if (fresh) it->second.start(v.hints);
  follow(game);
  TutorialModel& t = it->second;
  for (const auto event : eventsOf(facts)) t.notice(event);
  if (t.current()) {
    drawCallout(ui, t, area);
  } else if (t.finished() && !m_remembered) {
    // Done or skipped once: the next new game starts without it unless the player ticks it again.
    m_remembered = true;
    Settings next = ui.settings;
    next.tutorial = false;
    ui.nav.applySettings(next);
  }
}

void TutorialOverlay::drawCallout(UiContext& ui, TutorialModel& t, const WidgetRect& area) {
  const core::Hint& h = *t.current();
  std::optional<WidgetRect> anchor;
  for (const auto& name : anchorsOf(h.panel)) {
    anchor = ui.widgets.find(name);
    if (anchor) break;
  }
  const auto screenW = static_cast<float>(ui.size.x);
  const auto screenH = static_cast<float>(ui.size.y);
  // As wide as the column right of the map, so that it covers none of the panels opened over the
  // map; wider when that column is too narrow to read in.
  const float column = screenW - (area.x + area.w) - 16.0f;
  const float w = column >= 240.0f * ui.scale ? column : 400.0f * ui.scale;
  const float height = m_height > 0 ? m_height : 180.0f * ui.scale;
  const CalloutPlace place = placeCallout(anchor, w, height, screenW, screenH, area);

  ImGui::SetNextWindowPos(ImVec2(place.x, place.y));
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, screenH));
  // The callout stays in front of the panels it points at, but never takes a text field's focus.
  if (!ImGui::IsAnyItemActive()) ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, kBackground);
  ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  ImGui::Begin("##tutorial", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNav);
  ImGui::PushTextWrapPos(w - ImGui::GetStyle().WindowPadding.x);
  const std::string title =
      ui.text.format("ui.tutorial.step", {{"step", std::to_string(t.step() + 1)}, {"count", std::to_string(t.count())}});
  ImGui::TextColored(kAccent, "%s", title.c_str());
  ui.widgets.trackLastItem("tutorial.title");
  ImGui::TextUnformatted(h.text.c_str());
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(ui.text(waitKey(h.waitFor)).c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  const bool last = t.step() + 1 == t.count();
  if (trackedButton(ui, last ? "ui.tutorial.finish" : "ui.tutorial.next", "tutorial.next")) t.next();
  ImGui::SameLine();
  if (!last && trackedButton(ui, "ui.tutorial.skip", "tutorial.skip")) t.skip();
  m_height = ImGui::GetWindowHeight();
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);

  if (!anchor) return;
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImU32 colour = ImGui::ColorConvertFloat4ToU32(kAccent);
  // A frame around what the hint is about, unless it is as large as the map.
  if (anchor->w * anchor->h < screenW * screenH * 0.25f) {
    const float pad = 4.0f * ui.scale;
    dl->AddRect(ImVec2(anchor->x - pad, anchor->y - pad), ImVec2(anchor->x + anchor->w + pad, anchor->y + anchor->h + pad), colour,
                6.0f * ui.scale, 0, 2.5f * ui.scale);
  }
  if (place.arrow) drawArrow(dl, ImVec2(place.fromX, place.fromY), ImVec2(place.toX, place.toY), colour, ui.scale);
}

}  // namespace accord::ui
