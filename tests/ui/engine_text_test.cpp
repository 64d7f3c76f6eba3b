// The engine's sentences in the window: every code has its words in English and in Russian, and a
// Russian refusal is Russian through and through, with names as the view has them.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "game/core/engine_text.hpp"
#include "game/ui/engine_text.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/messages_model.hpp"
#include "game/ui/texts.hpp"
#include "run_program.hpp"

using namespace accord;

namespace {

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> out;
  const std::string s(text);
  const std::regex name(R"(\{([a-z_]+)\})");
  for (std::sregex_iterator it(s.begin(), s.end(), name), end; it != end; ++it) out.insert((*it)[1]);
  return out;
}

std::map<std::string, std::string> engineKeys(const std::string& lang) {
  std::ifstream in(test::sourceDir() / "assets" / "i18n" / (lang + ".json"));
  REQUIRE(in);
  const auto j = nlohmann::json::parse(in);
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : j.items()) {
    if (key.rfind("engine.", 0) == 0) out[key.substr(7)] = value.get<std::string>();
  }
  return out;
}

bool hasLatin(const std::string& s) { return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }); }

// A view with Russian names for everything an argument may name.
core::RoleView russianView() {
  core::RoleView v;
  v.role = "kg";
  core::ActorView kg;
  kg.id = "kg";
  kg.name = "Кыргызстан";
  v.actors.push_back(kg);
  core::ClauseType water;
  water.id = "water";
  water.name = "Водораздел";
  core::ParamDef split;
  split.id = "split";
  split.name = "Доли";
  split.kind = core::ParamKind::Enum;
  split.options = {"50_50", "60_40"};
  split.labels = {"поровну", "шестьдесят на сорок"};
  water.params.push_back(split);
  v.clauseTypes = {water};
  core::Sector vorukh;
  vorukh.id = "vorukh";
  vorukh.name = "Ворух";
  v.sectors = {vorukh};
  return v;
}

// Arguments for every placeholder of `code`, each an id the view names or a number.
core::TextArgs argsFor(std::string_view code) {
  core::TextArgs args;
  for (const auto& name : placeholders(core::englishTemplate(code))) {
    if (name == "actor" || name == "member" || name == "addressee" || name == "recipient" || name == "signer") args[name] = "kg";
    else if (name == "clause") args[name] = "water";
    else if (name == "param") args[name] = "split";
    else if (name == "value") args[name] = "50_50";
    else if (name == "options") args[name] = "50_50, 60_40";
    else if (name == "sector") args[name] = "vorukh";
    else if (name == "phase" || name == "now_phase") args[name] = "diplomacy";
    else if (name == "status") args[name] = "rejected";
    else if (name == "reason") args[name] = "причина";
    else if (name == "line") args[name] = "север";
    else args[name] = "12";
  }
  return args;
}

}  // namespace

TEST_CASE("[ui] every engine sentence is in English and in Russian, with its code's placeholders") {
  const auto en = engineKeys("en");
  const auto ru = engineKeys("ru");
  std::set<std::string> codes;
  for (const auto& def : core::kEngineTexts) {
    const std::string code(def.code);
    INFO(code);
    codes.insert(code);
    REQUIRE(en.count(code));
    REQUIRE(ru.count(code));
    const auto given = placeholders(def.english);
    CHECK(placeholders(en.at(code)) == given);
    CHECK(placeholders(ru.at(code)) == given);
    CHECK(ru.at(code) != en.at(code));
  }
  for (const auto& [code, text] : en) {
    INFO(code);
    CHECK(codes.count(code));  // no key for a sentence the engine no longer writes
  }
  CHECK(en.size() == ru.size());
}

TEST_CASE("[ui] an engine sentence said in Russian has no Latin letters") {
  auto ru = ui::Texts::load("ru");
  REQUIRE(ru);
  const core::RoleView v = russianView();
  for (const auto& def : core::kEngineTexts) {
    INFO(def.code);
    const std::string said = ui::engineText(*ru, v, def.code, argsFor(def.code), "english");
    INFO(said);
    CHECK_FALSE(hasLatin(said));
    CHECK(said.find('{') == std::string::npos);
  }
}

TEST_CASE("[ui] a veto is said from the member's vote, in the interface language") {
  auto ru = ui::Texts::load("ru");
  REQUIRE(ru);
  auto en = ui::Texts::load("en");
  REQUIRE(en);
  const core::RoleView v = russianView();
  core::TextArgs args{{"member", "kg"}, {"reason", "the package is worth 10 to kg, less than the 30 that no new agreement is worth"}};
  core::nestText(args, "reason", "worth_less", {{"worth", "10"}, {"member", "kg"}, {"reservation", "30"}});
  const core::Refusal veto{core::englishText("bloc_veto", args), "bloc_veto", args};
  const std::string said = ui::refusalText(*ru, v, veto);
  CHECK(said == "Кыргызстан налагает вето: Кыргызстан оценивает пакет в 10, а отсутствие нового соглашения — в 30");

  // Words the scenario gave the member are quoted as they are.
  core::TextArgs own{{"member", "kg"}, {"reason", "Мы против."}};
  CHECK(ui::engineText(*ru, v, "bloc_veto", own, "") == "Кыргызстан налагает вето: Мы против.");
  core::BlocVote vote{false, "the package is worth 1 to kg, less than the 2 that no new agreement is worth", "worth_less",
                      {{"worth", "1"}, {"member", "kg"}, {"reservation", "2"}}};
  CHECK(ui::voteReason(*ru, v, vote) == "Кыргызстан оценивает пакет в 1, а отсутствие нового соглашения — в 2");
  CHECK_THAT(ui::voteReason(*en, v, vote), Catch::StartsWith("the package is worth 1 to Кыргызстан"));
}

TEST_CASE("[ui] the rules' own words and a player's note are shown as they are") {
  auto ru = ui::Texts::load("ru");
  REQUIRE(ru);
  const core::RoleView v = russianView();
  CHECK(ui::refusalText(*ru, v, core::Refusal{"Переговоры о воде закрыты.", {}, {}}) == "Переговоры о воде закрыты.");
  core::Offer o;
  o.responseNotes["kg"] = "countered by offer 4";
  o.engineNotes["kg"] = core::EngineText{"countered", {{"offer", "4"}}};
  o.responseNotes["tj"] = "Слишком мало.";
  CHECK(ui::responseNote(*ru, v, o, "kg") == "Заменено встречным предложением 4.");
  CHECK(ui::responseNote(*ru, v, o, "tj") == "Слишком мало.");
  CHECK(ui::responseNote(*ru, v, o, "csto").empty());
}

TEST_CASE("[ui] the flagship in Russian refuses a message out of its phase in Russian") {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 2;
  config.language = "ru";
  auto session = app::Session::create(config);
  REQUIRE(session);
  ui::GameDriver game(std::move(*session), {{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "pragmatist"}}, false);
  game.advance();
  for (int i = 0; i < 50 && game.state().phase != core::Phase::Review; ++i) REQUIRE_FALSE(game.endStep("kyrgyzstan"));
  REQUIRE(game.state().phase == core::Phase::Review);
  ui::MessageDraft d;
  d.isPublic = false;
  d.to = {"tajikistan"};
  d.text = "Тихое слово.";
  const auto refused = game.submit(ui::commandOf(game.state(), "kyrgyzstan", d));
  REQUIRE(refused);
  CHECK(refused->reason == "messages are sent in the briefing, diplomacy or orders phase");
  auto ru = ui::Texts::load("ru");
  REQUIRE(ru);
  const std::string said = ui::refusalText(*ru, game.view("kyrgyzstan"), *refused);
  CHECK(said == "сообщения отправляют в фазах брифинга, дипломатии и приказов");

  // Ending a step twice names the role as the view names it.
  const auto twice = game.submit(core::makePass(game.state(), "tajikistan"));
  REQUIRE(twice);
  CHECK(twice->code == "step_finished");
  CHECK_FALSE(hasLatin(ui::refusalText(*ru, game.view("kyrgyzstan"), *twice)));
}
