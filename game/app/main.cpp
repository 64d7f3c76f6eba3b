// The `accord` command.
#include "game/app/cli.hpp"

int main(int argc, char** argv) { return accord::app::runCli(argc, argv); }
