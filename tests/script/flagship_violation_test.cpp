// Violation detection in the flagship scenario, driven through the real engine: a state that
// brings heavy weapons up under a ceasefire breaks it; the breach is caught more often where CSTO
// monitors watch; caught breaches are published and reach on_violation, missed ones stay hidden.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "game/core/turn_engine.hpp"
#include "game/script/lua_rules.hpp"

using namespace accord;
using namespace accord::core;

namespace {

constexpr const char* kSector = "batken_isfara_road";

struct Breach {
  bool recorded = false;
  bool detected = false;      // Kyrgyzstan's breach was noticed
  bool anyDetected = false;   // any breach that turn was noticed (a shot fired may be one too)
  bool published = false;     // a public news item of the violation kind appeared that turn
};

void passAll(TurnEngine& e) {
  for (const auto& id : e.waitingFor()) REQUIRE(e.submit(makePass(e.state(), id)));
}

// Signs a ceasefire (with CSTO monitors in kSector when `monitored`) on turn 1, then has
// Kyrgyzstan bring three more heavy weapons into kSector.
Breach breakCeasefire(uint64_t seed, bool monitored) {
  auto rules = script::LuaRules::load(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/kyrgyz_tajik_border", {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{seed, 24, 3});
  REQUIRE(e.start());
  const GameState& s = e.state();
  passAll(e);  // briefing
  REQUIRE(s.phase == Phase::Diplomacy);
  std::vector<Clause> clauses{Clause{"ceasefire", {{"months", ParamValue{int64_t{12}}}}}};
  std::vector<ActorId> to{"tajikistan"};
  if (monitored) {
    clauses.push_back(Clause{"monitors", {{"sectors", ParamValue{std::vector<std::string>{kSector}}}}});
    to.push_back("csto");
  }
  auto proposed = e.submit(makePropose(s, "kyrgyzstan", ProposePayload{to, clauses, 0, ""}));
  INFO((proposed ? std::string("proposed") : proposed.error().reason));
  REQUIRE(proposed);
  const int offer = s.offers.back().id;
  for (const auto& who : to) REQUIRE(e.submit(makeRespond(s, who, offer, Response::Accept)));
  REQUIRE(s.agreements.size() == 1);
  while (s.phase == Phase::Diplomacy) passAll(e);
  REQUIRE(s.phase == Phase::Orders);
  const Forces before = findSector(s, kSector)->forces.at("kyrgyzstan");
  Orders raise;
  raise.forces.push_back(ForceOrder{kSector, before.troops, before.heavy + 3});
  const size_t newsBefore = s.news.size();
  REQUIRE(e.submit(makeOrders(s, "kyrgyzstan", raise)));
  REQUIRE(e.submit(makeOrders(s, "tajikistan", Orders{})));
  REQUIRE(e.submit(makeOrders(s, "csto", Orders{})));
  REQUIRE(e.errors().empty());
  Breach b;
  for (const auto& v : s.agreements.front().violations) {
    if (v.turn != 1) continue;
    b.anyDetected = b.anyDetected || v.detected;
    if (v.actor == "kyrgyzstan") {
      b.recorded = true;
      b.detected = b.detected || v.detected;
    }
  }
  for (size_t i = newsBefore; i < s.news.size(); ++i) {
    if (s.news[i].audience.empty() && s.news[i].tag.find("violation") != std::string::npos) b.published = true;
  }
  return b;
}

}  // namespace

TEST_CASE("[script] the flagship detects ceasefire violations, more often under CSTO monitors, and publishes only what it detects") {
  int seen[2] = {0, 0};
  constexpr int kGames = 60;
  for (int monitored = 0; monitored < 2; ++monitored) {
    for (uint64_t seed = 1; seed <= kGames; ++seed) {
      const Breach b = breakCeasefire(seed, monitored == 1);
      REQUIRE(b.recorded);  // every breach is recorded against the agreement, seen or not
      if (b.detected) ++seen[monitored];
      CHECK(b.published == b.anyDetected);
    }
  }
  INFO("detected without monitors " << seen[0] << ", with monitors " << seen[1] << " of " << kGames);
  CHECK(seen[0] > 0);
  CHECK(seen[0] < kGames);  // not every breach is caught without observers
  CHECK(seen[1] > seen[0] + kGames / 5);
}
