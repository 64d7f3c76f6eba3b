// Names of the model's enumerations and look-ups by id.
#include "model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace accord::core {
namespace {

template <class E, size_t N>
const char* nameOf(const std::array<std::pair<E, const char*>, N>& table, E e) {
  for (const auto& [value, name] : table) {
    if (value == e) return name;
  }
  return "?";
}

template <class E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, std::string_view s) {
  for (const auto& [value, name] : table) {
    if (s == name) return value;
  }
  return std::nullopt;
}

constexpr std::array kActorKinds{std::pair{ActorKind::State, "state"}, std::pair{ActorKind::Bloc, "bloc"}};
constexpr std::array kSectorStatuses{
    std::pair{SectorStatus::Demarcated, "demarcated"}, std::pair{SectorStatus::Delimited, "delimited"},
    std::pair{SectorStatus::Disputed, "disputed"}, std::pair{SectorStatus::Contested, "contested"}};
constexpr std::array kPhases{std::pair{Phase::Setup, "setup"},         std::pair{Phase::Briefing, "briefing"},
                             std::pair{Phase::Diplomacy, "diplomacy"}, std::pair{Phase::Orders, "orders"},
                             std::pair{Phase::Resolution, "resolution"}, std::pair{Phase::Review, "review"},
                             std::pair{Phase::Ended, "ended"}};
constexpr std::array kParamKinds{std::pair{ParamKind::Int, "int"}, std::pair{ParamKind::Bool, "bool"},
                                 std::pair{ParamKind::Enum, "enum"}, std::pair{ParamKind::Sectors, "sectors"}};
constexpr std::array kResponses{std::pair{Response::None, "none"}, std::pair{Response::Accept, "accept"},
                                std::pair{Response::Reject, "reject"}};
constexpr std::array kOfferStatuses{std::pair{OfferStatus::Open, "open"}, std::pair{OfferStatus::Agreed, "agreed"},
                                    std::pair{OfferStatus::Rejected, "rejected"},
                                    std::pair{OfferStatus::Expired, "expired"}};
constexpr std::array kAgreementStatuses{std::pair{AgreementStatus::Active, "active"},
                                        std::pair{AgreementStatus::Expired, "expired"},
                                        std::pair{AgreementStatus::Broken, "broken"}};

// Names of the same length often differ in their first or last letter (kyrgyzstan, tajikistan,
// kazakhstan): those two are compared before the rest, which the rules ask about many times a turn.
bool sameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a.back() == b.back() && a == b));
}

template <class V>
auto* findById(V& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const auto& x) { return sameName(x.id, id); });
  return it == items.end() ? nullptr : &*it;
}

template <class V>
auto* findById(V& items, int id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const auto& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const char* toString(ActorKind k) { return nameOf(kActorKinds, k); }
const char* toString(SectorStatus s) { return nameOf(kSectorStatuses, s); }
const char* toString(Phase p) { return nameOf(kPhases, p); }
const char* toString(ParamKind k) { return nameOf(kParamKinds, k); }
const char* toString(Response r) { return nameOf(kResponses, r); }
const char* toString(OfferStatus s) { return nameOf(kOfferStatuses, s); }
const char* toString(AgreementStatus s) { return nameOf(kAgreementStatuses, s); }
std::optional<ActorKind> actorKindFrom(std::string_view s) { return valueOf(kActorKinds, s); }
std::optional<SectorStatus> sectorStatusFrom(std::string_view s) { return valueOf(kSectorStatuses, s); }
std::optional<Phase> phaseFrom(std::string_view s) { return valueOf(kPhases, s); }
std::optional<ParamKind> paramKindFrom(std::string_view s) { return valueOf(kParamKinds, s); }
std::optional<Response> responseFrom(std::string_view s) { return valueOf(kResponses, s); }

const Actor* findActor(const GameState& s, std::string_view id) { return findById(s.actors, id); }
Actor* findActor(GameState& s, std::string_view id) { return findById(s.actors, id); }
const Sector* findSector(const GameState& s, std::string_view id) { return findById(s.sectors, id); }
Sector* findSector(GameState& s, std::string_view id) { return findById(s.sectors, id); }
const ClauseType* findClauseType(const GameState& s, std::string_view id) { return findById(s.clauseTypes, id); }
const MeterDef* findMeter(const GameState& s, std::string_view id) { return findById(s.meterDefs, id); }
const Offer* findOffer(const GameState& s, int id) { return findById(s.offers, id); }
Offer* findOffer(GameState& s, int id) { return findById(s.offers, id); }
const Agreement* findAgreement(const GameState& s, int id) { return findById(s.agreements, id); }
Agreement* findAgreement(GameState& s, int id) { return findById(s.agreements, id); }

std::vector<ActorId> playableActors(const GameState& s) {
  std::vector<ActorId> out;
  for (const auto& a : s.actors) {
    if (a.playable) out.push_back(a.id);
  }
  return out;
}

Calendar dateOfTurn(const GameState& s, int turn) {
  const int months = (s.calendar.month - 1) + (turn - 1);
  return {s.calendar.year + months / 12, months % 12 + 1};
}

bool contains(const std::vector<ActorId>& v, std::string_view id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace accord::core
