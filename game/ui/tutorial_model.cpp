// The guided tutorial's logic; see tutorial_model.hpp.
#include "tutorial_model.hpp"

#include <algorithm>
#include <map>

namespace accord::ui {

void TutorialModel::start(std::vector<core::Hint> hints) {
  m_hints = std::move(hints);
  m_index = 0;
  m_skipped = false;
}

const core::Hint* TutorialModel::current() const {
  if (m_skipped || m_index >= m_hints.size()) return nullptr;
  return &m_hints[m_index];
}

bool TutorialModel::notice(std::string_view event) {
  const core::Hint* h = current();
  if (!h || h->waitFor == "next" || h->waitFor != event) return false;
  ++m_index;
  return true;
}

void TutorialModel::next() {
  if (current()) ++m_index;
}

void TutorialModel::skip() { m_skipped = true; }

std::vector<std::string_view> eventsOf(const core::Command& c, const core::ActorId& role) {
  if (c.actor != role) return {};
  switch (c.kind) {
    case core::CommandKind::Propose: return {"proposal_sent"};
    case core::CommandKind::Respond: return {"offer_answered"};
    case core::CommandKind::Message: return {"message_sent"};
    case core::CommandKind::SubmitOrders: return {"orders_given"};
    case core::CommandKind::Pass:
      if (c.phase == core::Phase::Orders) return {"orders_given", "step_ended"};
      return {"step_ended"};
  }
  return {};
}

std::vector<std::string_view> eventsOf(const ScreenFacts& f) {
  std::vector<std::string_view> out;
  if (f.briefOpen) out.push_back("brief_opened");
  if (f.sectorHovered) out.push_back("sector_hovered");
  if (f.tableOpen) out.push_back("table_opened");
  if (f.ordersOpen) out.push_back("orders_opened");
  if (f.messagesOpen) out.push_back("messages_opened");
  if (f.requestTicked) out.push_back("request_ticked");
  if (f.phase == core::Phase::Diplomacy) out.push_back("diplomacy_phase");
  if (f.phase == core::Phase::Orders) out.push_back("orders_phase");
  return out;
}

std::string waitKey(std::string_view event) {
  // Literal keys, so that the i18n test finds each one in the code.
  static const std::map<std::string_view, const char*> keys{
      {"next", "ui.tutorial.wait.next"},
      {"brief_opened", "ui.tutorial.wait.brief_opened"},
      {"sector_hovered", "ui.tutorial.wait.sector_hovered"},
      {"table_opened", "ui.tutorial.wait.table_opened"},
      {"orders_opened", "ui.tutorial.wait.orders_opened"},
      {"messages_opened", "ui.tutorial.wait.messages_opened"},
      {"proposal_sent", "ui.tutorial.wait.proposal_sent"},
      {"offer_answered", "ui.tutorial.wait.offer_answered"},
      {"message_sent", "ui.tutorial.wait.message_sent"},
      {"request_ticked", "ui.tutorial.wait.request_ticked"},
      {"orders_given", "ui.tutorial.wait.orders_given"},
      {"step_ended", "ui.tutorial.wait.step_ended"},
      {"turn_ended", "ui.tutorial.wait.turn_ended"},
      {"diplomacy_phase", "ui.tutorial.wait.diplomacy_phase"},
      {"orders_phase", "ui.tutorial.wait.orders_phase"},
  };
  auto it = keys.find(event);
  return it == keys.end() ? "ui.tutorial.wait.next" : it->second;
}

std::vector<std::string> anchorsOf(std::string_view panel) {
  static const std::map<std::string_view, std::vector<std::string>> anchors{
      {"brief", {"game.brief"}},
      {"map", {"game.map"}},
      {"news", {"game.news"}},
      {"meters", {"game.meters"}},
      {"top_bar", {"game.turn"}},
      {"table", {"table.tab.offers", "game.table"}},
      {"propose", {"table.tab.propose", "game.table"}},
      {"offers", {"table.tab.offers", "game.table"}},
      {"orders", {"table.tab.orders", "game.orders"}},
      {"requests", {"orders.requests", "table.tab.orders", "game.orders"}},
      {"messages", {"messages.text", "game.messages"}},
      {"report", {"table.tab.report", "game.report"}},
      {"end_turn", {"game.end_step", "orders.submit"}},
  };
  auto it = anchors.find(panel);
  return it == anchors.end() ? std::vector<std::string>{} : it->second;
}

CalloutPlace placeCallout(const std::optional<WidgetRect>& anchor, float w, float h, float screenW, float screenH,
                          const WidgetRect& area) {
  constexpr float kGap = 18.0f;
  constexpr float kMargin = 8.0f;
  CalloutPlace p;
  auto clampX = [&](float x) { return std::clamp(x, kMargin, std::max(kMargin, screenW - kMargin - w)); };
  // Between the bars above and below `area` when it fits there, so that they stay readable.
  const float top = area.h >= h + 2 * kMargin ? area.y + kMargin : kMargin;
  const float bottom = area.h >= h + 2 * kMargin ? area.y + area.h - kMargin - h : screenH - kMargin - h;
  auto clampY = [&](float y) { return std::clamp(y, top, std::max(top, bottom)); };
  if (!anchor) {
    p.x = clampX(area.x + (area.w - w) / 2);
    p.y = clampY(area.y + kGap);
    return p;
  }
  const WidgetRect& a = *anchor;
  p.arrow = true;
  const float rightColumn = screenW - kMargin - w;
  if (a.w > 2 * w && a.h > 2 * h) {
    // A widget as large as the map: the callout at its top right, pointing at its middle.
    p.x = clampX(std::min(rightColumn, a.x + a.w - w - kGap));
    p.y = clampY(a.y + kGap);
    p.fromX = p.x;
    p.fromY = p.y + h / 2;
    p.toX = a.centreX();
    p.toY = a.centreY();
    return p;
  }
  // Above what sits at the bottom (the bar of buttons stays free), below what sits at the top,
  // level with anything else.
  if (a.centreY() > screenH * 0.8f) {
    p.y = clampY(a.y - kGap - h);
  } else if (a.centreY() < screenH * 0.15f) {
    p.y = clampY(a.y + a.h + kGap);
  } else {
    p.y = clampY(a.centreY() - h / 2);
  }
  const bool inRightColumn = a.x + a.w + kGap > rightColumn;
  if (!inRightColumn) {
    p.x = rightColumn;
  } else if (a.x - kGap - w >= kMargin) {
    p.x = a.x - kGap - w;
  } else {
    // Too wide to pass on either side: above or below it, whichever has room.
    p.x = clampX(a.centreX() - w / 2);
    p.y = a.y - kGap - h >= kMargin ? a.y - kGap - h : clampY(a.y + a.h + kGap);
  }
  // The arrow runs from the callout's nearest edge to the widget's nearest edge.
  const bool overlapsX = p.x < a.x + a.w && a.x < p.x + w;
  if (overlapsX) {
    p.toX = std::clamp(a.centreX(), p.x + kGap, p.x + w - kGap);
    p.fromX = p.toX;
    const bool above = p.y + h <= a.y;
    p.fromY = above ? p.y + h : p.y;
    p.toY = above ? a.y : a.y + a.h;
  } else {
    const bool left = p.x + w <= a.x;
    p.fromX = left ? p.x + w : p.x;
    p.toX = left ? a.x : a.x + a.w;
    p.fromY = std::clamp(a.centreY(), p.y + kGap, p.y + h - kGap);
    p.toY = std::clamp(a.centreY(), a.y, a.y + a.h);
  }
  return p;
}

}  // namespace accord::ui
