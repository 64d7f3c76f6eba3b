// The "Scenario problems" panel on the game screen: the errors of the scenario's script hooks as
// the engine recorded them (repeats shown once), with a Copy button for a bug report.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <vector>

#include "game/core/rules.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

class ProblemsPanel {
 public:
  // A new game: nothing reported, nothing dismissed.
  void reset();
  // A problem of the window's own that the player must see too (an autosave that failed).
  void report(std::string problem);

  // Opens by itself when problems appear, at the bottom right of `area` (the map). Dismiss hides it
  // until a new problem comes; meanwhile a small button brings it back.
  void draw(UiContext& ui, const std::vector<core::RuleError>& errors, const sf::FloatRect& area);

  // How many problems (repeats counted once) the open panel shows; 0 when it is hidden.
  size_t shown() const { return m_open ? m_lastCount : 0; }

 private:
  std::vector<std::string> m_reported;
  size_t m_dismissedAt = 0;  // errors + reports when the player dismissed the panel
  size_t m_lastCount = 0;
  bool m_open = false;
  bool m_copied = false;
};

// The problems as plain text, one block per problem with its traceback and source lines, for the
// clipboard.
std::string problemsText(const std::vector<core::RuleError>& errors, const std::vector<std::string>& reported);

}  // namespace accord::ui
