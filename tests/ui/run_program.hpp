// Runs a command line and captures its exit code, stdout and stderr; a temporary folder per test.
#pragma once

#include <filesystem>
#include <string>

#include "../support/run_command.hpp"

namespace accord::test {

using UiTempDir = TempDir;
inline std::string readWhole(const std::filesystem::path& p) { return slurp(p); }
inline std::filesystem::path sourceDir() { return ACCORD_SOURCE_DIR; }

}  // namespace accord::test
