// The game screen's working panel for a human role: the negotiation table (incoming offers, the
// history of offers and agreements, the proposal builder), the orders of the orders phase, and
// the report of the last resolved turn.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "game/ui/game_driver.hpp"
#include "game/ui/ui_context.hpp"

namespace accord::ui {

// The package the proposal builder is putting together.
struct ProposalDraft {
  std::set<core::ActorId> to;
  std::set<std::string> included;  // clause types ticked
  std::map<std::string, std::map<std::string, core::ParamValue>> params;  // type -> param -> value
  std::string note;
  int replyTo = 0;
};

// The draft as the engine takes it: addressees sorted, clauses in the scenario's order.
core::ProposePayload payloadOf(const ProposalDraft& d, const std::vector<core::ClauseType>& types);
// A default value for each parameter of each clause type that the draft lacks.
void fillDefaults(ProposalDraft& d, const std::vector<core::ClauseType>& types);

// What the report of one resolved turn shows to one role.
struct TurnReport {
  int turn = 0;
  std::vector<std::string> news;
  std::vector<std::string> agreements;  // signed that turn
  std::vector<std::string> violations;  // detected that turn
  std::vector<std::string> meters;      // "Tension: 40 → 45 (+5)", the meters that changed
};

class TablePanel {
 public:
  enum class Tab { Offers, Propose, Orders, Report };

  // Forgets everything of the game before.
  void reset();
  // Draws the panel in the given rectangle; `open` is cleared when the player closes it.
  void draw(UiContext& ui, GameDriver& game, const core::RoleView& v, float x, float y, float w, float h, bool& open);
  // Called with every view the screen builds, so that the report can compare meters over a turn.
  void observe(const core::RoleView& v);
  void select(Tab t) { m_select = t; }
  // The tab drawn in the last frame the panel was open.
  Tab shownTab() const { return m_shown; }

  // The forces this panel last ordered for the role, by sector, to check that they were applied.
  const std::map<std::string, core::ForceOrder>& lastOrdered() const { return m_lastOrdered; }
  // The requests to the bloc ticked in the orders being drawn up.
  const std::set<std::string>& requestsTicked() const { return m_requests; }
  // A report of the last resolved turn, from the view now and the one seen before resolution.
  static TurnReport reportOf(const Texts& t, const core::RoleView& now, const core::RoleView* before);

 private:
  void drawOffers(UiContext& ui, GameDriver& game, const core::RoleView& v);
  void drawHistory(UiContext& ui, const core::RoleView& v);
  void drawBuilder(UiContext& ui, GameDriver& game, const core::RoleView& v);
  void drawOrders(UiContext& ui, GameDriver& game, const core::RoleView& v);
  void drawReport(UiContext& ui, const core::RoleView& v);
  void refreshRefusal(UiContext& ui, GameDriver& game, const core::RoleView& v);

  core::ActorId m_role;
  std::optional<Tab> m_select;
  Tab m_shown = Tab::Offers;
  ProposalDraft m_draft;
  bool m_draftChanged = true;
  size_t m_checkedLog = 0;
  std::optional<std::string> m_refusal;
  std::string m_message;  // what the last button did, or why the engine refused it
  int m_messageStep = -1;
  std::string m_answerNote;

  // Orders being drawn up for the turn in m_ordersTurn.
  int m_ordersTurn = -1;
  std::map<std::string, core::ForceOrder> m_orders;
  std::string m_statements;
  std::set<std::string> m_requests;
  std::map<std::string, core::ForceOrder> m_lastOrdered;

  // Per role and turn: the last view seen before the turn was resolved.
  std::map<core::ActorId, std::map<int, core::RoleView>> m_before;
};

}  // namespace accord::ui
