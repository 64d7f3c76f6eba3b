// The game screen: top bar, the schematic map with its legend, the role's panel, and the end of
// the step. Between human players in hot-seat, a hand-over screen hides everything private.
#pragma once

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <memory>
#include <optional>
#include <string>

#include "game/ui/charts.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/imgui_glue.hpp"
#include "game/ui/map_view.hpp"
#include "game/ui/messages_panel.hpp"
#include "game/ui/pause_menu.hpp"
#include "game/ui/problems_panel.hpp"
#include "game/ui/table_panel.hpp"
#include "game/ui/tutorial_overlay.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class GameScreen {
 public:
  void setGame(GameDriver* game);
  // SFML input for the map; true when something must be drawn again.
  bool handleEvent(const sf::Event& e, bool imguiHasMouse);
  void draw(UiContext& ui);
  // The map, drawn with SFML under the interface; what the interface is then drawn over, when
  // there is a map to draw.
  std::optional<Backdrop> drawWorld(sf::RenderTarget& target, const Texts& t, const sf::Font& font, const Settings& settings,
                                    float scale);

  // The role whose eyes the screen shows, when a game is on.
  const std::optional<core::ActorId>& seat() const { return m_seat; }
  bool handingOver() const { return m_handOver; }
  std::optional<sf::Vector2f> sectorPoint(const std::string& sectorId);
  const MapView& map() const { return m_map; }
  const TablePanel& table() const { return m_table; }
  // The id of the tutorial hint the seat sees, or "none".
  std::string tutorialHint() const { return m_seat ? m_tutorial.hintFor(*m_seat) : "none"; }
  bool paused() const { return m_pause.isOpen(); }
  ProblemsPanel& problems() { return m_problems; }
  const ProblemsPanel& problems() const { return m_problems; }

 private:
  const core::RoleView& view();
  // The panels and the map's area below a top bar of `topHeight` pixels.
  void layout(const UiContext& ui, float topHeight);
  void drawTopBar(UiContext& ui, const core::RoleView& v);
  void drawSidePanel(UiContext& ui, const core::RoleView& v);
  void drawBottomBar(UiContext& ui, const core::RoleView& v);
  void drawLegend(UiContext& ui);
  void drawTooltip(UiContext& ui, const core::RoleView& v);
  void drawHandOver(UiContext& ui);
  void followActiveHuman();

  GameDriver* m_game = nullptr;
  MapView m_map;
  TablePanel m_table;
  PauseMenu m_pause;
  ProblemsPanel m_problems;
  bool m_tableOpen = false;
  MessagesPanel m_messages;
  bool m_messagesOpen = false;
  TutorialOverlay m_tutorial;
  bool m_briefOpen = false;  // the brief's header was open in the last frame
  ChartsPanel m_charts;
  bool m_chartsOpen = false;
  bool m_debriefShown = false;  // the end of the game has led to its debrief once
  std::optional<core::ActorId> m_seat;
  bool m_handOver = false;
  std::string m_refusal;
  // The view is rebuilt when the log grows or the seat changes.
  std::optional<core::RoleView> m_view;
  size_t m_viewLog = 0;
  core::ActorId m_viewSeat;
  float m_topHeight = 0;
  float m_sideWidth = 0;
  float m_bottomHeight = 0;
  float m_bottomNeeded = 0;  // what the bottom bar's contents took last frame (a long step help wraps)
};

}  // namespace accord::ui
