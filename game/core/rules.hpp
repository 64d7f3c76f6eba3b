// The interface through which the engine calls a scenario's rules at fixed points.
// The Lua layer implements it; core tests use a small C++ implementation.
#pragma once

#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>

#include "model.hpp"
#include "rng.hpp"

namespace accord::core {

// A rules failure, reported and survived: the hook's changes are rolled back and the game goes on.
struct RuleError {
  std::string mod;
  std::string hook;
  int turn = 0;
  std::string file;
  int line = 0;
  std::string message;
  std::string traceback;
  std::string context;  // source lines around the failing line

  // mod 'x', hook 'h', turn N: file.lua:LINE: message
  std::string headline() const;
};

// What a hook may touch: the state and the engine's random streams.
struct World {
  GameState& state;
  RngStreams& rng;
  // Called before the rules change the state or draw a random number, when they say they will
  // (Rules::reportsChanges): the engine then snapshots only hooks that change something.
  std::function<void()> onChange = {};
  void changing() {
    if (onChange) onChange();
  }
};

template <class T>
struct HookResult {
  T value{};
  std::optional<RuleError> error;
};

template <>
struct HookResult<void> {
  std::optional<RuleError> error;
};

// The rules' refusal of a proposal: the reason the proposer reads and, when the rules name it, the
// type of the clause the refusal is about, so that a proposer knows what to leave out.
struct ProposalRefusal {
  static constexpr int kUntilAgreementsChange = std::numeric_limits<int>::max();

  std::string reason;
  std::string clause;  // empty: the package as a whole
  // When the engine refused before the rules were asked: its sentence by code (engine_text.hpp).
  // The rules' own refusals have no code: their reason is already in the game's language.
  std::string code = {};
  TextArgs args = {};
  // Months for which the rules will refuse every package holding a clause of type `clause`, as
  // long as the agreements in force stay the same (kUntilAgreementsChange: until they change).
  // 0: not known. A computer player does not ask about that type again before then.
  int wait = 0;
  bool operator==(const ProposalRefusal&) const = default;
};

class Rules {
 public:
  virtual ~Rules() = default;
  virtual std::string modId() const = 0;
  // True when every change the rules make goes through World::changing first. Otherwise the
  // engine snapshots the state before every hook.
  virtual bool reportsChanges() const { return false; }

  virtual HookResult<void> onSetup(World& w) = 0;
  virtual HookResult<void> onTurnStart(World& w) = 0;
  // A refusal the proposer sees, or nothing to let the offer stand.
  virtual HookResult<std::optional<ProposalRefusal>> onProposal(World& w, const Offer& offer) = 0;
  virtual HookResult<void> onAgreement(World& w, const Agreement& agreement) = 0;
  virtual HookResult<void> onOrders(World& w, const ActorId& actor, const Orders& orders) = 0;
  virtual HookResult<void> onResolve(World& w) = 0;
  virtual HookResult<void> onViolation(World& w, const Violation& violation) = 0;
  // An outcome ends the game; on the last turn the rules should always name one.
  virtual HookResult<std::optional<Outcome>> checkOutcome(World& w, bool lastTurn) = 0;
  virtual HookResult<int> score(World& w, const ActorId& actor) = 0;
  // The orders a computer player with `persona` gives for `actor`, when the scenario writes its
  // own order policy; nothing leaves it to the computer player. The engine runs it as a dry run.
  virtual HookResult<std::optional<Orders>> aiOrders(World& w, const ActorId& actor, const std::string& persona) {
    (void)w;
    (void)actor;
    (void)persona;
    return {};
  }
};

}  // namespace accord::core
