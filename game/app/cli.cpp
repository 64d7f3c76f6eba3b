// The command line: `accord` and its subcommands, parsed with CLI11.
#include "cli.hpp"

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <iostream>

#include "game/app/headless_runner.hpp"
#include "game/app/report.hpp"
#include "game/app/session.hpp"
#include "game/app/simulate.hpp"
#include "game/core/state_hash.hpp"
#include "game/persist/command_json.hpp"
#include "game/persist/save.hpp"
#include "game/script/bindings.hpp"
#include "game/ui/play.hpp"

namespace accord::app {
namespace {

constexpr const char* kPlayersHelp =
    "Roles that --commands does not command are played by the computer, as a pragmatist unless\n"
    "--ai ROLE=PERSONA says otherwise. Personas: hardliner (concedes late, keeps a high floor,\n"
    "reinforces while unbound), pragmatist (concedes steadily, answers concessions in kind),\n"
    "conciliator (concedes early, pulls forces back), baseline (tables nothing, accepts every offer\n"
    "addressed to it, holds its forces). Roles the file does command do only what it says;\n"
    "whatever it leaves out they pass.";

struct RunArgs {
  std::string scenario;
  uint64_t seed = 1;
  int turns = 0;
  int rounds = 3;
  std::string commands;
  std::string save;
  std::string load;
  std::string language = "en";
  std::vector<std::string> mods;
  std::vector<std::string> options;
  std::vector<std::string> ai;
  bool json = false;
};

// --ai ROLE=PERSONA entries; ALL=PERSONA sets every role the others leave out.
Result<Players, std::string> playersFrom(const std::vector<std::string>& entries) {
  Players players;
  for (const auto& e : entries) {
    const auto eq = e.find('=');
    const std::string role = e.substr(0, eq);
    const std::string persona = e.substr(eq + 1);
    if (!Players::validPersona(persona)) {
      return fail("--ai " + e + ": unknown persona '" + persona + "' (hardliner, pragmatist, conciliator or baseline)");
    }
    if (role == "all" || role == "ALL") {
      players.fallback = persona;
    } else {
      players.personas[role] = persona;
    }
  }
  return players;
}

int report(const Session& session, const std::vector<RefusedCommand>& refused, bool json) {
  if (json) {
    std::cout << runReport(session, refused).dump(2) << "\n";
  } else {
    std::cout << textReport(session, refused);
  }
  return session.engine().errors().empty() ? kExitOk : kExitScriptFailed;
}

int usageError(const std::string& message) {
  std::cerr << "accord: " << message << "\n";
  return kExitUsage;
}

int sessionError(const SessionError& e) {
  std::cerr << "accord: " << e.message << "\n";
  return e.usage ? kExitUsage : kExitScriptFailed;
}

SessionConfig configFrom(const RunArgs& a) {
  SessionConfig c;
  c.scenario = a.scenario;
  c.seed = a.seed;
  c.turns = a.turns;
  c.rounds = a.rounds;
  c.language = a.language;
  for (const auto& m : a.mods) c.mods.emplace_back(m);
  for (const auto& o : a.options) {
    const auto eq = o.find('=');
    c.options[o.substr(0, eq)] = o.substr(eq + 1);
  }
  return c;
}

int runGame(const RunArgs& a) {
  std::vector<core::Command> script;
  if (!a.commands.empty()) {
    auto loaded = persist::loadCommandFile(a.commands);
    if (!loaded) return usageError(loaded.error());
    script = std::move(*loaded);
  }
  std::unique_ptr<Session> session;
  if (!a.load.empty()) {
    auto save = persist::loadSaveFile(a.load);
    if (!save) return usageError(save.error());
    auto made = Session::fromSave(*save, configFrom(a));
    if (!made) return sessionError(made.error());
    session = std::move(*made);
    if (!a.scenario.empty() && a.scenario != session->manifest().id &&
        std::filesystem::weakly_canonical(a.scenario) != std::filesystem::weakly_canonical(session->folder())) {
      return usageError("the save is of scenario '" + session->manifest().id + "', not '" + a.scenario + "'");
    }
  } else {
    if (a.scenario.empty()) return usageError("run needs a SCENARIO (a folder or an id), or --load FILE");
    auto made = Session::create(configFrom(a));
    if (!made) return sessionError(made.error());
    session = std::move(*made);
  }

  auto players = playersFrom(a.ai);
  if (!players) return usageError(players.error());
  if (auto bad = players->problem(session->engine().state())) return usageError(*bad);
  HeadlessRunner runner(*session, std::move(script), std::move(*players));
  runner.play();
  if (!a.save.empty()) {
    if (auto w = persist::writeSaveFile(a.save, session->toSave()); !w) return usageError(w.error());
  }
  return report(*session, runner.refused(), a.json);
}

int replayGame(const std::string& file, bool verify, bool json) {
  auto save = persist::loadSaveFile(file);
  if (!save) return usageError(save.error());
  auto made = Session::fromSave(*save, SessionConfig{});
  if (!made) return sessionError(made.error());
  const Session& session = **made;
  if (session.contentHash() != save->header.scenarioHash) {
    std::cerr << "accord: warning: scenario '" << session.manifest().id << "' has changed since the save was made\n";
  }
  if (verify) {
    const auto& replayed = session.engine().turnHashes();
    const auto& saved = save->turnHashes;
    const size_t n = std::max(replayed.size(), saved.size());
    for (size_t i = 0; i < n; ++i) {
      if (i < replayed.size() && i < saved.size() && replayed[i] == saved[i]) continue;
      const std::string want = i < saved.size() ? core::hashHex(saved[i]) : "none";
      const std::string got = i < replayed.size() ? core::hashHex(replayed[i]) : "none";
      std::cerr << fmt::format("accord: replay differs from turn {}: saved {}, replayed {}\n", i + 1, want, got);
      return kExitScriptFailed;
    }
    if (!json) std::cout << fmt::format("replay verified: {} turns match\n", replayed.size());
  }
  if (json || !verify) return report(session, {}, json);
  return session.engine().errors().empty() ? kExitOk : kExitScriptFailed;
}

// Checks that an option's value reads KEY=VALUE; `form` names the two parts for the message.
CLI::Validator pairValidator(const std::string& form) {
  return CLI::Validator(
      [form](std::string& v) {
        const auto eq = v.find('=');
        return eq == std::string::npos || eq == 0 ? "expected " + form + ", got '" + v + "'" : std::string();
      },
      form);
}

struct SimulateArgs {
  RunArgs run;
  int games = 100;
  int jobs = 1;
};

int simulateGames(const SimulateArgs& a) {
  if (a.run.scenario.empty()) return usageError("simulate needs a SCENARIO (a folder or an id)");
  auto players = playersFrom(a.run.ai);
  if (!players) return usageError(players.error());
  SimulateConfig config;
  config.session = configFrom(a.run);
  config.players = std::move(*players);
  config.games = a.games;
  config.jobs = a.jobs;
  auto result = simulate(config);
  if (!result) return sessionError(result.error());
  if (a.run.json) {
    std::cout << simulateReport(config, *result).dump(2) << "\n";
  } else {
    std::cout << simulateText(config, *result);
  }
  return kExitOk;
}

}  // namespace

int runCli(int argc, char** argv) {
  CLI::App app{"Accord: negotiate ceasefires, withdrawals, peacekeepers and borders, turn by turn."};
  app.name("accord");
  app.set_version_flag("--version", ACCORD_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 success; 1 the scenario or a script failed (reported); 2 bad usage or input.");

  RunArgs run;
  auto* runCmd = app.add_subcommand("run", "Play a game with no window and print what happened.");
  runCmd->add_option("scenario", run.scenario, "Scenario folder, or its id on the search path");
  runCmd->add_option("--seed", run.seed, "Master seed for every random draw")->capture_default_str();
  runCmd->add_option("--turns", run.turns, "Number of turns (default: 24)")->check(CLI::Range(1, 1000));
  runCmd->add_option("--rounds", run.rounds, "Diplomacy rounds per turn")->check(CLI::Range(1, 50))->capture_default_str();
  runCmd->add_option("--commands", run.commands, "JSON array of commands for some roles");
  runCmd->add_option("--save", run.save, "Write the finished game here");
  runCmd->add_option("--load", run.load, "Continue a saved game");
  runCmd->add_option("--lang", run.language, "Language of the scenario's text")->check(CLI::IsMember({"en", "ru"}))->capture_default_str();
  runCmd->add_option("--mods", run.mods, "Another folder of scenarios to search (repeatable)");
  runCmd->add_option("--option", run.options, "Set a scenario option, NAME=VALUE (repeatable)")
      ->check(pairValidator("NAME=VALUE"));
  runCmd->add_option("--ai", run.ai, "Who plays a role: ROLE=hardliner|pragmatist|conciliator|baseline, or all=PERSONA (repeatable)")
      ->check(pairValidator("ROLE=PERSONA"));
  runCmd->add_flag("--json", run.json, "Print one JSON object instead of a summary");
  runCmd->footer(kPlayersHelp);

  SimulateArgs sim;
  auto* simCmd = app.add_subcommand("simulate", "Play many games with every role by the computer and sum them up.");
  simCmd->add_option("scenario", sim.run.scenario, "Scenario folder, or its id on the search path");
  simCmd->add_option("--games", sim.games, "Number of games")->check(CLI::Range(1, 1000000))->capture_default_str();
  simCmd->add_option("--jobs", sim.jobs, "Games played at once, each on its own thread")->check(CLI::Range(1, 256))->capture_default_str();
  simCmd->add_option("--seed", sim.run.seed, "Master seed; game i uses a seed derived from it and i")->capture_default_str();
  simCmd->add_option("--turns", sim.run.turns, "Number of turns (default: 24)")->check(CLI::Range(1, 1000));
  simCmd->add_option("--rounds", sim.run.rounds, "Diplomacy rounds per turn")->check(CLI::Range(1, 50))->capture_default_str();
  simCmd->add_option("--mods", sim.run.mods, "Another folder of scenarios to search (repeatable)");
  simCmd->add_option("--option", sim.run.options, "Set a scenario option, NAME=VALUE (repeatable)")
      ->check(pairValidator("NAME=VALUE"));
  simCmd->add_option("--ai", sim.run.ai, "Who plays a role: ROLE=hardliner|pragmatist|conciliator|baseline, or all=PERSONA (repeatable)")
      ->check(pairValidator("ROLE=PERSONA"));
  simCmd->add_flag("--json", sim.run.json, "Print one JSON object: games, outcomes, scores, agreement_rate, mean_turns, incidents_per_game, games_per_second");

  std::string replayFile;
  bool verify = false;
  bool replayJson = false;
  auto* replayCmd = app.add_subcommand("replay", "Re-run a saved game from its command log.");
  replayCmd->add_option("file", replayFile, "The save")->required();
  replayCmd->add_flag("--verify", verify, "Compare every turn's state hash with the save; exit 1 at the first difference");
  replayCmd->add_flag("--json", replayJson, "Print one JSON object");

  bool apiJson = false;
  bool apiMarkdown = false;
  bool apiStubs = false;
  auto* apiCmd = app.add_subcommand("api", "Print the Lua API for scenario authors.");
  auto* j = apiCmd->add_flag("--json", apiJson, "Machine-readable (the default)");
  auto* m = apiCmd->add_flag("--markdown", apiMarkdown, "As docs/lua-api.md");
  auto* st = apiCmd->add_flag("--lua-stubs", apiStubs, "LuaLS ---@meta stubs, as scripts/types/accord.lua");
  j->excludes(m)->excludes(st);
  m->excludes(st);

  ui::PlayOptions play;
  std::vector<std::string> playMods;
  auto* playCmd = app.add_subcommand("play", "Open the game window.");
  playCmd->add_option("scenario", play.scenario, "Scenario chosen on the New game screen (a folder or an id)")->capture_default_str();
  playCmd->add_option("--lang", play.language, "Interface and scenario language (default: the saved setting, else en)")
      ->check(CLI::IsMember({"en", "ru"}));
  playCmd->add_option("--mods", playMods, "Another folder of scenarios to search (repeatable)");
  playCmd->add_option("--scale", play.scalePercent, "UI scale in percent (default: the saved setting)")->check(CLI::Range(100, 200));
  playCmd->add_option("--ui-script", play.uiScript, "Drive the window from a script of clicks, keys and checks, then close it");
  playCmd->add_option("--screenshots", play.screenshots, "Folder for the screenshots a UI script takes");
  playCmd->add_flag("--frame-stats", play.frameStats, "Print frame times, idle CPU and peak memory as JSON at exit");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError& e) {
    app.exit(e);
    std::cerr << "Valid commands: run, simulate, replay, api, play. See accord --help.\n";
    return kExitUsage;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }

  if (*runCmd) return runGame(run);
  if (*simCmd) return simulateGames(sim);
  if (*replayCmd) return replayGame(replayFile, verify, replayJson);
  if (*apiCmd) {
    std::cout << (apiMarkdown ? script::apiMarkdown() : apiStubs ? script::apiLuaStubs() : script::apiJson());
    return kExitOk;
  }
  if (*playCmd) {
    for (const auto& dir : playMods) play.mods.emplace_back(dir);
    return ui::play(play);
  }
  std::cout << app.help();
  return kExitOk;
}

}  // namespace accord::app
