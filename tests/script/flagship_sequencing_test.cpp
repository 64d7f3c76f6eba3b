// The flagship's sequencing rule says how long its refusal stands: until the agreements change
// while there is no ceasefire or no withdrawal, and otherwise the months the ceasefire still has to
// hold. Driven through the real engine, month by month.
#include <catch2/catch.hpp>

#include <filesystem>

#include "game/core/turn_engine.hpp"
#include "game/script/lua_rules.hpp"

using namespace accord;
using namespace accord::core;

namespace {

constexpr int kHeldMonths = 3;  // diplomacy.HELD_MONTHS

void passAll(TurnEngine& e) {
  for (const auto& id : e.waitingFor()) REQUIRE(e.submit(makePass(e.state(), id)));
}

std::optional<ProposalRefusal> talksRefusal(TurnEngine& e) {
  const Clause talks{"demarcation_talks", {{"sectors", ParamValue{std::vector<std::string>{"batken_isfara_road"}}}}};
  return e.proposalRefusal("kyrgyzstan", ProposePayload{{"tajikistan"}, {talks}, 0, ""});
}

}  // namespace

TEST_CASE("[script] the flagship's sequencing refusal says how many months it stands") {
  auto rules = script::LuaRules::load(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/kyrgyz_tajik_border", {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{3, 24, 3});
  REQUIRE(e.start());
  const GameState& s = e.state();
  passAll(e);  // briefing
  REQUIRE(s.phase == Phase::Diplomacy);

  // No ceasefire and no withdrawal: only an agreement can change the answer.
  auto before = talksRefusal(e);
  REQUIRE(before);
  CHECK(before->clause == "demarcation_talks");
  CHECK(before->wait == ProposalRefusal::kUntilAgreementsChange);

  // A ceasefire for two years and a withdrawal of 15 km (briefs.WITHDRAWAL_KM), signed at once.
  const Clause ceasefire{"ceasefire", {{"months", ParamValue{int64_t{24}}}}};
  const Clause withdrawal{"heavy_weapon_withdrawal", {{"km", ParamValue{int64_t{15}}}}};
  REQUIRE(e.submit(makePropose(s, "kyrgyzstan", ProposePayload{{"tajikistan"}, {ceasefire, withdrawal}, 0, ""})));
  REQUIRE(e.submit(makeRespond(s, "tajikistan", s.offers.back().id, Response::Accept)));
  REQUIRE(s.agreements.size() == 1);

  // Both in force: the refusal stands for the months the ceasefire still has to hold, each month.
  bool passed = false;
  for (int month = 0; month < 12 && !passed && s.phase != Phase::Ended; ++month) {
    REQUIRE(s.phase == Phase::Diplomacy);
    const int held = s.meters.at("ceasefire_held");
    auto refusal = talksRefusal(e);
    INFO("turn " << s.turn << ", ceasefire held " << held << " months");
    if (held >= kHeldMonths) {
      CHECK_FALSE(refusal);
      passed = true;
    } else {
      REQUIRE(refusal);
      CHECK(refusal->wait == kHeldMonths - held);
    }
    while (s.phase == Phase::Diplomacy) passAll(e);
    for (const auto& id : e.waitingFor()) REQUIRE(e.submit(makeOrders(s, id, Orders{})));
    while (s.phase != Phase::Diplomacy && s.phase != Phase::Ended) passAll(e);
  }
  CHECK(passed);
  CHECK(e.errors().empty());
}
