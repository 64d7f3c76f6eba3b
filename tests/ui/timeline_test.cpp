// Charts over turns: samples cut from a role's view, the charts made of them, and the recorder that
// replays a real game to see each turn close.
#include <catch2/catch.hpp>

#include "game/core/role_view.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/texts.hpp"
#include "game/ui/timeline.hpp"

using namespace accord;

namespace {

core::GameState twoStates() {
  core::GameState s;
  s.turn = 2;
  s.meterDefs.push_back(core::MeterDef{"tension", "Tension", 0, 100, 70, false, false});
  s.meterDefs.push_back(core::MeterDef{"approval", "Approval", 0, 100, 50, true, false});
  s.meterDefs.push_back(core::MeterDef{"trust", "Trust", 0, 100, 20, true, true});
  s.meters["tension"] = 64;
  core::Actor north;
  north.id = "north";
  north.name = "Northland";
  north.playable = true;
  north.meters = {{"approval", 55}, {"trust", 21}};
  core::Actor south = north;
  south.id = "south";
  south.name = "Southland";
  south.meters = {{"approval", 48}, {"trust", 12}};
  core::Actor observer;
  observer.id = "observer";
  observer.name = "Observer";
  observer.meters = {{"approval", 50}};
  s.actors = {north, south, observer};
  core::Sector gorge;
  gorge.id = "gorge";
  gorge.km = 40;
  gorge.status = core::SectorStatus::Demarcated;
  core::Sector mill;
  mill.id = "mill";
  mill.km = 60;
  mill.status = core::SectorStatus::Disputed;
  s.sectors = {gorge, mill};
  s.incidents = 3;
  return s;
}

ui::Texts english() {
  auto t = ui::Texts::load("en");
  REQUIRE(t);
  return std::move(*t);
}

const ui::Chart* chartById(const std::vector<ui::Chart>& charts, const std::string& id) {
  for (const auto& c : charts) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

ui::TurnSample sampleAt(int turn, int tension, int incidents, int km, int northApproval) {
  ui::TurnSample s;
  s.turn = turn;
  s.worldMeters["tension"] = tension;
  s.actorMeters["north"] = {{"approval", northApproval}, {"trust", 20 + turn}};
  s.actorMeters["south"] = {{"approval", 50}};
  s.incidents = incidents;
  s.kmDemarcated = km;
  return s;
}

}  // namespace

TEST_CASE("[ui] a turn's sample holds what the role's view holds, and not the other role's private meter") {
  const auto s = twoStates();
  const auto sample = ui::sampleOf(core::makeRoleView(s, "north", false), 2, s.incidents);
  CHECK(sample.turn == 2);
  CHECK(sample.worldMeters.at("tension") == 64);
  CHECK(sample.actorMeters.at("north").at("trust") == 21);
  CHECK(sample.actorMeters.at("south").at("approval") == 48);
  CHECK(sample.actorMeters.at("south").count("trust") == 0);
  CHECK(sample.incidents == 3);
  CHECK(sample.kmDemarcated == 40);
}

TEST_CASE("[ui] samples of one turn merged across roles carry each role's private meter") {
  const auto s = twoStates();
  const auto north = ui::sampleOf(core::makeRoleView(s, "north", false), 2, s.incidents);
  const auto south = ui::sampleOf(core::makeRoleView(s, "south", false), 2, s.incidents);
  const auto all = ui::merged({north, south});
  CHECK(all.actorMeters.at("north").at("trust") == 21);
  CHECK(all.actorMeters.at("south").at("trust") == 12);
  CHECK(all.worldMeters.at("tension") == 64);
}

TEST_CASE("[ui] the timeline charts tension, incidents per turn, kilometres and a line per role for approval") {
  const auto t = english();
  const auto names = ui::chartNamesOf(core::makeRoleView(twoStates(), "north", false));
  CHECK(names.kmTotal == 100);
  REQUIRE(names.roles.size() == 2);  // the observer is not playable
  const std::vector<ui::TurnSample> samples{sampleAt(0, 70, 0, 40, 55), sampleAt(1, 75, 2, 40, 53), sampleAt(2, 68, 3, 100, 51)};
  const auto charts = ui::timelineCharts(t, names, samples);

  const ui::Chart* tension = chartById(charts, "meter.tension");
  REQUIRE(tension);
  REQUIRE(tension->lines.size() == 1);
  REQUIRE(tension->lines[0].points.size() == 3);
  CHECK(tension->lines[0].points[1].y == 75);
  CHECK(tension->lines[0].points[0].where == "Start of the game");
  CHECK(tension->lines[0].points[2].where == "Turn 2");
  CHECK(tension->yMin <= 68);
  CHECK(tension->yMax >= 75);
  CHECK(tension->yMax <= 100);
  CHECK(tension->xMin == 0);
  CHECK(tension->xMax == 2);

  // Incidents per turn are the rises of the running total; the opening has none of its own.
  const ui::Chart* incidents = chartById(charts, "incidents");
  REQUIRE(incidents);
  REQUIRE(incidents->lines[0].points.size() == 2);
  CHECK(incidents->lines[0].points[0].y == 2);
  CHECK(incidents->lines[0].points[1].y == 1);
  CHECK_THAT(incidents->title, Catch::Contains("3 in all"));

  const ui::Chart* km = chartById(charts, "km");
  REQUIRE(km);
  CHECK(km->lines[0].points.back().y == 100);
  CHECK_THAT(km->title, Catch::Contains("100"));

  const ui::Chart* approval = chartById(charts, "meter.approval");
  REQUIRE(approval);
  REQUIRE(approval->lines.size() == 2);
  CHECK(approval->lines[0].label == "Northland");
  CHECK(approval->lines[1].label == "Southland");
  // Each line has its own marker, so that colour is not the only cue.
  CHECK(approval->lines[0].marker != approval->lines[1].marker);

  // The private meter: only the line the samples hold, and a title that says it is private.
  const ui::Chart* trust = chartById(charts, "meter.trust");
  REQUIRE(trust);
  REQUIRE(trust->lines.size() == 1);
  CHECK(trust->lines[0].label == "Northland");
  CHECK_THAT(trust->title, Catch::Contains("only you"));
}

TEST_CASE("[ui] a flat series gets room above and below, within the meter's range") {
  const auto [lo, hi] = ui::niceRange(50, 50, 0, 100);
  CHECK(lo < 50);
  CHECK(hi > 50);
  const auto [lo2, hi2] = ui::niceRange(0, 100, 0, 100);
  CHECK(lo2 == 0);
  CHECK(hi2 == 100);
}

TEST_CASE("[ui] the recorder replays a game and samples each turn as it closes, then the turn under way") {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 3;
  auto session = app::Session::create(config);
  REQUIRE(session);
  ui::GameDriver game(std::move(*session), {{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "pragmatist"}}, false);
  game.advance();
  for (int i = 0; i < 60 && game.state().turn < 2; ++i) REQUIRE_FALSE(game.endStep("kyrgyzstan"));
  REQUIRE(game.state().turn == 2);

  ui::TimelineRecorder recorder;
  REQUIRE(recorder.update(game.session()));
  CHECK(recorder.commandsReplayed() == game.session().engine().log().size());
  auto samples = recorder.samplesOf("kyrgyzstan");
  // The opening, turn 1 as it closed, and turn 2 under way.
  REQUIRE(samples.size() == 3);
  CHECK(samples[0].turn == 0);
  CHECK(samples[1].turn == 1);
  CHECK_FALSE(samples[1].provisional);
  CHECK(samples[2].turn == 2);
  CHECK(samples[2].provisional);
  CHECK(samples[2].worldMeters.at("tension") == game.state().meters.at("tension"));
  // Kyrgyzstan sees its own trust, never Tajikistan's.
  CHECK(samples[1].actorMeters.at("kyrgyzstan").count("trust") == 1);
  CHECK(samples[1].actorMeters.at("tajikistan").count("trust") == 0);

  // Played on to the end, the same recorder catches up with the new commands only.
  for (int i = 0; i < 200 && !game.finished(); ++i) REQUIRE_FALSE(game.endStep("kyrgyzstan"));
  REQUIRE(game.finished());
  REQUIRE(recorder.update(game.session()));
  samples = recorder.samplesOf("kyrgyzstan");
  REQUIRE(samples.size() == 4);
  CHECK(samples.back().turn == 3);
  CHECK_FALSE(samples.back().provisional);
  CHECK(samples.back().worldMeters.at("tension") == game.state().meters.at("tension"));
  CHECK(samples.back().incidents == game.state().incidents);

  // A recorder that replays the finished game at once sees the same turns, and with every role's
  // private meters once merged.
  ui::TimelineRecorder fresh;
  REQUIRE(fresh.update(game.session()));
  const auto all = fresh.allSamples();
  REQUIRE(all.size() == 4);
  CHECK(all[2].worldMeters == samples[2].worldMeters);
  CHECK(all[2].actorMeters.at("tajikistan").count("trust") == 1);
  CHECK(all[2].actorMeters.at("kyrgyzstan").at("trust") == samples[2].actorMeters.at("kyrgyzstan").at("trust"));
}
