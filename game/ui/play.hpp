// `accord play`: opens the game window. The one entry point game/app calls.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace accord::ui {

struct PlayOptions {
  std::string scenario = "kyrgyz_tajik_border";  // preselected on the New game screen
  std::string language;                          // empty: the saved setting
  std::vector<std::filesystem::path> mods;
  int scalePercent = 0;                          // 0: the saved setting
  std::filesystem::path uiScript;                // drive the window from this file, then close it
  std::filesystem::path screenshots;             // where the script's `shot` lines write PNGs
  bool frameStats = false;                       // print frame times, idle CPU and memory at exit
};

// Exit codes as the other subcommands: 0 done, 1 a UI script's check failed, 2 no display or bad
// input (with a message that points to `accord run`).
int play(const PlayOptions& options);

}  // namespace accord::ui
