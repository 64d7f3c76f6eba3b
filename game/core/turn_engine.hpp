// The turn engine: validates commands, logs them, applies them and calls the rules at fixed points.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.hpp"
#include "model.hpp"
#include "result.hpp"
#include "rng.hpp"
#include "role_view.hpp"
#include "rules.hpp"
#include "state_hash.hpp"

namespace accord::core {

struct EngineConfig {
  uint64_t seed = 1;
  int maxTurns = 24;   // 0: the scenario's own default
  int maxRounds = 3;   // diplomacy rounds per turn
};

// Why a command was not applied. The state is unchanged.
struct Refusal {
  std::string reason;  // in English, or in the rules' own words when on_proposal refused
  // The engine's sentence by code and arguments (engine_text.hpp), for an interface to say in its
  // own language; empty when the rules refused, whose words are shown as they are.
  std::string code = {};
  TextArgs args = {};
};

class TurnEngine {
 public:
  TurnEngine(Rules& rules, EngineConfig config);

  // Runs on_setup and opens turn 1. Fails only when setup itself failed.
  Result<void, RuleError> start();

  Result<void, Refusal> submit(const Command& c);

  // Whether `actor` proposing `p` now would be refused, and why: the same validation, bloc vote
  // and on_proposal hook as submit, for computer players and the proposal builder. The state, the
  // random streams, the log and the error list are left alone. Cost: a refusal by validation or by
  // a bloc veto copies no state; otherwise on_proposal runs on a copy of the state and the random
  // streams, the same one snapshot a submitted proposal takes (roughly 1 us for a small state, tens
  // of microseconds once a game holds hundreds of news items, messages and offers). A failing hook
  // counts as no refusal, since submit would report the failure and let the offer stand. The rules
  // do see one extra on_proposal call, which only Lua module variables (never game state, see
  // docs/modding.md) can notice.
  std::optional<std::string> checkProposal(const ActorId& actor, const ProposePayload& p);
  // The same dry run, with the clause type the rules named as the cause when they named one.
  std::optional<ProposalRefusal> proposalRefusal(const ActorId& actor, const ProposePayload& p);

  // The scenario's orders for a computer player of `actor` with `persona` (its ai_orders hook),
  // or nothing. A dry run: the state and the random streams are put back; a failing hook is
  // recorded as an error and gives nothing.
  std::optional<Orders> suggestOrders(const ActorId& actor, const std::string& persona);

  const GameState& state() const { return m_state; }
  const std::vector<Command>& log() const { return m_log; }
  const std::vector<RuleError>& errors() const { return m_errors; }
  const std::vector<uint64_t>& turnHashes() const { return m_turnHashes; }
  const EngineConfig& config() const { return m_config; }

  // The actors whose command the engine waits for in the current step.
  std::vector<ActorId> waitingFor() const;
  // Whether the engine waits for `actor`, or for anyone: waitingFor() without making the list.
  bool waitsFor(const ActorId& actor) const;
  bool waitsForAnyone() const;
  // The first of waitingFor(), without making the list; nullptr when nobody is waited for.
  const ActorId* firstWaiting() const;
  bool finished() const { return m_state.phase == Phase::Ended; }
  RoleView view(const ActorId& role, ViewScope scope = ViewScope::Full) const;
  // The decision view of `role` (ViewScope::Decision), kept by the engine and written over at each
  // call, reusing what the last one for this role held: for computer players, which ask at every
  // step. The reference stays valid, and the view unchanged, until the next call for this role.
  const RoleView& decisionView(const ActorId& role) const;

 private:
  // The state and the random streams as they were: put back when a hook fails, the rules refuse
  // an offer, or a dry run of on_proposal is over. The game's history (offers, agreements,
  // messages, news) is left out: no hook can change it except by adding news, so the snapshot
  // keeps only how many news items there were. After setup, the declared model (meter
  // definitions, clause types, briefs, utility tables, exclaves, options and their values) is
  // left out too: only setup-only bindings change it; so are the orders, the scores and who has
  // passed, which no binding writes. A snapshot then costs the same on turn 24 as on turn 1.
  struct Snapshot {
    GameState state;
    size_t news = 0;
    RngStreams rng;
  };

  Result<void, Refusal> validate(const Command& c) const;
  Result<void, Refusal> validateSender(int turn, Phase phase, const ActorId& actor) const;
  // `votes`, when given, receives the bloc's votes on the package when validation held a ballot in
  // which no member vetoed (every member then voted), for draftOffer.
  Result<void, Refusal> validatePropose(const ActorId& actor, const ProposePayload& p,
                                        std::optional<std::map<ActorId, BlocVote>>* votes = nullptr) const;
  Result<void, Refusal> validateOrders(const Orders& o) const;
  // `votes`: the ballot validatePropose held on the same package in the same state, if any; used
  // when the package stands as it was written (its sectors already in order).
  Offer draftOffer(const ActorId& actor, const ProposePayload& p, std::optional<std::map<ActorId, BlocVote>> votes = std::nullopt) const;
  Result<void, Refusal> apply(const Command& c);

  void applyPass(const ActorId& actor);
  Result<void, Refusal> applyPropose(const Command& c, const ProposePayload& p);
  void applyRespond(const ActorId& actor, const RespondPayload& r);
  void settleOffer(Offer& offer);
  void applyMessage(const ActorId& actor, const MessagePayload& m);
  void applyOrders(const ActorId& actor, const Orders& o);

  void beginTurn();
  void endRound();
  void closeDiplomacy();
  void resolve();
  void review();
  void finishTurn();

  SharedParts sharedParts(const ActorId& role, ViewScope scope) const;
  Snapshot snapshot();
  void restore(Snapshot&& s);
  // Keeps a snapshot that was not needed, as the buffer the next one is copied into.
  void recycle(std::optional<Snapshot>& before);
  template <class R, class F>
  bool callHook(std::optional<Snapshot>& before, R& result, F&& call);
  // A world whose first change takes the snapshot into `before` (at once when the rules do not
  // report their changes).
  World lazyWorld(std::optional<Snapshot>& before);
  template <class T, class F>
  std::optional<T> runHook(F&& call);
  template <class F>
  bool runVoidHook(F&& call);

  Rules& m_rules;
  EngineConfig m_config;
  GameState m_state;
  GameState m_spare;  // the last unneeded snapshot's state, to copy the next one into
  RngStreams m_rng;
  std::vector<Command> m_log;
  std::vector<RuleError> m_errors;
  std::vector<uint64_t> m_turnHashes;
  HistoryHashCache m_hashCache;
  // The last dry run of on_proposal, when the hook changed nothing: the log size it saw, the
  // proposal and the verdict.
  struct CheckedProposal {
    size_t log = 0;
    ActorId actor;
    ProposePayload payload;
    std::optional<ProposalRefusal> verdict;
    bool confirmed = false;  // submit found the next command to be this very proposal
    Offer offer;             // as drafted for the dry run
  };
  std::optional<CheckedProposal> m_lastCheck;
  // Shared copies of the roles' utility tables and of the clause types for views; neither changes
  // after setup.
  mutable std::map<ActorId, std::shared_ptr<const UtilitySpec>> m_sharedUtilities;
  mutable std::shared_ptr<const std::vector<ClauseType>> m_sharedClauseTypes;
  // The sectors and the agreements in force of the last decision view, shared by the next ones
  // while they stay the same.
  mutable std::shared_ptr<const std::vector<Sector>> m_decisionSectors;
  mutable std::shared_ptr<const std::vector<Agreement>> m_decisionAgreements;
  // The last decision view of each role, written over by the next (decisionView).
  mutable std::map<ActorId, RoleView> m_decisionViews;
};

}  // namespace accord::core
