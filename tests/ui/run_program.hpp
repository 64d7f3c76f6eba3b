// Runs a command line and captures its exit code, stdout and stderr; a temporary folder per test.
#pragma once

#include <filesystem>
#include <string>

#include "../support/run_command.hpp"

namespace accord::test {

using UiTempDir = TempDir;
inline std::string readWhole(const std::filesystem::path& p) { return slurp(p); }
inline std::filesystem::path sourceDir() { return ACCORD_SOURCE_DIR; }
// A ui script of tests/ui/scripts, by file name.
inline std::string uiScript(const std::string& name) { return (sourceDir() / "tests" / "ui" / "scripts" / name).string(); }

#ifdef ACCORD_XVFB
// `accord play ARGS` under a private Xvfb at 1280x720, with its home, settings and saves in `dir`
// so that a test never reads or writes the player's own. Leak checks are off under the
// sanitizers: the X and Mesa libraries keep allocations to the end. `env` goes first on the line
// (e.g. "env -u NAME ").
inline std::string underXvfb(const TempDir& dir, const std::string& args, const std::string& env = "") {
  return env + "ASAN_OPTIONS=${ASAN_OPTIONS}:detect_leaks=0 HOME=" + dir.path.string() + " XDG_CONFIG_HOME=" +
         (dir / "config").string() + " XDG_DATA_HOME=" + (dir / "data").string() + " XVFB=" + ACCORD_XVFB + " " +
         (sourceDir() / "tests" / "ui" / "with_xvfb.sh").string() + " " + ACCORD_BINARY + " play " + args;
}
#endif

}  // namespace accord::test
