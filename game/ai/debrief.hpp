// The after-action review: the deal reached, measured by the roles' own utility tables against
// their reservation values, the Pareto frontier and the Nash point of the two disputants, one
// package that would have left everyone at least as well off, concession curves and commitments.
// Unlike a computer player it reads the whole final state rather than a RoleView: the debrief is
// shown when the game is over, and its subject is what every side wanted.
#pragma once

#include <optional>
#include <vector>

#include "game/core/model.hpp"

namespace accord::ai {

// Definitions (every utility is on the tables' -100..100 scale, see game/core/utility.hpp):
// - The roles analysed are the playable actors with a utility table, in declaration order.
// - The deal reached is the latest clause of each type over every agreement signed during the
//   game, whatever its status now, valued with nothing in force. No agreement: the empty package.
// - A role's reservation is reservationOf(its table, nothing in force, the final world meters).
// - The disputants are the first two analysed roles of kind State. The frontier is theirs: the
//   packages, one clause or none per clause type, that no other package beats for one of them
//   without being worse for the other. Per type the options are "absent" and clauseChoices(type,
//   final sectors), a sector that any offer or agreement named counting as not yet demarcated,
//   without the options that cross a disputant's min, max or forbid red line;
//   `requires` lines are honoured exactly (see kMaxRequiringTypes). Among packages worth the same
//   to both disputants, the one worth most to the other analysed roles (sum of utilities) is kept.
// - The Nash point is the frontier point with the largest (U1 - r1)(U2 - r2) among those where
//   both disputants are strictly above their reservation; none when there is no such point.
// - Distances are Euclidean, in the plane of the two disputants' utilities.
// - The better package is a frontier point, this time avoiding every analysed role's red lines,
//   that leaves every analysed role at least as well off as the deal and one strictly better.
//   Preferred: points with both disputants above reservation, by the largest Nash product; then
//   the largest sum of the disputants' gains over the deal.
// - An offer's value to its sender is that of the deal it would have made: its clauses on top of
//   the latest clause of each other type from agreements made of offers tabled before it.
// - A party kept an agreement when no violation of it by that party was detected; violations the
//   game did not detect are counted apart.

// Work caps, so that an unusual table cannot stall the end of a game. Each type that some
// `requires` line governs doubles the number of cases solved (the type absent, or allowed with
// everything it needs present); past kMaxRequiringTypes such types the rest are kept absent.
// kMaxWork bounds the cells the dynamic programme updates over all cases; cases past it are
// skipped. Either cap clears Debrief::frontierExact: the frontier shown may then miss points, and
// a better package may go unfound.
inline constexpr int kMaxRequiringTypes = 6;
inline constexpr long long kMaxWork = 200'000'000;

struct RoleOutcome {
  core::ActorId role;
  double utility = 0.0;  // of the deal reached
  double reservation = 0.0;
};

struct FrontierPoint {
  double first = 0.0;   // the first disputant's utility
  double second = 0.0;  // the second's
  std::vector<core::Clause> package;  // one package with these utilities, in clause-type order
};

struct RoleUtility {
  core::ActorId role;
  double utility = 0.0;
};

struct BetterPackage {
  std::vector<core::Clause> clauses;
  std::vector<RoleUtility> utilities;  // every analysed role's, in the order of Debrief::roles
};

struct OfferValue {
  int offerId = 0;
  int turn = 0;
  int round = 0;
  double utility = 0.0;
};

struct ConcessionCurve {
  core::ActorId role;
  std::vector<OfferValue> offers;  // in the order they were tabled
};

struct Commitment {
  int agreementId = 0;
  core::ActorId party;
  bool kept = true;
  int detected = 0;    // violations by this party the game detected
  int undetected = 0;  // ... and those it did not
};

struct Debrief {
  std::vector<RoleOutcome> roles;  // empty: no utility tables, nothing to analyse
  std::vector<core::Clause> deal;
  std::vector<core::ActorId> disputants;  // two, or none when there are fewer than two states
  std::vector<FrontierPoint> frontier;    // by rising first utility (so falling second)
  bool frontierExact = true;
  std::optional<FrontierPoint> nash;
  std::optional<double> paretoDistance;
  std::optional<double> nashDistance;
  std::optional<BetterPackage> betterPackage;
  std::vector<ConcessionCurve> concessions;  // per analysed role
  std::vector<Commitment> commitments;       // per agreement and party; needs no utility table

  bool analysed() const { return !roles.empty(); }
};

Debrief analyseGame(const core::GameState& finalState);

}  // namespace accord::ai
