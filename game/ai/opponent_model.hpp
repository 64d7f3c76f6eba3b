// A frequency model of another role's preferences, built from the packages it tables: the clause
// types it keeps asking for weigh more, and the parameter values it names most often are taken to
// be the ones it likes (each sector of a sector set counts on its own). It knows nothing until
// that role has made an offer.
//
// Clauses are read through a Vocabulary that numbers every (clause type, parameter) slot and every
// value seen in it, so that valuing hundreds of candidate clauses is a few array reads each.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "game/core/model.hpp"

namespace accord::ai {

// One parameter value of a clause, numbered: the slot (type and parameter) and the value ids
// (one for a scalar, one per sector for a sector set).
struct Feature {
  int slot = 0;
  bool set = false;
  std::vector<int> values;
};
using Features = std::vector<Feature>;

class Vocabulary {
 public:
  // Numbers a clause's parameters, adding slots and values not seen before.
  Features features(const core::Clause& clause);
  // One parameter value of a clause of type `type`, numbered the same way.
  Feature feature(const std::string& type, const std::string& param, const core::ParamValue& value);
  // The same, in a slot already numbered (slot()).
  Feature feature(int slot, const core::ParamValue& value);
  // The slot of a (clause type, parameter), added if not seen before.
  int slot(const std::string& type, const std::string& param);

 private:
  // Hashed by name: a computer player numbers every clause it weighs, many times a turn.
  using Ids = core::ByName<int>;
  // One slot's values numbered in the order first seen: names (options, sectors) by name, and
  // numbers and yes/no by value, without writing them out as text.
  struct Values {
    Ids names;
    std::unordered_map<int64_t, int> numbers;
    int count = 0;
  };
  core::ByName<Ids> m_slots;  // type -> param -> slot
  std::vector<Values> m_values;  // per slot
};

class OpponentModel {
 public:
  // A package that role tabled: `types` are the indices of its clauses' types, `features` theirs.
  void observe(const std::vector<int>& types, const std::vector<Features>& features);
  bool empty() const { return m_packages == 0; }
  int version() const { return m_packages; }  // changes whenever the model learns something
  // How much the clause type with this index weighs for that role, 0..1, and one clause's worth.
  double weight(int type) const;
  double worth(const Features& clause) const;
  // One feature's share of worth() before the mean over the clause's features is taken.
  double term(const Feature& f) const;
  // Changes whenever what the model knows about this slot changes (term() of its features).
  int slotVersion(int slot) const {
    return static_cast<size_t>(slot) < m_slotVersion.size() ? m_slotVersion[static_cast<size_t>(slot)] : 0;
  }

 private:
  int m_packages = 0;
  std::vector<int> m_presence;             // per type index: packages naming it
  std::vector<std::vector<int>> m_counts;  // per slot, per value id: times named
  std::vector<int> m_most;                 // per slot: the highest count
  std::vector<int> m_slotVersion;          // per slot: observations that touched it
};

}  // namespace accord::ai
