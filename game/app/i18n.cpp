// Loading the interface's text; see i18n.hpp.
#include "i18n.hpp"

#include <mutex>
#include <nlohmann/json.hpp>

#include "game/persist/file_io.hpp"
#include "game/script/scenario.hpp"

namespace accord::app {

Result<std::map<std::string, std::string>, std::string> loadTexts(const std::string& language) {
  const auto path = script::dataDir() / "assets" / "i18n" / (language + ".json");
  auto text = persist::readTextFile(path, "text file");
  if (!text) return fail(text.error());
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    return fail(path.string() + ": " + e.what());
  }
  if (!j.is_object()) return fail(path.string() + ": expected an object of key -> text");
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string()) return fail(path.string() + ": '" + key + "' is not a string");
    out.emplace(key, value.get<std::string>());
  }
  return out;
}

const ai::Phrasebook& phrasebook(const std::string& language) {
  static std::mutex lock;
  static std::map<std::string, ai::Phrasebook> loaded;
  std::lock_guard<std::mutex> guard(lock);
  auto it = loaded.find(language);
  if (it == loaded.end()) {
    auto texts = loadTexts(language);
    // Without the file the keys show through, which a test of i18n completeness catches.
    it = loaded.emplace(language, ai::Phrasebook(texts ? std::move(*texts) : std::map<std::string, std::string>{})).first;
  }
  return it->second;
}

}  // namespace accord::app
