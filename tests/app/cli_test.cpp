// Tests of the `accord` command as a user runs it: exit codes, JSON, saves and replays.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "run_accord.hpp"

using accord::test::fixture;
using accord::test::runAccord;
using accord::test::slurp;
using accord::test::TempDir;
using nlohmann::json;

TEST_CASE("[app] --version and --help succeed") {
  auto v = runAccord("--version");
  CHECK(v.code == 0);
  CHECK_THAT(v.out, Catch::Contains(ACCORD_VERSION));
  auto h = runAccord("run --help");
  CHECK(h.code == 0);
  CHECK_THAT(h.out, Catch::Contains("baseline"));
}

TEST_CASE("[app] an unknown subcommand or flag is a usage error that lists the valid choices") {
  auto sub = runAccord("fly");
  CHECK(sub.code == 2);
  CHECK_THAT(sub.err, Catch::Contains("fly") && Catch::Contains("run, simulate, replay, api, play"));
  auto flag = runAccord("run two_valleys --speed 3");
  CHECK(flag.code == 2);
  CHECK_THAT(flag.err, Catch::Contains("--speed"));
  auto bad = runAccord("run two_valleys --turns zero");
  CHECK(bad.code == 2);
}

TEST_CASE("[app] a missing scenario or commands file is a usage error naming it") {
  auto missing = runAccord("run no_such_scenario");
  CHECK(missing.code == 2);
  CHECK_THAT(missing.err, Catch::Contains("no scenario 'no_such_scenario'"));
  auto commands = runAccord("run two_valleys --commands /nonexistent/commands.json");
  CHECK(commands.code == 2);
  CHECK_THAT(commands.err, Catch::Contains("/nonexistent/commands.json"));
}

TEST_CASE("[app] run --json reports the game in one JSON object") {
  auto r = runAccord("run scripts/scenarios/two_valleys --turns 24 --seed 5 --json");
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  for (const char* key : {"scenario", "seed", "turns_played", "outcome", "turn_hashes", "final_hash", "scores", "errors"}) {
    CHECK(j.contains(key));
  }
  CHECK(j["scenario"] == "two_valleys");
  CHECK(j["seed"] == 5);
  const int turns = j["turns_played"];
  CHECK(turns >= 1);
  CHECK(turns <= 24);
  CHECK(j["turn_hashes"].size() == static_cast<size_t>(turns));
  CHECK(j["outcome"].is_string());
  CHECK(j["errors"].empty());
  CHECK(j["scores"].contains("highland"));
  CHECK(j["final_hash"].get<std::string>().size() == 16);
}

TEST_CASE("[app] two processes with the same seed give the same hashes, another seed differs") {
  auto a = json::parse(runAccord("run two_valleys --turns 12 --seed 77 --json").out);
  auto b = json::parse(runAccord("run two_valleys --turns 12 --seed 77 --json").out);
  auto c = json::parse(runAccord("run two_valleys --turns 12 --seed 78 --json").out);
  CHECK(a["turn_hashes"] == b["turn_hashes"]);
  CHECK(a["final_hash"] == b["final_hash"]);
  CHECK(a["final_hash"] != c["final_hash"]);
}

TEST_CASE("[app] a scripted command file drives its roles and the rest play the baseline") {
  TempDir dir;
  const auto file = dir / "commands.json";
  std::ofstream(file) << R"([
    {"turn":1,"phase":"diplomacy","actor":"highland","kind":"propose",
     "payload":{"to":["lowland"],"clauses":[{"type":"hotline","params":{"open":true}}]}},
    {"turn":1,"phase":"diplomacy","actor":"highland","kind":"message","payload":{"to":["lowland"],"text":"Let us talk."}},
    {"turn":2,"phase":"diplomacy","actor":"highland","kind":"respond","payload":{"offerId":99,"response":"accept"}}
  ])";
  auto r = runAccord("run two_valleys --turns 3 --json --ai all=baseline --commands " + file.string());
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  REQUIRE(j["agreements"].size() >= 1);
  CHECK(j["agreements"][0]["clauses"][0] == "hotline");
  CHECK(j["agreements"][0]["parties"] == json({"highland", "lowland"}));
  REQUIRE(j["refused"].size() == 1);
  CHECK(j["refused"][0]["index"] == 3);
  CHECK_THAT(j["refused"][0]["reason"].get<std::string>(), Catch::Contains("no offer 99"));
}

TEST_CASE("[app] a malformed commands file is a usage error that names the place") {
  TempDir dir;
  const auto file = dir / "commands.json";
  std::ofstream(file) << R"([{"turn":1,"phase":"diplomacy","actor":"highland","kind":"dance"}])";
  auto r = runAccord("run two_valleys --commands " + file.string());
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("commands[0].kind"));
}

TEST_CASE("[app] a saved game replays and verifies, and a changed hash names the first turn that differs") {
  TempDir dir;
  const auto save = dir / "game.json";
  auto r = runAccord("run two_valleys --turns 6 --seed 3 --json --save " + save.string());
  REQUIRE(r.code == 0);
  auto ok = runAccord("replay " + save.string() + " --verify");
  CHECK(ok.code == 0);
  CHECK_THAT(ok.out, Catch::Contains("turns match"));

  json j = json::parse(slurp(save));
  const json run = json::parse(r.out);
  CHECK(j["turnHashes"][0] == run["turn_hashes"][0]);
  j["turnHashes"][3] = "0000000000000000";
  std::ofstream(dir / "tampered.json") << j.dump(2);
  auto bad = runAccord("replay " + (dir / "tampered.json").string() + " --verify");
  CHECK(bad.code == 1);
  CHECK_THAT(bad.err, Catch::Contains("turn 4"));
}

TEST_CASE("[app] a saved game can be continued with --load") {
  TempDir dir;
  const auto save = dir / "game.json";
  REQUIRE(runAccord("run two_valleys --turns 2 --seed 9 --save " + save.string()).code == 0);
  auto more = runAccord("run --load " + save.string() + " --turns 4 --json");
  REQUIRE(more.code == 0);
  const json j = json::parse(more.out);
  CHECK(j["seed"] == 9);
  CHECK(j["turns_played"].get<int>() >= 2);
}

TEST_CASE("[app] a truncated, garbage or future-version save is refused with exit 2 and a one-line reason") {
  for (const char* name : {"truncated.json", "garbage.json", "future_version.json"}) {
    const std::string path = fixture(std::string("saves/") + name);
    for (const std::string& cmd : {"replay " + path + " --verify", "run --load " + path}) {
      auto r = runAccord(cmd);
      INFO(cmd);
      CHECK(r.code == 2);
      CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
      CHECK(r.out.empty());
    }
  }
  CHECK_THAT(runAccord("replay " + fixture("saves/future_version.json")).err, Catch::Contains("newer"));
}

TEST_CASE("[app] accord api --json lists every binding with its signature, doc and version") {
  auto r = runAccord("api --json");
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  CHECK(j["api_version"] == 1);
  REQUIRE(j["bindings"].size() > 20);
  for (const auto& b : j["bindings"]) {
    CHECK_FALSE(b["name"].get<std::string>().empty());
    CHECK_FALSE(b["signature"].get<std::string>().empty());
    CHECK_FALSE(b["doc"].get<std::string>().empty());
    CHECK(b["since"] == 1);
  }
  CHECK(j["hooks"].size() == 10);
}

TEST_CASE("[app] the committed API reference and stubs match the registry") {
  CHECK(runAccord("api --markdown").out == slurp(std::string(ACCORD_SOURCE_DIR) + "/docs/lua-api.md"));
  CHECK(runAccord("api --lua-stubs").out == slurp(std::string(ACCORD_SOURCE_DIR) + "/scripts/types/accord.lua"));
}

TEST_CASE("[app] play without a display exits 2 and explains how to play without a window") {
  // The test's own environment may have a display; the program must not see it.
  const char* display = std::getenv("DISPLAY");
  const std::string saved = display ? display : "";
  unsetenv("DISPLAY");
  unsetenv("WAYLAND_DISPLAY");
  auto r = runAccord("play");
  if (!saved.empty()) setenv("DISPLAY", saved.c_str(), 1);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("accord run"));
}

TEST_CASE("[app] scenario options are set with --option and checked against the scenario's declarations") {
  const std::string probe = fixture("hooks_probe");
  auto ok = runAccord("run " + probe + " --turns 1 --json --option calm=yes --option mood=cold");
  REQUIRE(ok.code == 0);
  CHECK_THAT(ok.out, Catch::Contains("options true 1 cold"));
  auto unknown = runAccord("run " + probe + " --option speed=3");
  CHECK(unknown.code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("no option 'speed'") && Catch::Contains("calm, bonus, mood"));
  auto bad = runAccord("run " + probe + " --option bonus=9");
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("option 'bonus': 9 is outside 0..3"));
  auto shape = runAccord("run " + probe + " --option calm");
  CHECK(shape.code == 2);
  CHECK_THAT(shape.err, Catch::Contains("NAME=VALUE"));
}

TEST_CASE("[app] a save keeps the scenario options and a replay uses them") {
  TempDir dir;
  const auto save = dir / "game.json";
  REQUIRE(runAccord("run " + fixture("hooks_probe") + " --turns 2 --option mood=cold --save " + save.string()).code == 0);
  auto replay = runAccord("replay " + save.string() + " --json");
  REQUIRE(replay.code == 0);
  CHECK_THAT(replay.out, Catch::Contains("options false 1 cold"));
  CHECK(runAccord("replay " + save.string() + " --verify").code == 0);
}

TEST_CASE("[app] the flagship scenario plays 24 turns without a script error in both languages") {
  for (const std::string lang : {"en", "ru"}) {
    auto r = runAccord("run kyrgyz_tajik_border --turns 24 --seed 4 --json --lang " + lang);
    INFO(r.err);
    REQUIRE(r.code == 0);
    const json j = json::parse(r.out);
    CHECK(j["errors"].empty());
    CHECK(j["outcome"].is_string());
    CHECK(j["scores"].contains("kyrgyzstan"));
    CHECK(j["scores"].contains("tajikistan"));
    CHECK(j["scores"].contains("csto"));
  }
}

TEST_CASE("[app] while sequenced talks are on, demarcation talks before a held ceasefire are refused with the reason") {
  const std::string commands = fixture("commands/kyrgyz_tajik_sequencing.json");
  auto on = json::parse(runAccord("run kyrgyz_tajik_border --turns 3 --seed 2 --json --commands " + commands).out);
  auto refusedTalks = [](const json& j) {
    for (const auto& r : j["refused"]) {
      // Command 2 of the file: demarcation talks in the first month.
      if (r["index"] == 2) return r["reason"].get<std::string>();
    }
    return std::string();
  };
  CHECK_THAT(refusedTalks(on), Catch::Contains("ceasefire"));
  auto off = json::parse(
      runAccord("run kyrgyz_tajik_border --turns 3 --seed 2 --json --option sequenced_talks=false --commands " + commands).out);
  CHECK(refusedTalks(off).empty());
}

TEST_CASE("[app] --ai names a playable role and a known persona, or it is a usage error") {
  auto persona = runAccord("run kyrgyz_tajik_border --turns 1 --ai kyrgyzstan=hawk");
  CHECK(persona.code == 2);
  CHECK_THAT(persona.err, Catch::Contains("hawk") && Catch::Contains("hardliner, pragmatist, conciliator"));
  auto role = runAccord("run kyrgyz_tajik_border --turns 1 --ai russia=pragmatist");
  CHECK(role.code == 2);
  CHECK_THAT(role.err, Catch::Contains("russia") && Catch::Contains("kyrgyzstan, tajikistan, csto"));
  auto form = runAccord("simulate kyrgyz_tajik_border --games 1 --ai hardliner");
  CHECK(form.code == 2);
  CHECK_THAT(form.err, Catch::Contains("ROLE=PERSONA"));
}

TEST_CASE("[app] simulate gives the same figures whatever the number of jobs") {
  const std::string common = "simulate kyrgyz_tajik_border --games 12 --seed 7 --turns 12 --json";
  auto one = runAccord(common + " --jobs 1");
  auto three = runAccord(common + " --jobs 3");
  REQUIRE(one.code == 0);
  REQUIRE(three.code == 0);
  json a = json::parse(one.out);
  json b = json::parse(three.out);
  CHECK(a["games"] == 12);
  CHECK(b["jobs"] == 3);
  for (const char* key : {"outcomes", "scores", "agreement_rate", "mean_turns", "incidents_per_game"}) {
    INFO(key);
    CHECK(a[key] == b[key]);
  }
  int total = 0;
  for (const auto& [outcome, count] : a["outcomes"].items()) total += count.get<int>();
  CHECK(total == 12);
  CHECK(a["scores"].contains("kyrgyzstan"));
  CHECK(a["scores"]["kyrgyzstan"].contains("stdev"));
  CHECK(a["games_per_second"].get<double>() > 0.0);
}

TEST_CASE("[app] simulate refuses a bad option before playing any game") {
  auto r = runAccord("simulate kyrgyz_tajik_border --games 3 --option sequenced_talks=maybe");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("sequenced_talks"));
  auto games = runAccord("simulate kyrgyz_tajik_border --games 0");
  CHECK(games.code == 2);
}

TEST_CASE("[app] run --json shows every offer with the computer players' explanations") {
  auto r = runAccord("run kyrgyz_tajik_border --turns 3 --seed 4 --json");
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  REQUIRE(j["offers"].size() > 0);
  std::set<std::string> clauseNames;
  int explained = 0;
  for (const auto& o : j["offers"]) {
    CHECK_FALSE(o["note"].get<std::string>().empty());  // every computer offer says why
    CHECK(o["clauses"].size() > 0);
    for (const auto& [who, answer] : o["answers"].items()) {
      if (answer["response"] != "none") {
        CHECK_FALSE(answer["note"].get<std::string>().empty());
        ++explained;
      }
    }
  }
  CHECK(explained > 0);
}

TEST_CASE("[app] the interface text has every key in every language") {
  const auto dir = std::filesystem::path(ACCORD_SOURCE_DIR) / "assets" / "i18n";
  auto keys = [&](const char* lang) {
    std::ifstream in(dir / (std::string(lang) + ".json"));
    REQUIRE(in);
    const json j = json::parse(in);
    std::map<std::string, std::set<std::string>> out;  // key -> its {placeholders}
    for (const auto& [key, value] : j.items()) {
      REQUIRE(value.is_string());
      const std::string text = value.get<std::string>();
      CHECK_FALSE(text.empty());
      std::set<std::string> names;
      for (size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
        names.insert(text.substr(i, text.find('}', i) - i + 1));
      }
      out[key] = names;
    }
    return out;
  };
  const auto en = keys("en");
  const auto ru = keys("ru");
  CHECK(en.size() > 10);
  for (const auto& [key, names] : en) {
    INFO(key);
    REQUIRE(ru.count(key));
    CHECK(ru.at(key) == names);
  }
  for (const auto& [key, names] : ru) {
    INFO(key);
    CHECK(en.count(key));
  }
}
