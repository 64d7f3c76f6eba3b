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

}  // namespace

TEST_CASE("[core] a role view never holds another role's brief, private messages or sealed orders") {
  TestRules rules;
  TurnEngine e(rules, EngineConfig{3, 2, 3});
  REQUIRE(e.start());
  finishStep(e);
  const auto& s = e.state();
  REQUIRE(e.submit(makeMessage(s, "a", {"b"}, "PRIVATE-A-TO-B")));
  REQUIRE(e.submit(makeMessage(s, "b", {}, "PUBLIC-FROM-B")));
  REQUIRE(e.submit(makePropose(s, "a", ProposePayload{{"b"}, {clause("hotline", "open", true)}, 0, "NOTE-A-B"})));
  finishStep(e);
  finishStep(e);
  REQUIRE(s.phase == Phase::Orders);
  REQUIRE(e.submit(makeOrders(s, "a", Orders{{}, {"SEALED-A"}, {}})));

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
