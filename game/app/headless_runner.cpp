// Plays a session to its end without a window; see headless_runner.hpp.
#include "headless_runner.hpp"

#include <algorithm>

#include "game/ai/baseline_policy.hpp"

namespace accord::app {

HeadlessRunner::HeadlessRunner(Session& session, std::vector<core::Command> script) : m_session(session) {
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
    const auto waiting = engine.waitingFor();
    if (waiting.empty()) break;  // cannot happen while the engine is consistent; never spin
    dropUnreached();
    step(waiting.front());
  }
  dropUnreached();
  for (auto& p : m_pending) {
    m_refused.push_back(RefusedCommand{p.index, p.command, "the game ended before this command's turn and phase"});
  }
  m_pending.clear();
}

// The actor's commands for this step, ending with the one that finishes its step.
void HeadlessRunner::step(const core::ActorId& actor) {
  core::TurnEngine& engine = m_session.engine();
  const auto& s = engine.state();
  const int turn = s.turn;
  const core::Phase phase = s.phase;
  const int round = s.round;
  if (!scripted(actor)) {
    static const ai::BaselinePolicy baseline;
    for (const auto& c : baseline.decide(engine.view(actor))) {
      if (!engine.submit(c)) break;  // the baseline only answers what it sees; a refusal ends its step
    }
  } else {
    applyScripted(actor);
  }
  // Whatever the file or the policy left open, the role ends its step: pass, or hold its forces.
  const bool sameStep = s.turn == turn && s.phase == phase && s.round == round;
  if (sameStep && core::contains(engine.waitingFor(), actor)) {
    auto r = engine.submit(core::makePass(s, actor));
    (void)r;  // a pass for an actor the engine waits for is always valid
  }
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
    if (!core::contains(engine.waitingFor(), actor)) break;
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
