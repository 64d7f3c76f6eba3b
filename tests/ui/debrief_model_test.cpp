// What the Debrief screen shows, from the final state and the analysis, and how "play again from
// turn N" rebuilds the game as it stood when that turn began.
#include <catch2/catch.hpp>

#include "game/app/i18n.hpp"
#include "game/ui/debrief_model.hpp"
#include "game/ui/game_driver.hpp"
#include "flagship_driver.hpp"

using namespace accord;

namespace {

ui::Texts english() {
  auto t = ui::Texts::load("en");
  REQUIRE(t);
  return std::move(*t);
}

core::Clause clause(const std::string& type) { return core::Clause{type, {}}; }

core::GameState finalState() {
  core::GameState s;
  s.turn = 6;
  s.maxTurns = 6;
  s.maxRounds = 3;
  s.outcome = core::Outcome{"settled", "The border is settled."};
  for (const char* id : {"north", "south"}) {
    core::Actor a;
    a.id = id;
    a.name = std::string(id) == "north" ? "Northland" : "Southland";
    a.playable = true;
    s.actors.push_back(a);
  }
  core::Actor bystander;
  bystander.id = "bystander";
  bystander.name = "Bystander";
  s.actors.push_back(bystander);
  core::ClauseType cease;
  cease.id = "ceasefire";
  cease.name = "Ceasefire";
  core::ClauseType hotline;
  hotline.id = "hotline";
  hotline.name = "Hotline";
  s.clauseTypes = {cease, hotline};
  s.scores = {{"north", 61}, {"south", 40}};
  core::Brief brief;
  brief.objectives.push_back(core::Objective{"calm", "Keep the border calm", 2});
  s.briefs["north"] = brief;
  core::Agreement a;
  a.id = 1;
  a.parties = {"north", "south"};
  a.clauses = {clause("ceasefire")};
  a.startTurn = 2;
  s.agreements.push_back(a);
  return s;
}

ai::Debrief analysis() {
  ai::Debrief d;
  d.roles = {{"north", 20.0, 5.0}, {"south", -10.0, -4.0}};
  d.deal = {clause("ceasefire")};
  d.disputants = {"north", "south"};
  d.frontier = {{10, 40, {clause("hotline")}}, {30, 20, {clause("ceasefire"), clause("hotline")}}, {45, 0, {}}};
  d.nash = d.frontier[1];
  d.paretoDistance = 12.5;
  d.nashDistance = 31.6;
  d.betterPackage = ai::BetterPackage{{clause("ceasefire"), clause("hotline")}, {{"north", 30.0}, {"south", 20.0}}};
  // Offers as {id, turn, round, worth to the sender}.
  d.concessions = {{"north", {{1, 1, 1, 50.0}, {3, 3, 1, 35.0}, {7, 5, 2, 25.0}}}, {"south", {}}};
  d.commitments = {{1, "north", true, 0, 1}, {1, "south", false, 2, 0}};
  return d;
}

const ui::ChartLine* lineNamed(const ui::Chart& c, const std::string& label) {
  for (const auto& l : c.lines) {
    if (l.label == label) return &l;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("[ui] the debrief lists each role's score and the deal's worth against no deal") {
  const auto t = english();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), analysis(), {{"north", ui::kHuman}, {"south", "hardliner"}});
  CHECK(v.outcome == "The border is settled.");
  CHECK(v.played == "Turns played: 6 of 6.");
  CHECK(v.lastTurn == 6);
  REQUIRE(v.roles.size() == 2);  // the playable roles only
  CHECK(v.roles[0].name == "Northland");
  CHECK(v.roles[0].seat == "Human");
  CHECK(v.roles[0].score == "61");
  REQUIRE(v.roles[0].utility);
  REQUIRE(v.roles[0].reservation);
  CHECK(*v.roles[0].utility == Approx(20.0));
  CHECK(*v.roles[0].reservation == Approx(5.0));
  CHECK(v.roles[0].gained);
  CHECK(v.roles[0].verdict == "15.0 better than no deal");
  CHECK(v.roles[0].objectives == std::vector<std::string>{"Keep the border calm (weight 2)"});
  CHECK(v.roles[1].seat == "Computer: hardliner");
  CHECK(v.roles[1].lost);
  CHECK(v.roles[1].verdict == "6.0 worse than no deal");
}

TEST_CASE("[ui] the debrief's utility plane shows the frontier, the Nash point, the deal, the better package and no deal") {
  const auto t = english();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), analysis(), {});
  REQUIRE(v.plane);
  const ui::Chart& c = *v.plane;
  CHECK(c.xLabel == "Worth to Northland");
  CHECK(c.yLabel == "Worth to Southland");
  CHECK(c.nearestPoint);
  const auto* frontier = lineNamed(c, "Pareto frontier");
  REQUIRE(frontier);
  REQUIRE(frontier->points.size() == 3);
  CHECK(frontier->points[0].x == 10);
  CHECK(frontier->points[0].y == 40);
  CHECK_THAT(frontier->points[0].where, Catch::Contains("Hotline"));
  const auto* deal = lineNamed(c, "Deal reached");
  REQUIRE(deal);
  CHECK(deal->points[0].x == 20);
  CHECK(deal->points[0].y == -10);
  const auto* nash = lineNamed(c, "Nash point");
  REQUIRE(nash);
  CHECK(nash->points[0].x == 30);
  const auto* better = lineNamed(c, "Better package");
  REQUIRE(better);
  CHECK(better->points[0].y == 20);
  const auto* noDeal = lineNamed(c, "No deal");
  REQUIRE(noDeal);
  CHECK(noDeal->points[0].x == 5);
  CHECK(noDeal->points[0].y == -4);
  // Every point is inside the axes.
  for (const auto& line : c.lines) {
    for (const auto& p : line.points) {
      CHECK(p.x >= c.xMin);
      CHECK(p.x <= c.xMax);
      CHECK(p.y >= c.yMin);
      CHECK(p.y <= c.yMax);
    }
  }
  CHECK_THAT(v.measures.front(), Catch::StartsWith("Distance from the deal to the Pareto frontier: 12.5 (0 means"));
  CHECK_THAT(v.measures[1], Catch::Contains("31.6") && Catch::Contains("Northland 30.0"));
  REQUIRE(v.better.size() == 4);  // two clauses, then each role's worth
  CHECK(v.better[2] == "Northland: 30.0 (the deal: 20.0)");
}

TEST_CASE("[ui] the debrief's concession curves place each offer at its turn and round, over each role's no-deal line") {
  const auto t = english();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), analysis(), {});
  REQUIRE(v.concessions);
  const ui::Chart& c = *v.concessions;
  REQUIRE(c.lines.size() == 1);  // a role that tabled nothing has no curve
  CHECK(c.lines[0].label == "Northland");
  REQUIRE(c.lines[0].points.size() == 3);
  CHECK(c.lines[0].points[0].x == Approx(1.0));
  CHECK(c.lines[0].points[2].x == Approx(5.0 + 1.0 / 3.0));
  CHECK(c.lines[0].points[2].where == "Turn 5, round 2: offer No. 7");
  REQUIRE(c.rules.size() == 1);
  CHECK(c.rules[0].y == 5.0);
  CHECK(c.rules[0].label == "No deal for Northland");
}

TEST_CASE("[ui] the debrief says who kept and who broke each agreement") {
  const auto t = english();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), analysis(), {});
  REQUIRE(v.commitments.size() == 2);
  CHECK(v.commitments[0].agreement == "No. 1 from turn 2: Ceasefire");
  CHECK(v.commitments[0].party == "Northland");
  CHECK(v.commitments[0].kept);
  CHECK(v.commitments[0].status == "Kept");
  CHECK(v.commitments[0].violations == "0 detected, 1 undetected");
  CHECK_FALSE(v.commitments[1].kept);
  CHECK(v.commitments[1].status == "Broken");
}

TEST_CASE("[ui] with nothing signed the debrief says so instead of a gain over no deal") {
  const auto t = english();
  auto d = analysis();
  d.deal.clear();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), d, {});
  CHECK(v.deal == std::vector<std::string>{"No agreement was reached."});
  CHECK(v.roles[0].verdict == "No agreement was signed");
  CHECK_FALSE(v.roles[0].gained);
  CHECK_FALSE(v.roles[0].lost);
  REQUIRE(v.plane);
  CHECK(lineNamed(*v.plane, "Nothing signed"));
  CHECK_FALSE(lineNamed(*v.plane, "Deal reached"));
}

TEST_CASE("[ui] without utility tables the debrief keeps the scores and the commitments, and draws no plane") {
  const auto t = english();
  auto d = analysis();
  d.roles.clear();
  const auto v = ui::debriefViewOf(t, app::phrasebook("en"), finalState(), d, {});
  CHECK_FALSE(v.analysed);
  CHECK_FALSE(v.plane);
  CHECK_FALSE(v.concessions);
  CHECK(v.roles[0].score == "61");
  CHECK_FALSE(v.roles[0].utility);
  CHECK(v.roles[0].verdict.empty());
  CHECK(v.commitments.size() == 2);
}

TEST_CASE("[ui] the commands before a turn are those the log holds up to that turn's first") {
  std::vector<core::Command> log;
  for (int turn : {1, 1, 2, 2, 3}) {
    core::Command c;
    c.turn = turn;
    c.actor = "north";
    log.push_back(c);
  }
  CHECK(ui::commandsBefore(log, 1).empty());
  CHECK(ui::commandsBefore(log, 2).size() == 2);
  CHECK(ui::commandsBefore(log, 3).size() == 4);
  CHECK(ui::commandsBefore(log, 9).size() == 5);
}

TEST_CASE("[ui] play again from turn 2 rebuilds the finished game as it stood when turn 2 began") {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 3;
  config.seed = 7;
  auto session = app::Session::create(config);
  REQUIRE(session);
  ui::GameDriver game(std::move(*session), {{"kyrgyzstan", "pragmatist"}, {"tajikistan", "hardliner"}, {"csto", "conciliator"}}, false);
  game.advance();
  REQUIRE(game.finished());

  auto again = ui::sessionAtTurn(game.session(), 2);
  REQUIRE(again);
  const auto& engine = (*again)->engine();
  CHECK(engine.state().turn == 2);
  CHECK(engine.state().phase == core::Phase::Briefing);
  CHECK_FALSE(engine.finished());
  CHECK(engine.state().maxTurns == 3);
  CHECK((*again)->config().seed == 7);
  // The same first month, command for command, and the same state when it closed.
  CHECK(engine.log() == ui::commandsBefore(game.session().engine().log(), 2));
  REQUIRE(engine.turnHashes().size() == 1);
  CHECK(engine.turnHashes()[0] == game.session().engine().turnHashes()[0]);

  auto fromStart = ui::sessionAtTurn(game.session(), 1);
  REQUIRE(fromStart);
  CHECK((*fromStart)->engine().state().turn == 1);
  CHECK((*fromStart)->engine().log().empty());
}

TEST_CASE("[ui] play again from turn 3 lets the computer players remember the months before it: the same moves give the same game") {
  const ui::Seats seats{{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "hardliner"}};
  auto first = test::flagship(seats, false, 3);
  ui::GameDriver& game = *first;
  test::playToTheEnd(game);
  const auto& played = game.session().engine();

  auto made = ui::driverAtTurn(game, 3);
  REQUIRE(made);
  ui::GameDriver& again = **made;
  CHECK(again.state().turn == 3);
  CHECK(again.state().phase == core::Phase::Briefing);
  CHECK(again.seats() == seats);
  CHECK(again.session().engine().log() == ui::commandsBefore(played.log(), 3));

  // Played on with the same moves, the computer players make the same offers and answers as
  // before, month for month.
  again.advance();
  test::playToTheEnd(again);
  CHECK(again.session().engine().log() == played.log());
  CHECK(again.session().engine().turnHashes() == played.turnHashes());
}

TEST_CASE("[ui] play again from a turn of a game loaded mid-way replays its log, whose computer players started afresh when it was loaded") {
  const ui::Seats seats{{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "hardliner"}};
  auto first = test::flagship(seats, false, 3);
  test::playToTheEnd(*first);

  // The same game loaded at turn 3: its computer players know nothing of the first two months.
  auto loaded = ui::sessionAtTurn(first->session(), 3);
  REQUIRE(loaded);
  ui::GameDriver game(std::move(*loaded), seats, false);
  game.advance();
  test::playToTheEnd(game);
  REQUIRE(game.session().engine().log() != first->session().engine().log());

  auto made = ui::driverAtTurn(game, 5);
  REQUIRE(made);
  CHECK((*made)->state().turn == 5);
  CHECK((*made)->session().engine().log() == ui::commandsBefore(game.session().engine().log(), 5));
}
