// Builds a RoleView by copying only what the role may see; anything secret is never copied in.
#include "role_view.hpp"

#include <algorithm>

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

// `to` = `from`; when both hold the same keys in the same order only the values are written, so
// that no node and no key is made again.
template <class Map>
void assignMap(Map& to, const Map& from) {
  const bool sameKeys = to.size() == from.size() &&
                        std::equal(to.begin(), to.end(), from.begin(), [](const auto& a, const auto& b) { return a.first == b.first; });
  if (!sameKeys) {
    to = from;
    return;
  }
  auto it = to.begin();
  for (const auto& entry : from) (it++)->second = entry.second;
}

// `to` = the items of `from` that `keep` lets through, each written over the item already in its
// place (whose strings and lists it reuses) where there is one.
template <class T, class Keep>
void assignWhere(std::vector<T>& to, const std::vector<T>& from, Keep keep) {
  size_t n = 0;
  for (const auto& item : from) {
    if (!keep(item)) continue;
    if (n < to.size()) {
      to[n] = item;
    } else {
      to.push_back(item);
    }
    ++n;
  }
  to.erase(to.begin() + static_cast<std::ptrdiff_t>(n), to.end());
}

template <class T>
void assignOptional(std::optional<T>& to, const T* from) {
  if (!from) {
    to.reset();
  } else if (to) {
    *to = *from;
  } else {
    to.emplace(*from);
  }
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
  fillRoleView(v, s, role, waitingForRole, scope, std::move(shared));
  return v;
}

void fillRoleView(RoleView& v, const GameState& s, const ActorId& role, bool waitingForRole, ViewScope scope, SharedParts shared) {
  v.role = role;
  v.turn = s.turn;
  v.maxTurns = s.maxTurns;
  v.phase = s.phase;
  v.round = s.round;
  v.maxRounds = s.maxRounds;
  v.date = dateOfTurn(s, s.turn < 1 ? 1 : s.turn);
  const bool decision = scope == ViewScope::Decision;
  if (decision) {
    v.meterDefs.clear();
    v.exclaves.clear();
    v.optionDefs.clear();
    v.options.clear();
    v.lastOrders.clear();
  } else {
    v.meterDefs = s.meterDefs;
    v.exclaves = s.exclaves;
    v.optionDefs = s.optionDefs;
    v.options = s.options;
    v.lastOrders = s.lastOrders;
  }
  assignMap(v.meters, s.meters);
  v.sectors = viewList(decision, s.sectors, std::move(shared.decisionSectors), [&] { return decisionSectors(s, nullptr); });
  v.clauseTypes = shared.clauseTypes ? SharedList<ClauseType>(std::move(shared.clauseTypes)) : SharedList<ClauseType>(s.clauseTypes);
  v.agreements = viewList(decision, s.agreements, std::move(shared.decisionAgreements), [&] { return decisionAgreements(s, nullptr); });
  v.outcome = s.outcome;
  v.waitingForMe = waitingForRole;

  v.actors.resize(s.actors.size());
  for (size_t i = 0; i < s.actors.size(); ++i) {
    const Actor& a = s.actors[i];
    ActorView& av = v.actors[i];
    av.id = a.id;
    av.name = a.name;
    av.kind = a.kind;
    av.members = a.members;
    av.colour = a.colour;
    av.playable = a.playable;
    av.ordersSubmitted = s.orders.count(a.id) > 0;
    av.chair = a.chair;
    av.meters.clear();
    if (decision) continue;
    for (const auto& [meter, value] : a.meters) {
      const MeterDef* def = findMeter(s, meter);
      if (a.id == role || def == nullptr || !def->isPrivate) av.meters.emplace(meter, value);
    }
  }

  auto brief = s.briefs.find(role);
  assignOptional(v.brief, brief != s.briefs.end() && !decision ? &brief->second : nullptr);
  if (shared.utility) {
    v.utility = std::move(shared.utility);
  } else if (auto it = s.utilities.find(role); it != s.utilities.end()) {
    v.utility = std::make_shared<const UtilitySpec>(it->second);
  } else {
    v.utility = nullptr;
  }
  auto orders = s.orders.find(role);
  assignOptional(v.ownOrders, orders != s.orders.end() ? &orders->second : nullptr);
  auto score = s.scores.find(role);
  v.ownScore = score != s.scores.end() ? std::optional<int>(score->second) : std::nullopt;

  const int since = scope == ViewScope::Full ? 0 : s.turn;
  assignWhere(v.offers, s.offers, [&](const Offer& o) { return o.turn >= since && (o.from == role || contains(o.to, role)); });
  if (decision) {
    v.news.clear();
    v.messages.clear();
    v.requests.clear();
    v.hints.clear();
    return;
  }
  assignWhere(v.news, s.news, [&](const NewsItem& n) { return n.turn >= since && addressedTo(n.audience, role); });
  assignWhere(v.messages, s.messages, [&](const Message& m) { return m.turn >= since && (m.from == role || addressedTo(m.to, role)); });
  const Actor* me = findActor(s, role);
  // A request with no senders named is for the states: a bloc does not petition itself.
  assignWhere(v.requests, s.requestDefs, [&](const RequestDef& r) {
    return r.from.empty() ? me && me->kind == ActorKind::State : contains(r.from, role);
  });
  assignWhere(v.hints, s.hints, [&](const Hint& h) { return addressedTo(h.roles, role); });
}

}  // namespace accord::core
