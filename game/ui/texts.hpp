// The window's words: the "ui.*" (and the engine's "engine.*") keys of assets/i18n/<lang>.json,
// looked up and filled in.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "game/core/result.hpp"

namespace accord::ui {

// One named value for a {placeholder} in a sentence.
using TextArg = std::pair<std::string_view, std::string>;

class Texts {
 public:
  Texts() = default;
  explicit Texts(std::string language, std::map<std::string, std::string> entries)
      : m_language(std::move(language)), m_entries(std::move(entries)) {}

  // The interface text of a language; an error names the file when it is missing or broken.
  static Result<Texts, std::string> load(const std::string& language);

  // The sentence for `key`; a key missing from the file shows as itself, which the i18n
  // completeness test catches before a player can see it.
  const std::string& operator()(std::string_view key) const;
  // The sentence with each {name} replaced by its value.
  std::string format(std::string_view key, std::initializer_list<TextArg> args) const;
  // An ImGui label: the sentence, then "##" and the key, so that the widget's id does not change
  // with the language.
  std::string label(std::string_view key) const;
  // `value` with `places` decimals, written as the language writes them: "12.5" in English,
  // "12,5" in Russian.
  std::string decimal(double value, int places) const;

  const std::string& language() const { return m_language; }
  bool has(std::string_view key) const { return m_entries.count(std::string(key)) > 0; }

 private:
  std::string m_language;
  std::map<std::string, std::string> m_entries;
  mutable std::map<std::string, std::string, std::less<>> m_missing;
};

// {name} replaced by its value in `text`; unknown placeholders are left as they are.
std::string fillPlaceholders(std::string_view text, std::initializer_list<TextArg> args);

// The languages the window offers, in menu order.
const std::vector<std::string>& uiLanguages();

}  // namespace accord::ui
