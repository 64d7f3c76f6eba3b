// A small C++ implementation of the rules, for core tests: two states, a bloc of them and a third
// state without a seat, two sectors. A test may add to the setup before the game starts.
#pragma once

#include <functional>
#include <string>

#include "game/core/rules.hpp"
#include "game/core/turn_engine.hpp"

namespace accord::test {

using namespace accord::core;

class TestRules : public Rules {
 public:
  std::function<std::optional<std::string>(const Offer&)> refuseProposal;
  std::function<bool(const std::string& hook)> failHook;  // true: that hook fails after changing state
  std::function<void(GameState&)> amendSetup;  // runs at the end of on_setup: more actors, utility tables
  std::vector<Offer> proposalsSeen;             // every offer on_proposal was shown
  std::vector<uint64_t> proposalDraws;          // on_proposal's draw from the "proposals" stream
  std::vector<std::string> calls;
  std::vector<std::string> orderSeen;  // actors in the order on_orders saw them

  std::string modId() const override { return "test"; }

  HookResult<void> onSetup(World& w) override {
    calls.push_back("on_setup");
    auto& s = w.state;
    s.calendar = {2023, 3};
    s.meterDefs = {{"tension", "Tension", 0, 100, 50, false, false}, {"resolve", "Resolve", 0, 10, 5, true, true}};
    s.actors = {Actor{"a", "State A", ActorKind::State, {}, 0xff0000ff, true, {}},
                Actor{"b", "State B", ActorKind::State, {}, 0x00ff00ff, true, {}},
                Actor{"bloc", "The Bloc", ActorKind::Bloc, {"a", "b", "c"}, 0x0000ffff, true, {}},
                Actor{"c", "State C", ActorKind::State, {}, 0x888888ff, false, {}}};
    s.sectors = {Sector{"s1", "North", 40, SectorStatus::Disputed, {{0, 0}, {10, 10}}, {{"a", {100, 10, 0}}, {"b", {100, 10, 0}}}, ""},
                 Sector{"s2", "South", 60, SectorStatus::Demarcated, {{10, 10}, {20, 20}}, {}, ""}};
    s.clauseTypes = {
        ClauseType{"ceasefire", "Ceasefire", "", {ParamDef{"months", "Months", ParamKind::Int, 1, 12, 1, {}, {}}}, {}, "months"},
        ClauseType{"withdrawal", "Withdrawal", "", {ParamDef{"km", "Km", ParamKind::Int, 0, 20, 5, {}, {}}}, {}, ""},
        ClauseType{"monitors", "Monitors", "", {ParamDef{"sectors", "Sectors", ParamKind::Sectors, 0, 0, 1, {}, {}}}, {"bloc"}, ""},
        ClauseType{"water", "Water", "", {ParamDef{"split", "Split", ParamKind::Enum, 0, 0, 1, {"50_50", "60_40"}, {}}}, {}, ""},
        ClauseType{"hotline", "Hotline", "", {ParamDef{"open", "Open", ParamKind::Bool, 0, 0, 1, {}, {}}}, {}, ""}};
    s.briefs["a"] = Brief{"SECRET-AAA brief text", {{"calm", "keep calm", 1}}, {"RED-A"}, "RES-A"};
    s.briefs["b"] = Brief{"SECRET-BBB brief text", {}, {"RED-B"}, "RES-B"};
    s.briefs["bloc"] = Brief{"SECRET-PACT brief text", {}, {}, ""};
    if (amendSetup) amendSetup(s);
    return {};
  }

  HookResult<void> onTurnStart(World& w) override { return hook("on_turn_start", w); }
  HookResult<std::optional<ProposalRefusal>> onProposal(World& w, const Offer& offer) override {
    HookResult<std::optional<ProposalRefusal>> r;
    calls.push_back("on_proposal");
    proposalsSeen.push_back(offer);
    w.state.meters["tension"] += 1;  // a change that a refusal must undo
    proposalDraws.push_back(w.rng.stream("proposals").next());  // so that the streams matter too
    if (failHook && failHook("on_proposal")) {
      r.error = RuleError{"test", "on_proposal", 0, "init.lua", 9, "boom", "", ""};
      return r;
    }
    if (refuseProposal) {
      if (auto reason = refuseProposal(offer)) r.value = ProposalRefusal{*reason, {}};
    }
    return r;
  }
  HookResult<void> onAgreement(World& w, const Agreement&) override { return hook("on_agreement", w); }
  HookResult<void> onOrders(World& w, const ActorId& actor, const Orders&) override {
    orderSeen.push_back(actor);
    return hook("on_orders", w);
  }
  HookResult<void> onResolve(World& w) override {
    auto r = hook("on_resolve", w);
    if (r.error) return r;
    // Random incidents, so that the seed matters.
    if (w.rng.stream("incidents").chance(50)) {
      w.state.incidents++;
      w.state.meters["tension"] = std::min(100, w.state.meters["tension"] + 5);
    }
    return r;
  }
  HookResult<void> onViolation(World& w, const Violation&) override { return hook("on_violation", w); }
  HookResult<std::optional<Outcome>> checkOutcome(World& w, bool lastTurn) override {
    calls.push_back("check_outcome");
    HookResult<std::optional<Outcome>> r;
    if (lastTurn) r.value = Outcome{"frozen", "Frozen."};
    (void)w;
    return r;
  }
  HookResult<int> score(World& w, const ActorId& actor) override {
    calls.push_back("score");
    return {100 - w.state.meters["tension"] + (actor == "a" ? 1 : 0), std::nullopt};
  }

 private:
  HookResult<void> hook(const std::string& name, World& w) {
    calls.push_back(name);
    if (failHook && failHook(name)) {
      w.state.meters["tension"] = 99;  // a change the rollback must undo
      return {RuleError{"test", name, 0, "init.lua", 7, "boom", "", ""}};
    }
    return {};
  }
};

// Everyone passes or holds until the phase changes.
inline void finishStep(TurnEngine& e) {
  const Phase phase = e.state().phase;
  const int turn = e.state().turn;
  const int round = e.state().round;
  for (const auto& id : e.waitingFor()) {
    if (e.state().phase != phase || e.state().turn != turn || e.state().round != round) break;
    auto r = e.submit(makePass(e.state(), id));
    if (!r) throw std::runtime_error(r.error().reason);
  }
}

inline void playTo(TurnEngine& e, Phase phase, int turn) {
  int guard = 0;
  while (!(e.state().phase == phase && e.state().turn == turn) && !e.finished() && guard++ < 10000) finishStep(e);
}

inline Clause clause(std::string type, std::string param, ParamValue v) {
  Clause c{std::move(type), {}};
  c.params.emplace(std::move(param), std::move(v));
  return c;
}

}  // namespace accord::test
