// The frequency opponent model; see opponent_model.hpp.
#include "opponent_model.hpp"

#include <algorithm>

namespace accord::ai {

std::string OpponentModel::key(const core::ParamValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  std::string out;
  for (const auto& id : std::get<std::vector<std::string>>(v)) out += id + ",";
  return out;
}

void OpponentModel::observe(const std::vector<core::Clause>& package) {
  ++m_packages;
  for (const auto& clause : package) {
    ++m_presence[clause.type];
    for (const auto& [param, value] : clause.params) {
      const std::string where = clause.type + "." + param;
      // Sector sets count per sector too, so a role asking for {a, b} also tells us it wants a.
      int& count = ++m_values[where][key(value)];
      m_valueMax[where] = std::max(m_valueMax[where], count);
      if (const auto* sectors = std::get_if<std::vector<std::string>>(&value)) {
        for (const auto& s : *sectors) {
          int& c = ++m_values[where]["sector:" + s];
          m_valueMax[where] = std::max(m_valueMax[where], c);
        }
      }
    }
  }
}

double OpponentModel::weight(const std::string& type) const {
  if (m_packages == 0) return 0.0;
  auto it = m_presence.find(type);
  return it == m_presence.end() ? 0.0 : static_cast<double>(it->second) / m_packages;
}

double OpponentModel::worth(const core::Clause& clause) const {
  if (clause.params.empty()) return 1.0;
  double sum = 0.0;
  for (const auto& [param, value] : clause.params) {
    const std::string where = clause.type + "." + param;
    auto values = m_values.find(where);
    if (values == m_values.end()) {
      sum += 0.5;  // never named: no idea
      continue;
    }
    const double top = m_valueMax.at(where);
    auto exact = values->second.find(key(value));
    double w = exact == values->second.end() ? 0.0 : exact->second / top;
    if (const auto* sectors = std::get_if<std::vector<std::string>>(&value); sectors && !sectors->empty()) {
      double partial = 0.0;
      for (const auto& s : *sectors) {
        auto it = values->second.find("sector:" + s);
        if (it != values->second.end()) partial += it->second / top;
      }
      w = std::max(w, partial / static_cast<double>(sectors->size()));
    }
    sum += w;
  }
  return sum / static_cast<double>(clause.params.size());
}

}  // namespace accord::ai
