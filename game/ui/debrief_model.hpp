// What the Debrief screen shows, worked out from the final state and ai::analyseGame: sentences,
// rows and charts as plain data, so that the unit tests can read them. Also how "play again from
// turn N" rebuilds the game as it stood when that turn began.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "game/ai/debrief.hpp"
#include "game/ai/phrasebook.hpp"
#include "game/app/session.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/texts.hpp"
#include "game/ui/timeline.hpp"

namespace accord::ui {

struct DebriefRole {
  core::ActorId id;
  std::string name;
  std::string seat;   // who played it
  std::string score;  // the scenario's score, or a dash when it gives none
  std::optional<double> utility;      // of the deal reached, when the role has a utility table
  std::optional<double> reservation;  // what no deal is worth to it
  bool gained = false;                // the deal is worth more to it than no deal
  bool lost = false;                  // ... less
  std::string verdict;                // the comparison in words; empty without a table
  std::vector<std::string> objectives;
};

struct DebriefCommitment {
  int agreementId = 0;
  std::string agreement;  // "No. 2: Ceasefire, Hotline"
  std::string party;
  bool kept = true;
  std::string status;      // kept or broken, in words
  std::string violations;  // detected and undetected, in words
};

struct DebriefView {
  std::string outcome;
  std::string played;  // how many turns of how many
  std::vector<DebriefRole> roles;  // every playable role, in declaration order
  bool analysed = false;
  std::vector<std::string> deal;      // the deal's clauses in words, or one line saying there is none
  std::vector<std::string> measures;  // distances to the frontier and the Nash point, caveats
  std::optional<Chart> plane;         // the disputants' utilities: frontier, Nash point, deal, better package
  std::vector<std::string> better;    // the better package's clauses, then its worth to each role
  std::optional<Chart> concessions;   // each role's offers, valued by itself, with its no-deal value
  std::vector<DebriefCommitment> commitments;
  int lastTurn = 1;  // "play again" may start from turn 1 up to this one
};

DebriefView debriefViewOf(const Texts& t, const ai::Phrasebook& words, const core::GameState& s, const ai::Debrief& d, const Seats& seats);

// The commands of `log` given before turn `turn`: replayed, they bring the game to that turn's start.
std::vector<core::Command> commandsBefore(const std::vector<core::Command>& log, int turn);
// The game as it stood when turn `turn` began: the same scenario, seed, options and language, with
// the commands before that turn replayed. The reason when it cannot be rebuilt.
Result<std::unique_ptr<app::Session>, std::string> sessionAtTurn(const app::Session& game, int turn);
// "Play again from turn N": the game as it stood when turn `turn` began, with the same seats. The
// computer roles play every earlier step again themselves and the humans' commands come from the
// log, so the computer players remember the game as they did when it was played. When that does
// not give the same commands as the log (a game loaded from a save, whose computer players started
// afresh then), the log is replayed as sessionAtTurn does and they start afresh at that turn.
Result<std::unique_ptr<GameDriver>, std::string> driverAtTurn(const GameDriver& game, int turn);

}  // namespace accord::ui
