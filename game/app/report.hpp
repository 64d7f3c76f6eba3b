// What `accord run` and `accord replay` print: one JSON object, or a short readable summary.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "game/app/headless_runner.hpp"
#include "game/app/session.hpp"

namespace accord::app {

// Errors that repeat (same hook, place and message) are reported once, with a count.
struct ErrorGroup {
  core::RuleError first;
  int count = 0;
};
std::vector<ErrorGroup> groupErrors(const std::vector<core::RuleError>& errors);

nlohmann::ordered_json runReport(const Session& session, const std::vector<RefusedCommand>& refused);
std::string textReport(const Session& session, const std::vector<RefusedCommand>& refused);

}  // namespace accord::app
