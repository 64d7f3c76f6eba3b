// The command line: `accord` and its subcommands, parsed with CLI11.
#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

namespace accord::app {

int runCli(int argc, char** argv) {
  CLI::App app{"Accord: negotiate ceasefires, withdrawals, peacekeepers and borders."};
  app.set_version_flag("--version", ACCORD_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  return kExitOk;
}

}  // namespace accord::app
