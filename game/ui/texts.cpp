// The window's words; see texts.hpp.
#include "texts.hpp"

#include <fmt/core.h>

#include "game/app/i18n.hpp"

namespace accord::ui {

Result<Texts, std::string> Texts::load(const std::string& language) {
  auto all = app::loadTexts(language);
  if (!all) return fail(all.error());
  std::map<std::string, std::string> ui;
  for (auto& [key, value] : *all) {
    // The engine's sentences are said by the window too (engine_text.hpp).
    if (key.rfind("ui.", 0) == 0 || key.rfind("engine.", 0) == 0) ui.emplace(key, std::move(value));
  }
  return Texts(language, std::move(ui));
}

const std::string& Texts::operator()(std::string_view key) const {
  auto it = m_entries.find(std::string(key));
  if (it != m_entries.end()) return it->second;
  auto missing = m_missing.find(key);
  if (missing == m_missing.end()) missing = m_missing.emplace(std::string(key), std::string(key)).first;
  return missing->second;
}

std::string Texts::format(std::string_view key, std::initializer_list<TextArg> args) const {
  return fillPlaceholders((*this)(key), args);
}

std::string Texts::label(std::string_view key) const { return (*this)(key) + "##" + std::string(key); }

std::string Texts::decimal(double value, int places) const {
  std::string out = fmt::format("{:.{}f}", value, places);
  const std::string& point = (*this)("ui.number.decimal_point");
  if (const auto dot = out.find('.'); dot != std::string::npos) out.replace(dot, 1, point);
  return out;
}

std::string fillPlaceholders(std::string_view text, std::initializer_list<TextArg> args) {
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [argName, value] : args) {
          if (argName == name) {
            out += value;
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

const std::vector<std::string>& uiLanguages() {
  static const std::vector<std::string> languages{"en", "ru"};
  return languages;
}

}  // namespace accord::ui
