// Explanations in the game's language; see phrasebook.hpp.
#include "phrasebook.hpp"

namespace accord::ai {

std::string Phrasebook::say(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const {
  auto it = m_texts.find(key);
  const std::string& pattern = it == m_texts.end() ? key : it->second;
  std::string out;
  out.reserve(pattern.size() + 32);
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      const size_t close = pattern.find('}', i);
      if (close != std::string::npos) {
        const std::string name = pattern.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [k, v] : values) {
          if (k == name) {
            out += v;
            found = true;
            break;
          }
        }
        if (!found) out += pattern.substr(i, close - i + 1);
        i = close + 1;
        continue;
      }
    }
    out += pattern[i++];
  }
  return out;
}

namespace {

const core::ClauseType* findType(const std::vector<core::ClauseType>& types, const std::string& id) {
  for (const auto& t : types) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::string valueText(const Phrasebook& words, const core::ParamDef* def, const std::vector<core::Sector>& sectors,
                      const core::ParamValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v)) return words.say(*b ? "ai.yes" : "ai.no");
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (def) {
      for (size_t k = 0; k < def->options.size() && k < def->labels.size(); ++k) {
        if (def->options[k] == *s) return def->labels[k];
      }
    }
    return *s;
  }
  std::string out;
  for (const auto& id : std::get<std::vector<std::string>>(v)) {
    std::string name = id;
    for (const auto& sector : sectors) {
      if (sector.id == id) name = sector.name;
    }
    out += (out.empty() ? "" : ", ") + name;
  }
  return out.empty() ? words.say("ai.none") : out;
}

}  // namespace

std::string clauseName(const std::vector<core::ClauseType>& types, const std::string& type) {
  const core::ClauseType* t = findType(types, type);
  return t ? t->name : type;
}

std::string describeClause(const Phrasebook& words, const std::vector<core::ClauseType>& types,
                           const std::vector<core::Sector>& sectors, const core::Clause& clause) {
  const core::ClauseType* type = findType(types, clause.type);
  std::string out = type ? type->name : clause.type;
  if (clause.params.empty()) return out;
  std::string params;
  // In the declared order, so the text reads the same way the builder shows it.
  auto add = [&](const std::string& id, const core::ParamDef* def) {
    auto it = clause.params.find(id);
    if (it == clause.params.end()) return;
    params += (params.empty() ? "" : "; ") + (def ? def->name : id) + ": " + valueText(words, def, sectors, it->second);
  };
  if (type) {
    for (const auto& def : type->params) add(def.id, &def);
  } else {
    for (const auto& [id, value] : clause.params) add(id, nullptr);
  }
  return out + " (" + params + ")";
}

}  // namespace accord::ai
