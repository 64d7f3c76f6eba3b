// The player's settings; see settings.hpp.
#include "settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "game/ui/texts.hpp"

namespace accord::ui {

std::filesystem::path settingsFile() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "accord" / "settings.json";
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".config" / "accord" / "settings.json";
  }
  return std::filesystem::path("accord-settings.json");
}

Settings clamped(Settings s) {
  s.scalePercent = std::clamp(s.scalePercent, 100, 200);
  s.frameCap = std::clamp(s.frameCap, 15, 240);
  const auto& langs = uiLanguages();
  if (std::find(langs.begin(), langs.end(), s.language) == langs.end()) s.language = langs.front();
  return s;
}

Settings loadSettings(const std::filesystem::path& file) {
  Settings s;
  std::ifstream in(file);
  if (!in) return s;
  try {
    const auto j = nlohmann::json::parse(in);
    s.scalePercent = j.value("scale_percent", s.scalePercent);
    s.language = j.value("language", s.language);
    s.colourBlindPalette = j.value("colour_blind_palette", s.colourBlindPalette);
    s.fullscreen = j.value("fullscreen", s.fullscreen);
    s.frameCap = j.value("frame_cap", s.frameCap);
    s.tutorial = j.value("tutorial", s.tutorial);
  } catch (const nlohmann::json::exception&) {
    return Settings{};
  }
  return clamped(s);
}

bool saveSettings(const std::filesystem::path& file, const Settings& s) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  const nlohmann::json j = {{"scale_percent", s.scalePercent},
                            {"language", s.language},
                            {"colour_blind_palette", s.colourBlindPalette},
                            {"fullscreen", s.fullscreen},
                            {"frame_cap", s.frameCap},
                            {"tutorial", s.tutorial}};
  const auto tmp = std::filesystem::path(file.string() + ".tmp");
  {
    std::ofstream out(tmp);
    if (!out) return false;
    out << j.dump(2) << "\n";
    if (!out) return false;
  }
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

}  // namespace accord::ui
