// The player's settings, kept between runs in $XDG_CONFIG_HOME/accord/settings.json.
#pragma once

#include <filesystem>
#include <string>

namespace accord::ui {

struct Settings {
  int scalePercent = 100;  // 100..200
  std::string language = "en";
  bool colourBlindPalette = false;
  bool fullscreen = false;
  int frameCap = 60;  // frames per second at most
  // The guided tutorial in a new game: on until the player has finished or skipped it once, then
  // as the player last chose on the New game screen.
  bool tutorial = true;

  bool operator==(const Settings&) const = default;
};

// The settings file's place: $XDG_CONFIG_HOME/accord, else ~/.config/accord.
std::filesystem::path settingsFile();
// The file's settings, each value clamped to its range; defaults for what is missing or broken.
Settings loadSettings(const std::filesystem::path& file);
// Written to a temporary file and renamed; false when the folder cannot be written.
bool saveSettings(const std::filesystem::path& file, const Settings& s);
Settings clamped(Settings s);

}  // namespace accord::ui
