// The interface's own text: assets/i18n/<lang>.json, a flat object of key -> sentence.
#pragma once

#include <map>
#include <string>

#include "game/ai/phrasebook.hpp"
#include "game/core/result.hpp"

namespace accord::app {

// Reads assets/i18n/<language>.json under the data folder. A missing or broken file is an error
// that names the file and, for broken JSON, the place.
Result<std::map<std::string, std::string>, std::string> loadTexts(const std::string& language);

// The computer players' phrasebook for a language; loaded once per language and kept for the
// process (safe to call from several threads).
const ai::Phrasebook& phrasebook(const std::string& language);

}  // namespace accord::app
