// The engine's sentences (refusals, its notes on offers, a bloc member's reason) in the window's
// language: said by code from the "engine.*" keys of assets/i18n, with actors, clauses,
// parameters, sectors and phases named as the view and the interface name them. Words the rules
// or the scenario wrote themselves are already in the game's language and are shown as they are.
#pragma once

#include <string>
#include <string_view>

#include "game/core/role_view.hpp"
#include "game/core/turn_engine.hpp"
#include "game/ui/texts.hpp"

namespace accord::ui {

// The sentence `code` filled from `args`; `words` (the English, or the rules' own words) when it
// has no code or the language lacks the key.
std::string engineText(const Texts& t, const core::RoleView& v, std::string_view code, const core::TextArgs& args, std::string_view words);

std::string refusalText(const Texts& t, const core::RoleView& v, const core::Refusal& r);
// Why a bloc member voted as it did.
std::string voteReason(const Texts& t, const core::RoleView& v, const core::BlocVote& vote);
// What `who` noted on offer `o`: the engine's own note (a counter-offer, a veto) by code, else the
// words as written, or nothing.
std::string responseNote(const Texts& t, const core::RoleView& v, const core::Offer& o, const core::ActorId& who);

}  // namespace accord::ui
