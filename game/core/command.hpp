// Every input to a game is a Command; the command log plus scenario and seed is the game.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "model.hpp"

namespace accord::core {

enum class CommandKind {
  Pass,          // done with the current step (briefing read, round over, review read)
  Propose,       // table a package; with replyTo set it counters an open offer
  Respond,       // accept or reject an open offer addressed to the actor
  Message,       // free text, public or private
  SubmitOrders,  // sealed orders for this turn
};
const char* toString(CommandKind k);
std::optional<CommandKind> commandKindFrom(std::string_view s);

struct ProposePayload {
  std::vector<ActorId> to;
  std::vector<Clause> clauses;
  int replyTo = 0;
  std::string note;
  bool operator==(const ProposePayload&) const = default;
};

struct RespondPayload {
  int offerId = 0;
  Response response = Response::None;
  std::string note;
  bool operator==(const RespondPayload&) const = default;
};

struct MessagePayload {
  std::vector<ActorId> to;  // empty: public
  std::string text;
  bool operator==(const MessagePayload&) const = default;
};

using Payload = std::variant<std::monostate, ProposePayload, RespondPayload, MessagePayload, Orders>;

struct Command {
  int turn = 0;
  Phase phase = Phase::Briefing;
  ActorId actor;
  CommandKind kind = CommandKind::Pass;
  Payload payload;
  bool operator==(const Command&) const = default;
};

Command makePass(const GameState& s, ActorId actor);
Command makePropose(const GameState& s, ActorId actor, ProposePayload p);
Command makeRespond(const GameState& s, ActorId actor, int offerId, Response r, std::string note = {});
Command makeMessage(const GameState& s, ActorId actor, std::vector<ActorId> to, std::string text);
Command makeOrders(const GameState& s, ActorId actor, Orders o);

}  // namespace accord::core
