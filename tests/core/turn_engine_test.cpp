// Tests of the turn engine: phases, validation, agreements, orders, rollback and determinism.
#include <catch2/catch.hpp>

#include "game/core/state_hash.hpp"
#include "test_rules.hpp"

using namespace accord::core;
using accord::test::TestRules;
using accord::test::clause;
using accord::test::playTo;
using accord::test::finishStep;

namespace {

struct Game {
  TestRules rules;
  TurnEngine engine;
  explicit Game(uint64_t seed = 7, int turns = 3) : engine(rules, EngineConfig{seed, turns, 3}) {
    REQUIRE(engine.start());
  }
  const GameState& s() const { return engine.state(); }
};

Command propose(const GameState& s, ActorId from, std::vector<ActorId> to, std::vector<Clause> clauses, int replyTo = 0) {
  return makePropose(s, std::move(from), ProposePayload{std::move(to), std::move(clauses), replyTo, ""});
}

}  // namespace

TEST_CASE("[core] a turn passes through briefing, diplomacy, orders, resolution and review") {
  Game g;
  CHECK(g.s().turn == 1);
  CHECK(g.s().phase == Phase::Briefing);
  finishStep(g.engine);
  CHECK(g.s().phase == Phase::Diplomacy);
  CHECK(g.s().round == 1);
  finishStep(g.engine);  // a quiet round closes diplomacy
  CHECK(g.s().phase == Phase::Orders);
  finishStep(g.engine);  // holding orders: resolution runs, then review
  CHECK(g.s().phase == Phase::Review);
  CHECK(g.engine.turnHashes().size() == 1);
  finishStep(g.engine);
  CHECK(g.s().turn == 2);
  CHECK(g.s().phase == Phase::Briefing);

  const auto& calls = g.rules.calls;
  auto at = [&](const std::string& name) { return std::find(calls.begin(), calls.end(), name) - calls.begin(); };
  CHECK(at("on_setup") < at("on_turn_start"));
  CHECK(at("on_turn_start") < at("on_orders"));
  CHECK(at("on_orders") < at("on_resolve"));
  CHECK(at("on_resolve") < at("score"));
  CHECK(at("score") < at("check_outcome"));
}

TEST_CASE("[core] the game ends after the last turn with an outcome") {
  Game g(1, 2);
  playTo(g.engine, Phase::Ended, 2);
  CHECK(g.engine.finished());
  REQUIRE(g.s().outcome);
  CHECK(g.s().outcome->id == "frozen");
  CHECK(g.engine.turnHashes().size() == 2);
  auto r = g.engine.submit(makePass(g.s(), "a"));
  REQUIRE_FALSE(r);
  CHECK(r.error().reason == "the game is over");
}

TEST_CASE("[core] a command in the wrong phase is refused with a reason and changes nothing") {
  Game g;
  const uint64_t before = hashState(g.s());
  const size_t logSize = g.engine.log().size();

  SECTION("an offer during the briefing") {
    auto r = g.engine.submit(propose(g.s(), "a", {"b"}, {clause("ceasefire", "months", int64_t{3})}));
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "offers are made in the diplomacy phase");
  }
  SECTION("orders during the briefing") {
    auto r = g.engine.submit(makeOrders(g.s(), "a", {}));
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "orders are given in the orders phase");
  }
  SECTION("a command stamped for another turn") {
    Command c = makePass(g.s(), "a");
    c.turn = 5;
    auto r = g.engine.submit(c);
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().reason, Catch::Contains("turn 5") && Catch::Contains("turn 1"));
  }
  CHECK(hashState(g.s()) == before);
  CHECK(g.engine.log().size() == logSize);
}

TEST_CASE("[core] a command from an unknown or non-playable actor is refused") {
  Game g;
  auto unknown = g.engine.submit(makePass(g.s(), "zz"));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().reason == "unknown actor 'zz'");
  auto seatless = g.engine.submit(makePass(g.s(), "c"));
  REQUIRE_FALSE(seatless);
  CHECK(seatless.error().reason == "'c' is not a playable role");
  finishStep(g.engine);
  auto toSeatless = g.engine.submit(propose(g.s(), "a", {"c"}, {clause("ceasefire", "months", int64_t{3})}));
  REQUIRE_FALSE(toSeatless);
  CHECK(toSeatless.error().reason == "'c' has no seat at the table");
}

TEST_CASE("[core] an offer with bad parameters is refused with the reason") {
  Game g;
  finishStep(g.engine);
  REQUIRE(g.s().phase == Phase::Diplomacy);
  const uint64_t before = hashState(g.s());
  auto reasonFor = [&](std::vector<ActorId> to, Clause c) {
    auto r = g.engine.submit(propose(g.s(), "a", std::move(to), {std::move(c)}));
    REQUIRE_FALSE(r);
    return r.error().reason;
  };
  CHECK(reasonFor({"b"}, clause("ceasefire", "months", int64_t{13})) == "clause 1 (ceasefire): parameter 'months' is 13, outside 1..12");
  CHECK(reasonFor({"b"}, clause("withdrawal", "km", int64_t{7})) == "clause 1 (withdrawal): parameter 'km' must be a multiple of 5 from 0");
  CHECK(reasonFor({"b"}, clause("ceasefire", "months", true)) == "clause 1 (ceasefire): parameter 'months' must be an integer");
  CHECK(reasonFor({"b"}, clause("water", "split", std::string("90_10"))) ==
        "clause 1 (water): parameter 'split' is '90_10', not one of: 50_50, 60_40");
  CHECK(reasonFor({"b", "bloc"}, clause("monitors", "sectors", std::vector<std::string>{"s9"})) ==
        "clause 1 (monitors): parameter 'sectors' names unknown sector 's9'");
  CHECK(reasonFor({"b"}, clause("monitors", "sectors", std::vector<std::string>{"s1"})) ==
        "clause 1 (monitors): 'bloc' must be a party to this clause");
  CHECK(reasonFor({"b"}, clause("treaty", "x", int64_t{1})) == "clause 1: unknown clause type 'treaty'");
  CHECK(reasonFor({"b"}, Clause{"ceasefire", {}}) == "clause 1 (ceasefire): parameter 'months' is missing");
  Clause extra = clause("ceasefire", "months", int64_t{2});
  extra.params.emplace("colour", std::string("red"));
  CHECK(reasonFor({"b"}, extra) == "clause 1 (ceasefire): unknown parameter 'colour'");
  CHECK(reasonFor({}, clause("ceasefire", "months", int64_t{2})) == "the offer is addressed to no one");
  CHECK(reasonFor({"a"}, clause("ceasefire", "months", int64_t{2})) == "addressee 'a' is named twice or is the proposer");
  CHECK(hashState(g.s()) == before);
}

TEST_CASE("[core] an agreement binds only when every named party accepts") {
  Game g;
  finishStep(g.engine);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b", "bloc"},
                                  {clause("ceasefire", "months", int64_t{6}),
                                   clause("monitors", "sectors", std::vector<std::string>{"s1"})})));
  const int offer = g.s().offers.back().id;

  SECTION("partial acceptance binds nothing") {
    REQUIRE(g.engine.submit(makeRespond(g.s(), "b", offer, Response::Accept)));
    CHECK(g.s().agreements.empty());
    CHECK(g.s().offers.back().status == OfferStatus::Open);
    REQUIRE(g.engine.submit(makeRespond(g.s(), "bloc", offer, Response::Accept)));
    REQUIRE(g.s().agreements.size() == 1);
    const Agreement& a = g.s().agreements.front();
    CHECK(a.parties == std::vector<ActorId>{"a", "b", "bloc"});
    CHECK(a.duration == 6);
    CHECK(a.status == AgreementStatus::Active);
    CHECK(g.s().offers.back().status == OfferStatus::Agreed);
    CHECK(std::count(g.rules.calls.begin(), g.rules.calls.end(), "on_agreement") == 1);
  }
  SECTION("one rejection ends the offer") {
    REQUIRE(g.engine.submit(makeRespond(g.s(), "b", offer, Response::Accept)));
    REQUIRE(g.engine.submit(makeRespond(g.s(), "bloc", offer, Response::Reject)));
    CHECK(g.s().agreements.empty());
    CHECK(g.s().offers.back().status == OfferStatus::Rejected);
    auto late = g.engine.submit(makeRespond(g.s(), "b", offer, Response::Accept));
    REQUIRE_FALSE(late);
    CHECK(late.error().reason == "offer 1 is rejected");
  }
  SECTION("only an addressee may answer, and only once") {
    auto self = g.engine.submit(makeRespond(g.s(), "a", offer, Response::Accept));
    REQUIRE_FALSE(self);
    CHECK(self.error().reason == "offer 1 is not addressed to 'a'");
    REQUIRE(g.engine.submit(makeRespond(g.s(), "b", offer, Response::Accept)));
    auto twice = g.engine.submit(makeRespond(g.s(), "b", offer, Response::Reject));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().reason == "'b' has already answered offer 1");
  }
}

TEST_CASE("[core] a counter-offer withdraws the earlier offer for the countering party") {
  Game g;
  finishStep(g.engine);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("withdrawal", "km", int64_t{5})})));
  REQUIRE(g.engine.submit(propose(g.s(), "b", {"a"}, {clause("withdrawal", "km", int64_t{15})}, 1)));
  const Offer* first = findOffer(g.s(), 1);
  const Offer* counter = findOffer(g.s(), 2);
  CHECK(first->status == OfferStatus::Rejected);
  CHECK(first->responses.at("b") == Response::Reject);
  CHECK(counter->status == OfferStatus::Open);
  CHECK(counter->replyTo == 1);
  REQUIRE(g.engine.submit(makeRespond(g.s(), "a", 2, Response::Accept)));
  REQUIRE(g.s().agreements.size() == 1);
  CHECK(std::get<int64_t>(g.s().agreements[0].clauses[0].params.at("km")) == 15);
}

TEST_CASE("[core] open offers expire when diplomacy reaches its deadline") {
  Game g;  // three rounds
  finishStep(g.engine);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("hotline", "open", true)})));
  finishStep(g.engine);
  CHECK(g.s().round == 2);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("hotline", "open", false)})));
  finishStep(g.engine);
  CHECK(g.s().round == 3);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("ceasefire", "months", int64_t{1})})));
  finishStep(g.engine);
  CHECK(g.s().phase == Phase::Orders);
  for (const auto& o : g.s().offers) CHECK(o.status == OfferStatus::Expired);
  auto late = g.engine.submit(makeRespond(g.s(), "b", 1, Response::Accept));
  REQUIRE_FALSE(late);
  CHECK(late.error().reason == "offers are answered in the diplomacy phase");
}

TEST_CASE("[core] a proposal the rules refuse is refused with their reason and changes nothing") {
  Game g;
  g.rules.refuseProposal = [](const Offer& o) -> std::optional<std::string> {
    if (o.clauses[0].type == "water") return "water is not on the agenda yet";
    return std::nullopt;
  };
  finishStep(g.engine);
  const uint64_t before = hashState(g.s());
  auto r = g.engine.submit(propose(g.s(), "a", {"b"}, {clause("water", "split", std::string("50_50"))}));
  REQUIRE_FALSE(r);
  CHECK(r.error().reason == "water is not on the agenda yet");
  CHECK(hashState(g.s()) == before);
  CHECK(g.s().offers.empty());
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("hotline", "open", true)})));
  CHECK(g.s().offers.size() == 1);
}

TEST_CASE("[core] sealed orders take effect together and reach the rules in fixed actor order") {
  Game g;
  playTo(g.engine, Phase::Orders, 1);
  // Submitted out of order: the rules still see a, b, bloc.
  REQUIRE(g.engine.submit(makeOrders(g.s(), "bloc", {})));
  REQUIRE(g.engine.submit(makeOrders(g.s(), "b", Orders{{{"s1", 50, 0}}, {}, {}})));
  CHECK(findSector(g.s(), "s1")->forces.at("b").troops == 100);  // sealed: nothing moved yet
  auto twice = g.engine.submit(makeOrders(g.s(), "b", {}));
  REQUIRE_FALSE(twice);
  REQUIRE(g.engine.submit(makeOrders(g.s(), "a", Orders{{{"s1", 80, 2}}, {"We hold."}, {}})));
  CHECK(g.rules.orderSeen == std::vector<std::string>{"a", "b", "bloc"});
  CHECK(findSector(g.s(), "s1")->forces.at("a").troops == 80);
  CHECK(findSector(g.s(), "s1")->forces.at("a").heavy == 2);
  CHECK(findSector(g.s(), "s1")->forces.at("b").troops == 50);
  CHECK(g.s().lastOrders.at("a").statements == std::vector<std::string>{"We hold."});
}

TEST_CASE("[core] orders naming an unknown sector or a negative force are refused") {
  Game g;
  playTo(g.engine, Phase::Orders, 1);
  auto unknown = g.engine.submit(makeOrders(g.s(), "a", Orders{{{"s7", 1, 0}}, {}, {}}));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().reason == "orders name unknown sector 's7'");
  auto negative = g.engine.submit(makeOrders(g.s(), "a", Orders{{{"s1", -1, 0}}, {}, {}}));
  REQUIRE_FALSE(negative);
  CHECK(negative.error().reason == "orders for 's1' have a negative force");
}

TEST_CASE("[core] a failing hook is reported, its changes roll back and the game goes on") {
  Game g(3, 2);
  g.rules.failHook = [](const std::string& hook) { return hook == "on_resolve"; };
  const int tensionBefore = g.s().meters.at("tension");
  playTo(g.engine, Phase::Review, 1);
  REQUIRE(g.engine.errors().size() == 1);
  const RuleError& e = g.engine.errors().front();
  CHECK(e.hook == "on_resolve");
  CHECK(e.turn == 1);
  CHECK(e.headline() == "mod 'test', hook 'on_resolve', turn 1: init.lua:7: boom");
  CHECK(g.s().meters.at("tension") == tensionBefore);
  playTo(g.engine, Phase::Ended, 2);
  CHECK(g.engine.finished());
  CHECK(g.engine.errors().size() == 2);
}

TEST_CASE("[core] the same seed and commands give the same hashes, another seed differs") {
  auto play = [](uint64_t seed) {
    TestRules rules;
    TurnEngine e(rules, EngineConfig{seed, 6, 3});
    REQUIRE(e.start());
    playTo(e, Phase::Ended, 6);
    return e.turnHashes();
  };
  CHECK(play(11) == play(11));
  CHECK(play(11) != play(12));
}

TEST_CASE("[core] random streams are independent of each other") {
  RngStreams a(5), b(5);
  const uint64_t first = a.stream("events").next();
  for (int i = 0; i < 100; ++i) b.stream("incidents").next();
  CHECK(b.stream("events").next() == first);
  Rng r(9);
  for (int i = 0; i < 1000; ++i) {
    const auto v = r.uniform(-3, 3);
    CHECK(v >= -3);
    CHECK(v <= 3);
  }
}

TEST_CASE("[core] agreements with a duration expire when it runs out") {
  Game g(1, 6);
  finishStep(g.engine);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("ceasefire", "months", int64_t{2})})));
  REQUIRE(g.engine.submit(makeRespond(g.s(), "b", 1, Response::Accept)));
  playTo(g.engine, Phase::Briefing, 2);
  CHECK(g.s().agreements[0].status == AgreementStatus::Active);
  playTo(g.engine, Phase::Briefing, 3);
  CHECK(g.s().agreements[0].status == AgreementStatus::Expired);
}

TEST_CASE("[core] partial acceptance binds nothing, and the offer expires at the deadline") {
  TestRules rules;
  rules.amendSetup = [](GameState& s) { s.actors.push_back(Actor{"d", "State D", ActorKind::State, {}, 0xffff00ff, true, {}}); };
  TurnEngine e(rules, EngineConfig{7, 3, 3});
  REQUIRE(e.start());
  finishStep(e);
  REQUIRE(e.submit(propose(e.state(), "a", {"b", "d", "bloc"}, {clause("hotline", "open", true)})));
  REQUIRE(e.submit(makeRespond(e.state(), "b", 1, Response::Accept)));
  REQUIRE(e.submit(makeRespond(e.state(), "d", 1, Response::Accept)));
  CHECK(e.state().agreements.empty());
  CHECK(e.state().offers[0].status == OfferStatus::Open);

  finishStep(e);  // the bloc ends the round without answering
  CHECK(e.state().phase == Phase::Diplomacy);
  CHECK(e.state().round == 2);
  CHECK(e.state().offers[0].status == OfferStatus::Open);

  finishStep(e);  // a quiet round closes diplomacy
  CHECK(e.state().phase == Phase::Orders);
  CHECK(e.state().offers[0].status == OfferStatus::Expired);
  CHECK(e.state().offers[0].responses.at("bloc") == Response::None);
  CHECK(e.state().agreements.empty());
  CHECK(std::count(rules.calls.begin(), rules.calls.end(), "on_agreement") == 0);
}

TEST_CASE("[core] a counter-offer rejects the earlier offer only on behalf of the party that counters") {
  Game g;
  finishStep(g.engine);
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b", "bloc"}, {clause("hotline", "open", true)})));
  REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("withdrawal", "km", int64_t{5})})));
  REQUIRE(g.engine.submit(propose(g.s(), "b", {"a"}, {clause("hotline", "open", false)}, 1)));

  const Offer* countered = findOffer(g.s(), 1);
  CHECK(countered->status == OfferStatus::Rejected);
  CHECK(countered->responses.at("b") == Response::Reject);
  CHECK(countered->responseNotes.at("b") == "countered by offer 3");
  CHECK(countered->responses.at("bloc") == Response::None);
  CHECK_FALSE(countered->responseNotes.count("bloc"));

  const Offer* other = findOffer(g.s(), 2);  // b's other open offer is untouched
  CHECK(other->status == OfferStatus::Open);
  CHECK(other->responses.at("b") == Response::None);
  CHECK(findOffer(g.s(), 3)->status == OfferStatus::Open);
  REQUIRE(g.engine.submit(makeRespond(g.s(), "b", 2, Response::Accept)));
  REQUIRE(g.s().agreements.size() == 1);
  CHECK(g.s().agreements[0].offerId == 2);
}

TEST_CASE("[core] open offers expire when diplomacy closes, after the last round or a quiet round") {
  Game g;  // three rounds
  finishStep(g.engine);

  SECTION("after the last round") {
    for (int round = 1; round <= 3; ++round) {
      REQUIRE(g.s().round == round);
      REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("ceasefire", "months", int64_t{round})})));
      for (const auto& o : g.s().offers) CHECK(o.status == OfferStatus::Open);
      finishStep(g.engine);
    }
    CHECK(g.s().phase == Phase::Orders);
    REQUIRE(g.s().offers.size() == 3);
    for (const auto& o : g.s().offers) CHECK(o.status == OfferStatus::Expired);
  }
  SECTION("after a round in which nobody offered or answered") {
    REQUIRE(g.engine.submit(propose(g.s(), "a", {"b"}, {clause("hotline", "open", true)})));
    finishStep(g.engine);
    REQUIRE(g.s().round == 2);
    REQUIRE(g.engine.submit(makeMessage(g.s(), "b", {"a"}, "Not yet.")));  // a message is not an answer
    finishStep(g.engine);
    CHECK(g.s().phase == Phase::Orders);
    CHECK(g.s().offers[0].status == OfferStatus::Expired);
  }
  CHECK(g.s().agreements.empty());
}
