// The guided tutorial's logic: hints move on when their action happens (or with Next), Skip ends
// them, commands and the screen's state become events, and the callout stays beside its widget.
#include <catch2/catch.hpp>

#include "game/ui/tutorial_model.hpp"

using namespace accord;

namespace {

std::vector<core::Hint> threeHints() {
  return {
      core::Hint{"brief", "brief", "Read your brief.", "brief_opened", {}},
      core::Hint{"welcome", "map", "This is the map.", "next", {}},
      core::Hint{"offer", "propose", "Table an offer.", "proposal_sent", {}},
  };
}

core::Command command(core::CommandKind kind, const core::ActorId& actor, core::Phase phase = core::Phase::Diplomacy) {
  core::Command c;
  c.kind = kind;
  c.actor = actor;
  c.phase = phase;
  return c;
}

}  // namespace

TEST_CASE("[ui] a hint moves on when the action it waits for happens, and not for another") {
  ui::TutorialModel t;
  t.start(threeHints());
  REQUIRE(t.current());
  CHECK(t.current()->id == "brief");
  CHECK_FALSE(t.notice("proposal_sent"));
  CHECK(t.current()->id == "brief");
  CHECK(t.notice("brief_opened"));
  CHECK(t.current()->id == "welcome");
  CHECK(t.step() == 1);
  CHECK(t.count() == 3);
}

TEST_CASE("[ui] a hint that waits for Next ignores every action, and Next moves any hint on") {
  ui::TutorialModel t;
  t.start(threeHints());
  t.next();
  CHECK(t.current()->id == "welcome");
  CHECK_FALSE(t.notice("next"));
  CHECK_FALSE(t.notice("proposal_sent"));
  t.next();
  CHECK(t.current()->id == "offer");
  // An action done while another hint showed does not count for a later one.
  CHECK(t.notice("proposal_sent"));
  CHECK_FALSE(t.current());
  CHECK(t.finished());
  CHECK_FALSE(t.skipped());
}

TEST_CASE("[ui] skipping the tutorial ends it at once") {
  ui::TutorialModel t;
  t.start(threeHints());
  t.skip();
  CHECK_FALSE(t.current());
  CHECK(t.finished());
  CHECK(t.skipped());
  CHECK_FALSE(t.notice("brief_opened"));
}

TEST_CASE("[ui] a scenario without hints has no tutorial to finish") {
  ui::TutorialModel t;
  t.start({});
  CHECK_FALSE(t.current());
  CHECK_FALSE(t.finished());
}

TEST_CASE("[ui] a role's commands are tutorial events for that role only") {
  using K = core::CommandKind;
  CHECK(ui::eventsOf(command(K::Propose, "north"), "north") == std::vector<std::string_view>{"proposal_sent"});
  CHECK(ui::eventsOf(command(K::Respond, "north"), "north") == std::vector<std::string_view>{"offer_answered"});
  CHECK(ui::eventsOf(command(K::Message, "north"), "north") == std::vector<std::string_view>{"message_sent"});
  CHECK(ui::eventsOf(command(K::SubmitOrders, "north", core::Phase::Orders), "north") == std::vector<std::string_view>{"orders_given"});
  CHECK(ui::eventsOf(command(K::Pass, "north"), "north") == std::vector<std::string_view>{"step_ended"});
  // Holding the forces is a way of giving orders.
  CHECK(ui::eventsOf(command(K::Pass, "north", core::Phase::Orders), "north") == std::vector<std::string_view>{"orders_given", "step_ended"});
  CHECK(ui::eventsOf(command(K::Propose, "south"), "north").empty());
}

TEST_CASE("[ui] what the screen shows is an event while it lasts: an open panel, the phase") {
  ui::ScreenFacts f;
  CHECK(ui::eventsOf(f).empty());
  f.briefOpen = true;
  f.ordersOpen = true;
  f.phase = core::Phase::Orders;
  CHECK(ui::eventsOf(f) == std::vector<std::string_view>{"brief_opened", "orders_opened", "orders_phase"});
  f = ui::ScreenFacts{};
  f.messagesOpen = true;
  f.requestTicked = true;
  f.phase = core::Phase::Diplomacy;
  CHECK(ui::eventsOf(f) == std::vector<std::string_view>{"messages_opened", "request_ticked", "diplomacy_phase"});
}

TEST_CASE("[ui] every panel and event a scenario may name has a widget and a sentence") {
  for (const auto panel : core::kHintPanels) {
    INFO(panel);
    CHECK_FALSE(ui::anchorsOf(panel).empty());
  }
  for (const auto event : core::kHintEvents) {
    INFO(event);
    CHECK(ui::waitKey(event) == "ui.tutorial.wait." + std::string(event));
  }
  // An open panel's own part comes before the button that opens it.
  CHECK(ui::anchorsOf("propose") == std::vector<std::string>{"table.tab.propose", "game.table"});
}

TEST_CASE("[ui] the callout sits in the column right of the map, beside its widget, not on it") {
  const float W = 1280, H = 720, w = 340, h = 160;
  const ui::WidgetRect map{0, 64, 920, 598};
  auto overlaps = [&](const ui::CalloutPlace& p, float, float, const ui::WidgetRect& r) {
    return p.x < r.x + r.w && r.x < p.x + w && p.y < r.y + r.h && r.y < p.y + h;
  };

  SECTION("a tab of the table: level with it, at the right, the arrow pointing left to it") {
    const ui::WidgetRect tab{70, 96, 66, 22};
    const auto p = ui::placeCallout(tab, w, h, W, H, map);
    CHECK(p.x == Approx(W - 8 - w));
    CHECK(p.y >= map.y);
    CHECK_FALSE(overlaps(p, w, h, tab));
    CHECK(p.arrow);
    CHECK(p.toX == Approx(tab.x + tab.w));
    CHECK(p.fromX == Approx(p.x));
  }
  SECTION("a button of the bottom bar: above the bar") {
    const ui::WidgetRect button{486, 670, 70, 24};
    const auto p = ui::placeCallout(button, w, h, W, H, map);
    CHECK(p.y + h <= map.y + map.h);
    CHECK_FALSE(overlaps(p, w, h, button));
  }
  SECTION("a header in the right column: to its left") {
    const ui::WidgetRect brief{924, 120, 350, 22};
    const auto p = ui::placeCallout(brief, w, h, W, H, map);
    CHECK(p.x + w <= brief.x);
    CHECK_FALSE(overlaps(p, w, h, brief));
    CHECK(p.toX == Approx(brief.x));
  }
  SECTION("the map itself: at its top, pointing at its middle") {
    const auto p = ui::placeCallout(map, w, h, W, H, map);
    CHECK(p.arrow);
    CHECK(p.toX == Approx(map.centreX()));
    CHECK(p.toY == Approx(map.centreY()));
    CHECK(p.y == Approx(map.y + 18));
  }
  SECTION("nothing to point at: the top of the map, no arrow") {
    const auto p = ui::placeCallout(std::nullopt, w, h, W, H, map);
    CHECK_FALSE(p.arrow);
    CHECK(p.x == Approx((map.w - w) / 2));
  }
}
