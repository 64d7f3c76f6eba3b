// Tests of scenario rules in Lua driven by the real engine: hook arguments, bindings, loading.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "game/core/state_hash.hpp"
#include "game/core/turn_engine.hpp"
#include "../support/run_command.hpp"
#include "game/script/lua_rules.hpp"

using namespace accord;
using namespace accord::core;

namespace {

std::filesystem::path fixtureDir(const std::string& name) { return std::filesystem::path(ACCORD_SOURCE_DIR) / "tests/fixtures" / name; }

std::unique_ptr<script::LuaRules> loadOrFail(const std::filesystem::path& dir) {
  auto r = script::LuaRules::load(dir, {});
  if (!r) FAIL(r.error().headline());
  return std::move(*r);
}

void passAll(TurnEngine& e) {
  for (const auto& id : e.waitingFor()) REQUIRE(e.submit(makePass(e.state(), id)));
}

bool hasNews(const GameState& s, const std::string& text) {
  return std::any_of(s.news.begin(), s.news.end(), [&](const NewsItem& n) { return n.text == text; });
}

Clause ceasefire(int64_t months) { return Clause{"ceasefire", {{"months", ParamValue{months}}}}; }

}  // namespace

TEST_CASE("[script] each hook is called with the documented arguments") {
  auto rules = loadOrFail(fixtureDir("hooks_probe"));
  TurnEngine e(*rules, EngineConfig{4, 2, 3});
  REQUIRE(e.start());
  const GameState& s = e.state();
  passAll(e);  // briefing
  REQUIRE(e.submit(makePropose(s, "east", ProposePayload{{"west"}, {ceasefire(6)}, 0, "calm"})));
  Clause high{"talks", {{"sectors", ParamValue{std::vector<std::string>{"ridge"}}}, {"level", ParamValue{std::string("high")}}}};
  auto refused = e.submit(makePropose(s, "east", ProposePayload{{"west"}, {high}, 0, ""}));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().reason == "high-level talks must wait");
  REQUIRE(e.submit(makeRespond(s, "west", 1, Response::Accept)));
  passAll(e);
  passAll(e);  // a quiet second round closes diplomacy
  REQUIRE(s.phase == Phase::Orders);
  REQUIRE(e.submit(makeOrders(s, "east", Orders{{{"ridge", 90, 2}}, {"We hold the ridge."}, {}})));
  REQUIRE(e.submit(makeOrders(s, "west", Orders{})));
  REQUIRE(s.phase == Phase::Review);
  passAll(e);
  // Turn 2: the ceasefire is breached on the rules' word.
  passAll(e);
  passAll(e);
  passAll(e);
  passAll(e);

  INFO((e.errors().empty() ? std::string() : e.errors().front().headline() + "\n" + e.errors().front().traceback));
  CHECK(e.errors().empty());
  CHECK(hasNews(s, "on_setup"));
  CHECK(hasNews(s, "on_turn_start 1 2030-11"));
  CHECK(hasNews(s, "on_turn_start 2 2030-12"));
  CHECK(hasNews(s, "Hello East, turn 1."));
  CHECK(hasNews(s, "options false 1 warm"));
  CHECK(hasNews(s, "on_proposal 1 from east to west: ceasefire"));
  CHECK(hasNews(s, "on_agreement 1 parties east,west duration 6"));
  CHECK(hasNews(s, "on_orders east forces 1 statements 1 ridge 90/2"));
  CHECK(hasNews(s, "on_orders west forces 0 statements 0 ridge 0/0"));
  CHECK(hasNews(s, "on_resolve 1"));
  CHECK(hasNews(s, "on_violation agreement 1 clause 1 by west detected true"));
  // The refused proposal left no offer and no news behind.
  CHECK(s.offers.size() == 1);
  CHECK_FALSE(hasNews(s, "on_proposal 2 from east to west: talks"));
  CHECK(s.agreements[0].violations.size() == 1);
  CHECK(e.finished());
  REQUIRE(s.outcome);
  CHECK(s.outcome->id == "probed");
  CHECK(s.scores.at("east") == 10);
  CHECK(s.scores.at("west") == 20);
  const Sector* ridge = findSector(s, "ridge");
  REQUIRE(ridge);
  CHECK(ridge->km == 12);
  CHECK(ridge->status == SectorStatus::Contested);
  CHECK(ridge->line.size() == 2);
}

TEST_CASE("[script] a setup-only binding outside on_setup is a reported error at the caller's line") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("accord-setup-only-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "mod.lua") << "return { id = 'late', title = 'Late', version = '1', api = 1, authors = { 'x' } }\n";
  std::ofstream(dir / "init.lua") << "return {\n"
                                     "  on_setup = function(game) game:add_actor{ id = 'a', playable = true } end,\n"
                                     "  on_turn_start = function(game)\n"
                                     "    game:add_actor{ id = 'b' }\n"
                                     "  end,\n"
                                     "}\n";
  auto rules = loadOrFail(dir);
  TurnEngine e(*rules, EngineConfig{1, 1, 1});
  REQUIRE(e.start());
  REQUIRE(e.errors().size() == 1);
  const RuleError& err = e.errors().front();
  CHECK(err.hook == "on_turn_start");
  CHECK(err.file == "init.lua");
  CHECK(err.line == 4);
  CHECK(err.message == "game:add_actor(): only allowed in on_setup");
  CHECK(e.state().actors.size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("[script] a manifest that is wrong names the field and the file") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("accord-manifest-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "init.lua") << "return {}\n";
  auto problem = [&](const std::string& manifest) {
    std::ofstream(dir / "mod.lua") << manifest;
    auto r = script::LuaRules::load(dir, {});
    REQUIRE_FALSE(r);
    return r.error().headline();
  };
  CHECK_THAT(problem("return { id = 'x', title = 'X', version = '1', api = 2, authors = { 'a' } }"),
             Catch::Contains("needs Lua API 2, but this engine has API 1"));
  CHECK_THAT(problem("return { id = 'Bad Id', title = 'X', version = '1', api = 1, authors = { 'a' } }"),
             Catch::Contains("field 'id'"));
  CHECK_THAT(problem("return { id = 'x', version = '1', api = 1, authors = { 'a' } }"), Catch::Contains("field 'title' must be a string"));
  CHECK_THAT(problem("return { id = 'x', title = 'X', version = '1', api = 1, authors = { 'a' }, print('hi') }"),
             Catch::Contains("mod.lua:1"));
  std::ofstream(dir / "mod.lua") << "return { id = 'x', title = 'X', version = '1', api = 1, authors = { 'a' } }";
  std::ofstream(dir / "init.lua") << "return { on_tunr_start = function() end }\n";
  auto typo = script::LuaRules::load(dir, {});
  REQUIRE_FALSE(typo);
  CHECK_THAT(typo.error().headline(), Catch::Contains("'on_tunr_start', which is not a hook"));
  fs::remove_all(dir);
}

TEST_CASE("[script] the example scenario loads in every language it declares") {
  for (const std::string lang : {"en", "ru"}) {
    auto r = script::LuaRules::load(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/two_valleys", {lang, {}, {}});
    REQUIRE(r);
    TurnEngine e(**r, EngineConfig{2, 3, 3});
    REQUIRE(e.start());
    CHECK(e.errors().empty());
    CHECK_FALSE(e.state().news.empty());
  }
}

TEST_CASE("[script] ai_orders writes a persona's orders as a dry run, and nil keeps the built-in policy") {
  auto rules = loadOrFail(std::filesystem::path(ACCORD_SOURCE_DIR) / "scripts/scenarios/two_valleys");
  TurnEngine e(*rules, EngineConfig{4, 3, 3});
  REQUIRE(e.start());
  const GameState& s = e.state();
  while (s.phase != Phase::Orders) passAll(e);
  const uint64_t before = hashState(s);
  const size_t logged = e.log().size();

  auto orders = e.suggestOrders("highland", "conciliator");
  REQUIRE(orders);
  REQUIRE_FALSE(orders->forces.empty());
  for (const auto& f : orders->forces) {
    CHECK(f.heavy == 0);
    const Sector* sector = findSector(s, f.sector);
    REQUIRE(sector);
    CHECK(sector->forces.at("highland").heavy > 0);
    CHECK(f.troops == sector->forces.at("highland").troops);
  }
  REQUIRE(orders->statements.size() == 1);
  CHECK_FALSE(orders->statements[0].empty());
  CHECK_FALSE(e.suggestOrders("highland", "hardliner"));
  CHECK_FALSE(e.suggestOrders("pact", "conciliator"));
  CHECK(hashState(s) == before);  // nothing of the dry run stays
  CHECK(e.log().size() == logged);
  CHECK(e.errors().empty());
  REQUIRE(e.submit(makeOrders(s, "highland", *orders)));
}

TEST_CASE("[script] on_proposal may name the clause its refusal is about") {
  auto rules = loadOrFail(fixtureDir("hooks_probe"));
  TurnEngine e(*rules, EngineConfig{4, 2, 3});
  REQUIRE(e.start());
  passAll(e);  // briefing
  const Clause high{"talks", {{"sectors", ParamValue{std::vector<std::string>{"ridge"}}}, {"level", ParamValue{std::string("high")}}}};
  auto refusal = [&](const std::string& note) { return e.proposalRefusal("east", ProposePayload{{"west"}, {high, ceasefire(6)}, 0, note}); };

  SECTION("by clause type") {
    CHECK(refusal("") == ProposalRefusal{"high-level talks must wait", "talks"});
  }
  SECTION("by position in offer.clauses") {
    CHECK(refusal("by position") == ProposalRefusal{"high-level talks must wait", "ceasefire"});
  }
  SECTION("or not at all") {
    CHECK(refusal("unnamed") == ProposalRefusal{"high-level talks must wait", ""});
  }
  SECTION("a second result that names no clause of the offer is the script's error, named as such") {
    for (const std::string note : {"bad position", "bad type", "bad kind"}) {
      CHECK_FALSE(refusal(note));  // a failing hook counts as no refusal in the dry run
      const size_t before = e.errors().size();
      CHECK(e.submit(makePropose(e.state(), "east", ProposePayload{{"west"}, {high, ceasefire(6)}, 0, note})));
      REQUIRE(e.errors().size() == before + 1);
      CHECK(e.errors().back().hook == "on_proposal");
      CHECK_THAT(e.errors().back().message, Catch::Contains("on_proposal's second result"));
    }
  }
  SECTION("a third result: how many months the refusal stands while the agreements stay the same") {
    ProposalRefusal twoMonths{"high-level talks must wait", "talks"};
    twoMonths.wait = 2;
    CHECK(refusal("wait 2") == twoMonths);
    ProposalRefusal untilChange{"high-level talks must wait", "talks"};
    untilChange.wait = ProposalRefusal::kUntilAgreementsChange;
    CHECK(refusal("wait for agreements") == untilChange);
    CHECK(refusal("")->wait == 0);  // not given: not known
  }
  SECTION("a third result that is not a whole number of months, or that names no clause, is the script's error") {
    for (const std::string note : {"wait 0", "wait 1.5", "wait text", "unnamed wait 2"}) {
      CHECK_FALSE(refusal(note));
      const size_t before = e.errors().size();
      CHECK(e.submit(makePropose(e.state(), "east", ProposePayload{{"west"}, {high, ceasefire(6)}, 0, note})));
      REQUIRE(e.errors().size() == before + 1);
      CHECK(e.errors().back().hook == "on_proposal");
      CHECK_THAT(e.errors().back().message, Catch::Contains("on_proposal's third result"));
    }
  }
  CHECK(e.checkProposal("east", ProposePayload{{"west"}, {high}, 0, ""}) == std::optional<std::string>("high-level talks must wait"));
}

TEST_CASE("[script] a locale file read again follows its text: changed words are seen, a broken file fails each time") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "locale");
  std::ofstream(dir / "mod.lua") << "return { id = 'locale_probe', title = 'Locale probe', version = '1', api = 1,\n"
                                    "  authors = { 'x' }, languages = { 'en', 'ru' } }\n";
  std::ofstream(dir / "init.lua") << "return {}\n";
  auto writeLocale = [&](const std::string& lang, const std::string& body) { std::ofstream(dir / "locale" / (lang + ".lua")) << body; };
  writeLocale("en", "return { greeting = 'Hello' }\n");
  writeLocale("ru", "return { greeting = 'Привет' }\n");
  auto wordsOf = [&](const std::string& lang) {
    script::LoadOptions options;
    options.language = lang;
    auto rules = script::LuaRules::load(dir.path, options);
    if (!rules) FAIL(rules.error().headline());
    const std::string* text = (*rules)->text("greeting");
    return text ? *text : std::string("(none)");
  };

  CHECK(wordsOf("en") == "Hello");
  CHECK(wordsOf("en") == "Hello");  // the second game shares the table the first one read
  CHECK(wordsOf("ru") == "Привет");

  writeLocale("en", "return { greeting = 'Good morning' }\n");
  CHECK(wordsOf("en") == "Good morning");

  // A language the game does not speak is still read, so its mistakes are found before anyone
  // switches to it; and a failure is never kept, so it is reported again on the next load.
  writeLocale("ru", "return { greeting = 42 }\n");
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto broken = script::LuaRules::load(dir.path, {});
    REQUIRE_FALSE(broken);
    CHECK(broken.error().file == "locale/ru.lua");
    CHECK(broken.error().message == "every key and value in a locale file must be a string");
  }
  writeLocale("ru", "return { greeting = 'Здравствуйте' }\n");
  CHECK(wordsOf("ru") == "Здравствуйте");
}
