// Tests of the bloc's consent: a package that commits the bloc binds only when its members agree.
#include <catch2/catch.hpp>

#include "game/core/state_hash.hpp"
#include "test_rules.hpp"

using namespace accord::core;
using accord::test::TestRules;
using accord::test::clause;
using accord::test::finishStep;

namespace {

const std::string kNoMonitorsNorth = "No foreign monitors on our side of the North sector";
const std::string kCDeclines = "State C will not pay for a mission that buys it nothing";

// State B, a disputant, forbids monitors in the North sector (s1) and is indifferent otherwise.
UtilitySpec redLineSpec() {
  UtilitySpec spec;
  spec.redLines.push_back(RedLine{"no_monitors_north", kNoMonitorsNorth, RedLineKind::Forbid, "monitors", "sectors", 0, "s1", {}});
  return spec;
}

// A member that values a monitoring mission at 10 and holds out for 30 without a deal.
UtilitySpec lowWorthSpec(std::string declines) {
  UtilitySpec spec;
  spec.clauses.push_back(ClauseValuation{"monitors", 1, "", 0, 10, {}});
  spec.reservation.base = 30;
  spec.declines = std::move(declines);
  return spec;
}

// State A wants monitors anywhere.
UtilitySpec keenSpec() {
  UtilitySpec spec;
  spec.clauses.push_back(ClauseValuation{"monitors", 1, "", 0, 60, {}});
  return spec;
}

struct BlocGame {
  TestRules rules;
  std::unique_ptr<TurnEngine> engine;
  explicit BlocGame(std::map<ActorId, UtilitySpec> utilities) {
    rules.amendSetup = [u = std::move(utilities)](GameState& s) { s.utilities = u; };
    engine = std::make_unique<TurnEngine>(rules, EngineConfig{7, 3, 3});
    REQUIRE(engine->start());
    finishStep(*engine);
    REQUIRE(engine->state().phase == Phase::Diplomacy);
  }
  const GameState& s() const { return engine->state(); }
  accord::Result<void, Refusal> propose(ActorId from, std::vector<ActorId> to, std::vector<Clause> clauses) {
    return engine->submit(makePropose(s(), std::move(from), ProposePayload{std::move(to), std::move(clauses), 0, ""}));
  }
  void acceptAll(int offerId) {
    const std::vector<ActorId> to = findOffer(s(), offerId)->to;
    for (const auto& who : to) REQUIRE(engine->submit(makeRespond(s(), who, offerId, Response::Accept)));
  }
  long agreementsMade() const { return std::count(rules.calls.begin(), rules.calls.end(), "on_agreement"); }
};

Clause monitorsIn(std::string sector) { return clause("monitors", "sectors", std::vector<std::string>{std::move(sector)}); }

}  // namespace

TEST_CASE("[core] a disputant member whose red line forbids the deployment vetoes it") {
  BlocGame g({{"b", redLineSpec()}});
  REQUIRE(g.propose("a", {"b", "bloc"}, {clause("ceasefire", "months", int64_t{6}), monitorsIn("s1")}));
  g.acceptAll(1);

  const Offer& offer = g.s().offers[0];
  CHECK(offer.status == OfferStatus::Rejected);
  CHECK(offer.responseNotes.at("bloc") == "vetoed by State B: " + kNoMonitorsNorth);
  CHECK(g.s().agreements.empty());
  CHECK(g.agreementsMade() == 0);
  REQUIRE(offer.votes.size() == 3);
  CHECK(offer.votes.at("a") == BlocVote{true, ""});
  CHECK(offer.votes.at("b") == BlocVote{false, kNoMonitorsNorth});
  CHECK(offer.votes.at("c") == BlocVote{true, ""});

  // The bloc and the parties see the votes; a veto is final.
  CHECK(g.engine->view("bloc").offers.at(0).votes == offer.votes);
  CHECK(g.engine->view("a").offers.at(0).votes == offer.votes);
  auto late = g.engine->submit(makeRespond(g.s(), "b", 1, Response::Accept));
  REQUIRE_FALSE(late);
  CHECK(late.error().reason == "offer 1 is rejected");
}

TEST_CASE("[core] a bloc member that values the package below its reservation declines") {
  SECTION("in its own words") {
    BlocGame g({{"c", lowWorthSpec(kCDeclines)}});
    REQUIRE(g.propose("a", {"b", "bloc"}, {monitorsIn("s2")}));
    g.acceptAll(1);
    const Offer& offer = g.s().offers[0];
    CHECK(offer.status == OfferStatus::Rejected);
    CHECK(offer.responseNotes.at("bloc") == "vetoed by State C: " + kCDeclines);
    CHECK(offer.votes.at("c") == BlocVote{false, kCDeclines});
    CHECK(g.s().agreements.empty());
  }
  SECTION("with the figures when it has no words of its own") {
    BlocGame g({{"c", lowWorthSpec("")}});
    REQUIRE(g.propose("a", {"b", "bloc"}, {monitorsIn("s2")}));
    g.acceptAll(1);
    const Offer& offer = g.s().offers[0];
    CHECK(offer.status == OfferStatus::Rejected);
    CHECK(offer.responseNotes.at("bloc") ==
          "vetoed by State C: the package is worth 10 to State C, less than the 30 that no new agreement is worth");
    CHECK(g.s().agreements.empty());
  }
}

TEST_CASE("[core] a package every bloc member votes for binds, with the votes recorded") {
  BlocGame g({{"a", keenSpec()}, {"b", redLineSpec()}});
  REQUIRE(g.propose("a", {"b", "bloc"}, {monitorsIn("s2")}));
  CHECK(g.s().offers[0].votes.empty());  // the bloc did not propose it: its members vote when it binds
  g.acceptAll(1);

  const Offer& offer = g.s().offers[0];
  CHECK(offer.status == OfferStatus::Agreed);
  REQUIRE(g.s().agreements.size() == 1);
  CHECK(g.agreementsMade() == 1);
  REQUIRE(offer.votes.size() == 3);
  for (const auto& [member, vote] : offer.votes) CHECK(vote.yes);
  CHECK_FALSE(offer.responseNotes.count("bloc"));
}

TEST_CASE("[core] a package that commits no bloc needs no vote") {
  BlocGame g({{"b", redLineSpec()}, {"c", lowWorthSpec(kCDeclines)}});
  REQUIRE(g.propose("a", {"b"}, {clause("hotline", "open", true)}));
  g.acceptAll(1);
  CHECK(g.s().offers[0].status == OfferStatus::Agreed);
  CHECK(g.s().offers[0].votes.empty());
}

TEST_CASE("[core] the bloc's own proposal that a member vetoes is refused with the reason and changes nothing") {
  BlocGame g({{"b", redLineSpec()}});
  const uint64_t before = hashState(g.s());
  const size_t logSize = g.engine->log().size();

  auto r = g.propose("bloc", {"a", "b"}, {monitorsIn("s1")});
  REQUIRE_FALSE(r);
  CHECK(r.error().reason == "vetoed by State B: " + kNoMonitorsNorth);
  CHECK(hashState(g.s()) == before);
  CHECK(g.engine->log().size() == logSize);
  CHECK(g.s().offers.empty());
  CHECK(g.s().nextOfferId == 1);
  CHECK(g.rules.proposalsSeen.empty());  // the members vote before the rules see the offer
}

TEST_CASE("[core] the bloc's own proposal records its members' votes, and the rules see them") {
  BlocGame g({{"b", redLineSpec()}});
  REQUIRE(g.propose("bloc", {"a", "b"}, {monitorsIn("s2")}));
  REQUIRE(g.rules.proposalsSeen.size() == 1);
  CHECK(g.rules.proposalsSeen[0].votes.size() == 3);
  const Offer& offer = g.s().offers[0];
  REQUIRE(offer.votes.size() == 3);
  CHECK(offer.votes.at("b") == BlocVote{true, ""});
  g.acceptAll(1);
  CHECK(g.s().offers[0].status == OfferStatus::Agreed);
  CHECK(g.s().agreements.size() == 1);
}

TEST_CASE("[core] the bloc's own offer is put to its members again when the state changed before it binds") {
  // State B's reservation rises with tension, which each proposal raises in the test rules.
  UtilitySpec nervous;
  nervous.reservation = Reservation{0, "tension", 50, 10};
  BlocGame g({{"b", nervous}});
  REQUIRE(g.s().meters.at("tension") == 50);
  REQUIRE(g.propose("bloc", {"a", "b"}, {monitorsIn("s2")}));
  CHECK(g.s().offers[0].votes.at("b").yes);  // at tension 50 no deal is worth 0, as is the package
  REQUIRE(g.s().meters.at("tension") == 51);
  g.acceptAll(1);

  const Offer& offer = g.s().offers[0];
  CHECK(offer.status == OfferStatus::Rejected);
  CHECK_FALSE(offer.votes.at("b").yes);
  CHECK(offer.responseNotes.at("bloc") ==
        "vetoed by State B: the package is worth 0 to State B, less than the 1 that no new agreement is worth");
  CHECK(g.s().agreements.empty());
}

TEST_CASE("[core] bloc votes are part of the state hash") {
  BlocGame g({{"b", redLineSpec()}});
  REQUIRE(g.propose("bloc", {"a", "b"}, {monitorsIn("s2")}));
  GameState changed = g.s();
  const uint64_t with = hashState(changed);
  changed.offers[0].votes.at("b") = BlocVote{false, "changed its mind"};
  CHECK(hashState(changed) != with);
}
