// Charts over turns; see timeline.hpp.
#include "timeline.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace accord::ui {

// [SECTION] Charts as plain data

std::pair<double, double> niceRange(double lo, double hi, double floor, double ceiling) {
  if (lo > hi) std::swap(lo, hi);
  // A flat series still gets some room above and below, so that its line is not on the frame.
  const double pad = std::max(2.0, (hi - lo) * 0.12);
  const double span = hi - lo + 2 * pad;
  const double step = span > 100 ? 20 : span > 40 ? 10 : span > 12 ? 5 : 1;
  double a = std::floor((lo - pad) / step) * step;
  double b = std::ceil((hi + pad) / step) * step;
  a = std::max(a, floor);
  b = std::min(b, ceiling);
  if (b <= a) b = a + 1;
  return {a, b};
}

// [SECTION] Samples

TurnSample sampleOf(const core::RoleView& view, int turn, int incidents) {
  TurnSample s;
  s.turn = turn;
  s.worldMeters = view.meters;
  for (const auto& a : view.actors) {
    if (!a.meters.empty()) s.actorMeters[a.id] = a.meters;
  }
  s.incidents = incidents;
  for (const auto& sector : view.sectors) {
    if (sector.status == core::SectorStatus::Demarcated) s.kmDemarcated += sector.km;
  }
  return s;
}

TurnSample merged(const std::vector<TurnSample>& sameTurn) {
  TurnSample out;
  if (sameTurn.empty()) return out;
  out = sameTurn.front();
  for (size_t i = 1; i < sameTurn.size(); ++i) {
    for (const auto& [actor, meters] : sameTurn[i].actorMeters) {
      for (const auto& [id, value] : meters) out.actorMeters[actor].emplace(id, value);
    }
  }
  return out;
}

namespace {
// A view and the state name their meters, actors and sectors alike.
template <class Source>
ChartNames namesFrom(const Source& src) {
  ChartNames n;
  n.meters = src.meterDefs;
  for (const auto& a : src.actors) {
    if (a.playable) n.roles.emplace_back(a.id, a.name);
  }
  for (const auto& sector : src.sectors) n.kmTotal += sector.km;
  return n;
}
}  // namespace

ChartNames chartNamesOf(const core::RoleView& view) { return namesFrom(view); }
ChartNames chartNamesOf(const core::GameState& state) { return namesFrom(state); }

// [SECTION] The charts of a game's turns

namespace {

constexpr Marker kMarkers[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Cross};

std::string whereOf(const Texts& t, const TurnSample& s) {
  if (s.turn == 0) return t("ui.charts.start");
  return t.format(s.provisional ? "ui.charts.turn_now" : "ui.charts.turn", {{"turn", std::to_string(s.turn)}});
}

// The x range every chart of the game shares, and the y range of the values drawn.
void frame(Chart& c, const std::vector<TurnSample>& samples, double floor, double ceiling) {
  c.xMin = samples.empty() ? 0 : samples.front().turn;
  c.xMax = std::max(c.xMin + 1, samples.empty() ? 1.0 : static_cast<double>(samples.back().turn));
  double lo = ceiling;
  double hi = floor;
  for (const auto& line : c.lines) {
    for (const auto& p : line.points) {
      lo = std::min(lo, p.y);
      hi = std::max(hi, p.y);
    }
  }
  if (lo > hi) lo = hi = floor;
  std::tie(c.yMin, c.yMax) = niceRange(lo, hi, floor, ceiling);
}

std::optional<Chart> worldMeterChart(const Texts& t, const core::MeterDef& def, const std::vector<TurnSample>& samples) {
  Chart c;
  c.id = "meter." + def.id;
  c.title = def.name;
  c.xLabel = t("ui.charts.axis_turn");
  ChartLine line{def.name, {}, Marker::Circle, true};
  for (const auto& s : samples) {
    auto it = s.worldMeters.find(def.id);
    if (it != s.worldMeters.end()) line.points.push_back({static_cast<double>(s.turn), static_cast<double>(it->second), whereOf(t, s)});
  }
  if (line.points.empty()) return std::nullopt;
  c.lines.push_back(std::move(line));
  frame(c, samples, def.min, def.max);
  return c;
}

Chart incidentsChart(const Texts& t, const std::vector<TurnSample>& samples) {
  Chart c;
  c.id = "incidents";
  const int total = samples.empty() ? 0 : samples.back().incidents;
  c.title = t.format("ui.charts.incidents", {{"total", std::to_string(total)}});
  c.xLabel = t("ui.charts.axis_turn");
  ChartLine line{t("ui.charts.incidents_line"), {}, Marker::Square, true};
  // The count per turn is the rise of the running total; the opening has none of its own.
  for (size_t i = 1; i < samples.size(); ++i) {
    const int during = samples[i].incidents - samples[i - 1].incidents;
    line.points.push_back({static_cast<double>(samples[i].turn), static_cast<double>(during), whereOf(t, samples[i])});
  }
  c.lines.push_back(std::move(line));
  frame(c, samples, 0, 1e9);
  c.yMin = 0;
  return c;
}

Chart kmChart(const Texts& t, const std::vector<TurnSample>& samples, int kmTotal) {
  Chart c;
  c.id = "km";
  c.title = t.format("ui.charts.km", {{"total", std::to_string(kmTotal)}});
  c.xLabel = t("ui.charts.axis_turn");
  c.yLabel = t("ui.charts.axis_km");
  ChartLine line{t("ui.charts.km_line"), {}, Marker::Triangle, true};
  for (const auto& s : samples) line.points.push_back({static_cast<double>(s.turn), static_cast<double>(s.kmDemarcated), whereOf(t, s)});
  c.lines.push_back(std::move(line));
  frame(c, samples, 0, std::max(1, kmTotal));
  return c;
}

std::optional<Chart> actorMeterChart(const Texts& t, const ChartNames& names, const core::MeterDef& def, const std::vector<TurnSample>& samples,
                                     bool everyone) {
  Chart c;
  c.id = "meter." + def.id;
  c.title = def.isPrivate ? t.format(everyone ? "ui.charts.private_meter_all" : "ui.charts.private_meter", {{"meter", def.name}}) : def.name;
  c.xLabel = t("ui.charts.axis_turn");
  // A role keeps its marker and colour from chart to chart: both follow its place among the roles.
  for (size_t i = 0; i < names.roles.size(); ++i) {
    const auto& [role, name] = names.roles[i];
    ChartLine line{name, {}, kMarkers[i % std::size(kMarkers)], true, static_cast<int>(i)};
    for (const auto& s : samples) {
      auto actor = s.actorMeters.find(role);
      if (actor == s.actorMeters.end()) continue;
      auto it = actor->second.find(def.id);
      if (it != actor->second.end()) line.points.push_back({static_cast<double>(s.turn), static_cast<double>(it->second), whereOf(t, s)});
    }
    if (line.points.empty()) continue;
    c.lines.push_back(std::move(line));
  }
  if (c.lines.empty()) return std::nullopt;
  frame(c, samples, def.min, def.max);
  return c;
}

}  // namespace

std::vector<Chart> timelineCharts(const Texts& t, const ChartNames& names, const std::vector<TurnSample>& samples, bool everyone) {
  std::vector<Chart> out;
  for (const auto& def : names.meters) {
    if (def.id == "tension" && !def.perActor) {
      if (auto c = worldMeterChart(t, def, samples)) out.push_back(std::move(*c));
    }
  }
  out.push_back(incidentsChart(t, samples));
  out.push_back(kmChart(t, samples, names.kmTotal));
  for (const auto& def : names.meters) {
    if (!def.perActor) continue;
    if (auto c = actorMeterChart(t, names, def, samples, everyone)) out.push_back(std::move(*c));
  }
  return out;
}

// [SECTION] Recording

void TimelineRecorder::reset() { *this = TimelineRecorder(); }

TimelineRecorder::Frame TimelineRecorder::frameOf(const core::GameState& s, int turn, bool provisional) {
  Frame frame;
  frame.turn = turn;
  for (const auto& role : core::playableActors(s)) {
    // The current turn's view carries every meter the role may see (the decision scope leaves out
    // the actors' meters) and only this turn's texts.
    TurnSample sample = sampleOf(core::makeRoleView(s, role, false, core::ViewScope::CurrentTurn), turn, s.incidents);
    sample.provisional = provisional;
    frame.byRole.emplace(role, std::move(sample));
  }
  return frame;
}

// After each replayed command: a turn closes when its review opens, or when the game ends (which
// may come straight from resolution). The closing sample replaces one taken earlier in that turn.
void TimelineRecorder::observe() {
  const core::GameState& s = m_replay->engine().state();
  const bool closing = s.phase == core::Phase::Review || s.phase == core::Phase::Ended;
  if (closing && s.phase != m_lastPhase) {
    if (!m_frames.empty() && m_frames.back().turn == s.turn) m_frames.pop_back();
    m_frames.push_back(frameOf(s, s.turn, false));
  }
  m_lastPhase = s.phase;
}

Result<void, std::string> TimelineRecorder::update(const app::Session& live) {
  const auto& log = live.engine().log();
  const bool sameGame = m_replay && m_fed <= log.size() && (m_fed == 0 || m_replay->engine().log()[m_fed - 1] == log[m_fed - 1]);
  if (!sameGame) {
    reset();
    app::SessionConfig config = live.config();
    config.scenario = live.folder().string();
    auto made = app::Session::create(config);
    if (!made) return fail(made.error().message);
    m_replay = std::move(*made);
    m_lastPhase = m_replay->engine().state().phase;
    m_frames.push_back(frameOf(m_replay->engine().state(), 0, false));
  }
  for (; m_fed < log.size(); ++m_fed) {
    const core::Command& c = log[m_fed];
    auto done = m_replay->engine().submit(c);
    // The engine logs a proposal that the rules refused, so the replay meets the same refusal.
    if (!done && c.kind != core::CommandKind::Propose) {
      const std::string reason = done.error().reason;
      reset();
      return fail("command " + std::to_string(m_fed + 1) + " does not replay: " + reason);
    }
    observe();
  }
  m_current.reset();
  const core::GameState& s = m_replay->engine().state();
  const int closed = m_frames.empty() ? -1 : m_frames.back().turn;
  if (s.turn > closed && s.phase != core::Phase::Ended) m_current = frameOf(s, s.turn, true);
  return {};
}

std::vector<TurnSample> TimelineRecorder::samplesOf(const core::ActorId& role) const {
  std::vector<TurnSample> out;
  auto add = [&](const Frame& frame) {
    auto it = frame.byRole.find(role);
    if (it != frame.byRole.end()) out.push_back(it->second);
  };
  for (const auto& frame : m_frames) add(frame);
  if (m_current) add(*m_current);
  return out;
}

std::vector<TurnSample> TimelineRecorder::allSamples() const {
  std::vector<TurnSample> out;
  auto add = [&](const Frame& frame) {
    std::vector<TurnSample> same;
    for (const auto& [role, sample] : frame.byRole) same.push_back(sample);
    if (!same.empty()) out.push_back(merged(same));
  };
  for (const auto& frame : m_frames) add(frame);
  if (m_current) add(*m_current);
  return out;
}

}  // namespace accord::ui
