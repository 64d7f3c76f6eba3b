// A frequency model of another role's preferences, built from the packages it tables: the clause
// types it keeps asking for weigh more, and the parameter values it names most often are taken to
// be the ones it likes. It knows nothing until that role has made an offer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "game/core/model.hpp"

namespace accord::ai {

class OpponentModel {
 public:
  void observe(const std::vector<core::Clause>& package);
  bool empty() const { return m_packages == 0; }
  int version() const { return m_packages; }  // changes whenever the model learns something
  // The estimated worth of one clause to that role, 0..1, and how much its type weighs, 0..1.
  double worth(const core::Clause& clause) const;
  double weight(const std::string& type) const;

 private:
  static std::string key(const core::ParamValue& v);
  int m_packages = 0;
  std::map<std::string, int> m_presence;                             // type -> packages naming it
  std::map<std::string, std::map<std::string, int>> m_values;        // "type.param" -> value -> count
  std::map<std::string, int> m_valueMax;                             // "type.param" -> highest count
};

}  // namespace accord::ai
