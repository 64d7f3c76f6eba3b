// What the Debrief screen shows; see debrief_model.hpp.
//
// [SECTION] Words and numbers
// [SECTION] Roles, deal and commitments
// [SECTION] Charts: the utility plane and the concession curves
// [SECTION] Play again from a turn
#include "debrief_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace accord::ui {
namespace {

// [SECTION] Words and numbers

constexpr Marker kMarkers[] = {Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Cross};

std::string nameOf(const core::GameState& s, const core::ActorId& id) {
  const core::Actor* a = core::findActor(s, id);
  return a ? a->name : id;
}

std::string packageText(const Texts& t, const ai::Phrasebook& words, const core::GameState& s, const std::vector<core::Clause>& clauses) {
  if (clauses.empty()) return t("ui.debrief.no_clauses");
  std::string out;
  for (const auto& c : clauses) out += (out.empty() ? "" : "; ") + ai::describeClause(words, s.clauseTypes, s.sectors, c);
  return out;
}

std::optional<double> utilityOf(const ai::Debrief& d, const core::ActorId& role) {
  for (const auto& r : d.roles) {
    if (r.role == role) return r.utility;
  }
  return std::nullopt;
}

std::optional<double> reservationOf(const ai::Debrief& d, const core::ActorId& role) {
  for (const auto& r : d.roles) {
    if (r.role == role) return r.reservation;
  }
  return std::nullopt;
}

// [SECTION] Roles, deal and commitments

DebriefRole roleRow(const Texts& t, const core::GameState& s, const ai::Debrief& d, const Seats& seats, const core::Actor& a) {
  DebriefRole row;
  row.id = a.id;
  row.name = a.name;
  auto seat = seats.find(a.id);
  row.seat = seat == seats.end() ? t("ui.debrief.seat_unknown") : t("ui.seat." + seat->second);
  auto score = s.scores.find(a.id);
  row.score = score == s.scores.end() ? t("ui.debrief.no_score") : std::to_string(score->second);
  row.utility = utilityOf(d, a.id);
  row.reservation = reservationOf(d, a.id);
  if (row.utility && row.reservation && d.deal.empty()) {
    // Nothing signed: the empty package and the state of things are two readings of no deal, so
    // setting one against the other would read as a gain nobody made.
    row.verdict = t("ui.debrief.verdict.no_agreement");
  } else if (row.utility && row.reservation) {
    const double gain = *row.utility - *row.reservation;
    row.gained = gain > 0.05;
    row.lost = gain < -0.05;
    const char* key = row.gained ? "ui.debrief.verdict.gained" : row.lost ? "ui.debrief.verdict.lost" : "ui.debrief.verdict.even";
    row.verdict = t.format(key, {{"gap", t.decimal(std::abs(gain), 1)}});
  }
  if (auto brief = s.briefs.find(a.id); brief != s.briefs.end()) {
    for (const auto& o : brief->second.objectives) {
      row.objectives.push_back(t.format("ui.debrief.objective", {{"text", o.text}, {"weight", std::to_string(o.weight)}}));
    }
  }
  return row;
}

std::vector<DebriefCommitment> commitmentRows(const Texts& t, const core::GameState& s, const ai::Debrief& d) {
  std::vector<DebriefCommitment> rows;
  for (const auto& c : d.commitments) {
    DebriefCommitment row;
    row.agreementId = c.agreementId;
    std::string clauses;
    if (const core::Agreement* a = core::findAgreement(s, c.agreementId)) {
      for (const auto& clause : a->clauses) clauses += (clauses.empty() ? "" : ", ") + ai::clauseName(s.clauseTypes, clause.type);
      row.agreement = t.format("ui.debrief.agreement", {{"id", std::to_string(c.agreementId)}, {"clauses", clauses},
                                                        {"turn", std::to_string(a->startTurn)}});
    } else {
      row.agreement = t.format("ui.debrief.agreement", {{"id", std::to_string(c.agreementId)}, {"clauses", ""}, {"turn", "?"}});
    }
    row.party = nameOf(s, c.party);
    row.kept = c.kept;
    row.status = t(c.kept ? "ui.debrief.kept" : "ui.debrief.broken");
    row.violations = t.format("ui.debrief.violations", {{"detected", std::to_string(c.detected)}, {"undetected", std::to_string(c.undetected)}});
    rows.push_back(std::move(row));
  }
  return rows;
}

// [SECTION] Charts: the utility plane and the concession curves

void widen(double& lo, double& hi, double v) {
  lo = std::min(lo, v);
  hi = std::max(hi, v);
}

Chart utilityPlane(const Texts& t, const ai::Phrasebook& words, const core::GameState& s, const ai::Debrief& d) {
  const core::ActorId& first = d.disputants[0];
  const core::ActorId& second = d.disputants[1];
  Chart c;
  c.id = "plane";
  c.title = t("ui.debrief.plane.title");
  c.xLabel = t.format("ui.debrief.plane.axis", {{"role", nameOf(s, first)}});
  c.yLabel = t.format("ui.debrief.plane.axis", {{"role", nameOf(s, second)}});
  c.integerX = false;
  c.nearestPoint = true;
  // Every point and the frontier carry their names on the chart: a legend would only take room.
  c.legend = false;
  auto lone = [&](const char* key, Marker m, double x, double y, std::string where) {
    c.lines.push_back(ChartLine{t(key), {ChartPoint{x, y, std::move(where)}}, m, false});
  };
  ChartLine frontier{t("ui.debrief.plane.frontier"), {}, Marker::Circle, true};
  for (const auto& p : d.frontier) frontier.points.push_back({p.first, p.second, packageText(t, words, s, p.package)});
  if (!frontier.points.empty()) c.lines.push_back(std::move(frontier));
  const double r1 = reservationOf(d, first).value_or(0);
  const double r2 = reservationOf(d, second).value_or(0);
  lone("ui.debrief.plane.no_deal", Marker::Cross, r1, r2, t("ui.debrief.plane.no_deal_where"));
  const char* dealKey = d.deal.empty() ? "ui.debrief.plane.nothing_signed" : "ui.debrief.plane.deal";
  lone(dealKey, Marker::Circle, utilityOf(d, first).value_or(0), utilityOf(d, second).value_or(0), packageText(t, words, s, d.deal));
  if (d.nash) lone("ui.debrief.plane.nash", Marker::Diamond, d.nash->first, d.nash->second, packageText(t, words, s, d.nash->package));
  if (d.betterPackage) {
    double x = 0;
    double y = 0;
    for (const auto& u : d.betterPackage->utilities) {
      if (u.role == first) x = u.utility;
      if (u.role == second) y = u.utility;
    }
    lone("ui.debrief.plane.better", Marker::Square, x, y, packageText(t, words, s, d.betterPackage->clauses));
  }
  double xLo = std::numeric_limits<double>::max();
  double xHi = std::numeric_limits<double>::lowest();
  double yLo = xLo;
  double yHi = xHi;
  for (const auto& line : c.lines) {
    for (const auto& p : line.points) {
      widen(xLo, xHi, p.x);
      widen(yLo, yHi, p.y);
    }
  }
  std::tie(c.xMin, c.xMax) = niceRange(xLo, xHi, -100, 100);
  std::tie(c.yMin, c.yMax) = niceRange(yLo, yHi, -100, 100);
  return c;
}

std::optional<Chart> concessionChart(const Texts& t, const core::GameState& s, const ai::Debrief& d) {
  Chart c;
  c.id = "concessions";
  c.title = t("ui.debrief.concessions.title");
  c.xLabel = t("ui.charts.axis_turn");
  c.yLabel = t("ui.debrief.concessions.axis");
  const double rounds = std::max(1, s.maxRounds);
  double lo = std::numeric_limits<double>::max();
  double hi = std::numeric_limits<double>::lowest();
  double xLo = std::numeric_limits<double>::max();
  double xHi = std::numeric_limits<double>::lowest();
  for (size_t i = 0; i < d.concessions.size(); ++i) {
    const ai::ConcessionCurve& curve = d.concessions[i];
    if (curve.offers.empty()) continue;
    const std::string name = nameOf(s, curve.role);
    // A turn's rounds share its unit of the x axis: round r of turn n sits at n + (r - 1) / rounds.
    // Marker and colour follow the role's place, as on the charts over the turns.
    ChartLine line{name, {}, kMarkers[i % std::size(kMarkers)], true, static_cast<int>(i)};
    for (const auto& o : curve.offers) {
      const double x = o.turn + (std::max(1, o.round) - 1) / rounds;
      const std::string where = t.format("ui.debrief.concessions.where", {{"turn", std::to_string(o.turn)},
                                                                          {"round", std::to_string(o.round)},
                                                                          {"offer", std::to_string(o.offerId)}});
      line.points.push_back({x, o.utility, where});
      widen(lo, hi, o.utility);
      widen(xLo, xHi, x);
    }
    if (auto r = reservationOf(d, curve.role)) {
      c.rules.push_back({t.format("ui.debrief.concessions.no_deal", {{"role", name}}), *r});
      widen(lo, hi, *r);
    }
    c.lines.push_back(std::move(line));
  }
  if (c.lines.empty()) return std::nullopt;
  c.xMin = std::floor(xLo);
  c.xMax = std::max(c.xMin + 1, std::ceil(xHi));
  std::tie(c.yMin, c.yMax) = niceRange(lo, hi, -100, 100);
  return c;
}

}  // namespace

DebriefView debriefViewOf(const Texts& t, const ai::Phrasebook& words, const core::GameState& s, const ai::Debrief& d, const Seats& seats) {
  DebriefView v;
  v.outcome = s.outcome ? s.outcome->text : t("ui.debrief.no_outcome");
  v.played = t.format("ui.debrief.played", {{"turn", std::to_string(s.turn)}, {"max", std::to_string(s.maxTurns)}});
  v.lastTurn = std::max(1, s.turn);
  for (const auto& a : s.actors) {
    if (a.playable) v.roles.push_back(roleRow(t, s, d, seats, a));
  }
  v.commitments = commitmentRows(t, s, d);
  v.analysed = d.analysed();
  if (!v.analysed) return v;

  if (d.deal.empty()) {
    v.deal.push_back(t("ui.debrief.no_deal"));
  } else {
    for (const auto& c : d.deal) v.deal.push_back(ai::describeClause(words, s.clauseTypes, s.sectors, c));
  }
  if (d.disputants.size() == 2) {
    const std::string first = nameOf(s, d.disputants[0]);
    const std::string second = nameOf(s, d.disputants[1]);
    if (d.paretoDistance) v.measures.push_back(t.format("ui.debrief.pareto_distance", {{"distance", t.decimal(*d.paretoDistance, 1)}}));
    if (d.nash && d.nashDistance) {
      v.measures.push_back(t.format("ui.debrief.nash", {{"distance", t.decimal(*d.nashDistance, 1)}, {"first", first}, {"second", second},
                                                        {"u1", t.decimal(d.nash->first, 1)}, {"u2", t.decimal(d.nash->second, 1)},
                                                        {"package", packageText(t, words, s, d.nash->package)}}));
    } else {
      v.measures.push_back(t("ui.debrief.no_nash"));
    }
    if (!d.frontierExact) v.measures.push_back(t("ui.debrief.inexact"));
    v.plane = utilityPlane(t, words, s, d);
    if (d.betterPackage) {
      for (const auto& c : d.betterPackage->clauses) v.better.push_back(ai::describeClause(words, s.clauseTypes, s.sectors, c));
      for (const auto& u : d.betterPackage->utilities) {
        v.better.push_back(t.format("ui.debrief.better_worth", {{"role", nameOf(s, u.role)}, {"utility", t.decimal(u.utility, 1)},
                                                                {"deal", t.decimal(utilityOf(d, u.role).value_or(0), 1)}}));
      }
    }
  } else {
    v.measures.push_back(t("ui.debrief.no_disputants"));
  }
  v.concessions = concessionChart(t, s, d);
  return v;
}

// [SECTION] Play again from a turn

std::vector<core::Command> commandsBefore(const std::vector<core::Command>& log, int turn) {
  std::vector<core::Command> out;
  for (const auto& c : log) {
    // The log is in the order given, so the first command of the turn ends the prefix.
    if (c.turn >= turn) break;
    out.push_back(c);
  }
  return out;
}

Result<std::unique_ptr<app::Session>, std::string> sessionAtTurn(const app::Session& game, int turn) {
  persist::SaveGame save = game.toSave();
  save.commands = commandsBefore(save.commands, turn);
  save.turnHashes.resize(std::min(save.turnHashes.size(), static_cast<size_t>(std::max(0, turn - 1))));
  save.outcome.clear();
  app::SessionConfig overrides;
  overrides.mods = game.config().mods;
  overrides.language = game.config().language;
  auto made = app::Session::fromSave(save, overrides);
  if (!made) return fail(made.error().message);
  return std::move(*made);
}

Result<std::unique_ptr<GameDriver>, std::string> driverAtTurn(const GameDriver& game, int turn) {
  const auto& played = game.session().engine();
  auto fresh = sessionAtTurn(game.session(), 1);
  if (!fresh) return fail(fresh.error());
  if (auto again = GameDriver::playedAgain(std::move(*fresh), game.seats(), game.hotSeat(), commandsBefore(played.log(), turn),
                                           played.turnHashes(), turn)) {
    return again;
  }
  auto replayed = sessionAtTurn(game.session(), turn);
  if (!replayed) return fail(replayed.error());
  return std::make_unique<GameDriver>(std::move(*replayed), game.seats(), game.hotSeat());
}

}  // namespace accord::ui
