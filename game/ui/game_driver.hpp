// A game in the window: human roles act through the screens, the computer plays the others
// between their steps, as the headless runner does.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/ai/computer_player.hpp"
#include "game/app/session.hpp"
#include "game/core/command.hpp"

namespace accord::ui {

// Who sits at each playable role: "human", or a persona for the computer
// ("hardliner", "pragmatist", "conciliator", "baseline").
using Seats = std::map<core::ActorId, std::string>;
inline constexpr const char* kHuman = "human";

class GameDriver {
 public:
  GameDriver(std::unique_ptr<app::Session> session, Seats seats, bool hotSeat);

  // A game played again from `fresh` (the same game before its first command) as the window
  // played it: the computer roles take their own steps and each human command of `log` is given
  // as it was, so the computer players remember the game as they played it. Stops once the log's
  // human commands are given and the computers have answered, or when turn `beforeTurn` (when > 0)
  // begins. Null when this does not give the log's commands and `turnHashes` (a game loaded
  // mid-way, whose computer players started afresh then; or rules that changed since): the caller
  // then replays the log itself.
  static std::unique_ptr<GameDriver> playedAgain(std::unique_ptr<app::Session> fresh, Seats seats, bool hotSeat,
                                                 const std::vector<core::Command>& log,
                                                 const std::vector<uint64_t>& turnHashes, int beforeTurn = 0);

  // Plays the computer roles until the engine waits only for humans, or the game ends; with
  // `beforeTurn`, also stops when that turn begins.
  void advance(int beforeTurn = 0);
  // The human role whose step it is: the first human the engine waits for.
  std::optional<core::ActorId> activeHuman() const;
  // Ends the active human's step with a pass (hold forces in the orders phase), then lets the
  // computer play on. The refusal when the engine refuses it (engine_text.hpp says it).
  std::optional<core::Refusal> endStep(const core::ActorId& role);

  // Submits a human's command (an offer, an answer, orders), then lets the computer play on. The
  // refusal when the engine refuses it.
  std::optional<core::Refusal> submit(const core::Command& c);
  // Would the engine refuse this proposal now, and why (a dry run that changes nothing)? A refusal
  // by the rules has no code: its reason is the rules' own words.
  std::optional<core::Refusal> checkProposal(const core::ActorId& role, const core::ProposePayload& p);
  const core::GameState& state() const { return m_session->engine().state(); }

  core::RoleView view(const core::ActorId& role) const { return m_session->engine().view(role); }
  const app::Session& session() const { return *m_session; }
  bool finished() const { return m_session->engine().finished(); }
  bool hotSeat() const { return m_hotSeat; }
  const Seats& seats() const { return m_seats; }
  bool isHuman(const core::ActorId& role) const;
  std::vector<core::ActorId> humans() const;

 private:
  void stepComputer(const core::ActorId& actor);
  ai::ComputerPlayer* computer(const core::ActorId& role);

  std::unique_ptr<app::Session> m_session;
  Seats m_seats;
  bool m_hotSeat = false;
  std::map<core::ActorId, std::unique_ptr<ai::ComputerPlayer>> m_computers;
};

}  // namespace accord::ui
