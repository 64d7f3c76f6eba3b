// Builds a RoleView by copying only what the role may see; anything secret is never copied in.
#include "role_view.hpp"

namespace accord::core {
namespace {

bool addressedTo(const std::vector<ActorId>& audience, const ActorId& role) {
  return audience.empty() || contains(audience, role);
}

// A list decision views share: the whole of it for other views; for a decision view, the list
// the caller keeps, or one made now by `make`.
template <class T, class Make>
SharedList<T> viewList(bool decision, const std::vector<T>& all, std::shared_ptr<const std::vector<T>> kept, Make make) {
  if (!decision) return SharedList<T>(all);
  return SharedList<T>(kept ? std::move(kept) : make());
}

}  // namespace

std::shared_ptr<const std::vector<Sector>> decisionSectors(const GameState& s, std::shared_ptr<const std::vector<Sector>> last) {
  auto same = [&](const std::vector<Sector>& kept) {
    if (kept.size() != s.sectors.size()) return false;
    for (size_t i = 0; i < kept.size(); ++i) {
      const Sector& a = kept[i];
      const Sector& b = s.sectors[i];
      if (a.id != b.id || a.name != b.name || a.km != b.km || a.status != b.status || a.forces != b.forces) return false;
    }
    return true;
  };
  if (last && same(*last)) return last;
  // The schematic line and the hover note are for the window, not for deciding.
  std::vector<Sector> out;
  out.reserve(s.sectors.size());
  for (const auto& sector : s.sectors) out.push_back(Sector{sector.id, sector.name, sector.km, sector.status, {}, sector.forces, {}});
  return std::make_shared<const std::vector<Sector>>(std::move(out));
}

std::shared_ptr<const std::vector<Agreement>> decisionAgreements(const GameState& s, std::shared_ptr<const std::vector<Agreement>> last) {
  auto same = [&](const std::vector<Agreement>& kept) {
    size_t i = 0;
    for (const auto& a : s.agreements) {
      if (a.status != AgreementStatus::Active) continue;
      if (i == kept.size() || !(kept[i] == a)) return false;
      ++i;
    }
    return i == kept.size();
  };
  if (last && same(*last)) return last;
  std::vector<Agreement> out;
  for (const auto& a : s.agreements) {
    if (a.status == AgreementStatus::Active) out.push_back(a);
  }
  return std::make_shared<const std::vector<Agreement>>(std::move(out));
}

RoleView makeRoleView(const GameState& s, const ActorId& role, bool waitingForRole, ViewScope scope, SharedParts shared) {
  RoleView v;
  v.role = role;
  v.turn = s.turn;
  v.maxTurns = s.maxTurns;
  v.phase = s.phase;
  v.round = s.round;
  v.maxRounds = s.maxRounds;
  v.date = dateOfTurn(s, s.turn < 1 ? 1 : s.turn);
  const bool decision = scope == ViewScope::Decision;
  if (!decision) {
    v.meterDefs = s.meterDefs;
    v.exclaves = s.exclaves;
    v.optionDefs = s.optionDefs;
  }
  v.meters = s.meters;
  v.sectors = viewList(decision, s.sectors, std::move(shared.decisionSectors), [&] { return decisionSectors(s, nullptr); });
  v.clauseTypes = shared.clauseTypes ? SharedList<ClauseType>(std::move(shared.clauseTypes)) : SharedList<ClauseType>(s.clauseTypes);
  if (!decision) v.options = s.options;
  v.agreements = viewList(decision, s.agreements, std::move(shared.decisionAgreements), [&] { return decisionAgreements(s, nullptr); });
  if (!decision) v.lastOrders = s.lastOrders;
  v.outcome = s.outcome;
  v.waitingForMe = waitingForRole;

  v.actors.reserve(s.actors.size());
  for (const auto& a : s.actors) {
    ActorView av{a.id, a.name, a.kind, a.members, a.colour, a.playable, {}, s.orders.count(a.id) > 0, a.chair};
    if (decision) {
      v.actors.push_back(std::move(av));
      continue;
    }
    for (const auto& [meter, value] : a.meters) {
      const MeterDef* def = findMeter(s, meter);
      if (a.id == role || def == nullptr || !def->isPrivate) av.meters.emplace(meter, value);
    }
    v.actors.push_back(std::move(av));
  }

  if (auto it = s.briefs.find(role); it != s.briefs.end() && !decision) v.brief = it->second;
  if (shared.utility) {
    v.utility = std::move(shared.utility);
  } else if (auto it = s.utilities.find(role); it != s.utilities.end()) {
    v.utility = std::make_shared<const UtilitySpec>(it->second);
  }
  if (auto it = s.orders.find(role); it != s.orders.end()) v.ownOrders = it->second;
  if (auto it = s.scores.find(role); it != s.scores.end()) v.ownScore = it->second;

  const int since = scope == ViewScope::Full ? 0 : s.turn;
  for (const auto& o : s.offers) {
    if (o.turn >= since && (o.from == role || contains(o.to, role))) v.offers.push_back(o);
  }
  if (decision) return v;
  for (const auto& n : s.news) {
    if (n.turn >= since && addressedTo(n.audience, role)) v.news.push_back(n);
  }
  for (const auto& m : s.messages) {
    if (m.turn >= since && (m.from == role || addressedTo(m.to, role))) v.messages.push_back(m);
  }
  const Actor* me = findActor(s, role);
  // A request with no senders named is for the states: a bloc does not petition itself.
  for (const auto& r : s.requestDefs) {
    const bool mayAsk = r.from.empty() ? me && me->kind == ActorKind::State : contains(r.from, role);
    if (mayAsk) v.requests.push_back(r);
  }
  for (const auto& h : s.hints) {
    if (addressedTo(h.roles, role)) v.hints.push_back(h);
  }
  return v;
}

}  // namespace accord::core
