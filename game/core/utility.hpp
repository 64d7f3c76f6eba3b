// What a package of clauses is worth to one actor: the linear-additive utility tables a scenario
// declares per role. The computer players bid and accept by them, the bloc's members vote by them,
// and the debrief measures agreements with them; they are the same objectives a player is scored on.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "utility_spec.hpp"

namespace accord::core {

// The worth of one clause by its valuation, -100..100.
int clauseWorth(const ClauseValuation& v, const Clause& clause);

// The clauses in force now: the latest active agreement's clause of each type.
std::vector<Clause> clausesInForce(const std::vector<Agreement>& agreements);

// The utility, -100..100, of having `package` on top of `inForce` (a package clause replaces an
// in-force clause of its type).
double utilityOf(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::vector<Clause>& package);

// What no new agreement is worth, on the same scale.
double reservationOf(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::map<std::string, int>& worldMeters);
// reservationOf, from utilityOf(spec, inForce, {}) worked out before.
double reservationFrom(const UtilitySpec& spec, double inForceUtility, const std::map<std::string, int>& worldMeters);

// The first red line `package` crosses, with the index of the clause that crosses it.
struct Crossing {
  const RedLine* line = nullptr;
  size_t clause = 0;
};
// Whether one clause crosses a min, max or forbid line on its own (a requires line needs the
// package: false here).
bool crosses(const RedLine& line, const Clause& clause);
std::optional<Crossing> crossedRedLine(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::vector<Clause>& package);

// The discretised choices for one clause type that players and analysis draw from: every enum
// option and bool, up to eight values of an int range (ends included), and for sector sets each
// unsettled sector alone, each run of neighbouring unsettled sectors and all of them.
std::vector<Clause> clauseChoices(const ClauseType& type, const std::vector<Sector>& sectors);
// The values clauseChoices draws one parameter from. clauseChoices is their product over the type's
// parameters in declaration order, the last parameter changing fastest.
std::vector<ParamValue> paramChoices(const ParamDef& def, const std::vector<Sector>& sectors);
// One parameter's share of clauseWorth: the clause is worth clamp(base + the sum of the shares of
// the parameters it names) under the valuation; 0 for a parameter the valuation does not weigh.
int paramShare(const ClauseValuation& v, const std::string& param, const ParamValue& value);
// Whether a clause of `type` with `value` for `param` crosses the line, whatever its other
// parameters hold; for a forbid line without a parameter, true for every value.
bool crossesWith(const RedLine& line, const std::string& type, const std::string& param, const ParamValue& value);

}  // namespace accord::core
