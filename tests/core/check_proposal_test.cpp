// Tests of TurnEngine::checkProposal: the answer submit would give, with nothing changed.
#include <catch2/catch.hpp>

#include "game/core/state_hash.hpp"
#include "test_rules.hpp"

using namespace accord::core;
using accord::test::TestRules;
using accord::test::clause;
using accord::test::finishStep;

namespace {

struct Game {
  TestRules rules;
  TurnEngine engine;
  Game() : engine(rules, EngineConfig{7, 3, 3}) {
    rules.amendSetup = [](GameState& s) {
      UtilitySpec b;
      b.redLines.push_back(RedLine{"north", "No monitors in the North", RedLineKind::Forbid, "monitors", "sectors", 0, "s1", {}});
      s.utilities["b"] = b;
    };
    REQUIRE(engine.start());
    rules.refuseProposal = [](const Offer& o) -> std::optional<std::string> {
      if (o.clauses[0].type == "water") return "water is not on the agenda yet";
      return std::nullopt;
    };
  }
  const GameState& s() const { return engine.state(); }
};

// What an outsider can see of the engine, to show that a dry run changed none of it.
struct Trace {
  uint64_t hash;
  size_t log;
  size_t errors;
  size_t offers;
  int nextOfferId;
  bool roundActive;
  bool operator==(const Trace&) const = default;
};

Trace trace(const TurnEngine& e) {
  const GameState& s = e.state();
  return {hashState(s), e.log().size(), e.errors().size(), s.offers.size(), s.nextOfferId, s.roundActive};
}

std::optional<std::string> submitted(TurnEngine& e, const ActorId& from, const ProposePayload& p) {
  auto r = e.submit(makePropose(e.state(), from, p));
  if (r) return std::nullopt;
  return r.error().reason;
}

ProposePayload package(std::vector<ActorId> to, Clause c) { return ProposePayload{std::move(to), {std::move(c)}, 0, ""}; }

}  // namespace

TEST_CASE("[core] checkProposal gives the reason submit would give and changes nothing") {
  Game g;
  finishStep(g.engine);
  REQUIRE(g.s().phase == Phase::Diplomacy);

  ActorId from = "a";
  ProposePayload p;
  std::optional<std::string> expected;
  SECTION("a valid package") {
    p = package({"b"}, clause("hotline", "open", true));
  }
  SECTION("a bad parameter") {
    p = package({"b"}, clause("ceasefire", "months", int64_t{13}));
    expected = "clause 1 (ceasefire): parameter 'months' is 13, outside 1..12";
  }
  SECTION("an unknown actor") {
    from = "zz";
    p = package({"b"}, clause("hotline", "open", true));
    expected = "unknown actor 'zz'";
  }
  SECTION("a refusal by the rules") {
    p = package({"b"}, clause("water", "split", std::string("50_50")));
    expected = "water is not on the agenda yet";
  }
  SECTION("a veto of the bloc's own package") {
    from = "bloc";
    p = package({"a", "b"}, clause("monitors", "sectors", std::vector<std::string>{"s1"}));
    expected = "vetoed by State B: No monitors in the North";
  }

  const Trace before = trace(g.engine);
  const auto answer = g.engine.checkProposal(from, p);
  CHECK(answer == expected);
  CHECK(trace(g.engine) == before);
  CHECK(submitted(g.engine, from, p) == expected);
}

TEST_CASE("[core] checkProposal outside diplomacy answers as submit does") {
  Game g;
  REQUIRE(g.s().phase == Phase::Briefing);
  const ProposePayload p = package({"b"}, clause("hotline", "open", true));
  const Trace before = trace(g.engine);
  CHECK(g.engine.checkProposal("a", p) == std::optional<std::string>("offers are made in the diplomacy phase"));
  CHECK(trace(g.engine) == before);
  CHECK(submitted(g.engine, "a", p) == std::optional<std::string>("offers are made in the diplomacy phase"));
}

TEST_CASE("[core] checkProposal leaves the random streams as they were") {
  Game g;
  finishStep(g.engine);
  const ProposePayload p = package({"b"}, clause("hotline", "open", true));
  CHECK_FALSE(g.engine.checkProposal("a", p));
  CHECK_FALSE(g.engine.checkProposal("a", p));
  REQUIRE(g.engine.submit(makePropose(g.s(), "a", p)));
  REQUIRE(g.rules.proposalDraws.size() == 3);
  // The hook drew the same number each time: the dry runs drew from copies of the streams.
  CHECK(g.rules.proposalDraws[0] == g.rules.proposalDraws[2]);
  CHECK(g.rules.proposalDraws[1] == g.rules.proposalDraws[2]);
  // And the rules saw the very offer that stood.
  CHECK(g.rules.proposalsSeen[0].id == g.s().offers[0].id);
  CHECK(g.rules.proposalsSeen[0].clauses == g.s().offers[0].clauses);
}

TEST_CASE("[core] checkProposal does not report a failing on_proposal, and counts it as no refusal") {
  Game g;
  g.rules.failHook = [](const std::string& hook) { return hook == "on_proposal"; };
  finishStep(g.engine);
  const ProposePayload p = package({"b"}, clause("water", "split", std::string("50_50")));
  const Trace before = trace(g.engine);
  CHECK_FALSE(g.engine.checkProposal("a", p));
  CHECK(trace(g.engine) == before);
  // submit reports the failure, rolls the hook back and lets the offer stand.
  REQUIRE(g.engine.submit(makePropose(g.s(), "a", p)));
  CHECK(g.engine.errors().size() == 1);
  CHECK(g.s().offers.size() == 1);
}
