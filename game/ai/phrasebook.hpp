// The sentences computer players explain themselves with, in the game's language, and how a clause
// reads in them. The texts come from assets/i18n/<lang>.json (keys "ai.*"); the app loads them.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "game/core/model.hpp"

namespace accord::ai {

class Phrasebook {
 public:
  Phrasebook() = default;
  explicit Phrasebook(std::map<std::string, std::string> texts) : m_texts(std::move(texts)) {}

  // The text for `key` with each {name} replaced from `values`; the key itself when missing, so a
  // gap shows instead of vanishing.
  std::string say(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values = {}) const;
  bool has(const std::string& key) const { return m_texts.count(key) != 0; }
  const std::map<std::string, std::string>& texts() const { return m_texts; }

 private:
  std::map<std::string, std::string> m_texts;
};

// "ceasefire (months: 12)", "water sharing (split: 60/40 in Kyrgyzstan's favour)": the clause
// with its parameters, as the declared names and labels read.
std::string describeClause(const Phrasebook& words, const std::vector<core::ClauseType>& types,
                           const std::vector<core::Sector>& sectors, const core::Clause& clause);
// The clause type's display name.
std::string clauseName(const std::vector<core::ClauseType>& types, const std::string& type);

}  // namespace accord::ai
