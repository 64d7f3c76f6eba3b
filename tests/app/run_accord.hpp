// Runs the real `accord` program and captures its exit code, stdout and stderr.
#pragma once

#include <string>

#include "../support/run_command.hpp"

namespace accord::test {

inline Ran runAccord(const std::string& args) { return runCommand(std::string(ACCORD_BINARY) + " " + args); }

inline std::string fixture(const std::string& rel) { return std::string(ACCORD_SOURCE_DIR) + "/tests/fixtures/" + rel; }

}  // namespace accord::test
