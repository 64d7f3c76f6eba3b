// The frequency opponent model; see opponent_model.hpp.
#include "opponent_model.hpp"

#include <algorithm>

namespace accord::ai {

namespace {

template <class Map, class Key>
int idOf(Map& ids, int& count, const Key& key) {
  if (auto it = ids.find(key); it != ids.end()) return it->second;
  ids.emplace(typename Map::key_type(key), count);
  return count++;
}

}  // namespace

Features Vocabulary::features(const core::Clause& clause) {
  Features out;
  out.reserve(clause.params.size());
  for (const auto& [param, value] : clause.params) out.push_back(feature(clause.type, param, value));
  return out;
}

int Vocabulary::slot(const std::string& type, const std::string& param) {
  auto typeAt = m_slots.find(type);
  if (typeAt == m_slots.end()) typeAt = m_slots.emplace(type, Ids{}).first;
  auto& params = typeAt->second;
  if (auto it = params.find(param); it != params.end()) return it->second;
  const int added = static_cast<int>(m_values.size());
  params.emplace(param, added);
  m_values.emplace_back();
  return added;
}

Feature Vocabulary::feature(const std::string& type, const std::string& param, const core::ParamValue& value) {
  return feature(slot(type, param), value);
}

Feature Vocabulary::feature(int slot, const core::ParamValue& value) {
  Feature f;
  f.slot = slot;
  auto& v = m_values[static_cast<size_t>(f.slot)];
  if (const auto* sectors = std::get_if<std::vector<std::string>>(&value)) {
    f.set = true;
    f.values.reserve(sectors->size());
    for (const auto& s : *sectors) f.values.push_back(idOf(v.names, v.count, std::string_view(s)));
  } else if (const auto* i = std::get_if<int64_t>(&value)) {
    f.values.push_back(idOf(v.numbers, v.count, *i));
  } else if (const auto* b = std::get_if<bool>(&value)) {
    f.values.push_back(idOf(v.numbers, v.count, int64_t{*b ? 1 : 0}));
  } else {
    f.values.push_back(idOf(v.names, v.count, std::string_view(std::get<std::string>(value))));
  }
  return f;
}

void OpponentModel::observe(const std::vector<int>& types, const std::vector<Features>& features) {
  ++m_packages;
  for (size_t i = 0; i < types.size(); ++i) {
    if (types[i] < 0) continue;
    const auto t = static_cast<size_t>(types[i]);
    if (m_presence.size() <= t) m_presence.resize(t + 1, 0);
    ++m_presence[t];
    for (const auto& f : features[i]) {
      const auto slot = static_cast<size_t>(f.slot);
      if (m_counts.size() <= slot) {
        m_counts.resize(slot + 1);
        m_most.resize(slot + 1, 0);
        m_slotVersion.resize(slot + 1, 0);
      }
      ++m_slotVersion[slot];
      auto& counts = m_counts[slot];
      for (int v : f.values) {
        if (counts.size() <= static_cast<size_t>(v)) counts.resize(static_cast<size_t>(v) + 1, 0);
        m_most[slot] = std::max(m_most[slot], ++counts[static_cast<size_t>(v)]);
      }
    }
  }
}

double OpponentModel::weight(int type) const {
  if (m_packages == 0 || type < 0 || static_cast<size_t>(type) >= m_presence.size()) return 0.0;
  return static_cast<double>(m_presence[static_cast<size_t>(type)]) / m_packages;
}

double OpponentModel::term(const Feature& f) const {
  const auto slot = static_cast<size_t>(f.slot);
  if (slot >= m_most.size() || m_most[slot] == 0) return 0.5;  // never named: no idea
  if (f.values.empty()) return 0.0;
  const auto& counts = m_counts[slot];
  double named = 0.0;
  for (int v : f.values) {
    if (static_cast<size_t>(v) < counts.size()) named += counts[static_cast<size_t>(v)];
  }
  return named / (static_cast<double>(m_most[slot]) * static_cast<double>(f.values.size()));
}

double OpponentModel::worth(const Features& clause) const {
  if (clause.empty()) return 1.0;
  double sum = 0.0;
  for (const auto& f : clause) sum += term(f);
  return sum / static_cast<double>(clause.size());
}

}  // namespace accord::ai
