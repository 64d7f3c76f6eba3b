// Tests of the computer player: it never accepts below its reservation value or across a red
// line, every answer explains itself by a real clause, it counters what it refuses, and the
// personas concede and order their forces as described.
#include <catch2/catch.hpp>

#include <algorithm>

#include "game/ai/computer_player.hpp"
#include "game/core/rng.hpp"
#include "game/core/utility.hpp"

using namespace accord;
using core::Clause;
using core::ParamValue;

namespace {

const ai::Phrasebook& words() {
  static const ai::Phrasebook book({
      {"ai.yes", "yes"},
      {"ai.no", "no"},
      {"ai.none", "none"},
      {"ai.propose", "PROPOSE {clause}"},
      {"ai.accept", "ACCEPT {clause} {utility}/{reservation}"},
      {"ai.reject.red_line", "REDLINE {clause} ({red_line}) {fix}"},
      {"ai.reject.reservation", "RESERVATION {clause} {utility}/{reservation} {fix}"},
      {"ai.reject.target", "TARGET {clause} {utility}/{target} {fix}"},
      {"ai.reject.reservation_missing", "MISSING-R {clause} {fix}"},
      {"ai.reject.target_missing", "MISSING-T {clause} {fix}"},
      {"ai.fix.at_least", "at least {param} {number}"},
      {"ai.fix.at_most", "at most {param} {number}"},
      {"ai.fix.without", "without {clause}"},
      {"ai.fix.with", "with {clauses}"},
      {"ai.fix.instead", "instead {clause}"},
  });
  return book;
}

core::ParamDef intParam(const char* id, int64_t min, int64_t max, int64_t step) {
  core::ParamDef d;
  d.id = id;
  d.name = std::string("P-") + id;
  d.kind = core::ParamKind::Int;
  d.min = min;
  d.max = max;
  d.step = step;
  return d;
}

core::ParamDef enumParam(const char* id, std::vector<std::string> options) {
  core::ParamDef d;
  d.id = id;
  d.name = std::string("P-") + id;
  d.kind = core::ParamKind::Enum;
  d.options = std::move(options);
  return d;
}

core::ClauseType type(const char* id, std::vector<core::ParamDef> params) {
  core::ClauseType t;
  t.id = id;
  t.name = std::string("NAME-") + id;
  t.params = std::move(params);
  return t;
}

core::ClauseValuation valued(const char* type, int weight, int absent, int base, std::vector<core::ParamValuation> params) {
  core::ClauseValuation v;
  v.type = type;
  v.weight = weight;
  v.absent = absent;
  v.base = base;
  v.params = std::move(params);
  return v;
}

// Two states, "a" (the player under test) and "b", with a ceasefire (months), a withdrawal (km)
// and a water split; "a" wants long ceasefires, deep withdrawals and its own water share, needs at
// least 10 km, and will not sign a water deal without a ceasefire.
core::RoleView makeView(int turn = 1, int round = 1) {
  core::RoleView v;
  v.role = "a";
  v.turn = turn;
  v.maxTurns = 24;
  v.phase = core::Phase::Diplomacy;
  v.round = round;
  v.maxRounds = 3;
  v.meters = {{"tension", 70}};
  core::ActorView a;
  a.id = "a";
  a.playable = true;
  core::ActorView b = a;
  b.id = "b";
  v.actors = {a, b};
  core::Sector s;
  s.id = "north";
  s.name = "North";
  s.status = core::SectorStatus::Disputed;
  s.forces = {{"a", {100, 4, 0}}, {"b", {120, 6, 0}}};
  v.sectors = {s};
  v.clauseTypes = {type("ceasefire", {intParam("months", 1, 12, 1)}), type("withdrawal", {intParam("km", 0, 20, 5)}),
                   type("water", {enumParam("split", {"even", "ours", "theirs"})})};
  core::UtilitySpec u;
  core::ParamValuation months;
  months.param = "months";
  months.points = {{1, 10}, {12, 60}};
  core::ParamValuation km;
  km.param = "km";
  km.points = {{0, -20}, {20, 70}};
  core::ParamValuation split;
  split.param = "split";
  split.values = {{"even", 30}, {"ours", 80}, {"theirs", -70}};
  u.clauses = {valued("ceasefire", 3, -30, 30, {months}), valued("withdrawal", 2, -10, 0, {km}), valued("water", 2, 0, 0, {split})};
  core::RedLine minKm;
  minKm.id = "depth";
  minKm.text = "TEN-KM";
  minKm.kind = core::RedLineKind::Min;
  minKm.clause = "withdrawal";
  minKm.param = "km";
  minKm.number = 10;
  core::RedLine order;
  order.id = "order";
  order.text = "CEASEFIRE-FIRST";
  order.kind = core::RedLineKind::Requires;
  order.clause = "water";
  order.needs = {"ceasefire"};
  u.redLines = {minKm, order};
  u.reservation = core::Reservation{5, "tension", 50, -2};
  v.utility = std::make_shared<const core::UtilitySpec>(u);
  v.waitingForMe = true;
  return v;
}

core::Offer offerFromB(int id, std::vector<Clause> clauses) {
  core::Offer o;
  o.id = id;
  o.from = "b";
  o.to = {"a"};
  o.clauses = std::move(clauses);
  o.turn = 1;
  o.round = 1;
  o.responses = {{"a", core::Response::None}};
  return o;
}

// Every package of up to three clauses drawn from the choices (or left out).
std::vector<std::vector<Clause>> allPackages(const core::RoleView& v) {
  std::vector<std::vector<Clause>> out{{}};
  for (const auto& t : v.clauseTypes) {
    const auto choices = core::clauseChoices(t, v.sectors);
    std::vector<std::vector<Clause>> next;
    for (const auto& p : out) {
      next.push_back(p);
      for (const auto& c : choices) {
        auto q = p;
        q.push_back(c);
        next.push_back(std::move(q));
      }
    }
    out = std::move(next);
  }
  out.erase(out.begin());  // the empty package is not an offer
  return out;
}

bool namesAClause(const std::string& note, const core::RoleView& v) {
  return std::any_of(v.clauseTypes.begin(), v.clauseTypes.end(), [&](const core::ClauseType& t) { return note.find(t.name) != std::string::npos; });
}

}  // namespace

TEST_CASE("[ai] a computer player never accepts below its reservation value or across a red line") {
  for (auto persona : {ai::Persona::Hardliner, ai::Persona::Pragmatist, ai::Persona::Conciliator}) {
    for (int turn : {1, 12, 23}) {
      for (int round : {1, 3}) {
        ai::ComputerPlayer player("a", persona, &words(), 7);
        auto view = makeView(turn, round);
        (void)player.decide(view, nullptr);  // learns the clause space
        const double reservation = core::reservationOf(*view.utility, {}, view.meters);
        int accepted = 0;
        int id = 1;
        for (const auto& package : allPackages(view)) {
          const auto answer = player.judge(view, offerFromB(id++, package));
          if (answer.response != core::Response::Accept) continue;
          ++accepted;
          INFO(ai::toString(persona) << " turn " << turn << " round " << round << ": " << answer.note);
          CHECK(core::utilityOf(*view.utility, {}, package) >= reservation - 1e-9);
          CHECK_FALSE(core::crossedRedLine(*view.utility, {}, package).has_value());
        }
        CHECK(accepted > 0);  // the test would mean nothing if it refused everything
      }
    }
  }
}

TEST_CASE("[ai] every answer explains itself by naming a real clause and what would change it") {
  ai::ComputerPlayer player("a", ai::Persona::Pragmatist, &words(), 3);
  auto view = makeView(6, 2);
  view.meters["tension"] = 10;  // calm: no deal is worth more, so some packages fall below it
  (void)player.decide(view, nullptr);
  int id = 1;
  int kinds[5] = {0, 0, 0, 0, 0};
  for (const auto& package : allPackages(view)) {
    const auto answer = player.judge(view, offerFromB(id++, package));
    INFO(answer.note);
    REQUIRE_FALSE(answer.note.empty());
    CHECK(namesAClause(answer.note, view));
    CHECK(answer.note.find('{') == std::string::npos);  // every placeholder filled
    if (answer.response == core::Response::Accept) {
      ++kinds[0];
    } else {
      // A refusal says what would change it.
      CHECK((answer.note.find("at least") != std::string::npos || answer.note.find("without") != std::string::npos ||
             answer.note.find("with ") != std::string::npos || answer.note.find("instead") != std::string::npos));
      if (answer.note.rfind("REDLINE", 0) == 0) ++kinds[1];
      if (answer.note.rfind("RESERVATION", 0) == 0) ++kinds[2];
      if (answer.note.rfind("TARGET", 0) == 0) ++kinds[3];
      if (answer.note.rfind("MISSING", 0) == 0) ++kinds[4];
    }
  }
  for (int k : kinds) CHECK(k > 0);  // each kind of answer was exercised
}

TEST_CASE("[ai] a red-line refusal names the line and the value that would pass") {
  ai::ComputerPlayer player("a", ai::Persona::Conciliator, &words(), 3);
  auto view = makeView();
  (void)player.decide(view, nullptr);
  const Clause shallow{"withdrawal", {{"km", ParamValue{int64_t{5}}}}};
  const Clause months{"ceasefire", {{"months", ParamValue{int64_t{12}}}}};
  auto answer = player.judge(view, offerFromB(1, {months, shallow}));
  CHECK(answer.response == core::Response::Reject);
  CHECK_THAT(answer.note, Catch::StartsWith("REDLINE NAME-withdrawal (P-km: 5)") && Catch::Contains("TEN-KM") &&
                              Catch::Contains("at least P-km 10"));
  const Clause water{"water", {{"split", ParamValue{std::string("ours")}}}};
  answer = player.judge(view, offerFromB(2, {water}));
  CHECK(answer.response == core::Response::Reject);
  CHECK_THAT(answer.note, Catch::Contains("CEASEFIRE-FIRST") && Catch::Contains("with NAME-ceasefire"));
}

TEST_CASE("[ai] a refused offer is answered by a counter-offer that withdraws it, with the reason") {
  ai::ComputerPlayer player("a", ai::Persona::Hardliner, &words(), 5);
  auto view = makeView(2, 1);
  const Clause shallow{"withdrawal", {{"km", ParamValue{int64_t{5}}}}};
  view.offers = {offerFromB(4, {shallow})};
  const auto commands = player.decide(view, nullptr);
  REQUIRE(commands.size() == 2);
  CHECK(commands.back().kind == core::CommandKind::Pass);
  REQUIRE(commands[0].kind == core::CommandKind::Propose);
  const auto& p = std::get<core::ProposePayload>(commands[0].payload);
  CHECK(p.replyTo == 4);
  CHECK(p.to == std::vector<core::ActorId>{"b"});
  CHECK_THAT(p.note, Catch::StartsWith("REDLINE"));
  // Its own package respects its own red lines and beats no agreement.
  CHECK_FALSE(core::crossedRedLine(*view.utility, {}, p.clauses).has_value());
  CHECK(core::utilityOf(*view.utility, {}, p.clauses) > core::reservationOf(*view.utility, {}, view.meters));
}

TEST_CASE("[ai] a refusal that names its clause is dropped without asking about each clause alone") {
  ai::ComputerPlayer player("a", ai::Persona::Pragmatist, &words(), 5);
  auto view = makeView();
  std::vector<size_t> asked;  // the size of each package asked about
  const auto commands = player.decide(view, [&](const core::ProposePayload& p) -> std::optional<core::ProposalRefusal> {
    asked.push_back(p.clauses.size());
    for (const auto& c : p.clauses) {
      if (c.type == "water") return core::ProposalRefusal{"water talks are closed this month", "water"};
    }
    return std::nullopt;
  });
  REQUIRE(commands.size() == 2);
  REQUIRE(commands[0].kind == core::CommandKind::Propose);
  const auto& p = std::get<core::ProposePayload>(commands[0].payload);
  CHECK(std::none_of(p.clauses.begin(), p.clauses.end(), [](const Clause& c) { return c.type == "water"; }));
  CHECK_FALSE(p.clauses.empty());
  // The refused package and the one without water: no single-clause probes.
  REQUIRE(asked.size() == 2);
  CHECK(asked[1] == asked[0] - 1);
}

TEST_CASE("[ai] clauses the rules refuse are left out of the next proposal") {
  ai::ComputerPlayer player("a", ai::Persona::Pragmatist, &words(), 5);
  auto view = makeView();
  int asked = 0;
  const auto commands = player.decide(view, [&](const core::ProposePayload& p) -> std::optional<core::ProposalRefusal> {
    ++asked;
    for (const auto& c : p.clauses) {
      if (c.type == "water") return core::ProposalRefusal{"water talks are closed this month", {}};
    }
    return std::nullopt;
  });
  REQUIRE(commands.size() == 2);
  REQUIRE(commands[0].kind == core::CommandKind::Propose);
  const auto& p = std::get<core::ProposePayload>(commands[0].payload);
  CHECK(asked >= 2);
  CHECK(std::none_of(p.clauses.begin(), p.clauses.end(), [](const Clause& c) { return c.type == "water"; }));
  CHECK_FALSE(p.clauses.empty());
  CHECK_FALSE(p.note.empty());
}

TEST_CASE("[ai] a refusal that says how long it stands is not asked about again before then, unless the agreements change") {
  ai::ComputerPlayer player("a", ai::Persona::Pragmatist, &words(), 5);
  int waterAsked = 0;  // packages asked about that hold a water clause
  auto check = [&](const core::ProposePayload& p) -> std::optional<core::ProposalRefusal> {
    for (const auto& c : p.clauses) {
      if (c.type != "water") continue;
      ++waterAsked;
      core::ProposalRefusal refusal{"water talks are closed for three months", "water"};
      refusal.wait = 3;
      return refusal;
    }
    return std::nullopt;
  };
  auto proposes = [](const std::vector<core::Command>& commands) {
    REQUIRE_FALSE(commands.empty());
    REQUIRE(commands[0].kind == core::CommandKind::Propose);
    return std::get<core::ProposePayload>(commands[0].payload);
  };
  auto holdsWater = [](const core::ProposePayload& p) {
    return std::any_of(p.clauses.begin(), p.clauses.end(), [](const Clause& c) { return c.type == "water"; });
  };

  CHECK_FALSE(holdsWater(proposes(player.decide(makeView(1), check))));
  REQUIRE(waterAsked == 1);  // the first package: refused, with water named
  // Turns 2 and 3: the rules said three months, so water is neither asked about nor proposed.
  for (int turn : {2, 3}) {
    CHECK_FALSE(holdsWater(proposes(player.decide(makeView(turn), check))));
    CHECK(waterAsked == 1);
  }
  // Turn 4: asked again, alone, and refused again for three months.
  CHECK_FALSE(holdsWater(proposes(player.decide(makeView(4), check))));
  CHECK(waterAsked == 2);
  CHECK_FALSE(holdsWater(proposes(player.decide(makeView(5), check))));
  CHECK(waterAsked == 2);
  // An agreement comes into force: what the rules said no longer holds, so water is asked again.
  auto view = makeView(5, 2);
  core::Agreement truce;
  truce.id = 1;
  truce.parties = {"a", "b"};
  truce.clauses = {Clause{"ceasefire", {{"months", ParamValue{int64_t{6}}}}}};
  truce.startTurn = 5;
  view.agreements = {truce};
  player.decide(view, check);
  CHECK(waterAsked == 3);
}

TEST_CASE("[ai] personas concede at different speeds and answer concessions in kind") {
  auto targetAt = [](ai::Persona persona, int turn) {
    ai::ComputerPlayer player("a", persona, &words(), 1);
    auto view = makeView(turn, 1);
    (void)player.decide(view, nullptr);
    return player.target(view);
  };
  for (int turn : {4, 8}) {
    INFO("turn " << turn);
    CHECK(targetAt(ai::Persona::Hardliner, turn) > targetAt(ai::Persona::Pragmatist, turn));
    CHECK(targetAt(ai::Persona::Pragmatist, turn) > targetAt(ai::Persona::Conciliator, turn));
  }
  // Everyone starts from its best package and ends no lower than its floor.
  CHECK(targetAt(ai::Persona::Hardliner, 1) == Approx(targetAt(ai::Persona::Conciliator, 1)));

  // Tit-for-tat: after the other side moves towards it, the pragmatist's target falls further.
  ai::ComputerPlayer steady("a", ai::Persona::Pragmatist, &words(), 1);
  ai::ComputerPlayer answered("a", ai::Persona::Pragmatist, &words(), 1);
  auto view = makeView(3, 1);
  const Clause poor{"ceasefire", {{"months", ParamValue{int64_t{1}}}}};
  const Clause better{"ceasefire", {{"months", ParamValue{int64_t{12}}}}};
  view.offers = {offerFromB(1, {poor})};
  (void)steady.decide(view, nullptr);
  (void)answered.decide(view, nullptr);
  view.round = 2;
  auto second = offerFromB(2, {better});
  second.round = 2;
  view.offers = {offerFromB(1, {poor}), second};
  view.offers[0].status = core::OfferStatus::Rejected;
  (void)answered.decide(view, nullptr);
  auto quiet = view;
  quiet.offers = {view.offers[0]};
  (void)steady.decide(quiet, nullptr);
  CHECK(answered.target(view) < steady.target(view));
}

TEST_CASE("[ai] order policies: hardliners match the other side, conciliators pull back under an agreement") {
  auto view = makeView(3, 1);
  view.phase = core::Phase::Orders;
  ai::ComputerPlayer hard("a", ai::Persona::Hardliner, &words(), 1);
  auto orders = hard.orders(view);
  REQUIRE(orders.forces.size() == 1);
  CHECK(orders.forces[0].sector == "north");
  CHECK(orders.forces[0].troops == 120);
  CHECK(orders.forces[0].heavy == 6);

  core::Agreement bound;
  bound.id = 1;
  bound.parties = {"a", "b"};
  bound.clauses = {Clause{"ceasefire", {{"months", ParamValue{int64_t{6}}}}}};
  view.agreements = {bound};
  ai::ComputerPlayer soft("a", ai::Persona::Conciliator, &words(), 1);
  orders = soft.orders(view);
  REQUIRE(orders.forces.size() == 1);
  CHECK(orders.forces[0].heavy == 3);
  CHECK(orders.forces[0].troops == 90);
  ai::ComputerPlayer middle("a", ai::Persona::Pragmatist, &words(), 1);
  CHECK(middle.orders(view).forces.empty());  // it does not outgun the other side: it holds
}
