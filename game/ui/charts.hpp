// Charts drawn with ImGui: line charts and scatters with axes, ticks, a legend, each line's name by
// its last point and the values under the mouse; and the game screen's panel of charts over turns.
#pragma once

#include <string>
#include <vector>

#include "game/ui/game_driver.hpp"
#include "game/ui/timeline.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

// Draws `chart` at the cursor in a box of width x height (title and legend included), tracked for
// UI scripts as "chart.<id>".
void drawChart(UiContext& ui, const Chart& chart, float width, float height);
// Charts side by side, as many columns as fit `columnWidth`, each `height` tall.
void drawChartGrid(UiContext& ui, const std::vector<Chart>& charts, float columnWidth, float height);

// The game screen's charts of the seat's meters over the turns so far.
class ChartsPanel {
 public:
  void reset();
  // Draws the panel in the given rectangle; `open` is cleared when the player closes it.
  void draw(UiContext& ui, const GameDriver& game, const core::ActorId& seat, float x, float y, float w, float h, bool& open);

 private:
  TimelineRecorder m_recorder;
  std::vector<Chart> m_charts;
  size_t m_log = 0;
  core::ActorId m_seat;
  std::string m_language;
  std::string m_problem;
  bool m_built = false;
};

}  // namespace accord::ui
