// The data of a role's utility tables (see utility.hpp for what they mean and how they are used).
// Kept apart so the game model can hold them without the functions that read them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace accord::core {

// A map by name that can be asked with a string_view, hashed: for names looked up many times a
// turn (the sectors of every package weighed, a computer player's vocabulary of clause values).
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};
template <class V>
using ByName = std::unordered_map<std::string, V, NameHash, std::equal_to<>>;

// How much one parameter's value is worth, -100..100.
struct ParamValuation {
  std::string param;
  // Int parameters: points {value, worth} in rising order, linear between them, flat outside.
  std::vector<std::pair<int64_t, int>> points;
  // Enum options, "true"/"false" for Bool, sector ids for Sectors (summed over the named sectors).
  // Hashed: every package weighed looks up each of its sectors here.
  using Worths = ByName<int>;
  Worths values;
  int otherwise = 0;  // an option or sector the table does not name
};

// One clause type's worth: `base` when present plus its parameters, clamped to -100..100;
// `absent` when neither the package nor an agreement in force has it.
struct ClauseValuation {
  std::string type;
  int weight = 1;
  std::string objective;  // the brief's objective this clause serves
  int absent = 0;
  int base = 0;
  std::vector<ParamValuation> params;
};

enum class RedLineKind {
  Min,       // the clause's int parameter must be at least `number`
  Max,       // ... at most `number`
  Forbid,    // the clause may not appear, or not with parameter `param` = `value`
  Requires,  // the clause may appear only with each of `needs` in the package or in force
};
const char* toString(RedLineKind k);
std::optional<RedLineKind> redLineKindFrom(std::string_view s);

struct RedLine {
  std::string id;
  std::string text;  // the position in words, shown in the brief and in explanations
  RedLineKind kind = RedLineKind::Forbid;
  std::string clause;
  std::string param;
  int64_t number = 0;
  std::string value;               // Forbid: enum option, "true"/"false" or a sector id
  std::vector<std::string> needs;  // Requires: clause types
};

// What no agreement is worth now: `base` plus `slope` per ten points of `meter` above `pivot`
// (a negative slope: the worse things get, the more any deal is worth), on top of the value of
// the clauses already in force.
struct Reservation {
  int base = 0;
  std::string meter;  // a world meter, or empty
  int pivot = 50;
  int slope = 0;
};

struct UtilitySpec {
  std::vector<ClauseValuation> clauses;
  std::string declines;  // what a bloc member says when it votes against a package worth too little
  std::vector<RedLine> redLines;
  Reservation reservation;
  int totalWeight() const;
  const ClauseValuation* find(std::string_view type) const;
};

}  // namespace accord::core
