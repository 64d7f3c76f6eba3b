// Charts over turns: what one role saw of the meters as each turn closed, and the charts made of it.
//
// [SECTION] Charts as plain data (drawn by charts.hpp, also used by the debrief)
// [SECTION] Samples: one role's meters at the close of a turn, cut from its RoleView
// [SECTION] The charts of a game's turns
// [SECTION] Recording: the engine keeps no per-turn history, so a recorder replays the command log
//           in a session of its own and samples each role's view as each turn closes
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "game/app/session.hpp"
#include "game/core/role_view.hpp"
#include "game/ui/texts.hpp"

namespace accord::ui {

// [SECTION] Charts as plain data

// Each line gets its own marker shape as well as its own colour, so that colour is never the only cue.
enum class Marker { Circle, Square, Triangle, Diamond, Cross };

struct ChartPoint {
  double x = 0;
  double y = 0;
  std::string where;  // what the point is, as the tooltip names it: "Turn 3", "Turn 2, round 1"
};

struct ChartLine {
  std::string label;
  std::vector<ChartPoint> points;
  Marker marker = Marker::Circle;
  bool joined = true;  // false: the points stand alone (a scatter)
  // A place in the palette, so that a role keeps its colour from chart to chart; -1: the line's own.
  int colour = -1;
};

// A labelled horizontal reference line, such as a role's value of no deal.
struct ChartRule {
  std::string label;
  double y = 0;
};

struct Chart {
  std::string id;  // stable across languages: widget names and ImGui ids
  std::string title;
  std::string xLabel;
  std::string yLabel;
  double xMin = 0;
  double xMax = 1;
  double yMin = 0;
  double yMax = 1;
  bool integerX = true;     // ticks on whole numbers (turns)
  bool nearestPoint = false;  // the tooltip names the nearest point, not every line at the nearest x
  bool legend = true;         // false when every line and point is named on the chart itself
  std::vector<ChartLine> lines;
  std::vector<ChartRule> rules;
};

// A range from lo to hi, padded and rounded out to a tidy step, kept within [floor, ceiling].
std::pair<double, double> niceRange(double lo, double hi, double floor, double ceiling);

// [SECTION] Samples

struct TurnSample {
  int turn = 0;              // 0: as the first turn opened
  bool provisional = false;  // the turn under way, not yet resolved
  std::map<std::string, int> worldMeters;
  std::map<core::ActorId, std::map<std::string, int>> actorMeters;  // only what the view holds
  int incidents = 0;  // the running total
  int kmDemarcated = 0;
};

// What `view` shows of the meters. The incident count is not in a RoleView; it is a public total
// (every incident is told in public news), so the caller passes the state's.
TurnSample sampleOf(const core::RoleView& view, int turn, int incidents);
// Samples of one turn seen by several roles, as one: each role's view adds its own private meters.
TurnSample merged(const std::vector<TurnSample>& sameTurn);

// The names the charts need: the meter declarations and the playable roles, in declaration order.
struct ChartNames {
  std::vector<core::MeterDef> meters;
  std::vector<std::pair<core::ActorId, std::string>> roles;
  int kmTotal = 0;  // the length of every sector on the map
};
ChartNames chartNamesOf(const core::RoleView& view);
ChartNames chartNamesOf(const core::GameState& state);

// [SECTION] The charts of a game's turns

// Tension (when the scenario has a world meter "tension"), incidents per turn, kilometres
// demarcated, then one chart per per-actor meter (approval, trust...) with a line per playable
// role that the samples show it for. Samples in turn order. `everyone`: the samples hold every
// role's private meters (the debrief), which the titles of private meters then say.
std::vector<Chart> timelineCharts(const Texts& t, const ChartNames& names, const std::vector<TurnSample>& samples, bool everyone = false);

// [SECTION] Recording

class TimelineRecorder {
 public:
  // Catches up with `live`: replays the commands logged since the last call, or the whole log
  // when it is another game. The reason when the log does not replay.
  Result<void, std::string> update(const app::Session& live);
  // Forgets the game.
  void reset();

  // What `role` saw as each turn closed, then the turn under way (provisional) if it has not.
  std::vector<TurnSample> samplesOf(const core::ActorId& role) const;
  // Every playable role's samples merged: the debrief's view, once the game is over.
  std::vector<TurnSample> allSamples() const;
  size_t commandsReplayed() const { return m_fed; }

 private:
  // Every playable role's sample of one moment.
  struct Frame {
    int turn = 0;
    std::map<core::ActorId, TurnSample> byRole;
  };
  static Frame frameOf(const core::GameState& s, int turn, bool provisional);
  void observe();

  std::unique_ptr<app::Session> m_replay;
  size_t m_fed = 0;
  core::Phase m_lastPhase = core::Phase::Setup;
  std::vector<Frame> m_frames;    // the opening, then each closed turn
  std::optional<Frame> m_current;  // the turn under way, when it has not closed
};

}  // namespace accord::ui
