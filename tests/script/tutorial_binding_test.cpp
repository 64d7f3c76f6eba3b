// game:add_hint and game:add_request from Lua: what a scenario declares in on_setup is stored in
// the model and reaches each role's view; a wrong declaration is an error that names the field.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_command.hpp"
#include "game/core/turn_engine.hpp"
#include "game/script/lua_rules.hpp"

using namespace accord;
using namespace accord::core;

namespace {

// A mod whose on_setup declares three roles and then runs `body`.
struct TutorialMod {
  test::TempDir dir;

  explicit TutorialMod(const std::string& body) {
    std::filesystem::create_directories(dir / "locale");
    std::ofstream(dir / "mod.lua") << "return { id = 'tutorial_probe', title = 'Tutorial probe', version = '1', api = 1,\n"
                                      "  authors = { 'x' }, languages = { 'en' } }\n";
    std::ofstream(dir / "locale" / "en.lua") << "return {\n"
                                                "  ['tutorial.first'] = 'Read your brief first.',\n"
                                                "  ['request.talks'] = 'Ask for talks',\n"
                                                "}\n";
    std::ofstream(dir / "init.lua") << "return { on_setup = function(game)\n"
                                       "  game:add_actor{ id = 'north', kind = 'state', playable = true }\n"
                                       "  game:add_actor{ id = 'south', kind = 'state', playable = true }\n"
                                       "  game:add_actor{ id = 'pact', kind = 'bloc', members = { 'north', 'south' }, playable = true }\n"
                                    << body << "\nend }\n";
  }
};

// The error on_setup ends with, or "" when it succeeds.
std::string setupError(const std::string& body) {
  TutorialMod mod(body);
  auto rules = script::LuaRules::load(mod.dir.path, {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{1, 2, 1});
  auto started = e.start();
  return started ? std::string() : started.error().message;
}

}  // namespace

TEST_CASE("[script] hints declared in on_setup are kept in order, with their text from the locale") {
  TutorialMod mod(R"(
  game:add_hint{ id = 'first', panel = 'brief', text = 'tutorial.first', wait_for = 'brief_opened' }
  game:add_hint{ id = 'map', panel = 'map', text = 'Point at a sector.' }
  game:add_hint{ id = 'ask', panel = 'requests', text = 'Tick a request.', wait_for = 'request_ticked', roles = { 'south' } }
  game:add_request{ id = 'talks', name = 'request.talks', description = 'The Pact hosts a round of talks.' }
  game:add_request{ id = 'monitors', name = 'Ask for monitors', from = { 'north', 'pact' } }
)");
  auto rules = script::LuaRules::load(mod.dir.path, {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{1, 2, 1});
  REQUIRE(e.start());
  const GameState& s = e.state();

  REQUIRE(s.hints.size() == 3);
  CHECK(s.hints[0].id == "first");
  CHECK(s.hints[0].panel == "brief");
  CHECK(s.hints[0].text == "Read your brief first.");  // a locale key, looked up
  CHECK(s.hints[0].waitFor == "brief_opened");
  CHECK(s.hints[1].text == "Point at a sector.");  // the words themselves
  CHECK(s.hints[1].waitFor == "next");             // the default: the Next button
  CHECK(s.hints[2].roles == std::vector<ActorId>{"south"});

  REQUIRE(s.requestDefs.size() == 2);
  CHECK(s.requestDefs[0].name == "Ask for talks");
  CHECK(s.requestDefs[0].description == "The Pact hosts a round of talks.");
  CHECK(s.requestDefs[1].from == std::vector<ActorId>{"north", "pact"});

  SECTION("each role's view holds the hints shown to it and the requests it may send") {
    const RoleView north = e.view("north");
    CHECK(north.hints.size() == 2);
    REQUIRE(north.requests.size() == 2);
    const RoleView south = e.view("south");
    CHECK(south.hints.size() == 3);
    REQUIRE(south.requests.size() == 1);  // not on the monitors request's list
    CHECK(south.requests[0].id == "talks");
    const RoleView pact = e.view("pact");
    REQUIRE(pact.requests.size() == 1);  // a request with no senders named is for the states
    CHECK(pact.requests[0].id == "monitors");
  }
}

TEST_CASE("[script] a wrong hint is an error that names the hint and the field") {
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'sidebar', text = 'Look here.' }"),
             Catch::Contains("game:add_hint(): hint 'h': field 'panel': 'sidebar' is not one of brief, map,"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', text = 'Look here.' }"),
             Catch::Contains("hint 'h': field 'panel' is missing"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map' }"), Catch::Contains("hint 'h': field 'text' is missing"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = '' }"), Catch::Contains("hint 'h': field 'text' is empty"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = 42 }"), Catch::Contains("field 'text' must be a string"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = 'tutorial.frist' }"),
             Catch::Contains("hint 'h': field 'text': no text for key 'tutorial.frist' in locale 'en'"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = 'Look.', wait_for = 'clicked' }"),
             Catch::Contains("hint 'h': field 'wait_for': 'clicked' is not one of next,"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = 'Look.', roles = { 'east' } }"),
             Catch::Contains("hint 'h': field 'roles' names 'east', which is not a playable actor"));
  CHECK_THAT(setupError("game:add_hint{ panel = 'map', text = 'Look.' }"), Catch::Contains("field 'id' must be a string"));
  CHECK_THAT(setupError("game:add_hint{ id = 'h', panel = 'map', text = 'A.' }\ngame:add_hint{ id = 'h', panel = 'map', text = 'B.' }"),
             Catch::Contains("hint 'h' is declared twice"));
  CHECK_THAT(setupError("game:add_hint('map')"), Catch::Contains("game:add_hint(): the hint must be a table"));
}

TEST_CASE("[script] a wrong request is an error that names the request and the field") {
  CHECK_THAT(setupError("game:add_request{ id = 'r', from = { 'east' } }"),
             Catch::Contains("game:add_request(): request 'r': field 'from' names unknown actor 'east'"));
  CHECK_THAT(setupError("game:add_request{ id = 'r', name = 'request.missing' }"),
             Catch::Contains("request 'r': field 'name': no text for key 'request.missing'"));
  CHECK_THAT(setupError("game:add_request{ id = 'r' }\ngame:add_request{ id = 'r' }"), Catch::Contains("request 'r' is declared twice"));
}

TEST_CASE("[script] hints and requests are declared in on_setup only") {
  TutorialMod mod("end, on_turn_start = function(game)\n  game:add_hint{ id = 'late', panel = 'map', text = 'Too late.' }");
  auto rules = script::LuaRules::load(mod.dir.path, {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{1, 2, 1});
  REQUIRE(e.start());
  REQUIRE_FALSE(e.errors().empty());
  CHECK(e.errors().front().message == "game:add_hint(): only allowed in on_setup");
  CHECK(e.state().hints.empty());
}

TEST_CASE("[script] the flagship teaches a first game in ten steps and offers three requests to the states") {
  auto rules = script::LuaRules::load(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/kyrgyz_tajik_border", {});
  REQUIRE(rules);
  TurnEngine e(**rules, EngineConfig{1, 2, 1});
  REQUIRE(e.start());
  const RoleView kg = e.view("kyrgyzstan");
  REQUIRE(kg.hints.size() == 10);
  CHECK(kg.hints.front().waitFor == "brief_opened");
  CHECK(kg.hints.back().waitFor == "turn_ended");
  CHECK(kg.requests.size() == 3);
  const RoleView csto = e.view("csto");
  CHECK(csto.hints.size() == 9);  // no request to itself
  CHECK(csto.requests.empty());
  script::LoadOptions russian;
  russian.language = "ru";
  auto ru = script::LuaRules::load(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/kyrgyz_tajik_border", russian);
  REQUIRE(ru);
  TurnEngine r(**ru, EngineConfig{1, 2, 1});
  REQUIRE(r.start());
  CHECK(r.state().hints.front().text != e.state().hints.front().text);
  CHECK(r.state().requestDefs.front().name != e.state().requestDefs.front().name);
}
