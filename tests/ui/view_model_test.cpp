// What the game screen says, from a role's view: the top bar's sentences and the map's tooltip.
#include <catch2/catch.hpp>

#include "game/ui/texts.hpp"
#include "game/ui/view_model.hpp"

using namespace accord;

namespace {

core::RoleView sampleView() {
  core::RoleView v;
  v.role = "north";
  v.turn = 3;
  v.maxTurns = 24;
  v.date = {2023, 5};
  v.phase = core::Phase::Diplomacy;
  v.round = 2;
  v.maxRounds = 3;
  v.meterDefs.push_back(core::MeterDef{"tension", "Tension", 0, 100, 70, false, false});
  v.meters["tension"] = 64;
  v.actors.push_back(core::ActorView{"north", "Northland", core::ActorKind::State, {}, 0xff0000ff, true, {}, false});
  v.actors.push_back(core::ActorView{"south", "Southland", core::ActorKind::State, {}, 0x00ff00ff, true, {}, false});
  v.actors.push_back(core::ActorView{"pact", "The Pact", core::ActorKind::Bloc, {"north", "south"}, 0x0000ffff, true, {}, false});
  core::Sector a;
  a.id = "gorge";
  a.name = "The Gorge";
  a.km = 1250;
  a.status = core::SectorStatus::Demarcated;
  core::Sector b;
  b.id = "mill";
  b.name = "Mill";
  b.km = 30;
  b.status = core::SectorStatus::Contested;
  b.note = "A mill on the river.";
  b.forces["north"] = core::Forces{800, 5, 0};
  b.forces["pact"] = core::Forces{0, 0, 20};
  v.sectors = {a, b};
  v.exclaves.push_back(core::Exclave{"enclave", "Millbrook", "south", "north", {"mill"}, {0, 0}});
  core::ClauseType cease;
  cease.id = "ceasefire";
  cease.name = "Ceasefire";
  v.clauseTypes = {cease};
  return v;
}

ui::Texts texts(const std::string& lang) {
  auto t = ui::Texts::load(lang);
  REQUIRE(t);
  return std::move(*t);
}

}  // namespace

TEST_CASE("[ui] the top bar reads turn, month, phase, kilometres and tension from the view") {
  const auto v = sampleView();
  const auto bar = ui::topBarOf(v);
  CHECK(bar.kmDemarcated == 1250);
  CHECK(bar.kmTotal == 1280);
  REQUIRE(bar.tension);
  CHECK(bar.tension->value == 64);
  CHECK(bar.blocName == "The Pact");
  CHECK_FALSE(bar.chair);

  const auto en = texts("en");
  CHECK(ui::turnLine(en, bar) == "Turn 3 of 24 · May 2023");
  CHECK(ui::phaseLine(en, bar) == "Phase: diplomacy, round 2 of 3");
  CHECK(ui::kmLine(en, bar) == "Demarcated: 1\u2009250 of 1\u2009280 km (98 %)");
  CHECK(ui::chairLine(en, bar) == "The Pact: the scenario names no chair");

  // A bloc that names its chair shows the chairing member's name.
  auto chaired = v;
  chaired.actors.back().chair = "south";
  const auto withChair = ui::topBarOf(chaired);
  REQUIRE(withChair.chair);
  CHECK(*withChair.chair == "Southland");
  CHECK_THAT(ui::chairLine(en, withChair), Catch::Contains("Southland") && Catch::Contains("The Pact"));

  const auto ru = texts("ru");
  CHECK(ui::turnLine(ru, bar) == "Ход 3 из 24 · май 2023");
  CHECK(ui::kmLine(ru, bar) == "Демаркировано: 1\u2009250 из 1\u2009280 км (98 %)");
}

TEST_CASE("[ui] the ceasefire line counts the months an agreement has left") {
  auto v = sampleView();
  const auto en = texts("en");
  CHECK(ui::ceasefireLine(en, ui::topBarOf(v)) == "Ceasefire: none in force");

  core::Agreement a;
  a.id = 4;
  a.startTurn = 2;
  a.duration = 6;
  a.clauses = {core::Clause{"ceasefire", {}}};
  v.agreements = {a};
  CHECK(ui::ceasefireLine(en, ui::topBarOf(v)) == "Ceasefire: in force, 5 months left");

  a.duration = 0;
  v.agreements = {a};
  CHECK(ui::ceasefireLine(en, ui::topBarOf(v)) == "Ceasefire: in force, open-ended");

  a.status = core::AgreementStatus::Broken;
  v.agreements = {a};
  CHECK(ui::ceasefireLine(en, ui::topBarOf(v)) == "Ceasefire: none in force");
}

TEST_CASE("[ui] a sector's tooltip gives its length, status, exclave, forces and note") {
  const auto v = sampleView();
  const auto facts = ui::sectorFacts(texts("en"), v, v.sectors[1]);
  CHECK(facts.title == "Mill");
  const std::vector<std::string> want{"Length: 30 km",
                                      "Status: contested",
                                      "Borders the exclave Millbrook",
                                      "Northland: 800 troops, 5 heavy weapons",
                                      "The Pact: 20 monitors",
                                      "A mill on the river."};
  CHECK(facts.lines == want);
}

TEST_CASE("[ui] placeholders are filled by name and unknown ones are left alone") {
  CHECK(ui::fillPlaceholders("{a} and {b}, {c}", {{"a", "1"}, {"b", "2"}}) == "1 and 2, {c}");
  CHECK(ui::fillPlaceholders("{unclosed", {{"unclosed", "x"}}) == "{unclosed");
  CHECK(ui::groupDigits(980) == "980");
  CHECK(ui::groupDigits(1234567) == "1\u2009234\u2009567");
}

TEST_CASE("[ui] a key missing from the interface text shows as itself") {
  const ui::Texts t("en", {{"ui.a", "A"}});
  CHECK(t("ui.a") == "A");
  CHECK(t("ui.nowhere") == "ui.nowhere");
  CHECK(t.label("ui.a") == "A##ui.a");
}
