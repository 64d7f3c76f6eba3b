// The turn engine: validates commands, logs them, applies them and calls the rules at fixed points.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "command.hpp"
#include "model.hpp"
#include "result.hpp"
#include "rng.hpp"
#include "role_view.hpp"
#include "rules.hpp"

namespace accord::core {

struct EngineConfig {
  uint64_t seed = 1;
  int maxTurns = 24;   // 0: the scenario's own default
  int maxRounds = 3;   // diplomacy rounds per turn
};

// Why a command was not applied. The state is unchanged.
struct Refusal {
  std::string reason;
};

class TurnEngine {
 public:
  TurnEngine(Rules& rules, EngineConfig config);

  // Runs on_setup and opens turn 1. Fails only when setup itself failed.
  Result<void, RuleError> start();

  Result<void, Refusal> submit(const Command& c);

  const GameState& state() const { return m_state; }
  const std::vector<Command>& log() const { return m_log; }
  const std::vector<RuleError>& errors() const { return m_errors; }
  const std::vector<uint64_t>& turnHashes() const { return m_turnHashes; }
  const EngineConfig& config() const { return m_config; }

  // The actors whose command the engine waits for in the current step.
  std::vector<ActorId> waitingFor() const;
  bool finished() const { return m_state.phase == Phase::Ended; }
  RoleView view(const ActorId& role) const;

 private:
  Result<void, Refusal> validate(const Command& c) const;
  Result<void, Refusal> validatePropose(const Command& c, const ProposePayload& p) const;
  Result<void, Refusal> validateOrders(const Command& c, const Orders& o) const;
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

  template <class T, class F>
  std::optional<T> runHook(F&& call);
  template <class F>
  bool runVoidHook(F&& call);

  Rules& m_rules;
  EngineConfig m_config;
  GameState m_state;
  RngStreams m_rng;
  std::vector<Command> m_log;
  std::vector<RuleError> m_errors;
  std::vector<uint64_t> m_turnHashes;
};

}  // namespace accord::core
