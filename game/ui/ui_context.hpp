// What every screen gets: the words, the settings, the named-widget tracker, the window size and
// the navigation it may ask for. Also the few widget helpers the screens share.
#pragma once

#include <SFML/System/Vector2.hpp>
#include <filesystem>
#include <string>
#include <string_view>

#include "game/ui/game_driver.hpp"
#include "game/ui/settings.hpp"
#include "game/ui/texts.hpp"
#include "game/ui/widget_tracker.hpp"

namespace accord::ui {

class SaveStore;

enum class ScreenId { MainMenu, NewGame, Game, Settings, Glossary, Load, Debrief, Mods };
const char* toString(ScreenId s);

// What a screen may ask the window to do.
class Navigator {
 public:
  virtual ~Navigator() = default;
  virtual void goTo(ScreenId screen) = 0;
  // New game, with the scenario in this folder selected.
  virtual void newGameWith(const std::filesystem::path& scenarioFolder) = 0;
  virtual void startGame(std::unique_ptr<GameDriver> game) = 0;
  virtual void applySettings(const Settings& s) = 0;
  virtual void quit() = 0;
  virtual bool hasGame() const = 0;
  // The saves folder of this run: the player's, or none for a script without a data folder.
  virtual SaveStore& saves() = 0;
};

struct UiContext {
  const Texts& text;
  WidgetTracker& widgets;
  const Settings& settings;
  Navigator& nav;
  sf::Vector2u size;
  float scale = 1.0f;  // the UI scale, 1.0 at 100 %
};

// A button labelled by `key`, tracked as `name` for UI scripts. True when clicked.
bool trackedButton(UiContext& ui, std::string_view key, std::string_view name, float width = 0.0f);
// A button that cannot be used yet, with the reason written under it (not only in a tooltip).
void disabledButton(UiContext& ui, std::string_view key, std::string_view reasonKey, std::string_view name, float width = 0.0f);
// A selectable row whose text wraps at the edge instead of being cut there (a long scenario title
// in a narrow list), tracked as `name`. True when clicked.
bool wrappedSelectable(UiContext& ui, const std::string& text, bool selected, std::string_view name);
// Text in a muted colour, wrapped at the window's edge.
void mutedText(const std::string& text);

}  // namespace accord::ui
