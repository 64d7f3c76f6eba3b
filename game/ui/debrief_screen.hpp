// The Debrief screen, once a game is over: the outcome, each role's score and the deal's worth to it
// against no deal, the two states' utilities with the Pareto frontier, the Nash point and a better
// package, concession curves, commitments kept and broken, charts over the turns, and "play again
// from turn N" with the same seats.
#pragma once

#include <string>
#include <vector>

#include "game/ai/debrief.hpp"
#include "game/ui/debrief_model.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/timeline.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class DebriefScreen {
 public:
  // The game to review; the analysis is worked out again only when the game is another one or
  // has moved on since.
  void enter(const GameDriver* game);
  void draw(UiContext& ui);

 private:
  void refresh(UiContext& ui);
  void drawResults(UiContext& ui);
  void drawDeal(UiContext& ui);
  void drawConcessions(UiContext& ui);
  void drawCommitments(UiContext& ui);
  void drawFooter(UiContext& ui);
  bool navOnOwnRow(const UiContext& ui) const;
  void playAgain(UiContext& ui);

  const GameDriver* m_game = nullptr;
  // What the analysis and the view were worked out for.
  const app::Session* m_session = nullptr;
  size_t m_log = 0;
  std::string m_language;
  bool m_analysed = false;
  bool m_viewBuilt = false;

  ai::Debrief m_debrief;
  TimelineRecorder m_recorder;
  DebriefView m_view;
  std::vector<Chart> m_timeline;
  std::string m_timelineProblem;
  int m_turn = 1;  // play again from this turn
  std::string m_problem;
};

}  // namespace accord::ui
