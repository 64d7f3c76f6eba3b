// The negotiation table's logic: the builder's package and the report of a resolved turn.
#include <catch2/catch.hpp>

#include "game/ui/table_panel.hpp"

using namespace accord;

namespace {

std::vector<core::ClauseType> sampleTypes() {
  core::ClauseType cease;
  cease.id = "ceasefire";
  cease.name = "Ceasefire";
  cease.params.push_back(core::ParamDef{"months", "Months", core::ParamKind::Int, 1, 24, 1, {}, {}});
  core::ClauseType keepers;
  keepers.id = "peacekeepers";
  keepers.name = "Peacekeepers";
  keepers.params.push_back(core::ParamDef{"mandate", "Mandate", core::ParamKind::Enum, 0, 0, 1, {"monitor", "buffer"}, {}});
  keepers.params.push_back(core::ParamDef{"sectors", "Sectors", core::ParamKind::Sectors, 0, 0, 1, {}, {}});
  keepers.params.push_back(core::ParamDef{"armed", "Armed", core::ParamKind::Bool, 0, 0, 1, {}, {}});
  return {cease, keepers};
}

}  // namespace

TEST_CASE("[ui] the proposal builder's draft becomes a package in the scenario's clause order") {
  const auto types = sampleTypes();
  ui::ProposalDraft d;
  fillDefaults(d, types);
  CHECK(std::get<int64_t>(d.params["ceasefire"]["months"]) == 1);
  CHECK(std::get<std::string>(d.params["peacekeepers"]["mandate"]) == "monitor");
  CHECK(std::get<bool>(d.params["peacekeepers"]["armed"]) == false);
  CHECK(std::get<std::vector<std::string>>(d.params["peacekeepers"]["sectors"]).empty());

  d.to = {"south", "pact"};
  d.included = {"peacekeepers", "ceasefire"};
  d.params["ceasefire"]["months"] = int64_t{6};
  d.note = "Quiet first.";
  d.replyTo = 4;
  const auto p = payloadOf(d, types);
  CHECK(p.to == std::vector<core::ActorId>{"pact", "south"});
  REQUIRE(p.clauses.size() == 2);
  CHECK(p.clauses[0].type == "ceasefire");
  CHECK(std::get<int64_t>(p.clauses[0].params.at("months")) == 6);
  CHECK(p.clauses[1].type == "peacekeepers");
  CHECK(p.clauses[1].params.size() == 3);
  CHECK(p.note == "Quiet first.");
  CHECK(p.replyTo == 4);

  d.included.erase("ceasefire");
  CHECK(payloadOf(d, types).clauses.size() == 1);
}

TEST_CASE("[ui] the turn report shows that turn's news, agreements, violations and meter changes") {
  auto texts = ui::Texts::load("en");
  REQUIRE(texts);
  core::RoleView before;
  before.role = "north";
  before.turn = 2;
  before.phase = core::Phase::Orders;
  before.meterDefs.push_back(core::MeterDef{"tension", "Tension", 0, 100, 70, false, false});
  before.meterDefs.push_back(core::MeterDef{"approval", "Approval", 0, 100, 50, true, true});
  before.meters["tension"] = 60;
  before.actors.push_back(core::ActorView{"north", "Northland", core::ActorKind::State, {}, 0, true, {{"approval", 50}}, false});
  before.actors.push_back(core::ActorView{"south", "Southland", core::ActorKind::State, {}, 0, true, {}, false});

  core::RoleView now = before;
  now.phase = core::Phase::Review;
  now.meters["tension"] = 55;
  now.actors[0].meters["approval"] = 53;
  now.news.push_back(core::NewsItem{1, "Old news.", {}, ""});
  now.news.push_back(core::NewsItem{2, "Shots at the mill.", {}, ""});
  now.news.push_back(core::NewsItem{2, "Your patrol saw it.", {"north"}, ""});
  core::Agreement a;
  a.id = 1;
  a.parties = {"north", "south"};
  a.startTurn = 2;
  a.violations.push_back(core::Violation{1, 0, "south", 2, true, "guns moved forward"});
  a.violations.push_back(core::Violation{1, 0, "north", 2, false, "unseen"});
  now.agreements = {a};

  const auto r = ui::TablePanel::reportOf(*texts, now, &before);
  CHECK(r.turn == 2);
  CHECK(r.news == std::vector<std::string>{"Shots at the mill.", "(private) Your patrol saw it."});
  REQUIRE(r.agreements.size() == 1);
  CHECK_THAT(r.agreements[0], Catch::Contains("Northland, Southland"));
  REQUIRE(r.violations.size() == 1);
  CHECK_THAT(r.violations[0], Catch::Contains("Southland") && Catch::Contains("guns moved forward"));
  CHECK(r.meters == std::vector<std::string>{"Tension: 60 → 55 (-5)", "Approval: 50 → 53 (+3)"});

  // The next month's briefing still reports the turn before; with no view from before it, no meters.
  now.turn = 3;
  now.phase = core::Phase::Briefing;
  const auto next = ui::TablePanel::reportOf(*texts, now, nullptr);
  CHECK(next.turn == 2);
  CHECK(next.meters.empty());
}
