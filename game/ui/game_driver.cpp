// A game in the window; see game_driver.hpp. The computer's step follows HeadlessRunner::step.
#include "game_driver.hpp"

#include <algorithm>

#include "game/app/headless_runner.hpp"

namespace accord::ui {
GameDriver::GameDriver(std::unique_ptr<app::Session> session, Seats seats, bool hotSeat)
    : m_session(std::move(session)), m_seats(std::move(seats)), m_hotSeat(hotSeat) {}

std::unique_ptr<GameDriver> GameDriver::playedAgain(std::unique_ptr<app::Session> fresh, Seats seats, bool hotSeat,
                                                    const std::vector<core::Command>& log,
                                                    const std::vector<uint64_t>& turnHashes, int beforeTurn) {
  auto again = std::make_unique<GameDriver>(std::move(fresh), std::move(seats), hotSeat);
  core::TurnEngine& engine = again->m_session->engine();
  again->advance(beforeTurn);
  for (const auto& c : log) {
    if (!again->isHuman(c.actor)) continue;
    // A refusal by the rules is met, and logged, again, as it was when the command was given.
    (void)engine.submit(c);
    again->advance(beforeTurn);
  }
  const auto& hashes = engine.turnHashes();
  const bool same = engine.log() == log && hashes.size() <= turnHashes.size() &&
                    std::equal(hashes.begin(), hashes.end(), turnHashes.begin());
  return same ? std::move(again) : nullptr;
}

bool GameDriver::isHuman(const core::ActorId& role) const {
  auto it = m_seats.find(role);
  return it != m_seats.end() && it->second == kHuman;
}

std::vector<core::ActorId> GameDriver::humans() const {
  std::vector<core::ActorId> out;
  for (const auto& id : core::playableActors(m_session->engine().state())) {
    if (isHuman(id)) out.push_back(id);
  }
  return out;
}

void GameDriver::advance(int beforeTurn) {
  core::TurnEngine& engine = m_session->engine();
  // Each computer step ends that role's step, so this ends; the cap only guards against a
  // policy that stops making progress.
  for (int guard = 0; guard < 100000 && !engine.finished(); ++guard) {
    if (beforeTurn > 0 && engine.state().turn >= beforeTurn) return;
    std::optional<core::ActorId> next;
    for (const auto& id : engine.waitingFor()) {
      if (!isHuman(id)) {
        next = id;
        break;
      }
    }
    if (!next) return;
    stepComputer(*next);
  }
}

std::optional<core::ActorId> GameDriver::activeHuman() const {
  for (const auto& id : m_session->engine().waitingFor()) {
    if (isHuman(id)) return id;
  }
  return std::nullopt;
}

std::optional<core::Refusal> GameDriver::endStep(const core::ActorId& role) {
  core::TurnEngine& engine = m_session->engine();
  const auto& s = engine.state();
  auto r = engine.submit(core::makePass(s, role));
  if (!r) return r.error();
  advance();
  return std::nullopt;
}

std::optional<core::Refusal> GameDriver::submit(const core::Command& c) {
  auto r = m_session->engine().submit(c);
  if (!r) return r.error();
  advance();
  return std::nullopt;
}

std::optional<core::Refusal> GameDriver::checkProposal(const core::ActorId& role, const core::ProposePayload& p) {
  auto r = m_session->engine().proposalRefusal(role, p);
  if (!r) return std::nullopt;
  return core::Refusal{std::move(r->reason), std::move(r->code), std::move(r->args)};
}

void GameDriver::stepComputer(const core::ActorId& actor) { app::playComputerStep(m_session->engine(), actor, computer(actor)); }

ai::ComputerPlayer* GameDriver::computer(const core::ActorId& role) {
  auto it = m_computers.find(role);
  if (it != m_computers.end()) return it->second.get();
  auto seat = m_seats.find(role);
  const std::string name = seat == m_seats.end() ? "pragmatist" : seat->second;
  return m_computers.emplace(role, app::makeComputerPlayer(*m_session, role, name)).first->second.get();
}

}  // namespace accord::ui
