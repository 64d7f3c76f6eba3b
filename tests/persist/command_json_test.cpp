// Commands to JSON and back: every kind and payload survives, and bad input is named to the field.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "game/persist/command_json.hpp"
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

namespace {

Command pass(int turn, Phase phase, std::string actor) {
  return Command{turn, phase, std::move(actor), CommandKind::Pass, std::monostate{}};
}

Command proposal() {
  Clause ceasefire{"ceasefire", {{"days", int64_t{30}}, {"monitored", true}, {"scope", std::string("full")}}};
  Clause withdraw{"withdraw",
                  {{"sectors", std::vector<std::string>{"batken-1", "sokh-2"}},
                   {"km", int64_t{-5}},
                   {"none", std::vector<std::string>{}},
                   {"huge", std::numeric_limits<int64_t>::max()},
                   {"tiny", std::numeric_limits<int64_t>::min()}}};
  ProposePayload p{{"tj", "bloc"}, {ceasefire, withdraw, Clause{"talks", {}}}, 7, "a first step — «шаг»"};
  return Command{2, Phase::Diplomacy, "kg", CommandKind::Propose, p};
}

std::vector<Command> everyKind() {
  return {
      pass(1, Phase::Briefing, "kg"),
      proposal(),
      Command{2, Phase::Diplomacy, "tj", CommandKind::Propose, ProposePayload{{"kg"}, {}, 0, ""}},
      Command{2, Phase::Diplomacy, "tj", CommandKind::Respond, RespondPayload{1, Response::Accept, "fine"}},
      Command{2, Phase::Diplomacy, "tj", CommandKind::Respond, RespondPayload{2, Response::Reject, ""}},
      Command{2, Phase::Diplomacy, "tj", CommandKind::Respond, RespondPayload{3, Response::None, ""}},
      Command{2, Phase::Diplomacy, "kg", CommandKind::Message, MessagePayload{{}, "public \"quoted\"\nline"}},
      Command{2, Phase::Diplomacy, "kg", CommandKind::Message, MessagePayload{{"tj", "bloc"}, "private"}},
      Command{3, Phase::Orders, "kg", CommandKind::SubmitOrders,
              Orders{{{"batken-1", 120, 4}, {"sokh-2", 0, 0}}, {"we stand firm"}, {"monitors"}}},
      Command{3, Phase::Orders, "tj", CommandKind::SubmitOrders, Orders{}},
      pass(3, Phase::Review, "tj"),
  };
}

std::string errorOf(const json& j, const std::string& where = "commands[12]") {
  auto r = persist::commandFromJson(j, where);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().find('\n') == std::string::npos);
  return r.error();
}

json validPropose() { return json::parse(persist::commandLine(proposal())); }

}  // namespace

TEST_CASE("[persist] every command kind and payload round-trips through JSON") {
  for (const Command& c : everyKind()) {
    const json j = persist::toJson(c);
    // Through text too, so the round trip covers what a file holds.
    auto back = persist::commandFromJson(json::parse(j.dump()), "c");
    INFO(j.dump());
    REQUIRE(back.ok());
    CHECK(*back == c);
    auto fromLine = persist::commandFromJson(json::parse(persist::commandLine(c)), "c");
    REQUIRE(fromLine.ok());
    CHECK(*fromLine == c);
  }
}

TEST_CASE("[persist] command JSON has the documented shape") {
  CHECK(persist::commandLine(pass(1, Phase::Briefing, "kg")) ==
        R"({"turn":1,"phase":"briefing","actor":"kg","kind":"pass"})");
  CHECK_FALSE(persist::toJson(pass(1, Phase::Briefing, "kg")).contains("payload"));

  const json j = persist::toJson(proposal());
  CHECK(j["kind"] == "propose");
  CHECK(j["phase"] == "diplomacy");
  const json& params = j["payload"]["clauses"][1]["params"];
  CHECK(params["km"].is_number_integer());
  CHECK(params["km"] == -5);
  CHECK(params["huge"] == std::numeric_limits<int64_t>::max());
  CHECK(params["sectors"] == json::array({"batken-1", "sokh-2"}));
  CHECK(params["none"] == json::array());
  CHECK(j["payload"]["clauses"][0]["params"]["monitored"].is_boolean());
  CHECK(j["payload"]["clauses"][0]["params"]["scope"] == "full");

  const json r = persist::toJson(everyKind()[3]);
  CHECK(r["payload"] == json({{"offerId", 1}, {"response", "accept"}, {"note", "fine"}}));
  const json o = persist::toJson(everyKind()[8]);
  CHECK(o["kind"] == "submit_orders");
  CHECK(o["payload"]["forces"][0] == json({{"sector", "batken-1"}, {"troops", 120}, {"heavy", 4}}));
  CHECK(o["payload"]["requests"] == json::array({"monitors"}));
}

TEST_CASE("[persist] hand-written commands may leave out defaulted fields") {
  auto c = persist::commandFromJson(json::parse(R"({"turn":2,"phase":"diplomacy","actor":"kg","kind":"propose",
      "payload":{"to":["tj"],"clauses":[{"type":"talks"}]}})"), "");
  REQUIRE(c.ok());
  CHECK(*c == Command{2, Phase::Diplomacy, "kg", CommandKind::Propose, ProposePayload{{"tj"}, {Clause{"talks", {}}}, 0, ""}});

  auto m = persist::commandFromJson(
      json::parse(R"({"turn":2,"phase":"diplomacy","actor":"kg","kind":"message","payload":{"text":"hi"}})"), "");
  REQUIRE(m.ok());
  CHECK(std::get<MessagePayload>(m->payload) == MessagePayload{{}, "hi"});

  auto o = persist::commandFromJson(json::parse(R"({"turn":3,"phase":"orders","actor":"kg","kind":"submit_orders",
      "payload":{"forces":[{"sector":"s1","troops":5}]}})"), "");
  REQUIRE(o.ok());
  CHECK(std::get<Orders>(o->payload) == Orders{{{"s1", 5, 0}}, {}, {}});

  auto p = persist::commandFromJson(json::parse(R"({"turn":1,"phase":"briefing","actor":"kg","kind":"pass","payload":null})"), "");
  REQUIRE(p.ok());
  CHECK(*p == pass(1, Phase::Briefing, "kg"));
}

TEST_CASE("[persist] a bad command names the exact place of the problem") {
  json j = validPropose();
  j["payload"]["clauses"][0]["params"]["km"] = 2.5;
  CHECK(errorOf(j) == "commands[12].payload.clauses[0].params.km: expected an integer, found 2.5");

  j = validPropose();
  j["payload"]["clauses"][1]["params"]["sectors"] = json::array({"a", 3});
  CHECK(errorOf(j) == "commands[12].payload.clauses[1].params.sectors[1]: expected a string, found 3");

  j = validPropose();
  j["payload"]["clauses"][0]["params"]["x"] = nullptr;
  CHECK(errorOf(j) ==
        "commands[12].payload.clauses[0].params.x: expected an integer, true/false, a string or an array of sector "
        "ids, found null");

  j = validPropose();
  j.erase("actor");
  CHECK(errorOf(j) == "commands[12].actor: missing");

  j = validPropose();
  j["phase"] = "lunch";
  CHECK(errorOf(j) == "commands[12].phase: unknown phase \"lunch\" (expected one of: setup, briefing, diplomacy, "
                      "orders, resolution, review, ended)");

  j = validPropose();
  j["kind"] = "bribe";
  CHECK(errorOf(j) == "commands[12].kind: unknown command kind \"bribe\" (expected one of: pass, propose, respond, "
                      "message, submit_orders)");

  j = validPropose();
  j["turn"] = "2";
  CHECK(errorOf(j) == "commands[12].turn: expected an integer, found a string \"2\"");

  j = validPropose();
  j["turn"] = 5000000000LL;
  CHECK(errorOf(j) == "commands[12].turn: 5000000000 is out of range");

  j = validPropose();
  j["payload"]["replyto"] = 3;  // misspelt: must not be silently ignored
  CHECK(errorOf(j) == "commands[12].payload.replyto: unknown field");

  j = validPropose();
  j.erase("payload");
  CHECK(errorOf(j) == "commands[12].payload: missing");

  j = validPropose();
  j["payload"]["to"] = "tj";
  CHECK(errorOf(j) == "commands[12].payload.to: expected an array, found a string \"tj\"");

  j = json::parse(persist::commandLine(pass(1, Phase::Briefing, "kg")));
  j["payload"] = json::object();
  CHECK(errorOf(j) == "commands[12].payload: a pass carries no payload");

  j = persist::toJson(everyKind()[3]);
  j["payload"]["response"] = "maybe";
  CHECK(errorOf(j) == "commands[12].payload.response: unknown response \"maybe\" (expected one of: none, accept, reject)");

  j = persist::toJson(everyKind()[8]);
  j["payload"]["forces"][1].erase("troops");
  CHECK(errorOf(j) == "commands[12].payload.forces[1].troops: missing");

  CHECK(errorOf(json::array(), "commands[0]") == "commands[0]: expected an object, found an array");
  CHECK(errorOf(json::object(), "") == "turn: missing");
}

TEST_CASE("[persist] command lists parse from text and report the file and the element") {
  const std::vector<Command> commands = everyKind();
  const std::string text = persist::serializeCommandList(commands);
  CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>(commands.size() + 2));
  auto back = persist::parseCommandList(text, "game.json");
  REQUIRE(back.ok());
  CHECK(*back == commands);
  CHECK(persist::serializeCommandList({}) == "[]\n");
  REQUIRE(persist::parseCommandList("[]", "empty.json").ok());

  json list = persist::toJson(commands);
  list[3].erase("actor");
  auto missing = persist::parseCommandList(list.dump(2), "FILE");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error() == "FILE: commands[3].actor: missing");

  auto notArray = persist::parseCommandList(R"({"commands":[]})", "FILE");
  REQUIRE_FALSE(notArray.ok());
  CHECK(notArray.error() == "FILE: expected a JSON array of commands, found an object");

  auto truncated = persist::parseCommandList(text.substr(0, text.size() / 2), "FILE");
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.error().rfind("FILE: truncated JSON: the text ends unexpectedly at line ", 0) == 0);

  auto garbage = persist::parseCommandList("hello", "FILE");
  REQUIRE_FALSE(garbage.ok());
  CHECK(garbage.error().rfind("FILE: invalid JSON at line 1, column 1: ", 0) == 0);

  auto empty = persist::parseCommandList(" \n", "FILE");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error() == "FILE: the text is empty");
}

TEST_CASE("[persist] command files load from disk with the path in errors") {
  accord::persist::testing::TempDir dir;
  const auto path = dir / "commands.json";
  accord::persist::testing::writeAll(path, persist::serializeCommandList(everyKind()));
  auto loaded = persist::loadCommandFile(path);
  REQUIRE(loaded.ok());
  CHECK(*loaded == everyKind());

  auto missing = persist::loadCommandFile(dir / "nope.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error() == "cannot open command file '" + (dir / "nope.json").string() + "': No such file or directory");

  accord::persist::testing::writeAll(path, R"([{"turn":1}])");
  auto bad = persist::loadCommandFile(path);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error() == path.string() + ": commands[0].phase: missing");
}
