// The sentences the engine itself writes for players (refusals, notes on offers, a bloc member's
// reason): one table of stable codes with their English, so that an interface can say each one in
// its own language from the code and its named arguments (keys "engine.<code>" in assets/i18n).
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace accord::core {

// Named arguments of a sentence. Each value is what the English shows; an interface reads an
// argument by its name:
//   actor, member, addressee, recipient, signer   an actor's id (or, for member, its name)
//   clause, param                                 a clause type's id and one of its parameters' ids
//   value, options                                an enum parameter's option, or its options joined by ", "
//   sector                                        a sector's id
//   phase, now_phase / status                     a phase (toString) / an offer's status (toString)
//   reason                                        a member's reason as words; when the words are the
//                                                 engine's own, "reason.code" and "reason.<name>"
//                                                 carry that sentence too
// Anything else (offer, index, turn, min, max, step, worth, reservation, line) is a number or an id
// shown as it is.
using TextArgs = std::map<std::string, std::string>;

struct EngineTextDef {
  std::string_view code;
  std::string_view english;  // with {name} placeholders
};

// Every sentence the engine writes. A code never changes meaning once it has shipped, since
// interfaces translate by it; the English may be reworded only when no test or tool quotes it.
inline constexpr EngineTextDef kEngineTexts[] = {
    // Who may send a command, and when.
    {"game_over", "the game is over"},
    {"not_started", "the game has not started"},
    {"wrong_step", "the command is for turn {turn}, {phase} phase, but the game is at turn {now_turn}, {now_phase} phase"},
    {"unknown_actor", "unknown actor '{actor}'"},
    {"not_playable", "'{actor}' is not a playable role"},
    {"unknown_command", "unknown command"},
    // Passing.
    {"pass_payload", "a pass carries no payload"},
    {"step_finished", "'{actor}' has already finished this step"},
    {"round_ended", "'{actor}' has ended this round"},
    // Answers to offers.
    {"response_payload", "a response needs an offer and an answer"},
    {"answer_phase", "offers are answered in the diplomacy phase"},
    {"no_offer", "there is no offer {offer}"},
    {"offer_closed", "offer {offer} is {status}"},
    {"offer_not_to", "offer {offer} is not addressed to '{actor}'"},
    {"already_answered", "'{actor}' has already answered offer {offer}"},
    {"response_none", "a response must accept or reject"},
    // Messages.
    {"message_payload", "a message needs text"},
    {"message_phase", "messages are sent in the briefing, diplomacy or orders phase"},
    {"message_empty", "the message is empty"},
    {"message_long", "the message is longer than {max} bytes"},
    {"unknown_recipient", "unknown recipient '{recipient}'"},
    {"message_self", "a message cannot be sent to oneself"},
    // Orders.
    {"orders_payload", "orders are missing"},
    {"orders_phase", "orders are given in the orders phase"},
    {"orders_given", "'{actor}' has already given orders this turn"},
    {"orders_unknown_sector", "orders name unknown sector '{sector}'"},
    {"orders_sector_twice", "orders name sector '{sector}' twice"},
    {"orders_negative", "orders for '{sector}' have a negative force"},
    {"orders_too_large", "orders for '{sector}' exceed {max}"},
    {"statement_long", "a statement is longer than {max} bytes"},
    // Proposals.
    {"proposal_payload", "a proposal needs a package"},
    {"offer_phase", "offers are made in the diplomacy phase"},
    {"no_addressee", "the offer is addressed to no one"},
    {"unknown_addressee", "unknown addressee '{addressee}'"},
    {"addressee_no_seat", "'{addressee}' has no seat at the table"},
    {"addressee_twice", "addressee '{addressee}' is named twice or is the proposer"},
    {"no_clauses", "the package has no clauses"},
    {"too_many_clauses", "the package has more than {max} clauses"},
    {"unknown_clause_type", "clause {index}: unknown clause type '{clause}'"},
    {"clause_twice", "clause {index} ({clause}): the package names this clause type twice"},
    {"param_missing", "clause {index} ({clause}): parameter '{param}' is missing"},
    {"param_unknown", "clause {index} ({clause}): unknown parameter '{param}'"},
    {"param_not_integer", "clause {index} ({clause}): parameter '{param}' must be an integer"},
    {"param_out_of_range", "clause {index} ({clause}): parameter '{param}' is {value}, outside {min}..{max}"},
    {"param_not_multiple", "clause {index} ({clause}): parameter '{param}' must be a multiple of {step} from {min}"},
    {"param_not_bool", "clause {index} ({clause}): parameter '{param}' must be true or false"},
    {"param_not_named", "clause {index} ({clause}): parameter '{param}' must be one of its named options"},
    {"param_not_option", "clause {index} ({clause}): parameter '{param}' is '{value}', not one of: {options}"},
    {"param_not_sectors", "clause {index} ({clause}): parameter '{param}' must be a list of sectors"},
    {"param_no_sector", "clause {index} ({clause}): parameter '{param}' names no sector"},
    {"param_unknown_sector", "clause {index} ({clause}): parameter '{param}' names unknown sector '{sector}'"},
    {"param_sector_twice", "clause {index} ({clause}): parameter '{param}' names sector '{sector}' twice"},
    {"signer_missing", "clause {index} ({clause}): '{signer}' must be a party to this clause"},
    {"no_offer_to_counter", "there is no offer {offer} to counter"},
    // The bloc's consent, and notes the engine leaves on offers.
    {"bloc_veto", "vetoed by {member}: {reason}"},
    {"red_line", "red line '{line}'"},
    {"worth_less", "the package is worth {worth} to {member}, less than the {reservation} that no new agreement is worth"},
    {"countered", "countered by offer {offer}"},
};

// The English of `code` with its placeholders, or an empty view for a code the table lacks.
std::string_view englishTemplate(std::string_view code);

// `text` with each {name} replaced by args[name]; a name without an argument stays as written.
std::string fillTemplate(std::string_view text, const TextArgs& args);

// The English sentence of `code` filled from `args`.
std::string englishText(std::string_view code, const TextArgs& args);

// A sentence by code, as the engine keeps it next to its English (a note on an offer).
struct EngineText {
  std::string code;
  TextArgs args;
  bool operator==(const EngineText&) const = default;
};

// `args` with the sentence (`code`, `inner`) nested under `name`: "name.code" and "name.<arg>".
void nestText(TextArgs& args, std::string_view name, std::string_view code, const TextArgs& inner);

// The sentence nested under `name` in `args`; its code is empty when there is none.
EngineText nestedText(const TextArgs& args, std::string_view name);

}  // namespace accord::core
