// The Messages panel's logic: what a role's feed lists, what it may send and how a draft becomes
// the engine's command; and, with the real flagship, that the engine's refusal says why.
#include <catch2/catch.hpp>

#include "game/core/role_view.hpp"
#include "game/ui/game_driver.hpp"
#include "game/ui/messages_model.hpp"

using namespace accord;

namespace {

core::GameState threeRoles() {
  core::GameState s;
  s.turn = 2;
  s.phase = core::Phase::Diplomacy;
  for (const char* id : {"north", "south", "pact"}) {
    core::Actor a;
    a.id = id;
    a.name = std::string(id) == "pact" ? "The Pact" : std::string(1, static_cast<char>(id[0] - 32)) + (id + 1);
    a.playable = true;
    s.actors.push_back(a);
  }
  core::Actor observer;
  observer.id = "observer";
  observer.name = "Observer";
  s.actors.push_back(observer);  // not playable: no seat, no messages
  s.messages = {
      core::Message{1, "north", {}, "Hello, everyone."},
      core::Message{1, "south", {"north"}, "Only for North."},
      core::Message{2, "south", {"pact"}, "Only for the Pact."},
      core::Message{2, "north", {"south", "pact"}, "To both of you."},
  };
  return s;
}

}  // namespace

TEST_CASE("[ui] a role's feed lists what it may read, newest first, with sender and recipients") {
  const auto v = core::makeRoleView(threeRoles(), "north", true);
  const auto feed = ui::feedOf(v);
  // South's private word to the Pact is not in North's view at all.
  REQUIRE(feed.size() == 3);
  CHECK(feed[0].text == "To both of you.");
  CHECK(feed[0].mine);
  CHECK_FALSE(feed[0].isPublic);
  CHECK(feed[0].toNames == "South, The Pact");
  CHECK(feed[0].turn == 2);
  CHECK(feed[1].text == "Only for North.");
  CHECK(feed[1].fromName == "South");
  CHECK_FALSE(feed[1].mine);
  CHECK(feed[2].isPublic);
  CHECK(feed[2].toNames.empty());
}

TEST_CASE("[ui] the feed filters public and private messages") {
  const auto v = core::makeRoleView(threeRoles(), "pact", true);
  const auto pub = ui::feedOf(v, ui::FeedFilter::Public);
  REQUIRE(pub.size() == 1);
  CHECK(pub[0].text == "Hello, everyone.");
  const auto priv = ui::feedOf(v, ui::FeedFilter::Private);
  REQUIRE(priv.size() == 2);
  CHECK(priv[0].text == "To both of you.");
  CHECK(priv[1].text == "Only for the Pact.");
}

TEST_CASE("[ui] unread messages are those from others since the role last looked") {
  const auto v = core::makeRoleView(threeRoles(), "north", true);
  CHECK(ui::unreadCount(v, 0) == 1);  // its own two messages do not count
  CHECK(ui::unreadCount(v, 2) == 0);
  CHECK(ui::unreadCount(v, 3) == 0);
}

TEST_CASE("[ui] a role writes privately to the other playable actors only") {
  const auto v = core::makeRoleView(threeRoles(), "south", true);
  CHECK(ui::recipientsFor(v) == std::vector<core::ActorId>{"north", "pact"});
}

TEST_CASE("[ui] a draft needs words, and a private one needs a recipient") {
  ui::MessageDraft d;
  CHECK(ui::whyCannotSend(d) == std::optional<std::string>("ui.messages.why.empty"));
  d.text = "  \n ";
  CHECK(ui::whyCannotSend(d) == std::optional<std::string>("ui.messages.why.empty"));
  d.text = "Shall we talk?";
  CHECK_FALSE(ui::whyCannotSend(d));
  d.isPublic = false;
  CHECK(ui::whyCannotSend(d) == std::optional<std::string>("ui.messages.why.no_recipient"));
  d.to = {"pact"};
  CHECK_FALSE(ui::whyCannotSend(d));
}

TEST_CASE("[ui] a draft becomes a message command: public, or to the recipients in order, trimmed") {
  const core::GameState s = threeRoles();
  ui::MessageDraft d;
  d.text = "  Calm first.\n";
  d.to = {"pact"};  // ticked, then public chosen: the ticks do not count
  auto c = ui::commandOf(s, "north", d);
  CHECK(c.kind == core::CommandKind::Message);
  CHECK(c.actor == "north");
  CHECK(c.turn == 2);
  CHECK(c.phase == core::Phase::Diplomacy);
  CHECK(std::get<core::MessagePayload>(c.payload) == core::MessagePayload{{}, "Calm first."});
  d.isPublic = false;
  d.to = {"south", "pact"};
  c = ui::commandOf(s, "north", d);
  CHECK(std::get<core::MessagePayload>(c.payload).to == std::vector<core::ActorId>{"pact", "south"});
}

TEST_CASE("[ui] a message sent through the driver reaches the log, and out of phase the engine says why") {
  app::SessionConfig config;
  config.scenario = "kyrgyz_tajik_border";
  config.turns = 2;
  auto session = app::Session::create(config);
  REQUIRE(session);
  ui::GameDriver game(std::move(*session), {{"kyrgyzstan", ui::kHuman}, {"tajikistan", "pragmatist"}, {"csto", "pragmatist"}}, false);
  game.advance();
  ui::MessageDraft d;
  d.isPublic = false;
  d.to = {"tajikistan"};
  d.text = "A quiet word.";
  REQUIRE_FALSE(game.submit(ui::commandOf(game.state(), "kyrgyzstan", d)));
  const auto feed = ui::feedOf(game.view("kyrgyzstan"));
  REQUIRE(feed.size() == 1);
  CHECK(feed[0].toNames == "Tajikistan");
  CHECK(ui::feedOf(game.view("csto")).empty());  // private: the bloc does not read it
  // Play on to the review of the month, where no message can be sent.
  for (int i = 0; i < 50 && game.state().phase != core::Phase::Review; ++i) {
    REQUIRE(game.activeHuman());
    REQUIRE_FALSE(game.endStep("kyrgyzstan"));
  }
  REQUIRE(game.state().phase == core::Phase::Review);
  const auto refused = game.submit(ui::commandOf(game.state(), "kyrgyzstan", d));
  REQUIRE(refused);
  CHECK_THAT(refused->reason, Catch::Contains("briefing, diplomacy or orders phase"));
  CHECK(refused->code == "message_phase");
}
