// Plays a session to its end without a window: scripted commands for the roles a file commands,
// computer players (or the baseline policy) for every other role.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/ai/computer_player.hpp"

#include "game/app/session.hpp"
#include "game/core/command.hpp"

namespace accord::app {

// A scripted command the engine refused, or that the game never reached.
struct RefusedCommand {
  size_t index = 0;  // 1-based position in the commands file
  core::Command command;
  std::string reason;
};

// Who plays the roles the script leaves: a persona per role ("hardliner", "pragmatist",
// "conciliator", or "baseline" for the plain policy that accepts everything), else `fallback`.
struct Players {
  std::map<core::ActorId, std::string> personas;
  std::string fallback = "pragmatist";
  static bool validPersona(const std::string& name);
  // Why these players do not fit the scenario (a role that is not playable), or nothing.
  std::optional<std::string> problem(const core::GameState& s) const;
};

// Whether an open offer waits for `actor`'s answer.
bool awaitsAnswer(const core::GameState& s, const core::ActorId& actor);

// The computer player for `role` with the persona named `persona` in this session, or nullptr for
// "baseline" or an unknown name. Each draws from its own generator, seeded by the game's seed and
// its role, so a game is reproducible whichever driver runs it (the headless runner, the window).
std::unique_ptr<ai::ComputerPlayer> makeComputerPlayer(const Session& session, const core::ActorId& role, const std::string& persona);

// One step of a role the computer plays: `player`, or the baseline policy when it is nullptr. It
// ends with the role's step finished (a pass, or forces held, for whatever the player left open).
// Both drivers, the headless runner and the window, play the computer's steps with it.
void playComputerStep(core::TurnEngine& engine, const core::ActorId& actor, ai::ComputerPlayer* player);

class HeadlessRunner {
 public:
  // Roles named by any command in `script` are played from it alone; the rest by the computer.
  HeadlessRunner(Session& session, std::vector<core::Command> script, Players players = {});

  // Plays until the game ends or `untilTurn` (0: the end) has been reviewed.
  void play(int untilTurn = 0);
  const std::vector<RefusedCommand>& refused() const { return m_refused; }
  bool scripted(const core::ActorId& role) const;

 private:
  void step(const core::ActorId& actor);
  void applyScripted(const core::ActorId& actor);
  void dropUnreached();

  struct Pending {
    size_t index;
    core::Command command;
    std::string lastReason;
  };

  ai::ComputerPlayer* computer(const core::ActorId& role);

  Session& m_session;
  Players m_players;
  std::map<core::ActorId, std::unique_ptr<ai::ComputerPlayer>> m_computers;
  std::vector<Pending> m_pending;
  std::vector<core::ActorId> m_scriptedRoles;
  std::vector<RefusedCommand> m_refused;
};

}  // namespace accord::app
