// The game screen; see game_screen.hpp.
#include "game_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "game/ui/engine_text.hpp"
#include "game/ui/view_model.hpp"

namespace accord::ui {
namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

// The top bar's items are this far apart, and its gauge this wide, in pixels at 100 %.
constexpr float kBarGap = 24.0f;
constexpr float kGaugeWidth = 220.0f;
// The top bar's height at 100 %, for its two lines.
constexpr float kTopHeight = 64.0f;

ImVec4 toImGui(sf::Color c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1.0f); }

// An item of the top bar: a sentence, or a gauge after its name.
struct BarItem {
  std::string text;
  const Gauge* gauge = nullptr;
  const char* widget = nullptr;  // the name UI scripts find it by
  bool groupStart = false;       // the first of its group, which begins a line
  bool lineStart = false;        // it begins a line
  bool wraps = false;            // wider than a line, its text wraps
};

std::vector<BarItem> barItems(const Texts& t, const TopBar& bar) {
  std::vector<BarItem> items;
  items.push_back({turnLine(t, bar), nullptr, "game.turn", true});
  items.push_back({phaseLine(t, bar), nullptr, "game.phase"});
  items.push_back({ceasefireLine(t, bar)});
  items.push_back({kmLine(t, bar), nullptr, nullptr, true});
  if (bar.tension) items.push_back({bar.tension->name, &*bar.tension, "game.tension"});
  items.push_back({chairLine(t, bar)});
  return items;
}

float itemWidth(const BarItem& item, float scale) {
  const float text = ImGui::CalcTextSize(item.text.c_str()).x;
  return item.gauge ? text + ImGui::GetStyle().ItemSpacing.x + kGaugeWidth * scale : text;
}

// Breaks the items into lines: each group begins one, and an item that does not fit after the
// one before it goes on the next; the first line leaves `reserved` pixels for the menu. The bar's
// height for them: its two lines, and as many more as a long name or a large scale needs.
float layOutBar(std::vector<BarItem>& items, float width, float reserved, float scale) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = kBarGap * scale;
  const float full = width - 2 * style.WindowPadding.x;
  int line = -1;
  float x = 0;
  std::vector<float> lineHeights;
  for (auto& item : items) {
    const float w = itemWidth(item, scale);
    item.lineStart = line < 0 || item.groupStart || x + gap + w > (line == 0 ? full - reserved : full);
    if (item.lineStart) {
      ++line;
      lineHeights.push_back(0);
      x = 0;
    }
    const float room = line == 0 ? full - reserved : full;
    item.wraps = item.lineStart && !item.gauge && w > room;
    x += (item.lineStart ? 0 : gap) + w;
    const float h = item.gauge ? ImGui::GetFrameHeight() : ImGui::CalcTextSize(item.text.c_str(), nullptr, false, room).y;
    lineHeights.back() = std::max(lineHeights.back(), h);
  }
  float height = 2 * style.WindowPadding.y;
  for (size_t k = 0; k < lineHeights.size(); ++k) height += lineHeights[k] + (k > 0 ? style.ItemSpacing.y : 0);
  return std::max(kTopHeight * scale, height);
}

std::string actorName(const core::RoleView& v, const core::ActorId& id) {
  for (const auto& a : v.actors) {
    if (a.id == id) return a.name;
  }
  return id;
}

}  // namespace

void GameScreen::setGame(GameDriver* game) {
  m_game = game;
  m_seat.reset();
  m_view.reset();
  m_handOver = false;
  m_refusal.clear();
  m_table.reset();
  m_tableOpen = false;
  m_messages.reset();
  m_messagesOpen = false;
  m_tutorial.reset();
  m_charts.reset();
  m_chartsOpen = false;
  m_debriefShown = false;
  m_map.resetView();
  m_pause.close();
  m_problems.reset();
  followActiveHuman();
}

void GameScreen::followActiveHuman() {
  if (!m_game) return;
  const auto active = m_game->activeHuman();
  if (!active) {
    if (!m_seat && !m_game->humans().empty()) m_seat = m_game->humans().front();
    return;
  }
  if (m_seat && *m_seat != *active && m_game->hotSeat()) m_handOver = true;
  if (!m_seat && m_game->hotSeat() && m_game->humans().size() > 1) m_handOver = true;
  m_seat = active;
}

const core::RoleView& GameScreen::view() {
  const size_t logSize = m_game->session().engine().log().size();
  if (!m_view || m_viewLog != logSize || m_viewSeat != *m_seat) {
    m_view = m_game->view(*m_seat);
    m_viewLog = logSize;
    m_viewSeat = *m_seat;
    m_table.observe(*m_view);
    m_map.viewChanged();
  }
  return *m_view;
}

std::optional<sf::Vector2f> GameScreen::sectorPoint(const std::string& sectorId) {
  if (!m_game || !m_seat) return std::nullopt;
  return m_map.screenPointOf(view(), sectorId);
}

void GameScreen::layout(const UiContext& ui, float topHeight) {
  m_topHeight = topHeight;
  m_sideWidth = std::min(360.0f * ui.scale, static_cast<float>(ui.size.x) * 0.34f);
  // The bar grows when the step's help wraps (long languages, large scales), up to a third of the
  // window; the map gives up the room.
  m_bottomHeight = std::clamp(m_bottomNeeded, 58.0f * ui.scale, std::max(58.0f * ui.scale, static_cast<float>(ui.size.y) / 3.0f));
  m_map.setArea(sf::FloatRect(0, m_topHeight, static_cast<float>(ui.size.x) - m_sideWidth,
                              static_cast<float>(ui.size.y) - m_topHeight - m_bottomHeight));
}

bool GameScreen::handleEvent(const sf::Event& e, bool imguiHasMouse) {
  if (m_game && e.type == sf::Event::KeyPressed && e.key.code == sf::Keyboard::Escape) {
    m_pause.toggle();
    return true;
  }
  if (!m_game || m_handOver || m_pause.isOpen()) return false;
  return m_map.handleEvent(e, imguiHasMouse);
}

std::optional<Backdrop> GameScreen::drawWorld(sf::RenderTarget& target, const Texts& t, const sf::Font& font, const Settings& settings,
                                              float scale) {
  if (!m_game || !m_seat || m_handOver) return std::nullopt;
  // The map's ground is the window's: the panels cover the rest of it.
  target.clear(mapBackground());
  m_map.draw(target, view(), t, font, settings.colourBlindPalette, scale);
  return backdropOf(mapBackground(), m_map.area(), m_map.drawing());
}

void GameScreen::draw(UiContext& ui) {
  layout(ui, kTopHeight * ui.scale);
  if (!m_game || !m_seat) return;
  if (m_handOver) {
    drawHandOver(ui);
    m_pause.draw(ui, *m_game);
    return;
  }
  const core::RoleView& v = view();
  drawTopBar(ui, v);
  drawSidePanel(ui, v);
  drawBottomBar(ui, v);
  drawLegend(ui);
  drawTooltip(ui, v);
  // The messages sit at the map's right edge, the table at its left: both can be open.
  const float messagesWidth = m_messagesOpen ? std::min(440.0f * ui.scale, m_map.area().width * 0.5f) : 0.0f;
  if (m_tableOpen) {
    const sf::FloatRect& area = m_map.area();
    m_table.draw(ui, *m_game, v, area.left, area.top, std::min(area.width - messagesWidth, 700.0f * ui.scale), area.height, m_tableOpen);
    // An answer, an offer or orders may have ended this human's step.
    followActiveHuman();
  }
  if (m_chartsOpen) {
    const sf::FloatRect& area = m_map.area();
    m_charts.draw(ui, *m_game, *m_seat, area.left, area.top, area.width, area.height, m_chartsOpen);
  }
  // The end of the game leads to its debrief, once; the bottom bar leads back to it.
  if (m_game->finished() && !m_debriefShown) {
    m_debriefShown = true;
    ui.nav.goTo(ScreenId::Debrief);
  }
  if (m_messagesOpen && !m_handOver) {
    const sf::FloatRect& area = m_map.area();
    m_messages.draw(ui, *m_game, view(), area.left + area.width - messagesWidth, area.top, messagesWidth, area.height, m_messagesOpen);
  }
  if (!m_handOver && !m_pause.isOpen()) {
    const sf::FloatRect& area = m_map.area();
    const bool ordersOpen = m_tableOpen && m_table.shownTab() == TablePanel::Tab::Orders;
    const ScreenFacts facts{m_briefOpen,    m_map.hovered().has_value(),       m_tableOpen, ordersOpen,
                            m_messagesOpen, !m_table.requestsTicked().empty(), v.phase};
    m_tutorial.draw(ui, *m_game, view(), facts, WidgetRect{area.left, area.top, area.width, area.height});
  }
  ui.widgets.track("game.map", WidgetRect{m_map.area().left, m_map.area().top, m_map.area().width, m_map.area().height});
  m_problems.draw(ui, m_game->session().engine().errors(), m_map.area());
  m_pause.draw(ui, *m_game);
}

void GameScreen::drawTopBar(UiContext& ui, const core::RoleView& v) {
  const TopBar bar = topBarOf(v);
  // The menu sits at the right end of the first line, which is the shorter one, and is no taller
  // than its text, so that neither line moves for it.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = kBarGap * ui.scale;
  const float menuWidth = ImGui::CalcTextSize(ui.text("ui.game.menu").c_str()).x + style.FramePadding.x * 2 + gap;
  std::vector<BarItem> items = barItems(ui.text, bar);
  // The map and the panels make room for the lines the bar needs.
  layout(ui, layOutBar(items, static_cast<float>(ui.size.x), menuWidth + gap, ui.scale));
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x), m_topHeight));
  ImGui::Begin("##top", nullptr, kPanel);
  for (const auto& item : items) {
    if (!item.lineStart) ImGui::SameLine(0, gap);
    if (item.wraps) {
      ImGui::TextWrapped("%s", item.text.c_str());
    } else {
      ImGui::TextUnformatted(item.text.c_str());
    }
    if (item.gauge) {
      ImGui::SameLine();
      // The gauge's colour follows the level, and its text says the number.
      const float f = item.gauge->fraction();
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.35f + 0.6f * f, 0.75f - 0.5f * f, 0.3f, 1.0f));
      ImGui::ProgressBar(f, ImVec2(kGaugeWidth * ui.scale, 0), gaugeLine(ui.text, *item.gauge).c_str());
      ImGui::PopStyleColor();
    }
    if (item.widget) ui.widgets.trackLastItem(item.widget);
  }
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowWidth() - menuWidth - style.WindowPadding.x, style.WindowPadding.y));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, 0.0f));
  if (trackedButton(ui, "ui.game.menu", "game.menu", menuWidth)) m_pause.open();
  ImGui::PopStyleVar();
  ImGui::End();
}

void GameScreen::drawSidePanel(UiContext& ui, const core::RoleView& v) {
  const float height = static_cast<float>(ui.size.y) - m_topHeight - m_bottomHeight;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.size.x) - m_sideWidth, m_topHeight));
  ImGui::SetNextWindowSize(ImVec2(m_sideWidth, height));
  ImGui::Begin("##side", nullptr, kPanel);
  // A bloc's name can be longer than the panel is wide.
  ImGui::TextWrapped("%s", ui.text.format("ui.game.you_play", {{"role", actorName(v, v.role)}}).c_str());
  ui.widgets.trackLastItem("game.role");
  mutedText(ui.text(v.waitingForMe ? "ui.game.your_step" : "ui.game.not_your_step"));
  ImGui::Separator();
  m_briefOpen = v.brief && ImGui::CollapsingHeader(ui.text.label("ui.game.brief").c_str());
  if (v.brief) ui.widgets.trackLastItem("game.brief");
  if (m_briefOpen) {
    ImGui::TextWrapped("%s", v.brief->text.c_str());
    if (!v.brief->objectives.empty()) {
      ImGui::TextUnformatted(ui.text("ui.game.objectives").c_str());
      for (const auto& o : v.brief->objectives) ImGui::BulletText("%s", o.text.c_str());
    }
    if (!v.brief->redLines.empty()) {
      ImGui::TextUnformatted(ui.text("ui.game.red_lines").c_str());
      for (const auto& r : v.brief->redLines) ImGui::BulletText("%s", r.c_str());
    }
  }
  const bool metersOpen = ImGui::CollapsingHeader(ui.text.label("ui.game.meters").c_str(), ImGuiTreeNodeFlags_DefaultOpen);
  ui.widgets.trackLastItem("game.meters");
  if (metersOpen) {
    for (const auto& def : v.meterDefs) {
      auto it = v.meters.find(def.id);
      if (!def.perActor && it != v.meters.end()) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %d", def.name.c_str(), it->second);
      }
    }
    for (const auto& a : v.actors) {
      if (a.id != v.role) continue;
      for (const auto& [id, value] : a.meters) {
        for (const auto& def : v.meterDefs) {
          if (def.id != id) continue;
          ImGui::Bullet();
          ImGui::TextWrapped("%s: %d", def.name.c_str(), value);
        }
      }
    }
  }
  const bool newsOpen = ImGui::CollapsingHeader(ui.text.label("ui.game.news").c_str(), ImGuiTreeNodeFlags_DefaultOpen);
  ui.widgets.trackLastItem("game.news");
  if (newsOpen) {
    int shown = 0;
    for (auto it = v.news.rbegin(); it != v.news.rend() && shown < 12; ++it, ++shown) {
      const std::string when = ui.text.format("ui.game.news_turn", {{"turn", std::to_string(it->turn)}});
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextUnformatted(when.c_str());
      ImGui::PopStyleColor();
      if (!it->audience.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.95f, 0.75f, 0.4f, 1.0f), "%s", ui.text("ui.game.private").c_str());
      }
      ImGui::TextWrapped("%s", it->text.c_str());
    }
    if (v.news.empty()) mutedText(ui.text("ui.game.no_news"));
  }
  if (ImGui::CollapsingHeader(ui.text.label("ui.game.agreements").c_str())) {
    int active = 0;
    for (const auto& a : v.agreements) {
      if (a.status != core::AgreementStatus::Active) continue;
      ++active;
      std::string clauses;
      for (const auto& c : a.clauses) {
        for (const auto& type : v.clauseTypes) {
          if (type.id == c.type) clauses += (clauses.empty() ? "" : ", ") + type.name;
        }
      }
      ImGui::BulletText("%s", ui.text.format("ui.game.agreement", {{"id", std::to_string(a.id)}, {"clauses", clauses},
                                                                    {"turn", std::to_string(a.startTurn)}}).c_str());
    }
    if (active == 0) mutedText(ui.text("ui.game.no_agreements"));
  }
  ImGui::End();
}

void GameScreen::drawBottomBar(UiContext& ui, const core::RoleView& v) {
  ImGui::SetNextWindowPos(ImVec2(0, static_cast<float>(ui.size.y) - m_bottomHeight));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x), m_bottomHeight));
  ImGui::Begin("##bottom", nullptr, kPanel);
  auto openTab = [&](const char* key, const char* name, TablePanel::Tab tab) {
    if (trackedButton(ui, key, name)) {
      m_tableOpen = true;
      m_chartsOpen = false;
      m_table.select(tab);
    }
    ImGui::SameLine();
  };
  openTab("ui.game.open_table", "game.table", TablePanel::Tab::Offers);
  openTab("ui.game.open_orders", "game.orders", TablePanel::Tab::Orders);
  openTab("ui.game.open_report", "game.report", TablePanel::Tab::Report);
  const int unread = m_messages.unread(v);
  const std::string messages =
      unread > 0 ? ui.text.format("ui.messages.open_unread", {{"count", std::to_string(unread)}}) : ui.text("ui.messages.open");
  if (ImGui::Button((messages + "##game.messages").c_str())) {
    m_messagesOpen = true;
    m_chartsOpen = false;
  }
  ui.widgets.trackLastItem("game.messages");
  ImGui::SameLine();
  if (trackedButton(ui, "ui.charts.open", "game.charts")) {
    m_chartsOpen = true;
    m_tableOpen = false;
    m_messagesOpen = false;
  }
  ImGui::SameLine();
  if (m_game->finished()) {
    if (trackedButton(ui, "ui.debrief.open", "game.debrief")) ui.nav.goTo(ScreenId::Debrief);
    ImGui::SameLine();
  }
  ImGui::SameLine(0, 24.0f * ui.scale);
  if (v.outcome) {
    ImGui::TextColored(ImVec4(0.6f, 0.9f, 0.6f, 1.0f), "%s", ui.text.format("ui.game.over", {{"outcome", v.outcome->text}}).c_str());
  } else if (v.waitingForMe) {
    if (trackedButton(ui, "ui.game.end_step", "game.end_step")) {
      const auto refused = m_game->endStep(*m_seat);
      m_refusal = refused ? refusalText(ui.text, v, *refused) : std::string();
      followActiveHuman();
    }
    // The step's help beside the button when it fits on the line, else on a line of its own.
    const std::string help = ui.text("ui.game.end_step.help." + std::string(core::toString(v.phase)));
    ImGui::SameLine();
    if (ImGui::CalcTextSize(help.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
    mutedText(help);
  } else {
    mutedText(ui.text("ui.game.waiting"));
  }
  if (!m_refusal.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", m_refusal.c_str());
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  m_bottomNeeded = ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
  ImGui::End();
}

void GameScreen::drawLegend(UiContext& ui) {
  const sf::FloatRect& area = m_map.area();
  const float pad = 10.0f * ui.scale;
  ImGui::SetNextWindowPos(ImVec2(area.left + pad, area.top + area.height - pad), ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowBgAlpha(0.85f);
  ImGui::Begin("##legend", nullptr, kPanel | ImGuiWindowFlags_AlwaysAutoResize);
  // On a small map the legend starts folded, so that it hides no sector.
  ImGui::SetNextItemOpen(area.height > 420.0f * ui.scale, ImGuiCond_Once);
  const bool open = ImGui::CollapsingHeader(ui.text.label("ui.map.legend").c_str());
  ui.widgets.trackLastItem("game.legend");
  if (!open) {
    ImGui::End();
  } else {
  using S = core::SectorStatus;
  for (S s : {S::Demarcated, S::Delimited, S::Disputed, S::Contested}) {
    const sf::Color c = statusColour(s, ui.settings.colourBlindPalette);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    const float w = 34.0f * ui.scale;
    const ImU32 col = ImGui::ColorConvertFloat4ToU32(toImGui(c));
    if (statusDashed(s)) {
      for (float x = 0; x < w; x += 10.0f * ui.scale) dl->AddRectFilled(ImVec2(p.x + x, p.y + h * 0.35f), ImVec2(p.x + x + 6.0f * ui.scale, p.y + h * 0.7f), col);
    } else {
      dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.35f), ImVec2(p.x + w, p.y + h * 0.7f), col);
    }
    ImGui::Dummy(ImVec2(w, h));
    ImGui::SameLine();
    ImGui::Text("[%s] %s", statusTag(ui.text, s).c_str(), statusName(ui.text, s).c_str());
  }
  ImGui::TextUnformatted(ui.text("ui.map.legend.forces").c_str());
  ImGui::TextUnformatted(ui.text("ui.map.legend.exclave").c_str());
  ImGui::End();
  }

  ImGui::SetNextWindowPos(ImVec2(area.left + pad, area.top + pad));
  ImGui::SetNextWindowBgAlpha(0.75f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(area.width - 2 * pad, area.height / 3));
  ImGui::Begin("##schematic", nullptr, kPanel | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushTextWrapPos(area.width - 4 * pad);
  ImGui::TextColored(ImVec4(0.95f, 0.85f, 0.55f, 1.0f), "%s", ui.text("ui.map.schematic").c_str());
  ui.widgets.trackLastItem("game.schematic_note");
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(ui.text("ui.map.controls").c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  ImGui::End();
}

void GameScreen::drawTooltip(UiContext& ui, const core::RoleView& v) {
  if (!m_map.hovered() || ImGui::GetIO().WantCaptureMouse) return;
  for (const auto& s : v.sectors) {
    if (s.id != *m_map.hovered()) continue;
    const SectorFacts facts = sectorFacts(ui.text, v, s);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(380.0f * ui.scale);
    ImGui::TextColored(ImVec4(0.95f, 0.85f, 0.55f, 1.0f), "%s", facts.title.c_str());
    for (const auto& line : facts.lines) ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void GameScreen::drawHandOver(UiContext& ui) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ui.size.x), static_cast<float>(ui.size.y)));
  ImGui::Begin("##handover", nullptr, kPanel);
  const core::RoleView& v = view();
  const std::string who = actorName(v, *m_seat);
  ImGui::SetCursorPos(ImVec2(static_cast<float>(ui.size.x) * 0.3f, static_cast<float>(ui.size.y) * 0.38f));
  ImGui::BeginGroup();
  ImGui::SetWindowFontScale(1.6f);
  ImGui::TextUnformatted(ui.text.format("ui.handover.title", {{"role", who}}).c_str());
  ImGui::SetWindowFontScale(1.0f);
  mutedText(ui.text("ui.handover.hidden"));
  ImGui::Spacing();
  if (ImGui::Button((ui.text.format("ui.handover.continue", {{"role", who}}) + "##handover.continue").c_str())) m_handOver = false;
  ui.widgets.trackLastItem("handover.continue");
  ImGui::EndGroup();
  ImGui::End();
}

}  // namespace accord::ui
