// Command kind names and constructors that stamp the current turn and phase.
#include "command.hpp"

#include <array>
#include <utility>

namespace accord::core {
namespace {

constexpr std::array kKinds{std::pair{CommandKind::Pass, "pass"}, std::pair{CommandKind::Propose, "propose"},
                            std::pair{CommandKind::Respond, "respond"}, std::pair{CommandKind::Message, "message"},
                            std::pair{CommandKind::SubmitOrders, "submit_orders"}};

Command stamped(const GameState& s, ActorId actor, CommandKind kind, Payload payload) {
  return Command{s.turn, s.phase, std::move(actor), kind, std::move(payload)};
}

}  // namespace

const char* toString(CommandKind k) {
  for (const auto& [kind, name] : kKinds) {
    if (kind == k) return name;
  }
  return "?";
}

std::optional<CommandKind> commandKindFrom(std::string_view s) {
  for (const auto& [kind, name] : kKinds) {
    if (s == name) return kind;
  }
  return std::nullopt;
}

Command makePass(const GameState& s, ActorId actor) {
  return stamped(s, std::move(actor), CommandKind::Pass, std::monostate{});
}
Command makePropose(const GameState& s, ActorId actor, ProposePayload p) {
  return stamped(s, std::move(actor), CommandKind::Propose, std::move(p));
}
Command makeRespond(const GameState& s, ActorId actor, int offerId, Response r, std::string note) {
  return stamped(s, std::move(actor), CommandKind::Respond, RespondPayload{offerId, r, std::move(note)});
}
Command makeMessage(const GameState& s, ActorId actor, std::vector<ActorId> to, std::string text) {
  return stamped(s, std::move(actor), CommandKind::Message, MessagePayload{std::move(to), std::move(text)});
}
Command makeOrders(const GameState& s, ActorId actor, Orders o) {
  return stamped(s, std::move(actor), CommandKind::SubmitOrders, std::move(o));
}

}  // namespace accord::core
