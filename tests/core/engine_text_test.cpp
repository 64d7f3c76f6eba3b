// Tests of the engine's sentences by code: every refusal and note the engine writes carries a
// stable code and named arguments, and its English is that code's sentence, as it always read.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "game/core/engine_text.hpp"
#include "game/core/state_hash.hpp"
#include "test_rules.hpp"

using namespace accord::core;
using accord::test::TestRules;
using accord::test::clause;
using accord::test::finishStep;

namespace {

struct Game {
  TestRules rules;
  std::unique_ptr<TurnEngine> engine;
  explicit Game(std::map<ActorId, UtilitySpec> utilities = {}) {
    rules.amendSetup = [u = std::move(utilities)](GameState& s) { s.utilities = u; };
    engine = std::make_unique<TurnEngine>(rules, EngineConfig{7, 3, 3});
    REQUIRE(engine->start());
  }
  const GameState& s() const { return engine->state(); }
  Refusal refusalOf(const Command& c) {
    auto r = engine->submit(c);
    REQUIRE_FALSE(r);
    return r.error();
  }
  Refusal proposalRefusal(ActorId from, std::vector<ActorId> to, std::vector<Clause> clauses, int replyTo = 0) {
    return refusalOf(makePropose(s(), std::move(from), ProposePayload{std::move(to), std::move(clauses), replyTo, ""}));
  }
};

// The {placeholders} of a sentence.
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  const std::string s(text);
  const std::regex name(R"(\{([a-z_]+)\})");
  for (std::sregex_iterator it(s.begin(), s.end(), name), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

// A member that values a monitoring mission at 10 and holds out for 30 without a deal.
UtilitySpec lowWorthSpec() {
  UtilitySpec spec;
  spec.clauses.push_back(ClauseValuation{"monitors", 1, "", 0, 10, {}});
  spec.reservation.base = 30;
  return spec;
}

Clause monitorsIn(std::string sector) { return clause("monitors", "sectors", std::vector<std::string>{std::move(sector)}); }

}  // namespace

TEST_CASE("[core] every engine sentence has its own code and an English sentence") {
  std::set<std::string_view> codes;
  for (const auto& def : kEngineTexts) {
    INFO(def.code);
    CHECK(std::regex_match(std::string(def.code), std::regex("[a-z][a-z_]*")));
    CHECK(codes.insert(def.code).second);
    CHECK_FALSE(def.english.empty());
    CHECK(englishTemplate(def.code) == def.english);
  }
  CHECK(englishTemplate("no_such_code").empty());
}

TEST_CASE("[core] an engine sentence fills its placeholders and leaves unknown ones as written") {
  CHECK(englishText("offer_closed", {{"offer", "4"}, {"status", "rejected"}}) == "offer 4 is rejected");
  CHECK(fillTemplate("{a} and {b}", {{"a", "x"}}) == "x and {b}");
  TextArgs args{{"member", "B"}};
  nestText(args, "reason", "red_line", {{"line", "north"}});
  CHECK(args.at("reason.code") == "red_line");
  CHECK(nestedText(args, "reason") == EngineText{"red_line", {{"line", "north"}}});
  CHECK(nestedText(args, "member").code.empty());
}

TEST_CASE("[core] a refusal carries its code and arguments, and reads in English as it always did") {
  Game g;
  SECTION("the wrong phase") {
    const Refusal r = g.proposalRefusal("a", {"b"}, {clause("ceasefire", "months", int64_t{2})});
    CHECK(r.code == "offer_phase");
    CHECK(r.args.empty());
    CHECK(r.reason == "offers are made in the diplomacy phase");
  }
  SECTION("a step already finished") {
    REQUIRE(g.engine->submit(makePass(g.s(), "a")));
    const Refusal r = g.refusalOf(makePass(g.s(), "a"));
    CHECK(r.code == "step_finished");
    CHECK(r.args == TextArgs{{"actor", "a"}});
    CHECK(r.reason == "'a' has already finished this step");
  }
  SECTION("a command for another step") {
    Command c = makePass(g.s(), "a");
    c.turn = 5;
    const Refusal r = g.refusalOf(c);
    CHECK(r.code == "wrong_step");
    CHECK(r.args == TextArgs{{"turn", "5"}, {"phase", "briefing"}, {"now_turn", "1"}, {"now_phase", "briefing"}});
    CHECK(r.reason == "the command is for turn 5, briefing phase, but the game is at turn 1, briefing phase");
  }
  SECTION("a parameter missing from a clause") {
    finishStep(*g.engine);
    const Refusal r = g.proposalRefusal("a", {"b"}, {Clause{"ceasefire", {}}});
    CHECK(r.code == "param_missing");
    CHECK(r.args == TextArgs{{"index", "1"}, {"clause", "ceasefire"}, {"param", "months"}});
    CHECK(r.reason == "clause 1 (ceasefire): parameter 'months' is missing");
  }
  SECTION("an enum parameter outside its options") {
    finishStep(*g.engine);
    const Refusal r = g.proposalRefusal("a", {"b"}, {clause("water", "split", std::string("90_10"))});
    CHECK(r.code == "param_not_option");
    CHECK(r.args.at("options") == "50_50, 60_40");
    CHECK(r.reason == "clause 1 (water): parameter 'split' is '90_10', not one of: 50_50, 60_40");
  }
  SECTION("a message out of its phases") {
    finishStep(*g.engine);
    finishStep(*g.engine);
    finishStep(*g.engine);
    REQUIRE(g.s().phase == Phase::Review);
    const Refusal r = g.refusalOf(makeMessage(g.s(), "a", {"b"}, "hello"));
    CHECK(r.code == "message_phase");
    CHECK(r.reason == "messages are sent in the briefing, diplomacy or orders phase");
  }
}

TEST_CASE("[core] every refusal's English is its code's sentence filled from its arguments") {
  Game g;
  std::vector<Refusal> seen;
  auto note = [&](const Command& c) {
    auto r = g.engine->submit(c);
    if (!r) seen.push_back(r.error());
  };
  note(makePass(g.s(), "zz"));
  note(makePass(g.s(), "c"));
  note(makeOrders(g.s(), "a", Orders{}));
  note(makeRespond(g.s(), "a", 1, Response::Accept));
  finishStep(*g.engine);
  auto offer = [&](std::vector<ActorId> to, std::vector<Clause> clauses, int replyTo = 0) {
    note(makePropose(g.s(), "a", ProposePayload{std::move(to), std::move(clauses), replyTo, ""}));
  };
  offer({}, {clause("ceasefire", "months", int64_t{2})});
  offer({"c"}, {clause("ceasefire", "months", int64_t{2})});
  offer({"b"}, {});
  offer({"b"}, {clause("treaty", "x", int64_t{1})});
  offer({"b"}, {clause("ceasefire", "months", int64_t{13})});
  offer({"b"}, {clause("withdrawal", "km", int64_t{7})});
  offer({"b"}, {clause("hotline", "open", int64_t{1})});
  offer({"b"}, {monitorsIn("s1")});
  offer({"b", "bloc"}, {monitorsIn("s9")});
  offer({"b"}, {clause("ceasefire", "months", int64_t{2})}, 9);
  note(makeRespond(g.s(), "a", 9, Response::Accept));
  note(makeMessage(g.s(), "a", {"a"}, "to myself"));
  note(makeMessage(g.s(), "a", {"b"}, ""));
  REQUIRE(seen.size() == 17);
  std::set<std::string> codes;
  for (const auto& r : seen) {
    INFO(r.reason);
    CHECK_FALSE(englishTemplate(r.code).empty());
    CHECK(r.reason == englishText(r.code, r.args));
    for (const auto& name : placeholders(englishTemplate(r.code))) CHECK(r.args.count(name));
    codes.insert(r.code);
  }
  CHECK(codes.size() == seen.size());
}

TEST_CASE("[core] a bloc member's fallback reason and a veto carry their codes, and the rules' own words carry none") {
  SECTION("a member that finds the package worth too little, in the engine's words") {
    Game g({{"c", lowWorthSpec()}});
    finishStep(*g.engine);
    REQUIRE(g.engine->submit(makePropose(g.s(), "a", ProposePayload{{"b", "bloc"}, {monitorsIn("s2")}, 0, ""})));
    REQUIRE(g.engine->submit(makeRespond(g.s(), "b", 1, Response::Accept)));
    REQUIRE(g.engine->submit(makeRespond(g.s(), "bloc", 1, Response::Accept)));
    const Offer& o = g.s().offers.at(0);
    REQUIRE(o.status == OfferStatus::Rejected);
    const BlocVote& vote = o.votes.at("c");
    CHECK(vote.code == "worth_less");
    CHECK(vote.args == TextArgs{{"worth", "10"}, {"member", "State C"}, {"reservation", "30"}});
    CHECK(vote.reason == englishText(vote.code, vote.args));

    const EngineText& veto = o.engineNotes.at("bloc");
    CHECK(veto.code == "bloc_veto");
    CHECK(veto.args.at("member") == "State C");
    CHECK(veto.args.at("reason") == vote.reason);
    CHECK(nestedText(veto.args, "reason") == EngineText{vote.code, vote.args});
    CHECK(o.responseNotes.at("bloc") == englishText(veto.code, veto.args));
  }
  SECTION("the bloc's own proposal, vetoed") {
    Game g({{"c", lowWorthSpec()}});
    finishStep(*g.engine);
    const Refusal r = g.proposalRefusal("bloc", {"a", "b"}, {monitorsIn("s2")});
    CHECK(r.code == "bloc_veto");
    CHECK(nestedText(r.args, "reason").code == "worth_less");
    CHECK(r.reason == "vetoed by State C: the package is worth 10 to State C, less than the 30 that no new agreement is worth");
    const auto dry = g.engine->proposalRefusal("bloc", ProposePayload{{"a", "b"}, {monitorsIn("s2")}, 0, ""});
    REQUIRE(dry);
    CHECK(dry->code == r.code);
    CHECK(dry->args == r.args);
    CHECK(dry->reason == r.reason);
  }
  SECTION("a counter-offer's note") {
    Game g;
    finishStep(*g.engine);
    REQUIRE(g.engine->submit(makePropose(g.s(), "a", ProposePayload{{"b"}, {clause("hotline", "open", true)}, 0, ""})));
    REQUIRE(g.engine->submit(makePropose(g.s(), "b", ProposePayload{{"a"}, {clause("hotline", "open", false)}, 1, ""})));
    const Offer& o = g.s().offers.at(0);
    CHECK(o.engineNotes.at("b") == EngineText{"countered", {{"offer", "2"}}});
    CHECK(o.responseNotes.at("b") == "countered by offer 2");
  }
  SECTION("the rules refusing in their own words") {
    Game g;
    g.rules.refuseProposal = [](const Offer&) { return std::optional<std::string>("talks must wait"); };
    finishStep(*g.engine);
    const Refusal r = g.proposalRefusal("a", {"b"}, {clause("hotline", "open", true)});
    CHECK(r.reason == "talks must wait");
    CHECK(r.code.empty());
    CHECK(r.args.empty());
  }
}

TEST_CASE("[core] the codes of a vote stay out of the state hash, which its reason already decides") {
  Game g({{"c", lowWorthSpec()}});
  finishStep(*g.engine);
  REQUIRE(g.engine->submit(makePropose(g.s(), "a", ProposePayload{{"b", "bloc"}, {monitorsIn("s2")}, 0, ""})));
  REQUIRE(g.engine->submit(makeRespond(g.s(), "b", 1, Response::Accept)));
  REQUIRE(g.engine->submit(makeRespond(g.s(), "bloc", 1, Response::Accept)));
  GameState s = g.s();
  const uint64_t before = hashState(s);
  s.offers[0].votes.at("c").code.clear();
  s.offers[0].votes.at("c").args.clear();
  s.offers[0].engineNotes.clear();
  CHECK(hashState(s) == before);
}
