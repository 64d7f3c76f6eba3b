// Tests that a RoleView holds only what its role may see.
#include <catch2/catch.hpp>

#include "test_rules.hpp"

using namespace accord::core;
using accord::test::TestRules;
using accord::test::clause;
using accord::test::finishStep;
using accord::test::playTo;

namespace {

// Every string a view holds, so a secret can be searched for anywhere in it.
std::string everything(const RoleView& v) {
  std::string all;
  if (v.brief) {
    all += v.brief->text + v.brief->reservation;
    for (const auto& r : v.brief->redLines) all += r;
  }
  for (const auto& m : v.messages) all += m.text;
  for (const auto& n : v.news) all += n.text;
  for (const auto& o : v.offers) all += o.note + std::to_string(o.id) + ";";
  if (v.ownOrders)
    for (const auto& s : v.ownOrders->statements) all += s;
  return all;
}

// What a view holds, written out field by field, to compare two views.
std::string summary(const RoleView& v) {
  std::string out = v.role + "|" + std::to_string(v.turn) + "/" + std::to_string(v.maxTurns) + "|" + toString(v.phase) + "|" +
                    std::to_string(v.round) + "/" + std::to_string(v.maxRounds) + "|" + std::to_string(v.date.year) + "-" +
                    std::to_string(v.date.month) + "|defs " + std::to_string(v.meterDefs.size()) + "|meters";
  for (const auto& [id, value] : v.meters) out += " " + id + "=" + std::to_string(value);
  out += "|actors";
  for (const auto& a : v.actors) {
    out += " " + a.id + ":" + a.name + ":" + std::to_string(a.members.size()) + ":" + std::to_string(a.ordersSubmitted) + ":" + a.chair + ":" +
           std::to_string(a.playable) + ":" + std::to_string(a.colour);
    for (const auto& [id, value] : a.meters) out += "," + id + "=" + std::to_string(value);
  }
  out += "|sectors " + std::to_string(v.sectors.size()) + "|exclaves " + std::to_string(v.exclaves.size()) + "|types " +
         std::to_string(v.clauseTypes.size()) + "|options " + std::to_string(v.optionDefs.size()) + "/" + std::to_string(v.options.size());
  out += "|utility " + std::to_string(v.utility != nullptr) + "|agreements " + std::to_string(v.agreements.size()) + "|offers";
  for (const auto& o : v.offers) out += " " + std::to_string(o.id) + ":" + o.from + ":" + std::to_string(o.to.size()) + ":" + o.note;
  out += "|news";
  for (const auto& n : v.news) out += " " + n.text;
  out += "|messages";
  for (const auto& m : v.messages) out += " " + m.text;
  out += "|" + everything(v) + "|orders " + std::to_string(v.ownOrders.has_value()) + "|last " + std::to_string(v.lastOrders.size());
  out += "|score " + (v.ownScore ? std::to_string(*v.ownScore) : std::string("-")) + "|outcome " + std::to_string(v.outcome.has_value());
  out += "|waiting " + std::to_string(v.waitingForMe) + "|requests " + std::to_string(v.requests.size()) + "|hints " + std::to_string(v.hints.size());
  return out;
}

// Into turn 1's orders: a has sent b a private message and an offer, b a public message, and a
// has sealed its orders.
void playToSealedOrders(TurnEngine& e) {
  finishStep(e);
  const auto& s = e.state();
  REQUIRE(e.submit(makeMessage(s, "a", {"b"}, "PRIVATE-A-TO-B")));
  REQUIRE(e.submit(makeMessage(s, "b", {}, "PUBLIC-FROM-B")));
  REQUIRE(e.submit(makePropose(s, "a", ProposePayload{{"b"}, {clause("hotline", "open", true)}, 0, "NOTE-A-B"})));
  finishStep(e);
  finishStep(e);
  REQUIRE(s.phase == Phase::Orders);
  REQUIRE(e.submit(makeOrders(s, "a", Orders{{}, {"SEALED-A"}, {}})));
}

}  // namespace

TEST_CASE("[core] a view written over another holds the same as one made afresh") {
  TestRules rules;
  TurnEngine e(rules, EngineConfig{3, 2, 3});
  REQUIRE(e.start());
  playToSealedOrders(e);
  const auto& s = e.state();

  // Every pairing of role and scope, each written over a view of another role and scope.
  const std::vector<ActorId> roles = {"a", "b", "bloc"};
  const std::vector<ViewScope> scopes = {ViewScope::Full, ViewScope::CurrentTurn, ViewScope::Decision};
  for (const auto& before : roles) {
    for (const auto beforeScope : scopes) {
      for (const auto& role : roles) {
        for (const auto scope : scopes) {
          RoleView v = e.view(before, beforeScope);
          fillRoleView(v, s, role, e.waitsFor(role), scope);
          const RoleView fresh = makeRoleView(s, role, e.waitsFor(role), scope);
          CAPTURE(before, static_cast<int>(beforeScope), role, static_cast<int>(scope));
          CHECK(summary(v) == summary(fresh));
        }
      }
    }
  }

  // The engine's decision view is the decision view, whatever it held before.
  const RoleView& kept = e.decisionView("a");
  CHECK(summary(kept) == summary(e.view("a", ViewScope::Decision)));
  const std::string first = summary(kept);
  CHECK(&e.decisionView("b") != &kept);
  CHECK(summary(e.decisionView("a")) == first);
  CHECK(summary(e.decisionView("b")) == summary(e.view("b", ViewScope::Decision)));
}

TEST_CASE("[core] a role view never holds another role's brief, private messages or sealed orders") {
  TestRules rules;
  TurnEngine e(rules, EngineConfig{3, 2, 3});
  REQUIRE(e.start());
  playToSealedOrders(e);

  const RoleView a = e.view("a");
  const RoleView b = e.view("b");
  const RoleView bloc = e.view("bloc");

  CHECK_THAT(everything(a), Catch::Contains("SECRET-AAA"));
  CHECK_THAT(everything(a), !Catch::Contains("SECRET-BBB") && !Catch::Contains("RED-B") && !Catch::Contains("SECRET-PACT"));
  CHECK_THAT(everything(b), Catch::Contains("PRIVATE-A-TO-B") && Catch::Contains("NOTE-A-B"));
  CHECK_THAT(everything(b), !Catch::Contains("SECRET-AAA") && !Catch::Contains("RES-A") && !Catch::Contains("SEALED-A"));
  CHECK_THAT(everything(bloc), !Catch::Contains("PRIVATE-A-TO-B") && !Catch::Contains("NOTE-A-B"));
  CHECK_THAT(everything(bloc), Catch::Contains("PUBLIC-FROM-B"));
  CHECK_THAT(everything(bloc), !Catch::Contains("SECRET-AAA") && !Catch::Contains("SECRET-BBB"));
  CHECK(bloc.offers.empty());
  CHECK_FALSE(b.ownOrders);
  REQUIRE(a.ownOrders);

  // Others learn that a has given orders, not what they are.
  auto seen = std::find_if(b.actors.begin(), b.actors.end(), [](const ActorView& x) { return x.id == "a"; });
  REQUIRE(seen != b.actors.end());
  CHECK(seen->ordersSubmitted);
  // A private meter is shown to its owner alone.
  CHECK(seen->meters.count("resolve") == 0);
  auto own = std::find_if(a.actors.begin(), a.actors.end(), [](const ActorView& x) { return x.id == "a"; });
  CHECK(own->meters.count("resolve") == 1);
}

TEST_CASE("[core] news addressed to one role reaches that role only") {
  TestRules rules;
  TurnEngine e(rules, EngineConfig{3, 2, 3});
  REQUIRE(e.start());
  // The rules publish through the state; here it is set the way a hook would.
  const_cast<GameState&>(e.state()).news.push_back(NewsItem{1, "ONLY-FOR-B", {"b"}, ""});
  const_cast<GameState&>(e.state()).news.push_back(NewsItem{1, "FOR-ALL", {}, ""});
  CHECK(e.view("a").news.size() == 1);
  CHECK(e.view("a").news[0].text == "FOR-ALL");
  CHECK(e.view("b").news.size() == 2);
}

TEST_CASE("[core] decision views hold the agreements in force, sharing one list until an agreement changes") {
  TestRules rules;
  TurnEngine e(rules, EngineConfig{3, 2, 3});
  REQUIRE(e.start());
  auto& s = const_cast<GameState&>(e.state());
  Agreement kept;
  kept.id = 1;
  kept.parties = {"a", "b"};
  kept.clauses = {clause("hotline", "open", true)};
  Agreement ended = kept;
  ended.id = 2;
  ended.status = AgreementStatus::Expired;
  s.agreements = {kept, ended};

  const RoleView first = e.view("a", ViewScope::Decision);
  REQUIRE(first.agreements.size() == 1);
  CHECK(first.agreements[0].id == 1);
  const RoleView second = e.view("b", ViewScope::Decision);
  CHECK(&second.agreements.get() == &first.agreements.get());
  CHECK(e.view("a").agreements.size() == 2);  // a full view has every agreement

  s.agreements[0].violations.push_back(Violation{1, 0, "b", 1, true, "guns moved"});
  const RoleView afterViolation = e.view("a", ViewScope::Decision);
  CHECK(&afterViolation.agreements.get() != &first.agreements.get());
  REQUIRE(afterViolation.agreements.size() == 1);
  CHECK(afterViolation.agreements[0].violations.size() == 1);
  CHECK(first.agreements[0].violations.empty());  // a view already made keeps what it saw

  s.agreements[0].status = AgreementStatus::Broken;
  CHECK(e.view("a", ViewScope::Decision).agreements.empty());
}
