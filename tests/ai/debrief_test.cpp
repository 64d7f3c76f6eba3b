// The after-action review on small games built by hand, with the answers worked out below.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "game/ai/debrief.hpp"
#include "game/core/utility.hpp"

namespace {

using namespace accord;
using namespace accord::core;

ParamValuation values(std::string param, ParamValuation::Worths worths) {
  ParamValuation p;
  p.param = std::move(param);
  p.values = std::move(worths);
  return p;
}

ParamValuation points(std::string param, std::vector<std::pair<int64_t, int>> pts) {
  ParamValuation p;
  p.param = std::move(param);
  p.points = std::move(pts);
  return p;
}

ClauseValuation valued(std::string type, int weight, int base, ParamValuation param) {
  ClauseValuation v;
  v.type = std::move(type);
  v.weight = weight;
  v.base = base;
  v.params = {std::move(param)};
  return v;
}

Clause clause(std::string type, std::string param, ParamValue value) { return Clause{std::move(type), {{std::move(param), std::move(value)}}}; }

// Two states and a bloc, three tiny clause types. Weighted worths (weight x worth) per option,
// as (a, b):
//   water      absent (0, 0)   50_50 (40, 40)   60_40_a (120, -80)   60_40_b (-80, 120)
//   hotline    absent (0, 0)   open=false (10, -10)   open=true (30, 10)
//   withdrawal absent (0, 0)   km=0 (0, 0)   km=5 (-25, 40)   km=10 (-50, 80)
// Both total weights are 4. Reservations: a 5 (base), b 10 - 5 x (70 - 50) / 10 = 0.
GameState handBuiltGame() {
  GameState s;
  s.meters["tension"] = 70;
  s.actors = {Actor{"a", "A", ActorKind::State, {}, 0, true, {}}, Actor{"b", "B", ActorKind::State, {}, 0, true, {}},
              Actor{"bloc", "Bloc", ActorKind::Bloc, {"a", "b"}, 0, true, {}}};
  s.clauseTypes = {
      ClauseType{"water", "Water", "", {ParamDef{"split", "Split", ParamKind::Enum, 0, 0, 1, {"50_50", "60_40_a", "60_40_b"}, {}}}, {}, ""},
      ClauseType{"hotline", "Hotline", "", {ParamDef{"open", "Open", ParamKind::Bool, 0, 0, 1, {}, {}}}, {}, ""},
      ClauseType{"withdrawal", "Withdrawal", "", {ParamDef{"km", "Km", ParamKind::Int, 0, 10, 5, {}, {}}}, {}, ""},
      ClauseType{"monitors", "Monitors", "", {ParamDef{"deploy", "Deploy", ParamKind::Bool, 0, 0, 1, {}, {}}}, {"bloc"}, ""}};
  UtilitySpec a;
  a.clauses = {valued("water", 2, 0, values("split", {{"50_50", 20}, {"60_40_a", 60}, {"60_40_b", -40}})),
               valued("hotline", 1, 10, values("open", {{"true", 20}, {"false", 0}})),
               valued("withdrawal", 1, 0, points("km", {{0, 0}, {10, -50}}))};
  a.reservation.base = 5;
  UtilitySpec b;
  b.clauses = {valued("water", 2, 0, values("split", {{"50_50", 20}, {"60_40_a", -40}, {"60_40_b", 60}})),
               valued("hotline", 1, 0, values("open", {{"true", 10}, {"false", -10}})),
               valued("withdrawal", 1, 0, points("km", {{0, 0}, {10, 80}}))};
  b.reservation = Reservation{10, "tension", 50, -5};
  s.utilities["a"] = a;
  s.utilities["b"] = b;
  // The deal: water 60_40_a, hotline open=false, withdrawal km=5; worth (105, -50) weighted,
  // that is (26.25, -12.5). The second agreement broke down, but it was signed: it counts.
  s.agreements = {Agreement{1, 1, {"a", "b"}, {clause("water", "split", std::string("60_40_a")), clause("hotline", "open", false)}, 1, 0, AgreementStatus::Active, {}},
                  Agreement{2, 2, {"a", "b"}, {clause("withdrawal", "km", int64_t{5})}, 2, 0, AgreementStatus::Broken, {}}};
  return s;
}

std::vector<std::pair<double, double>> frontierOf(const ai::Debrief& d) {
  std::vector<std::pair<double, double>> out;
  for (const auto& p : d.frontier) out.emplace_back(p.first, p.second);
  return out;
}

bool hasClause(const std::vector<Clause>& package, const Clause& c) {
  return std::find(package.begin(), package.end(), c) != package.end();
}

bool hasType(const std::vector<Clause>& package, const std::string& type) {
  return std::any_of(package.begin(), package.end(), [&](const Clause& c) { return c.type == type; });
}

}  // namespace

TEST_CASE("[ai] the debrief finds the frontier, the Nash point and a better package of a hand-solved game") {
  // Per type only the options no other option beats for both are kept: hotline open=true (30, 10);
  // withdrawal absent (0, 0), km=5 (-25, 40), km=10 (-50, 80); water 60_40_a, 50_50, 60_40_b.
  // Their nine sums, with hotline (30, 10) added:
  //   60_40_a: (150, -70) (125, -30) (100, 10)
  //   50_50:   (70, 50)   (45, 90)   (20, 130)
  //   60_40_b: (-50, 130) (-75, 170) (-100, 210)
  // All but (-50, 130) (beaten by (20, 130)) are on the frontier; divided by 4, by rising a:
  //   (-25, 52.5) (-18.75, 42.5) (5, 32.5) (11.25, 22.5) (17.5, 12.5) (25, 2.5) (31.25, -7.5) (37.5, -17.5)
  // Nash products over (5, 0), both strictly above: (25, 2.5) 50, (17.5, 12.5) 156.25,
  // (11.25, 22.5) 140.625: the Nash point is (17.5, 12.5), water 50_50 with the hotline open.
  // The deal (26.25, -12.5) is nearest (31.25, -7.5): sqrt(5^2 + 5^2). To the Nash point:
  // sqrt(8.75^2 + 25^2). The only point at least as good for both is (125, -30) against (105, -50):
  // water 60_40_a, hotline open=true, withdrawal km=5.
  const ai::Debrief d = ai::analyseGame(handBuiltGame());
  REQUIRE(d.analysed());
  REQUIRE(d.roles.size() == 2);
  CHECK(d.roles[0].role == "a");
  CHECK(d.roles[0].utility == 26.25);
  CHECK(d.roles[0].reservation == 5.0);
  CHECK(d.roles[1].utility == -12.5);
  CHECK(d.roles[1].reservation == 0.0);
  CHECK(d.disputants == std::vector<ActorId>{"a", "b"});
  CHECK(d.frontierExact);
  const std::vector<std::pair<double, double>> expected{{-25, 52.5}, {-18.75, 42.5}, {5, 32.5}, {11.25, 22.5},
                                                        {17.5, 12.5}, {25, 2.5},     {31.25, -7.5}, {37.5, -17.5}};
  CHECK(frontierOf(d) == expected);

  REQUIRE(d.nash);
  CHECK(d.nash->first == 17.5);
  CHECK(d.nash->second == 12.5);
  CHECK(d.nash->package == std::vector<Clause>{clause("water", "split", std::string("50_50")), clause("hotline", "open", true)});
  REQUIRE(d.paretoDistance);
  CHECK(*d.paretoDistance == Approx(std::sqrt(50.0)));
  REQUIRE(d.nashDistance);
  CHECK(*d.nashDistance == Approx(std::sqrt(8.75 * 8.75 + 25.0 * 25.0)));

  REQUIRE(d.betterPackage);
  CHECK(d.betterPackage->clauses == std::vector<Clause>{clause("water", "split", std::string("60_40_a")), clause("hotline", "open", true),
                                                        clause("withdrawal", "km", int64_t{5})});
  REQUIRE(d.betterPackage->utilities.size() == 2);
  CHECK(d.betterPackage->utilities[0].utility == 31.25);
  CHECK(d.betterPackage->utilities[1].utility == -7.5);
}

TEST_CASE("[ai] every frontier point's package is worth what the point says") {
  const GameState s = handBuiltGame();
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE_FALSE(d.frontier.empty());
  for (const auto& p : d.frontier) {
    CHECK(utilityOf(s.utilities.at("a"), {}, p.package) == p.first);
    CHECK(utilityOf(s.utilities.at("b"), {}, p.package) == p.second);
  }
}

TEST_CASE("[ai] a deal on the frontier that nothing improves has no better package") {
  GameState s = handBuiltGame();
  // (150, -70): water 60_40_a, hotline open, no withdrawal; nothing gives a more.
  s.agreements = {Agreement{1, 1, {"a", "b"}, {clause("water", "split", std::string("60_40_a")), clause("hotline", "open", true)}, 1, 0, AgreementStatus::Active, {}}};
  const ai::Debrief d = ai::analyseGame(s);
  CHECK(*d.paretoDistance == 0.0);
  CHECK_FALSE(d.betterPackage);
}

TEST_CASE("[ai] an option a disputant forbids never appears on the frontier") {
  GameState s = handBuiltGame();
  RedLine forbid;
  forbid.kind = RedLineKind::Forbid;
  forbid.clause = "water";
  forbid.param = "split";
  forbid.value = "60_40_b";
  s.utilities["b"].redLines.push_back(forbid);
  RedLine max;
  max.kind = RedLineKind::Max;
  max.clause = "withdrawal";
  max.param = "km";
  max.number = 5;
  s.utilities["a"].redLines.push_back(max);
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE_FALSE(d.frontier.empty());
  for (const auto& p : d.frontier) {
    CHECK_FALSE(hasClause(p.package, clause("water", "split", std::string("60_40_b"))));
    CHECK_FALSE(hasClause(p.package, clause("withdrawal", "km", int64_t{10})));
  }
  // Without 60_40_b and km=10 the best for b is water 50_50, hotline open, km=5: (45, 90) / 4.
  CHECK(d.frontier.front().first == 11.25);
  CHECK(d.frontier.front().second == 22.5);
}

TEST_CASE("[ai] a requires red line is honoured by splitting the frontier into cases") {
  GameState s = handBuiltGame();
  // a: a hotline only with a withdrawal, and a withdrawal of at least 5 km, so the hotline costs
  // a at least 25. Without a withdrawal the best for a is water 60_40_a alone (120, -80); with
  // one, water 60_40_a, hotline open, km=5 (125, -30), which beats it.
  RedLine needs;
  needs.kind = RedLineKind::Requires;
  needs.clause = "hotline";
  needs.needs = {"withdrawal"};
  RedLine min;
  min.kind = RedLineKind::Min;
  min.clause = "withdrawal";
  min.param = "km";
  min.number = 5;
  s.utilities["a"].redLines = {needs, min};
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE_FALSE(d.frontier.empty());
  CHECK(d.frontier.back().first == 31.25);
  CHECK(d.frontier.back().second == -7.5);
  bool sawHotline = false;
  for (const auto& p : d.frontier) {
    CHECK_FALSE(crossedRedLine(s.utilities.at("a"), {}, p.package));
    if (hasType(p.package, "hotline")) {
      sawHotline = true;
      CHECK(hasType(p.package, "withdrawal"));
    }
  }
  CHECK(sawHotline);
}

TEST_CASE("[ai] the other roles' tables break ties between packages and their red lines bind the better package") {
  GameState s = handBuiltGame();
  UtilitySpec bloc;
  bloc.clauses = {valued("monitors", 1, 0, values("deploy", {{"true", 40}, {"false", -20}}))};
  s.utilities["bloc"] = bloc;
  SECTION("the disputants do not care about monitors, the bloc does") {
    const ai::Debrief d = ai::analyseGame(s);
    REQUIRE(d.roles.size() == 3);
    REQUIRE(d.betterPackage);
    CHECK(hasClause(d.betterPackage->clauses, clause("monitors", "deploy", true)));
    CHECK(d.betterPackage->utilities[2].role == "bloc");
    CHECK(d.betterPackage->utilities[2].utility == 40.0);
    CHECK(d.frontier.size() == 8);
  }
  SECTION("a red line of the bloc's rules out the only better package, not the frontier") {
    RedLine forbid;
    forbid.kind = RedLineKind::Forbid;
    forbid.clause = "water";
    forbid.param = "split";
    forbid.value = "60_40_a";
    s.utilities["bloc"].redLines.push_back(forbid);
    const ai::Debrief d = ai::analyseGame(s);
    CHECK(d.frontier.size() == 8);
    CHECK(d.frontier.back().first == 37.5);
    CHECK_FALSE(d.betterPackage);
  }
}

TEST_CASE("[ai] a game without utility tables has nothing to analyse") {
  GameState s = handBuiltGame();
  s.utilities.clear();
  const ai::Debrief d = ai::analyseGame(s);
  CHECK_FALSE(d.analysed());
  CHECK(d.roles.empty());
  CHECK(d.disputants.empty());
  CHECK(d.frontier.empty());
  CHECK_FALSE(d.nash);
  CHECK_FALSE(d.paretoDistance);
  CHECK_FALSE(d.nashDistance);
  CHECK_FALSE(d.betterPackage);
  CHECK(d.concessions.empty());
  CHECK(d.commitments.size() == 4);
}

TEST_CASE("[ai] one state with a table gets its utilities but no frontier") {
  GameState s = handBuiltGame();
  s.utilities.erase("b");
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE(d.roles.size() == 1);
  CHECK(d.roles[0].utility == 26.25);
  CHECK(d.frontier.empty());
  CHECK_FALSE(d.nash);
  CHECK_FALSE(d.betterPackage);
}

TEST_CASE("[ai] a concession curve values each offer on top of what was agreed before it") {
  GameState s = handBuiltGame();
  s.agreements = {Agreement{1, 2, {"a", "b"}, {clause("hotline", "open", true)}, 1, 0, AgreementStatus::Active, {}}};
  Offer first;
  first.id = 1;
  first.from = "a";
  first.to = {"b"};
  first.turn = 1;
  first.round = 1;
  first.clauses = {clause("water", "split", std::string("60_40_a"))};
  Offer hotline = first;
  hotline.id = 2;
  hotline.from = "b";
  hotline.round = 2;
  hotline.clauses = {clause("hotline", "open", true)};
  Offer second = first;
  second.id = 3;
  second.turn = 2;
  second.clauses = {clause("water", "split", std::string("50_50"))};
  s.offers = {first, hotline, second};
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE(d.concessions.size() == 2);
  // a: 60_40_a alone 120 / 4; then 50_50 with the agreed hotline (40 + 30) / 4.
  const auto& a = d.concessions[0].offers;
  REQUIRE(a.size() == 2);
  CHECK(a[0].offerId == 1);
  CHECK(a[0].turn == 1);
  CHECK(a[0].round == 1);
  CHECK(a[0].utility == 30.0);
  CHECK(a[1].offerId == 3);
  CHECK(a[1].turn == 2);
  CHECK(a[1].utility == 17.5);
  // b: the hotline alone, 10 / 4.
  REQUIRE(d.concessions[1].offers.size() == 1);
  CHECK(d.concessions[1].offers[0].utility == 2.5);
}

TEST_CASE("[ai] a commitment is broken by a detected violation, and undetected ones are counted apart") {
  GameState s = handBuiltGame();
  s.agreements[0].violations = {Violation{1, 0, "a", 3, true, ""}, Violation{1, 0, "b", 3, false, ""}, Violation{1, 0, "b", 4, false, ""},
                                Violation{1, 0, "bloc", 5, true, ""}};
  const ai::Debrief d = ai::analyseGame(s);
  REQUIRE(d.commitments.size() == 5);
  const auto& a = d.commitments[0];
  CHECK(a.agreementId == 1);
  CHECK(a.party == "a");
  CHECK_FALSE(a.kept);
  CHECK(a.detected == 1);
  CHECK(a.undetected == 0);
  const auto& b = d.commitments[1];
  CHECK(b.party == "b");
  CHECK(b.kept);
  CHECK(b.detected == 0);
  CHECK(b.undetected == 2);
  // A violation by an actor that was not a party is still listed.
  CHECK(d.commitments[2].party == "bloc");
  CHECK_FALSE(d.commitments[2].kept);
  CHECK(d.commitments[3].agreementId == 2);
  CHECK(d.commitments[3].kept);
}

namespace {

// Every package of a small game, one option or none per type, that crosses neither disputant's
// red lines; the frontier of their utilities by plain comparison.
std::vector<std::pair<double, double>> bruteForceFrontier(const GameState& s) {
  const UtilitySpec& a = s.utilities.at("a");
  const UtilitySpec& b = s.utilities.at("b");
  std::vector<std::vector<Clause>> packages{{}};
  for (const auto& type : s.clauseTypes) {
    std::vector<std::vector<Clause>> next;
    for (const auto& p : packages) {
      next.push_back(p);
      for (const auto& c : clauseChoices(type, s.sectors)) {
        next.push_back(p);
        next.back().push_back(c);
      }
    }
    packages = std::move(next);
  }
  std::vector<std::pair<double, double>> all;
  for (const auto& p : packages) {
    if (crossedRedLine(a, {}, p) || crossedRedLine(b, {}, p)) continue;
    all.emplace_back(utilityOf(a, {}, p), utilityOf(b, {}, p));
  }
  std::sort(all.begin(), all.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second > y.second; });
  std::vector<std::pair<double, double>> frontier;
  for (const auto& point : all) {
    if (frontier.empty() || point.second > frontier.back().second) frontier.push_back(point);
  }
  std::reverse(frontier.begin(), frontier.end());
  return frontier;
}

UtilitySpec randomSpec(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); };
  const std::vector<std::string> types{"water", "hotline", "withdrawal", "talks"};
  UtilitySpec spec;
  for (const auto& type : types) {
    if (pick(0, 3) == 0) continue;
    ParamValuation p;
    if (type == "water") p = values("split", {{"50_50", pick(-60, 60)}, {"60_40_a", pick(-60, 60)}, {"60_40_b", pick(-60, 60)}});
    if (type == "hotline") p = values("open", {{"true", pick(-60, 60)}, {"false", pick(-60, 60)}});
    if (type == "withdrawal") p = points("km", {{0, pick(-60, 60)}, {10, pick(-60, 60)}});
    if (type == "talks") p = values("sectors", {{"north", pick(-40, 40)}, {"middle", pick(-40, 40)}});
    ClauseValuation v = valued(type, pick(0, 3), pick(-30, 30), p);
    v.absent = pick(-60, 60);
    spec.clauses.push_back(v);
  }
  if (pick(0, 1)) {
    RedLine line;
    line.kind = RedLineKind::Forbid;
    line.clause = "water";
    line.param = "split";
    line.value = pick(0, 1) ? "60_40_a" : "60_40_b";
    spec.redLines.push_back(line);
  }
  if (pick(0, 1)) {
    RedLine line;
    line.kind = pick(0, 1) ? RedLineKind::Min : RedLineKind::Max;
    line.clause = "withdrawal";
    line.param = "km";
    line.number = pick(0, 2) * 5;
    spec.redLines.push_back(line);
  }
  for (int i = pick(0, 2); i > 0; --i) {
    RedLine line;
    line.kind = RedLineKind::Requires;
    line.clause = types[static_cast<size_t>(pick(0, 3))];
    line.needs = {types[static_cast<size_t>(pick(0, 3))]};
    if (line.needs[0] != line.clause) spec.redLines.push_back(line);
  }
  spec.reservation.base = pick(-20, 20);
  return spec;
}

}  // namespace

TEST_CASE("[ai] the frontier equals a brute-force search over every package of small random games") {
  std::mt19937 rng(20230301);
  for (int game = 0; game < 150; ++game) {
    GameState s = handBuiltGame();
    s.agreements.clear();
    s.sectors = {Sector{"north", "North", 10, SectorStatus::Disputed, {}, {}, ""}, Sector{"middle", "Middle", 10, SectorStatus::Contested, {}, {}, ""},
                 Sector{"south", "South", 10, SectorStatus::Demarcated, {}, {}, ""}};
    s.clauseTypes.pop_back();  // monitors: nobody values it here
    s.clauseTypes.push_back(ClauseType{"talks", "Talks", "", {ParamDef{"sectors", "Sectors", ParamKind::Sectors, 0, 0, 1, {}, {}}}, {}, ""});
    s.utilities["a"] = randomSpec(rng);
    s.utilities["b"] = randomSpec(rng);
    INFO("game " << game);
    const ai::Debrief d = ai::analyseGame(s);
    CHECK(frontierOf(d) == bruteForceFrontier(s));
    for (const auto& p : d.frontier) {
      CHECK_FALSE(crossedRedLine(s.utilities.at("a"), {}, p.package));
      CHECK_FALSE(crossedRedLine(s.utilities.at("b"), {}, p.package));
      CHECK(utilityOf(s.utilities.at("a"), {}, p.package) == p.first);
      CHECK(utilityOf(s.utilities.at("b"), {}, p.package) == p.second);
    }
  }
}

TEST_CASE("[ai] past the cap on requires cases the frontier is marked as not exact") {
  GameState s = handBuiltGame();
  UtilitySpec& a = s.utilities["a"];
  for (int i = 0; i <= ai::kMaxRequiringTypes; ++i) {
    const std::string id = "extra" + std::to_string(i);
    s.clauseTypes.push_back(ClauseType{id, id, "", {ParamDef{"on", "On", ParamKind::Bool, 0, 0, 1, {}, {}}}, {}, ""});
    a.clauses.push_back(valued(id, 1, 10, values("on", {{"true", 10}})));
    RedLine line;
    line.kind = RedLineKind::Requires;
    line.clause = id;
    line.needs = {"hotline"};
    a.redLines.push_back(line);
  }
  const ai::Debrief d = ai::analyseGame(s);
  CHECK_FALSE(d.frontierExact);
  REQUIRE_FALSE(d.frontier.empty());
  for (const auto& p : d.frontier) CHECK_FALSE(crossedRedLine(a, {}, p.package));
}
