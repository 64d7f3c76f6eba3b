// Plays a session to its end without a window: scripted commands for the roles a file commands,
// the baseline policy for every other role.
#pragma once

#include <string>
#include <vector>

#include "game/app/session.hpp"
#include "game/core/command.hpp"

namespace accord::app {

// A scripted command the engine refused, or that the game never reached.
struct RefusedCommand {
  size_t index = 0;  // 1-based position in the commands file
  core::Command command;
  std::string reason;
};

class HeadlessRunner {
 public:
  // Roles named by any command in `script` are played from it alone; the rest by the baseline.
  HeadlessRunner(Session& session, std::vector<core::Command> script);

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

  Session& m_session;
  std::vector<Pending> m_pending;
  std::vector<core::ActorId> m_scriptedRoles;
  std::vector<RefusedCommand> m_refused;
};

}  // namespace accord::app
