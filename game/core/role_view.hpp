// What one role may see of the game: the only window the UI, the AI and the network get.
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"

namespace accord::core {

struct ActorView {
  ActorId id;
  std::string name;
  ActorKind kind = ActorKind::State;
  std::vector<ActorId> members;
  uint32_t colour = 0;
  bool playable = false;
  std::map<std::string, int> meters;  // another actor's private meters are left out
  bool ordersSubmitted = false;       // whether, never what
  ActorId chair = {};                 // a bloc's chairing member, or empty
};

struct RoleView {
  ActorId role;
  int turn = 0;
  int maxTurns = 0;
  Phase phase = Phase::Setup;
  int round = 0;
  int maxRounds = 0;
  Calendar date;

  std::vector<MeterDef> meterDefs;
  std::map<std::string, int> meters;
  std::vector<ActorView> actors;
  SharedList<Sector> sectors;  // a decision view's may be shared with the views before it
  std::vector<Exclave> exclaves;
  SharedList<ClauseType> clauseTypes;  // the engine's own list: it does not change after setup
  std::vector<OptionDef> optionDefs;
  std::map<std::string, std::string> options;

  std::optional<Brief> brief;       // this role's only
  std::shared_ptr<const UtilitySpec> utility;  // this role's only: its objectives as clause values
  std::vector<Offer> offers;        // offers this role made or received
  SharedList<Agreement> agreements;  // public; a decision view's may be shared with the views before it
  std::vector<NewsItem> news;       // public items and those addressed to this role
  std::vector<Message> messages;    // public, sent by or sent to this role
  std::optional<Orders> ownOrders;  // this turn's, if submitted
  std::map<ActorId, Orders> lastOrders;  // everyone's, once resolved
  std::optional<int> ownScore;
  std::optional<Outcome> outcome;
  bool waitingForMe = false;
  std::vector<RequestDef> requests;  // the requests to the bloc this role may send
  std::vector<Hint> hints;           // the tutorial's steps shown to this role
};

// How much a view carries: everything (the window's panels); only the current turn's offers, news
// and messages; or what a computer player needs to decide its step: the current turn's offers,
// the agreements in force, the map, the clause types, its utility table and the world meters,
// without texts (brief, news, messages), the actors' meters, the scenario's options, last turn's
// orders, or the declarations of meters, options and exclaves.
enum class ViewScope { Full, CurrentTurn, Decision };

// What a caller keeps shared between views instead of copying it for each: the role's utility
// table and the clause types (neither changes after setup), and a decision view's sectors
// (decisionSectors) and agreements (decisionAgreements). What is left empty is copied from the
// state.
struct SharedParts {
  std::shared_ptr<const UtilitySpec> utility;
  std::shared_ptr<const std::vector<ClauseType>> clauseTypes;
  std::shared_ptr<const std::vector<Sector>> decisionSectors;
  std::shared_ptr<const std::vector<Agreement>> decisionAgreements;
};

RoleView makeRoleView(const GameState& s, const ActorId& role, bool waitingForRole, ViewScope scope = ViewScope::Full,
                      SharedParts shared = {});
// The same view written over `v`, a view made before: strings, lists and map nodes already there
// are reused where the new view has the same shape. For callers that ask for one role's view again
// and again (the engine's decision views), so that each asks for few new allocations.
void fillRoleView(RoleView& v, const GameState& s, const ActorId& role, bool waitingForRole, ViewScope scope = ViewScope::Full,
                  SharedParts shared = {});

// The sectors as a decision view has them (no line, no note); `last` is kept when it still matches
// the state's, so views made between two changes of the map share one list.
std::shared_ptr<const std::vector<Sector>> decisionSectors(const GameState& s, std::shared_ptr<const std::vector<Sector>> last);

// The agreements as a decision view has them (those in force), kept like decisionSectors.
std::shared_ptr<const std::vector<Agreement>> decisionAgreements(const GameState& s, std::shared_ptr<const std::vector<Agreement>> last);

}  // namespace accord::core
