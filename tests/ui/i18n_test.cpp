// The window's text: every "ui.*" key in every language, and every key the code names exists.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "game/ui/glossary_screen.hpp"
#include "game/ui/texts.hpp"
#include "run_program.hpp"

namespace {

using Keys = std::map<std::string, std::set<std::string>>;  // key -> its {placeholders}

Keys uiKeys(const std::string& lang) {
  std::ifstream in(accord::test::sourceDir() / "assets" / "i18n" / (lang + ".json"));
  REQUIRE(in);
  const auto j = nlohmann::json::parse(in);
  Keys out;
  for (const auto& [key, value] : j.items()) {
    if (key.rfind("ui.", 0) != 0) continue;
    const std::string text = value.get<std::string>();
    std::set<std::string> names;
    for (size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
      names.insert(text.substr(i, text.find('}', i) - i + 1));
    }
    out[key] = names;
  }
  return out;
}

// Keys the code builds from a prefix and a value of the model.
std::set<std::string> composedKeys() {
  std::set<std::string> keys;
  for (int m = 1; m <= 12; ++m) keys.insert("ui.month." + std::to_string(m));
  for (const char* p : {"setup", "briefing", "diplomacy", "orders", "resolution", "review", "ended"}) {
    keys.insert(std::string("ui.phase.") + p);
    keys.insert(std::string("ui.game.end_step.help.") + p);
  }
  for (const char* s : {"demarcated", "delimited", "disputed", "contested"}) {
    keys.insert(std::string("ui.status.") + s);
    keys.insert(std::string("ui.status_tag.") + s);
  }
  for (const char* s : {"human", "pragmatist", "hardliner", "conciliator", "baseline"}) keys.insert(std::string("ui.seat.") + s);
  for (const auto& lang : accord::ui::uiLanguages()) keys.insert("ui.language." + lang);
  for (const auto& term : accord::ui::glossaryTerms()) {
    keys.insert("ui.glossary." + term);
    keys.insert("ui.glossary." + term + ".text");
  }
  return keys;
}

}  // namespace

TEST_CASE("[ui] every ui key is in English and in Russian, with the same placeholders") {
  const auto en = uiKeys("en");
  const auto ru = uiKeys("ru");
  CHECK(en.size() > 100);
  for (const auto& [key, names] : en) {
    INFO(key);
    REQUIRE(ru.count(key));
    CHECK(ru.at(key) == names);
  }
  for (const auto& [key, names] : ru) {
    INFO(key);
    CHECK(en.count(key));
  }
}

TEST_CASE("[ui] every key the window's code names is in the interface text") {
  const auto en = uiKeys("en");
  std::set<std::string> used = composedKeys();
  const std::regex literal(R"re("(ui\.[a-z0-9_.]+)")re");
  for (const auto& entry : std::filesystem::directory_iterator(accord::test::sourceDir() / "game" / "ui")) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string code = accord::test::readWhole(entry.path());
    for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it) {
      const std::string key = (*it)[1];
      if (key.back() != '.') used.insert(key);  // a prefix, completed by composedKeys
    }
  }
  CHECK(used.size() > 100);
  for (const auto& key : used) {
    INFO(key);
    CHECK(en.count(key));
  }
}

TEST_CASE("[ui] the Russian interface is written in Russian") {
  // A sentence copied over untranslated is the usual slip; names and numbers may stay the same.
  auto texts = accord::ui::Texts::load("ru");
  REQUIRE(texts);
  auto english = accord::ui::Texts::load("en");
  REQUIRE(english);
  for (const char* key : {"ui.menu.new_game", "ui.top.km", "ui.map.schematic", "ui.game.end_step", "ui.handover.title"}) {
    INFO(key);
    CHECK((*texts)(key) != (*english)(key));
  }
}
