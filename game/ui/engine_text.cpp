// The engine's sentences in the window's language; see engine_text.hpp.
#include "engine_text.hpp"

#include <algorithm>
#include <array>

namespace accord::ui {
namespace {

// The arguments that name an actor: by id, or (a bloc member in a veto) by the name the English
// already shows.
constexpr std::array<std::string_view, 5> kActorArgs{"actor", "member", "addressee", "recipient", "signer"};

const core::ClauseType* clauseTypeOf(const core::RoleView& v, const core::TextArgs& args) {
  auto it = args.find("clause");
  if (it == args.end()) return nullptr;
  for (const auto& type : v.clauseTypes) {
    if (type.id == it->second) return &type;
  }
  return nullptr;
}

const core::ParamDef* paramOf(const core::RoleView& v, const core::TextArgs& args) {
  const core::ClauseType* type = clauseTypeOf(v, args);
  auto it = args.find("param");
  if (!type || it == args.end()) return nullptr;
  for (const auto& def : type->params) {
    if (def.id == it->second) return &def;
  }
  return nullptr;
}

// How an enum option reads: its label when the scenario gave one.
std::string optionLabel(const core::ParamDef* def, const std::string& option) {
  if (!def) return option;
  for (size_t i = 0; i < def->options.size() && i < def->labels.size(); ++i) {
    if (def->options[i] == option && !def->labels[i].empty()) return def->labels[i];
  }
  return option;
}

std::string keyOr(const Texts& t, const std::string& key, const std::string& otherwise) { return t.has(key) ? t(key) : otherwise; }

// One argument as the window shows it. An id the view does not know is shown as it is.
std::string localArg(const Texts& t, const core::RoleView& v, const core::TextArgs& args, const std::string& name, const std::string& value) {
  if (std::find(kActorArgs.begin(), kActorArgs.end(), name) != kActorArgs.end()) {
    for (const auto& a : v.actors) {
      if (a.id == value) return a.name;
    }
    return value;
  }
  if (name == "clause") {
    const core::ClauseType* type = clauseTypeOf(v, args);
    return type && !type->name.empty() ? type->name : value;
  }
  if (name == "param") {
    const core::ParamDef* def = paramOf(v, args);
    return def && !def->name.empty() ? def->name : value;
  }
  if (name == "value") return optionLabel(paramOf(v, args), value);
  if (name == "options") {
    const core::ParamDef* def = paramOf(v, args);
    std::string out;
    for (size_t start = 0; start <= value.size();) {
      size_t end = value.find(", ", start);
      if (end == std::string::npos) end = value.size();
      out += (out.empty() ? "" : ", ") + optionLabel(def, value.substr(start, end - start));
      start = end + 2;
    }
    return out;
  }
  if (name == "sector") {
    for (const auto& s : v.sectors) {
      if (s.id == value) return s.name;
    }
    return value;
  }
  if (name == "phase" || name == "now_phase") return keyOr(t, "ui.phase." + value, value);
  if (name == "status") return keyOr(t, "ui.offer_status." + value, value);
  if (name == "reason") {
    const core::EngineText inner = core::nestedText(args, name);
    if (!inner.code.empty()) return engineText(t, v, inner.code, inner.args, value);
  }
  return value;
}

}  // namespace

std::string engineText(const Texts& t, const core::RoleView& v, std::string_view code, const core::TextArgs& args, std::string_view words) {
  const std::string key = "engine." + std::string(code);
  if (code.empty() || !t.has(key)) return std::string(words);
  core::TextArgs local;
  for (const auto& [name, value] : args) {
    if (name.find('.') == std::string::npos) local[name] = localArg(t, v, args, name, value);
  }
  return core::fillTemplate(t(key), local);
}

std::string refusalText(const Texts& t, const core::RoleView& v, const core::Refusal& r) { return engineText(t, v, r.code, r.args, r.reason); }

std::string voteReason(const Texts& t, const core::RoleView& v, const core::BlocVote& vote) {
  return engineText(t, v, vote.code, vote.args, vote.reason);
}

std::string responseNote(const Texts& t, const core::RoleView& v, const core::Offer& o, const core::ActorId& who) {
  auto note = o.responseNotes.find(who);
  const std::string words = note == o.responseNotes.end() ? std::string() : note->second;
  auto coded = o.engineNotes.find(who);
  if (coded == o.engineNotes.end()) return words;
  return engineText(t, v, coded->second.code, coded->second.args, words);
}

}  // namespace accord::ui
