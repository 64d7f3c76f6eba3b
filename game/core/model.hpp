// The generic game model: actors, meters, sectors, clause types, offers, agreements, news, briefs.
// A scenario fills it in through its rules; nothing here knows a particular dispute.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine_text.hpp"
#include "utility_spec.hpp"

namespace accord::core {

using ActorId = std::string;

enum class ActorKind { State, Bloc };
enum class SectorStatus { Demarcated, Delimited, Disputed, Contested };
enum class Phase { Setup, Briefing, Diplomacy, Orders, Resolution, Review, Ended };

const char* toString(ActorKind k);
const char* toString(SectorStatus s);
const char* toString(Phase p);
std::optional<ActorKind> actorKindFrom(std::string_view s);
std::optional<SectorStatus> sectorStatusFrom(std::string_view s);
std::optional<Phase> phaseFrom(std::string_view s);

// A scenario-declared number with a range: tension 0-100, approval, trust...
struct MeterDef {
  std::string id;
  std::string name;
  int min = 0;
  int max = 100;
  int initial = 0;
  bool perActor = false;   // one value per actor instead of one for the world
  bool isPrivate = false;  // per-actor meters only: seen by the owner alone
};

struct Actor {
  ActorId id;
  std::string name;
  ActorKind kind = ActorKind::State;
  std::vector<ActorId> members;  // bloc only
  uint32_t colour = 0x808080ff;  // RGBA
  bool playable = false;
  std::map<std::string, int> meters;
  ActorId chair = {};  // bloc only: the member that chairs it, or empty
};

// What one actor has in one sector.
struct Forces {
  int troops = 0;
  int heavy = 0;     // heavy weapons
  int monitors = 0;  // observers (usually the bloc's)
  bool operator==(const Forces&) const = default;
};

// Schematic map coordinates, integers on a 0..1000 grid: the map endorses no claim.
struct Point {
  int x = 0;
  int y = 0;
  bool operator==(const Point&) const = default;
};

struct Sector {
  std::string id;
  std::string name;
  int km = 0;
  SectorStatus status = SectorStatus::Disputed;
  std::vector<Point> line;
  std::map<ActorId, Forces> forces;
  std::string note;  // facts shown on hover
};

struct Exclave {
  std::string id;
  std::string name;
  ActorId belongsTo;
  ActorId enclosedBy;
  std::vector<std::string> sectors;
  Point at;
};

enum class ParamKind { Int, Bool, Enum, Sectors };
const char* toString(ParamKind k);
std::optional<ParamKind> paramKindFrom(std::string_view s);

struct ParamDef {
  std::string id;
  std::string name;
  ParamKind kind = ParamKind::Int;
  int64_t min = 0;
  int64_t max = 0;
  int64_t step = 1;
  std::vector<std::string> options;  // enum only
  std::vector<std::string> labels;   // enum only, optional: what each option reads as
};

// int (Int), bool (Bool), string (Enum), sorted sector ids (Sectors).
using ParamValue = std::variant<int64_t, bool, std::string, std::vector<std::string>>;

struct ClauseType {
  std::string id;
  std::string name;
  std::string description;
  std::vector<ParamDef> params;
  std::vector<ActorId> signers;  // actors that must be party to any agreement with this clause
  std::string durationParam;     // the int parameter that sets how many turns an agreement lasts
};

// A list shared between copies instead of copied with each, for what does not change once made
// (an offer's clauses; for views, what does not change after setup). It reads like a const
// std::vector; assigning a vector or a braced list makes a new one.
template <class T>
class SharedList {
 public:
  SharedList() = default;
  explicit SharedList(std::shared_ptr<const std::vector<T>> items) : m_items(std::move(items)) {}
  SharedList(std::vector<T> items) : m_items(std::make_shared<const std::vector<T>>(std::move(items))) {}
  SharedList(std::initializer_list<T> items) : SharedList(std::vector<T>(items)) {}

  const std::vector<T>& get() const {
    static const std::vector<T> none;
    return m_items ? *m_items : none;
  }
  operator const std::vector<T>&() const { return get(); }
  auto begin() const { return get().begin(); }
  auto end() const { return get().end(); }
  size_t size() const { return get().size(); }
  bool empty() const { return get().empty(); }
  const T& operator[](size_t i) const { return get()[i]; }
  const T& front() const { return get().front(); }
  const T& back() const { return get().back(); }
  bool operator==(const SharedList& other) const { return m_items == other.m_items || get() == other.get(); }

 private:
  std::shared_ptr<const std::vector<T>> m_items;
};

// A clause's parameters by name, in name order. A clause has a handful, so they are kept in one
// sorted vector: copying a clause (views, offers, agreements all hold copies) then allocates once
// instead of once per parameter, and finding one is a short scan. It reads like the std::map it
// replaces: emplace keeps an existing value, operator[] adds a default one.
class ParamMap {
 public:
  using value_type = std::pair<std::string, ParamValue>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  ParamMap() = default;
  ParamMap(std::initializer_list<value_type> items) {
    for (const auto& [key, value] : items) emplace(key, value);
  }

  const_iterator begin() const { return m_items.begin(); }
  const_iterator end() const { return m_items.end(); }
  iterator begin() { return m_items.begin(); }
  iterator end() { return m_items.end(); }
  size_t size() const { return m_items.size(); }
  bool empty() const { return m_items.empty(); }

  const_iterator find(std::string_view key) const {
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
      if (it->first == key) return it;
    }
    return m_items.end();
  }
  iterator find(std::string_view key) {
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
      if (it->first == key) return it;
    }
    return m_items.end();
  }
  size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }
  const ParamValue& at(std::string_view key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("no parameter '" + std::string(key) + "'");
    return it->second;
  }

  template <class K, class V>
  std::pair<iterator, bool> emplace(K&& key, V&& value) {
    auto at = lowerBound(key);
    if (at != m_items.end() && at->first == key) return {at, false};
    return {m_items.emplace(at, std::string(std::forward<K>(key)), ParamValue(std::forward<V>(value))), true};
  }
  ParamValue& operator[](std::string_view key) { return emplace(key, ParamValue{}).first->second; }
  size_t erase(std::string_view key) {
    auto it = find(key);
    if (it == end()) return 0;
    m_items.erase(it);
    return 1;
  }

  bool operator==(const ParamMap&) const = default;

 private:
  iterator lowerBound(std::string_view key) {
    return std::lower_bound(m_items.begin(), m_items.end(), key, [](const value_type& item, std::string_view k) { return item.first < k; });
  }
  std::vector<value_type> m_items;
};

struct Clause {
  std::string type;
  ParamMap params;
  bool operator==(const Clause&) const = default;
};

enum class Response { None, Accept, Reject };

struct BlocVote {
  bool yes = true;
  std::string reason;  // the scenario's words, or the engine's sentence in English
  // The engine's sentence by code (see engine_text.hpp) when the reason is the engine's; empty
  // when the scenario gave the words.
  std::string code = {};
  TextArgs args = {};
  bool operator==(const BlocVote&) const = default;
};
enum class OfferStatus { Open, Agreed, Rejected, Expired };
const char* toString(Response r);
const char* toString(OfferStatus s);
std::optional<Response> responseFrom(std::string_view s);

struct Offer {
  int id = 0;
  ActorId from;
  std::vector<ActorId> to;  // addressees; the parties are `from` plus `to`
  SharedList<Clause> clauses;  // shared by the copies views hold, and by the agreement it becomes
  int turn = 0;
  int round = 0;
  int replyTo = 0;  // the offer this one counters, or 0
  std::string note;  // the sender's explanation
  OfferStatus status = OfferStatus::Open;
  std::map<ActorId, Response> responses;
  std::map<ActorId, std::string> responseNotes;
  // The notes the engine wrote itself (a counter-offer, a bloc's veto) by code, so that an
  // interface can say them in its language; responseNotes holds them in English.
  std::map<ActorId, EngineText> engineNotes;
  // The bloc's members, when the package commits the bloc: each member's vote and why.
  std::map<ActorId, BlocVote> votes;
};

struct Violation {
  int agreementId = 0;
  int clauseIndex = 0;
  ActorId actor;
  int turn = 0;
  bool detected = false;
  std::string note;
  bool operator==(const Violation&) const = default;
};

enum class AgreementStatus { Active, Expired, Broken };
const char* toString(AgreementStatus s);

struct Agreement {
  int id = 0;
  int offerId = 0;
  std::vector<ActorId> parties;
  SharedList<Clause> clauses;
  int startTurn = 0;
  int duration = 0;  // turns; 0 means open-ended
  AgreementStatus status = AgreementStatus::Active;
  std::vector<Violation> violations;
  bool operator==(const Agreement&) const = default;
};

// Something that happened, told to everyone or to some roles only.
struct NewsItem {
  int turn = 0;
  std::string text;
  std::vector<ActorId> audience;  // empty: public
  std::string tag;
};

struct Message {
  int turn = 0;
  ActorId from;
  std::vector<ActorId> to;  // empty: public
  std::string text;
};

// A role's confidential brief. The objectives are what the role is scored on.
struct Objective {
  std::string id;
  std::string text;
  int weight = 1;
};

struct Brief {
  std::string text;
  std::vector<Objective> objectives;
  std::vector<std::string> redLines;
  std::string reservation;  // what no agreement means for this role
};

// Sets an actor's forces in a sector to absolute levels.
struct ForceOrder {
  std::string sector;
  int troops = 0;
  int heavy = 0;
  bool operator==(const ForceOrder&) const = default;
};

struct Orders {
  std::vector<ForceOrder> forces;
  std::vector<std::string> statements;
  std::vector<std::string> requests;  // requests to the bloc, by scenario-defined id
  bool operator==(const Orders&) const = default;
};

// A scenario option a teacher or player sets before the game (`--option NAME=VALUE`).
struct OptionDef {
  std::string id;
  std::string name;
  std::string description;
  ParamKind kind = ParamKind::Bool;  // Bool, Int or Enum
  std::string defaultValue;          // canonical text: "true"/"false", digits, or the choice
  int64_t min = 0;
  int64_t max = 0;
  std::vector<std::string> choices;  // enum only
};

struct Outcome {
  std::string id;
  std::string text;
};

struct Calendar {
  int year = 2000;
  int month = 1;  // of turn 1
};

// A request to the bloc that the scenario understands; its id is what Orders.requests carries.
struct RequestDef {
  std::string id;
  std::string name;
  std::string description;    // what the request asks for and what it sets in motion
  std::vector<ActorId> from;  // the roles that may send it; empty: every state
};

// One step of a scenario's guided tutorial: a hint that points at a part of the window and waits
// for the player to do something there. Panels and events are names the window knows (below).
struct Hint {
  std::string id;
  std::string panel;
  std::string text;
  std::string waitFor;          // an event of kHintEvents; "next": only the Next button moves on
  std::vector<ActorId> roles;   // the roles it is shown to; empty: every role
};

// The parts of the window a hint may point at, and the player's actions it may wait for. A small
// fixed vocabulary, so that a scenario's tutorial survives changes to the window's layout.
inline constexpr std::string_view kHintPanels[] = {
    "brief", "map", "news", "meters", "top_bar", "table", "propose", "offers", "orders", "requests", "messages", "report", "end_turn",
};
inline constexpr std::string_view kHintEvents[] = {
    "next",           "brief_opened", "sector_hovered", "table_opened", "orders_opened", "messages_opened", "proposal_sent",
    "offer_answered", "message_sent", "request_ticked", "orders_given", "step_ended",    "turn_ended",      "diplomacy_phase",
    "orders_phase",
};

// Everything the engine and the rules know about one game. Plain data: copied for rollback.
struct GameState {
  int turn = 0;
  int maxTurns = 24;
  Phase phase = Phase::Setup;
  int round = 0;
  int maxRounds = 3;
  bool roundActive = false;  // an offer or answer was made in the current round
  Calendar calendar;

  std::vector<MeterDef> meterDefs;
  std::map<std::string, int> meters;  // world meters
  std::vector<Actor> actors;           // in the fixed resolution order
  std::vector<Sector> sectors;
  std::vector<Exclave> exclaves;
  std::vector<ClauseType> clauseTypes;
  std::map<ActorId, Brief> briefs;
  std::map<ActorId, UtilitySpec> utilities;  // per role (and bloc member), from the scenario
  std::vector<OptionDef> optionDefs;
  std::map<std::string, std::string> options;  // chosen values, canonical text

  std::vector<Offer> offers;
  std::vector<Agreement> agreements;
  std::vector<NewsItem> news;
  std::vector<Message> messages;

  std::map<ActorId, Orders> orders;    // this turn's, sealed until resolution
  std::map<ActorId, Orders> lastOrders;  // last resolved turn's, public
  std::set<ActorId> passed;            // actors done with the current step
  std::map<ActorId, int> scores;
  std::optional<Outcome> outcome;
  std::vector<Violation> pendingViolations;  // reported by the rules during resolution
  int incidents = 0;                   // running total, kept by the rules
  int nextOfferId = 1;
  int nextAgreementId = 1;
  std::vector<RequestDef> requestDefs;  // declared in setup, like the clause types
  std::vector<Hint> hints;              // the tutorial's steps in order, declared in setup
};

// Look-ups by id; nullptr when absent.
const Actor* findActor(const GameState& s, std::string_view id);
Actor* findActor(GameState& s, std::string_view id);
const Sector* findSector(const GameState& s, std::string_view id);
Sector* findSector(GameState& s, std::string_view id);
const ClauseType* findClauseType(const GameState& s, std::string_view id);
const MeterDef* findMeter(const GameState& s, std::string_view id);
const Offer* findOffer(const GameState& s, int id);
Offer* findOffer(GameState& s, int id);
const Agreement* findAgreement(const GameState& s, int id);
Agreement* findAgreement(GameState& s, int id);

std::vector<ActorId> playableActors(const GameState& s);
// The month a turn falls in, as {year, month}.
Calendar dateOfTurn(const GameState& s, int turn);
bool contains(const std::vector<ActorId>& v, std::string_view id);

}  // namespace accord::core
