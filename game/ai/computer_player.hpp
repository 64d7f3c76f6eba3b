// A computer player: negotiates by its role's utility tables and gives orders by its persona.
//
// The split follows the BOA architecture of automated negotiation: a bidding strategy (a target
// utility that falls with time by a persona's concession curve, adjusted tit-for-tat, and the
// package near the target that the others are modelled to like best), an opponent model (counts
// of what each other role tables), and an acceptance strategy (an offer that beats the next own
// bid, or near the deadline the best seen, never below the reservation value or across a red
// line). Every answer carries a one-line explanation naming the clause that decided it.
//
// It sees the game only through its RoleView; the only other input is the proposal check, which
// answers "would the rules refuse this package now, and why", as the proposal builder of the
// window does.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "game/ai/opponent_model.hpp"
#include "game/ai/phrasebook.hpp"
#include "game/core/command.hpp"
#include "game/core/rng.hpp"
#include "game/core/role_view.hpp"
#include "game/core/rules.hpp"
#include "game/core/utility.hpp"

namespace accord::ai {

enum class Persona { Hardliner, Pragmatist, Conciliator };
const char* toString(Persona p);
std::optional<Persona> personaFrom(std::string_view s);

struct PersonaTraits {
  double e = 1.0;            // concession exponent: below 1 holds out (Boulware), above 1 concedes early
  double floorShare = 0.25;  // the lowest target: reservation + floorShare · (best − reservation)
  double reciprocity = 0.5;  // share of the others' last concession returned (tit-for-tat)
  double horizon = 0.5;      // share of the game over which the target falls to its floor
};
PersonaTraits traitsOf(Persona p);

// Would the rules refuse this package now? The refusal if so, naming the clause type it is about
// when the rules say.
using ProposalCheck = std::function<std::optional<core::ProposalRefusal>(const core::ProposePayload&)>;

class ComputerPlayer {
 public:
  ComputerPlayer(core::ActorId role, Persona persona, const Phrasebook* words, uint64_t seed);

  // The commands for the current step (answers, a proposal, orders), ending with the one that
  // finishes the step. Empty when the engine is not waiting for this role.
  std::vector<core::Command> decide(const core::RoleView& view, const ProposalCheck& check);

  // The persona's order policy; a scenario's `ai_orders` hook may replace it.
  core::Orders orders(const core::RoleView& view);

  const core::ActorId& role() const { return m_role; }
  Persona persona() const { return m_persona; }
  // Whether it has tabled a package in this turn; after that it only answers offers.
  bool tabledIn(int turn) const { return m_lastProposalTurn == turn; }
  // The utility the role aims for in the view's turn and round.
  double target(const core::RoleView& view) const;

  // The answer to one offer with its explanation, without sending it.
  struct Answer {
    core::Response response = core::Response::Reject;
    std::string note;
    bool counter = false;  // better answered with a counter-offer
  };
  Answer judge(const core::RoleView& view, const core::Offer& offer) const;

 private:
  // One parameter of a clause type: the values it is drawn from, each numbered for the opponent
  // models, with its share of this role's worth and whether it crosses none of the role's lines.
  struct Axis {
    std::string param;
    std::vector<core::ParamValue> values;
    std::vector<Feature> features;
    std::vector<int> share;
    std::vector<bool> allowed;
    size_t stride = 1;  // options between two values of this parameter
  };
  // One clause type's options with what they are worth to this role. The options are the product
  // of the parameters' values (as core::clauseChoices orders them), kept as that product rather
  // than as clauses: what an option is worth to anyone is the sum of its parameters' shares.
  struct Choices {
    std::string type;
    std::vector<Axis> axes;        // in declaration order
    std::vector<size_t> byName;    // the axes in parameter-name order, as a clause's parameters are
    std::vector<int> slots;        // each axis's slot in the vocabulary
    size_t count = 0;              // options
    size_t value(size_t option, size_t axis) const { return option / axes[axis].stride % axes[axis].values.size(); }
    core::Clause clause(size_t option) const;
    const core::ClauseValuation* valuation = nullptr;  // in the role's own utility spec
    std::vector<int> mine;       // weight · worth of each option
    std::vector<bool> allowed;   // crosses none of this role's min/max/forbid lines
    int baseline = 0;            // weight · worth of the clause in force, or of its absence
    bool inForce = false;
    std::vector<size_t> needs;   // choice indices this type requires (a requires red line)
  };
  using Package = std::vector<int>;  // per choice index: the option chosen, or -1 to leave it
  using Table = std::vector<std::vector<double>>;  // [type][1 + option], [type][0]: left out
  struct CachedTable {
    int model = -1;
    int space = -1;
    Table table;
    Table worth;                          // the table before each type's weight
    std::vector<double> top;              // per type: the most any option (or none) is worth
    std::vector<std::vector<int>> seen;   // per type: the versions of its slots the worths are of
    std::vector<char> zero;               // per type: its row holds only zeros (a weight of 0)
  };

  void prepare(const core::RoleView& view);
  Choices choicesOf(const core::UtilitySpec& spec, const core::ClauseType& type, const std::vector<core::Sector>& sectors);
  void observe(const core::RoleView& view);
  Package bestPackage() const;  // cached while the clause space and the blocked types stay the same
  Package findBestPackage() const;
  Package bid(const core::RoleView& view, double target) const;
  void greedyBid(Package& p, const std::vector<const OpponentModel*>& others, double target) const;
  double utility(const Package& p) const;
  bool requiresMet(const Package& p) const;
  std::vector<core::Clause> clausesOf(const Package& p) const;
  std::vector<core::ActorId> addressees(const core::RoleView& view, const std::vector<core::Clause>& clauses) const;
  double reservation(const core::RoleView& view) const;
  double bestUtility() const;
  // `judged`: the answer to `answering` worked out with the blocked types as they are on entry.
  std::optional<core::Command> propose(const core::RoleView& view, const ProposalCheck& check, int replyTo, const core::Offer* answering,
                                       std::optional<Answer> judged = std::nullopt);
  std::string describe(const core::RoleView& view, const core::Clause& c) const;
  // The clause of `clauses` whose worth to this role falls furthest below what it bids for that type.
  std::optional<size_t> worstClause(const std::vector<core::Clause>& clauses, const Package& bid) const;
  std::optional<size_t> bestClause(const std::vector<core::Clause>& clauses) const;
  int choiceIndex(const std::string& type) const;
  const CachedTable& modelTable(const OpponentModel& m) const;
  void worthsOf(const OpponentModel& m, const Choices& ch, std::vector<double>& worth) const;
  // A refusal as a computer player keeps it: the clause type it names (empty when it names none)
  // and for how many months the rules said it stands (core::ProposalRefusal::wait).
  struct Refused {
    std::string clause;
    int wait = 0;
  };
  // The rules' verdict: nothing when the package may be tabled, else their refusal.
  std::optional<Refused> checked(const ProposalCheck& check, const core::ProposePayload& p);
  // Leaves `type` out of the bids for the rest of the turn, and for as long as `refused` says it
  // stands when the refusal is about that type.
  void block(const std::string& type, const Refused& refused, int turn);

  core::ActorId m_role;
  Persona m_persona;
  PersonaTraits m_traits;
  const Phrasebook* m_words;
  core::Rng m_rng;

  // Rebuilt when the turn or the clauses in force change.
  std::shared_ptr<const core::UtilitySpec> m_spec;  // the tables the clause space points into
  struct BestCache {
    int space = -1;
    std::vector<std::string> blocked;
    Package package;
  };
  mutable BestCache m_best;
  struct BidCache {
    int space = -1;
    double target = 0.0;
    std::vector<std::string> blocked;
    std::vector<const OpponentModel*> others;
    std::vector<int> versions;
    Package package;
  };
  mutable BidCache m_bidCache;
  // Working lists of the bid, kept between bids so that each does not make them again.
  struct Move {
    int option;  // -1: leave the type out
    int next;    // weight · worth to this role after the move
    double score;
  };
  struct Row {
    const double* worth;  // by option + 1
    double held;          // of what the package holds now
  };
  struct Scratch {
    std::vector<const OpponentModel*> others;
    std::vector<int> versions;
    std::vector<const CachedTable*> theirs;
    std::vector<char> blocked;
    std::vector<Row> rows;
    std::vector<std::vector<Move>> moves;
    std::vector<int> slotVersions;
    std::vector<std::vector<double>> terms;
    std::vector<size_t> digit;
    std::vector<double> partial;
    std::vector<size_t> offset;
  };
  mutable Scratch m_scratch;
  // The clauses in force as the vocabulary numbers them, for the clause space they belong to.
  struct InForceFeatures {
    int space = -1;
    std::vector<Features> features;  // by index in m_inForce
  };
  mutable InForceFeatures m_inForceFeatures;
  struct ReservationCache {
    int space = -1;
    int meter = 0;
    double value = 0.0;
    double inForce = 0.0;  // utilityOf the clauses in force, which only a new clause space changes
  };
  mutable ReservationCache m_reservationCache;
  int m_preparedTurn = -1;
  std::string m_sectorSignature;
  std::vector<int> m_activeIds;
  int m_spaceVersion = 0;
  mutable std::map<const OpponentModel*, CachedTable> m_tables;
  std::map<std::string, std::optional<Refused>> m_checked;  // the rules' verdicts on packages, this turn
  std::vector<core::Clause> m_inForce;
  std::vector<Choices> m_choices;
  int m_weights = 0;
  std::vector<std::string> m_blocked;      // clause types the rules refuse this turn
  std::vector<std::string> m_passedAlone;  // clause types the rules let stand alone
  bool m_reprobe = false;                  // ask again about the blocked types before the next bid
  // Blocked types the rules said they refuse until a later turn (the turn to ask again), while the
  // agreements in force stay the same; forgotten when they change.
  std::map<std::string, int> m_askAgain;

  mutable Vocabulary m_vocabulary;
  std::map<core::ActorId, OpponentModel> m_models;
  int m_lastSeenOffer = 0;
  double m_reciprocity = 0.0;  // accumulated tit-for-tat shift of the target
  std::map<core::ActorId, double> m_lastOfferWorth;  // what the others' latest offer was worth to us
  // What each offer to us seen this turn is worth to us, in the clause space it was worked out in.
  struct OfferWorth {
    int offer = 0;
    int space = -1;
    double utility = 0.0;
  };
  std::vector<OfferWorth> m_offerWorth;
  double m_bestSeen = -1000.0;
  int m_bestSeenTurn = 0;
  int m_proposedRound = -1;
  std::vector<core::Clause> m_lastProposal;
  int m_lastProposalTurn = -1;
  int m_proposedTurn = -1;
};

}  // namespace accord::ai
