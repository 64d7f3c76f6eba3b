// Saves: whole-game round trips, a golden file that pins the format, and one-line reasons for bad saves.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "game/persist/command_json.hpp"
#include "game/persist/save.hpp"
#include "persist_test_util.hpp"

using accord::core::Clause;
using accord::core::Command;
using accord::core::CommandKind;
using accord::core::MessagePayload;
using accord::core::Orders;
using accord::core::Phase;
using accord::core::ProposePayload;
using accord::core::RespondPayload;
using accord::core::Response;
using nlohmann::json;
namespace persist = accord::persist;
using persist::testing::fixturePath;

namespace {

// The game written to tests/fixtures/saves/v1_full.json. Changing what serializeSave writes for it
// means changing the save format: bump kSaveFormatVersion and add a migration instead.
persist::SaveGame knownSave() {
  persist::SaveGame s;
  s.header.engineVersion = "0.1.0";
  s.header.apiVersion = 1;
  s.header.scenarioId = "fergana";
  s.header.scenarioVersion = "1.2.0";
  s.header.scenarioHash = "00ff00ff00ff00ff";
  s.header.scenarioPath = "scenarios/fergana";
  s.header.seed = 12345678901234567890ull;  // above 2^63: must survive as text
  s.header.maxTurns = 24;
  s.header.maxRounds = 3;
  s.header.options = {{"fog", "on"}, {"ai", "cautious"}};
  s.header.language = "ru";
  s.commands = {
      Command{1, Phase::Briefing, "kg", CommandKind::Pass, std::monostate{}},
      Command{1, Phase::Briefing, "tj", CommandKind::Pass, std::monostate{}},
      Command{1, Phase::Diplomacy, "kg", CommandKind::Propose,
              ProposePayload{{"tj"},
                             {Clause{"ceasefire", {{"days", int64_t{30}}, {"monitored", true}}},
                              Clause{"withdraw", {{"sectors", std::vector<std::string>{"s1", "s2"}},
                                                  {"scope", std::string("partial")}}}},
                             0,
                             "Начнём с перемирия"}},
      Command{1, Phase::Diplomacy, "tj", CommandKind::Respond, RespondPayload{1, Response::Accept, ""}},
      Command{1, Phase::Diplomacy, "tj", CommandKind::Message, MessagePayload{{}, "Agreed, with thanks."}},
      Command{1, Phase::Orders, "kg", CommandKind::SubmitOrders, Orders{{{"s1", 100, 2}}, {"calm"}, {"monitors"}}},
      Command{1, Phase::Orders, "tj", CommandKind::SubmitOrders, Orders{}},
  };
  s.turnHashes = {0, 0xdeadbeefcafef00dull, std::numeric_limits<uint64_t>::max()};
  s.outcome = "settled";
  return s;
}

std::string parseError(const std::string& text) {
  auto r = persist::parseSave(text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find('\n') == std::string::npos);
  return r.error();
}

std::string loadError(const std::string& fixture) {
  auto r = persist::loadSaveFile(fixturePath(fixture));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find('\n') == std::string::npos);
  const std::string prefix = "save '" + fixturePath(fixture) + "': ";
  REQUIRE(r.error().rfind(prefix, 0) == 0);
  return r.error().substr(prefix.size());
}

json knownJson() { return json::parse(persist::serializeSave(knownSave())); }

}  // namespace

TEST_CASE("[persist] a whole save round-trips") {
  const persist::SaveGame save = knownSave();
  const std::string text = persist::serializeSave(save);
  auto back = persist::parseSave(text);
  REQUIRE(back.ok());
  CHECK(*back == save);
  CHECK(persist::serializeSave(*back) == text);

  persist::SaveGame empty;
  auto emptyBack = persist::parseSave(persist::serializeSave(empty));
  REQUIRE(emptyBack.ok());
  CHECK(*emptyBack == empty);
}

TEST_CASE("[persist] the save layout is stable and safe for other JSON readers") {
  const std::string text = persist::serializeSave(knownSave());
  const json j = json::parse(text);
  CHECK(j["format"] == "accord-save");
  CHECK(j["formatVersion"] == persist::kSaveFormatVersion);
  CHECK(j["header"]["seed"] == "12345678901234567890");
  CHECK(j["turnHashes"] == json::array({"0000000000000000", "deadbeefcafef00d", "ffffffffffffffff"}));
  // One command per line so that two saves of a game diff command by command.
  CHECK(text.find(R"(    {"turn":1,"phase":"briefing","actor":"kg","kind":"pass"},)") != std::string::npos);

  // The golden file pins the format; regenerate it only together with a format version bump.
  CHECK(text == persist::testing::readAll(fixturePath("v1_full.json")));
  auto loaded = persist::loadSaveFile(fixturePath("v1_full.json"));
  REQUIRE(loaded.ok());
  CHECK(*loaded == knownSave());
}

TEST_CASE("[persist] a save can be written and loaded back from disk") {
  persist::testing::TempDir dir;
  const auto path = dir / "game.accord";
  REQUIRE(persist::writeSaveFile(path, knownSave()).ok());
  CHECK(persist::testing::readAll(path) == persist::serializeSave(knownSave()));
  auto loaded = persist::loadSaveFile(path);
  REQUIRE(loaded.ok());
  CHECK(*loaded == knownSave());
  CHECK(persist::testing::entries(dir.path()) == std::set<std::string>{"game.accord"});
}

TEST_CASE("[persist] bad save files give a clear one-line reason") {
  CHECK(loadError("truncated.json").rfind("truncated JSON: the text ends unexpectedly at line ", 0) == 0);
  CHECK(loadError("garbage.json").rfind("invalid JSON at line 1, column 1: syntax error", 0) == 0);
  CHECK(loadError("future_version.json") == "save format 3 is newer than this build reads (1)");
  CHECK(loadError("wrong_marker.json") ==
        "format: expected \"accord-save\", found a string \"accord-replay\" (not an accord save)");
  CHECK(loadError("missing_seed.json") == "header.seed: missing");
  CHECK(loadError("empty.json") == "the text is empty");

  const std::string missing = fixturePath("no_such_save.json");
  auto r = persist::loadSaveFile(missing);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "cannot open save '" + missing + "': No such file or directory");

  auto dir = persist::loadSaveFile(fixturePath(""));
  REQUIRE_FALSE(dir.ok());
  CHECK(dir.error() == "cannot read save '" + fixturePath("") + "': Is a directory");
}

TEST_CASE("[persist] each kind of damage inside a save is named to its field") {
  CHECK(parseError("[1, 2]") == "not an accord save: expected a JSON object, found an array");
  CHECK(parseError("{}") == "format: missing (not an accord save)");
  CHECK(parseError(R"({"format": 7})") == "format: expected \"accord-save\", found 7 (not an accord save)");
  CHECK(parseError(R"({"format": "accord-save"})") == "formatVersion: missing");

  json j = knownJson();
  j["formatVersion"] = "1";
  CHECK(parseError(j.dump()) == "formatVersion: expected an integer, found a string \"1\"");
  j["formatVersion"] = 0;
  CHECK(parseError(j.dump()) == "formatVersion: 0 is not a save format version");
  j["formatVersion"] = 42;
  CHECK(parseError(j.dump()) == "save format 42 is newer than this build reads (1)");

  j = knownJson();
  j.erase("header");
  CHECK(parseError(j.dump()) == "header: missing");

  j = knownJson();
  j["header"].erase("maxRounds");
  CHECK(parseError(j.dump()) == "header.maxRounds: missing");

  j = knownJson();
  j["header"]["seed"] = "-1";
  CHECK(parseError(j.dump()) == "header.seed: expected a decimal string, found a string \"-1\"");
  j["header"]["seed"] = "99999999999999999999";
  CHECK(parseError(j.dump()) == "header.seed: \"99999999999999999999\" is out of range");
  j["header"]["seed"] = 12.5;
  CHECK(parseError(j.dump()) == "header.seed: expected a decimal string, found 12.5");

  j = knownJson();
  j["header"]["options"]["fog"] = 1;
  CHECK(parseError(j.dump()) == "header.options.fog: expected a string, found 1");

  j = knownJson();
  j["turnHashes"][1] = "abc";
  CHECK(parseError(j.dump()) == "turnHashes[1]: expected 16 hex digits, found a string \"abc\"");

  j = knownJson();
  j["commands"][2]["payload"]["clauses"][0]["params"]["days"] = 2.5;
  CHECK(parseError(j.dump()) == "commands[2].payload.clauses[0].params.days: expected an integer, found 2.5");

  j = knownJson();
  j.erase("outcome");
  CHECK(parseError(j.dump()) == "outcome: missing");

  j = knownJson();
  j["comment"] = "hi";
  CHECK(parseError(j.dump()) == "comment: unknown field");
}

TEST_CASE("[persist] a hand-made save may give the seed as a plain number") {
  json j = knownJson();
  j["header"]["seed"] = 42;
  auto r = persist::parseSave(j.dump());
  REQUIRE(r.ok());
  CHECK(r->header.seed == 42);
}
