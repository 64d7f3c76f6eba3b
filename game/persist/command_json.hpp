// JSON for commands and everything they carry: the one format shared by saves, replays and command files.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "game/core/command.hpp"
#include "game/core/model.hpp"
#include "game/core/result.hpp"

namespace accord::persist {

// Writers. Every field is written, defaults included, so a saved command is complete on its own.
// A pass has no "payload"; other kinds carry the payload the command holds.
nlohmann::json toJson(const core::ParamValue& value);
nlohmann::json toJson(const core::Clause& clause);
nlohmann::json toJson(const core::Orders& orders);
nlohmann::json toJson(const core::Command& command);
nlohmann::json toJson(const std::vector<core::Command>& commands);

// Readers. `where` is the place of `json` in its document ("commands[12]", or "" at the top); errors
// are one line naming the exact place, e.g. "commands[12].payload.clauses[0].params.km: expected an
// integer, found 2.5". Unknown fields are errors. In hand-written commands these may be left out:
// payload.replyTo (0), payload.note (""), message payload.to (public), clause params ({}), orders
// forces/statements/requests (none) and a force order's heavy (0).
Result<core::ParamValue, std::string> paramValueFromJson(const nlohmann::json& json, const std::string& where);
Result<core::Clause, std::string> clauseFromJson(const nlohmann::json& json, const std::string& where);
Result<core::Orders, std::string> ordersFromJson(const nlohmann::json& json, const std::string& where);
Result<core::Command, std::string> commandFromJson(const nlohmann::json& json, const std::string& where);
// A JSON array of commands; elements are named "<where>[i]".
Result<std::vector<core::Command>, std::string> commandsFromJson(const nlohmann::json& json,
                                                                 const std::string& where);

// A command file (`accord run --commands FILE`): a JSON array of commands. Errors are prefixed with
// the source name: "FILE: commands[3].actor: missing".
Result<std::vector<core::Command>, std::string> parseCommandList(std::string_view text, const std::string& sourceName);
Result<std::vector<core::Command>, std::string> loadCommandFile(const std::filesystem::path& path);
// A command file's text: an array with one command per line, so that files diff line by line.
std::string serializeCommandList(const std::vector<core::Command>& commands);

// One command on one line, keys in reading order (turn, phase, actor, kind, payload).
std::string commandLine(const core::Command& command);

}  // namespace accord::persist
