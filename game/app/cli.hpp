// The command line: `accord` and its subcommands, parsed with CLI11.
#pragma once

namespace accord::app {

// Exit codes, the same for every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitScriptFailed = 1;  // the scenario or a script failed; reported
inline constexpr int kExitUsage = 2;         // bad usage or input: unknown flag, missing file, bad save

int runCli(int argc, char** argv);

}  // namespace accord::app
