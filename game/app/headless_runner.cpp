// Plays a session to its end without a window; see headless_runner.hpp.
#include "headless_runner.hpp"

#include <algorithm>

#include "game/ai/baseline_policy.hpp"
#include "game/app/i18n.hpp"

namespace accord::app {

bool awaitsAnswer(const core::GameState& s, const core::ActorId& actor) {
  for (const auto& o : s.offers) {
    if (o.status != core::OfferStatus::Open) continue;
    auto it = o.responses.find(actor);
    if (it != o.responses.end() && it->second == core::Response::None) return true;
  }
  return false;
}

std::unique_ptr<ai::ComputerPlayer> makeComputerPlayer(const Session& session, const core::ActorId& role, const std::string& persona) {
  auto p = ai::personaFrom(persona);
  if (!p) return nullptr;
  uint64_t seed = session.config().seed ^ 0x9e3779b97f4a7c15ULL;
  for (unsigned char ch : role) seed = (seed ^ ch) * 0x100000001b3ULL;
  return std::make_unique<ai::ComputerPlayer>(role, *p, &phrasebook(session.config().language), seed);
}

bool Players::validPersona(const std::string& name) { return name == "baseline" || ai::personaFrom(name).has_value(); }

// Every role named by --ai must be a playable role of the scenario.
std::optional<std::string> Players::problem(const core::GameState& s) const {
  for (const auto& [role, persona] : personas) {
    const core::Actor* a = core::findActor(s, role);
    if (!a || !a->playable) {
      std::string roles;
      for (const auto& id : core::playableActors(s)) roles += (roles.empty() ? "" : ", ") + id;
      return "--ai " + role + "=" + persona + ": '" + role + "' is not a playable role (roles: " + roles + ")";
    }
  }
  return std::nullopt;
}

HeadlessRunner::HeadlessRunner(Session& session, std::vector<core::Command> script, Players players)
    : m_session(session), m_players(std::move(players)) {
  for (size_t i = 0; i < script.size(); ++i) {
    if (!core::contains(m_scriptedRoles, script[i].actor)) m_scriptedRoles.push_back(script[i].actor);
    m_pending.push_back(Pending{i + 1, std::move(script[i]), {}});
  }
}

bool HeadlessRunner::scripted(const core::ActorId& role) const { return core::contains(m_scriptedRoles, role); }

void HeadlessRunner::play(int untilTurn) {
  core::TurnEngine& engine = m_session.engine();
  while (!engine.finished()) {
    const auto& s = engine.state();
    if (untilTurn > 0 && s.turn > untilTurn) break;
    const core::ActorId* waiting = engine.firstWaiting();
    if (!waiting) break;  // cannot happen while the engine is consistent; never spin
    dropUnreached();
    step(core::ActorId(*waiting));  // a copy: the step changes the state the name lives in
  }
  dropUnreached();
  for (auto& p : m_pending) {
    m_refused.push_back(RefusedCommand{p.index, p.command, "the game ended before this command's turn and phase"});
  }
  m_pending.clear();
}

namespace {

// Whatever the player left open, the role ends its step: pass, or hold its forces.
void finishStep(core::TurnEngine& engine, const core::ActorId& actor, int turn, core::Phase phase, int round) {
  const auto& s = engine.state();
  const bool sameStep = s.turn == turn && s.phase == phase && s.round == round;
  if (sameStep && engine.waitsFor(actor)) {
    auto r = engine.submit(core::makePass(s, actor));
    (void)r;  // a pass for an actor the engine waits for is always valid
  }
}

}  // namespace

void playComputerStep(core::TurnEngine& engine, const core::ActorId& actor, ai::ComputerPlayer* player) {
  static const ai::BaselinePolicy baseline;
  const auto& s = engine.state();
  const int turn = s.turn;
  const core::Phase phase = s.phase;
  const int round = s.round;
  auto decide = [&] {
    // Every policy reads the briefing and the review and moves on: no view needed.
    if (s.phase == core::Phase::Briefing || s.phase == core::Phase::Review) return;
    if (s.phase == core::Phase::Orders && player) {
      // The scenario may write the persona's order policy itself (its ai_orders hook).
      if (auto orders = engine.suggestOrders(actor, ai::toString(player->persona()))) {
        if (engine.submit(core::makeOrders(s, actor, std::move(*orders)))) return;
      }
    }
    // It has made its move this month and nothing waits for its answer: it would only pass.
    if (s.phase == core::Phase::Diplomacy && player && player->tabledIn(s.turn) && !awaitsAnswer(s, actor)) return;
    // A computer player needs only what decides its step: it has seen every earlier offer as it came.
    const core::RoleView& view = engine.decisionView(actor);
    const auto commands = player ? player->decide(view, [&](const core::ProposePayload& p) { return engine.proposalRefusal(actor, p); })
                                 : baseline.decide(view);
    for (const auto& c : commands) {
      if (!engine.submit(c)) break;  // a policy only answers what it sees; a refusal ends its step
    }
  };
  decide();
  finishStep(engine, actor, turn, phase, round);
}

// The actor's commands for this step, ending with the one that finishes its step.
void HeadlessRunner::step(const core::ActorId& actor) {
  if (!scripted(actor)) {
    playComputerStep(m_session.engine(), actor, computer(actor));
    return;
  }
  core::TurnEngine& engine = m_session.engine();
  const auto& s = engine.state();
  const int turn = s.turn;
  const core::Phase phase = s.phase;
  const int round = s.round;
  applyScripted(actor);
  finishStep(engine, actor, turn, phase, round);
}

// The computer player for a role, made on first use; nullptr for the baseline policy.
ai::ComputerPlayer* HeadlessRunner::computer(const core::ActorId& role) {
  auto it = m_computers.find(role);
  if (it != m_computers.end()) return it->second.get();
  auto named = m_players.personas.find(role);
  const std::string& name = named == m_players.personas.end() ? m_players.fallback : named->second;
  return m_computers.emplace(role, makeComputerPlayer(m_session, role, name)).first->second.get();
}

void HeadlessRunner::applyScripted(const core::ActorId& actor) {
  core::TurnEngine& engine = m_session.engine();
  const auto& s = engine.state();
  const int turn = s.turn;
  const core::Phase phase = s.phase;
  const int round = s.round;
  for (auto it = m_pending.begin(); it != m_pending.end();) {
    if (s.turn != turn || s.phase != phase || s.round != round) break;  // the step is over
    const core::Command& c = it->command;
    if (c.actor != actor || c.turn != s.turn || c.phase != s.phase) {
      ++it;
      continue;
    }
    if (!engine.waitsFor(actor)) break;
    auto r = engine.submit(c);
    if (r) {
      it = m_pending.erase(it);
      continue;
    }
    // An answer to an offer not yet made may succeed in a later round of the same phase.
    it->lastReason = r.error().reason;
    ++it;
  }
}

// Commands whose turn and phase have passed are reported as refused, with the last reason seen.
void HeadlessRunner::dropUnreached() {
  const auto& s = m_session.engine().state();
  auto past = [&](const core::Command& c) {
    if (c.turn != s.turn) return c.turn < s.turn;
    return static_cast<int>(c.phase) < static_cast<int>(s.phase);
  };
  for (auto it = m_pending.begin(); it != m_pending.end();) {
    if (past(it->command)) {
      const std::string reason = it->lastReason.empty() ? "its turn and phase passed before it could be given" : it->lastReason;
      m_refused.push_back(RefusedCommand{it->index, it->command, reason});
      it = m_pending.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace accord::app
