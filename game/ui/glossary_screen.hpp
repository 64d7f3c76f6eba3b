// The glossary: the terms a player meets, each with a short explanation.
#pragma once

#include "game/ui/ui_context.hpp"

namespace accord::ui {

class GlossaryScreen {
 public:
  void draw(UiContext& ui);
};

// The glossary's terms, in reading order: each has "ui.glossary.<term>" and "ui.glossary.<term>.text".
const std::vector<std::string>& glossaryTerms();

}  // namespace accord::ui
