// The computer player; see computer_player.hpp.
//
// [SECTION] Personas
// [SECTION] The clause space as this role sees it
// [SECTION] Bidding
// [SECTION] Acceptance and explanations
// [SECTION] The step
// [SECTION] Orders
#include "computer_player.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace accord::ai {

namespace {
constexpr double kEps = 1e-9;
}

//-----------------------------------------------------------------------------
// [SECTION] Personas
//-----------------------------------------------------------------------------

const char* toString(Persona p) {
  switch (p) {
    case Persona::Hardliner: return "hardliner";
    case Persona::Pragmatist: return "pragmatist";
    case Persona::Conciliator: return "conciliator";
  }
  return "?";
}

std::optional<Persona> personaFrom(std::string_view s) {
  for (auto p : {Persona::Hardliner, Persona::Pragmatist, Persona::Conciliator}) {
    if (s == toString(p)) return p;
  }
  return std::nullopt;
}

PersonaTraits traitsOf(Persona p) {
  switch (p) {
    case Persona::Hardliner: return PersonaTraits{0.3, 0.55, 0.3, 0.8};
    case Persona::Pragmatist: return PersonaTraits{1.0, 0.3, 0.5, 0.5};
    case Persona::Conciliator: return PersonaTraits{2.5, 0.1, 0.8, 0.3};
  }
  return {};
}

ComputerPlayer::ComputerPlayer(core::ActorId role, Persona persona, const Phrasebook* words, uint64_t seed)
    : m_role(std::move(role)), m_persona(persona), m_traits(traitsOf(persona)), m_words(words), m_rng(seed) {}

//-----------------------------------------------------------------------------
// [SECTION] The clause space as this role sees it
//-----------------------------------------------------------------------------

namespace {

bool crossesOwnLine(const core::UtilitySpec& spec, const std::string& type, const std::string& param, const core::ParamValue& v) {
  for (const auto& line : spec.redLines) {
    if (line.kind != core::RedLineKind::Requires && core::crossesWith(line, type, param, v)) return true;
  }
  return false;
}

// A forbid line on the whole type rules out every option, parameters or none.
bool typeForbidden(const core::UtilitySpec& spec, const std::string& type) {
  return std::any_of(spec.redLines.begin(), spec.redLines.end(), [&](const core::RedLine& line) {
    return line.kind == core::RedLineKind::Forbid && line.param.empty() && line.clause == type;
  });
}

// What the choices depend on: the sectors still open (sector sets are drawn from them).
std::string sectorSignature(const std::vector<core::Sector>& sectors) {
  std::string sig;
  for (const auto& s : sectors) sig += s.status == core::SectorStatus::Demarcated ? 'd' : 'o';
  return sig;
}

// What the baselines depend on: the agreements in force.
std::vector<int> activeAgreements(const std::vector<core::Agreement>& agreements) {
  std::vector<int> ids;
  for (const auto& a : agreements) {
    if (a.status == core::AgreementStatus::Active) ids.push_back(a.id);
  }
  return ids;
}

}  // namespace

// Rebuilds the clause space when the open sectors change, and the baselines when the agreements
// in force change; both are cheap to check and dear to rebuild.
void ComputerPlayer::prepare(const core::RoleView& view) {
  if (view.turn != m_preparedTurn) {
    m_reprobe = true;  // what the rules held back last month may pass now
    m_checked.clear();
    m_offerWorth.clear();
    m_bestSeen = -1000.0;
    m_preparedTurn = view.turn;
  }
  // The clause space points into the role's tables, which this player keeps alive past any one view.
  if (!m_spec || m_choices.empty()) m_spec = view.utility;
  const core::UtilitySpec& spec = *m_spec;
  const std::string sectors = sectorSignature(view.sectors);
  if (sectors != m_sectorSignature || m_choices.empty()) {
    m_sectorSignature = sectors;
    m_activeIds = {-1};  // the baselines must follow
    ++m_spaceVersion;
    m_weights = std::max(1, spec.totalWeight());
    // A type without a sectors parameter has the same options whatever the map: only the others
    // are built again when a sector is settled.
    auto bySectors = [](const core::ClauseType& type) {
      return std::any_of(type.params.begin(), type.params.end(), [](const core::ParamDef& d) { return d.kind == core::ParamKind::Sectors; });
    };
    const bool rebuildAll = m_choices.size() != view.clauseTypes.size();
    if (rebuildAll) m_choices.clear();
    std::vector<char> rebuilt(view.clauseTypes.size(), 0);
    for (size_t t = 0; t < view.clauseTypes.size(); ++t) {
      const core::ClauseType& type = view.clauseTypes[t];
      if (rebuildAll) {
        m_choices.push_back(choicesOf(spec, type, view.sectors));
      } else if (bySectors(type)) {
        m_choices[t] = choicesOf(spec, type, view.sectors);
      } else {
        continue;
      }
      rebuilt[t] = 1;
    }
    for (size_t t = 0; t < m_choices.size(); ++t) {
      Choices& ch = m_choices[t];
      if (!rebuilt[t]) continue;  // its needs are still right
      for (const auto& line : spec.redLines) {
        if (line.kind != core::RedLineKind::Requires || line.clause != ch.type) continue;
        for (const auto& need : line.needs) {
          const int n = choiceIndex(need);
          if (n >= 0) ch.needs.push_back(static_cast<size_t>(n));
        }
      }
    }
  }
  auto active = activeAgreements(view.agreements);
  if (active == m_activeIds) return;
  m_activeIds = std::move(active);
  m_checked.clear();
  m_askAgain.clear();
  m_reprobe = true;
  ++m_spaceVersion;
  m_inForce = core::clausesInForce(view.agreements);
  for (auto& ch : m_choices) {
    const core::Clause* current = nullptr;
    for (const auto& c : m_inForce) {
      if (c.type == ch.type) current = &c;
    }
    ch.inForce = current != nullptr;
    ch.baseline = ch.valuation ? ch.valuation->weight * (current ? core::clauseWorth(*ch.valuation, *current) : ch.valuation->absent) : 0;
  }
}

core::Clause ComputerPlayer::Choices::clause(size_t option) const {
  core::Clause c{type, {}};
  for (size_t a = 0; a < axes.size(); ++a) c.params.emplace(axes[a].param, axes[a].values[value(option, a)]);
  return c;
}

ComputerPlayer::Choices ComputerPlayer::choicesOf(const core::UtilitySpec& spec, const core::ClauseType& type,
                                                  const std::vector<core::Sector>& sectors) {
  Choices ch;
  ch.type = type.id;
  ch.valuation = spec.find(type.id);
  ch.count = 1;
  for (const auto& def : type.params) {
    Axis axis;
    axis.param = def.id;
    axis.values = core::paramChoices(def, sectors);
    const int slot = m_vocabulary.slot(type.id, def.id);
    axis.features.reserve(axis.values.size());
    for (const auto& v : axis.values) {
      axis.features.push_back(m_vocabulary.feature(slot, v));
      axis.share.push_back(ch.valuation ? core::paramShare(*ch.valuation, def.id, v) : 0);
      axis.allowed.push_back(!crossesOwnLine(spec, type.id, def.id, v));
    }
    ch.count *= axis.values.size();
    ch.slots.push_back(slot);
    ch.axes.push_back(std::move(axis));
  }
  for (size_t a = ch.axes.size(); a-- > 0;) ch.axes[a].stride = a + 1 < ch.axes.size() ? ch.axes[a + 1].stride * ch.axes[a + 1].values.size() : 1;
  ch.byName.resize(ch.axes.size());
  for (size_t a = 0; a < ch.axes.size(); ++a) ch.byName[a] = a;
  std::sort(ch.byName.begin(), ch.byName.end(), [&](size_t x, size_t y) { return ch.axes[x].param < ch.axes[y].param; });

  const bool forbidden = typeForbidden(spec, type.id);
  ch.mine.reserve(ch.count);
  ch.allowed.reserve(ch.count);
  for (size_t o = 0; o < ch.count; ++o) {
    int64_t sum = ch.valuation ? ch.valuation->base : 0;
    bool allowed = !forbidden;
    for (size_t a = 0; a < ch.axes.size(); ++a) {
      const size_t i = ch.value(o, a);
      sum += ch.axes[a].share[i];
      allowed = allowed && ch.axes[a].allowed[i];
    }
    ch.mine.push_back(ch.valuation ? ch.valuation->weight * static_cast<int>(std::clamp<int64_t>(sum, -100, 100)) : 0);
    ch.allowed.push_back(allowed);
  }
  return ch;
}

int ComputerPlayer::choiceIndex(const std::string& type) const {
  for (size_t i = 0; i < m_choices.size(); ++i) {
    if (m_choices[i].type == type) return static_cast<int>(i);
  }
  return -1;
}

// Learns from the offers the others made since the last look: the opponent model, what their
// latest offer is worth to us (for tit-for-tat), and the best offer seen this turn.
void ComputerPlayer::observe(const core::RoleView& view) {
  const core::UtilitySpec& spec = *view.utility;
  for (const auto& o : view.offers) {
    if (o.id <= m_lastSeenOffer) continue;
    m_lastSeenOffer = o.id;
    if (o.from == m_role) continue;
    std::vector<int> types;
    std::vector<Features> features;
    for (const auto& c : o.clauses) {
      types.push_back(choiceIndex(c.type));
      features.push_back(m_vocabulary.features(c));
    }
    m_models[o.from].observe(types, features);
    if (!core::contains(o.to, m_role)) continue;
    const double u = core::utilityOf(spec, m_inForce, o.clauses);
    m_offerWorth.push_back(OfferWorth{o.id, m_spaceVersion, u});
    if (auto it = m_lastOfferWorth.find(o.from); it != m_lastOfferWorth.end()) {
      m_reciprocity = std::clamp(m_reciprocity + m_traits.reciprocity * (u - it->second), -10.0, 20.0);
    }
    m_lastOfferWorth[o.from] = u;
    if (o.turn == view.turn && !core::crossedRedLine(spec, m_inForce, o.clauses)) m_bestSeen = std::max(m_bestSeen, u);
  }
}

double ComputerPlayer::utility(const Package& p) const {
  int64_t sum = 0;
  for (size_t t = 0; t < m_choices.size(); ++t) {
    sum += p[t] >= 0 ? m_choices[t].mine[static_cast<size_t>(p[t])] : m_choices[t].baseline;
  }
  return static_cast<double>(sum) / m_weights;
}

bool ComputerPlayer::requiresMet(const Package& p) const {
  for (size_t t = 0; t < m_choices.size(); ++t) {
    if (p[t] < 0) continue;
    for (size_t n : m_choices[t].needs) {
      if (p[n] < 0 && !m_choices[n].inForce) return false;
    }
  }
  return true;
}

std::vector<core::Clause> ComputerPlayer::clausesOf(const Package& p) const {
  std::vector<core::Clause> out;
  for (size_t t = 0; t < m_choices.size(); ++t) {
    if (p[t] >= 0) out.push_back(m_choices[t].clause(static_cast<size_t>(p[t])));
  }
  return out;
}

// What no new agreement is worth follows the clauses in force and one world meter; it is asked for
// at every bid and answer, so it is kept while both stay the same.
double ComputerPlayer::reservation(const core::RoleView& view) const {
  const core::UtilitySpec& spec = *view.utility;
  auto meter = spec.reservation.meter.empty() ? view.meters.end() : view.meters.find(spec.reservation.meter);
  const int level = meter == view.meters.end() ? 0 : meter->second;
  ReservationCache& cache = m_reservationCache;
  if (cache.space != m_spaceVersion) {
    cache.space = m_spaceVersion;
    cache.inForce = core::utilityOf(spec, m_inForce, {});
  } else if (cache.meter == level) {
    return cache.value;
  }
  cache.meter = level;
  cache.value = core::reservationFrom(spec, cache.inForce, view.meters);
  return cache.value;
}

//-----------------------------------------------------------------------------
// [SECTION] Bidding
//-----------------------------------------------------------------------------

namespace {
int bestAllowed(const std::vector<int>& mine, const std::vector<bool>& allowed) {
  int best = -1;
  for (size_t i = 0; i < mine.size(); ++i) {
    if (allowed[i] && (best < 0 || mine[i] > mine[static_cast<size_t>(best)])) best = static_cast<int>(i);
  }
  return best;
}
}  // namespace

// Each clause type at its best for this role where that beats what holds now, then whatever the
// role's own `requires` lines add.
ComputerPlayer::Package ComputerPlayer::bestPackage() const {
  if (m_best.space == m_spaceVersion && m_best.blocked == m_blocked) return m_best.package;
  m_best.space = m_spaceVersion;
  m_best.blocked = m_blocked;
  m_best.package = findBestPackage();
  return m_best.package;
}

ComputerPlayer::Package ComputerPlayer::findBestPackage() const {
  Package p(m_choices.size(), -1);
  for (size_t t = 0; t < m_choices.size(); ++t) {
    const Choices& ch = m_choices[t];
    if (std::find(m_blocked.begin(), m_blocked.end(), ch.type) != m_blocked.end()) continue;
    const int best = bestAllowed(ch.mine, ch.allowed);
    if (best >= 0 && ch.mine[static_cast<size_t>(best)] > ch.baseline) p[t] = best;
  }
  for (size_t t = 0; t < m_choices.size(); ++t) {
    if (p[t] < 0) continue;
    for (size_t n : m_choices[t].needs) {
      if (p[n] >= 0 || m_choices[n].inForce) continue;
      const bool blocked = std::find(m_blocked.begin(), m_blocked.end(), m_choices[n].type) != m_blocked.end();
      const int best = blocked ? -1 : bestAllowed(m_choices[n].mine, m_choices[n].allowed);
      if (best >= 0) {
        p[n] = best;
      } else {
        p[t] = -1;
        break;
      }
    }
  }
  if (!requiresMet(p)) {
    for (size_t t = 0; t < m_choices.size(); ++t) {
      if (!m_choices[t].needs.empty()) p[t] = -1;
    }
  }
  return p;
}

double ComputerPlayer::bestUtility() const { return utility(bestPackage()); }

double ComputerPlayer::target(const core::RoleView& view) const {
  const double pMax = bestUtility();
  const double r = reservation(view);
  if (pMax <= r) return pMax;
  const double pMin = r + m_traits.floorShare * (pMax - r);
  const double horizon = std::max(1.0, m_traits.horizon * view.maxTurns);
  const double progress = std::clamp(((view.turn - 1) + (std::max(1, view.round) - 1) / static_cast<double>(std::max(1, view.maxRounds))) / horizon, 0.0, 1.0);
  const double t = pMax - (pMax - pMin) * std::pow(progress, 1.0 / m_traits.e) - m_reciprocity;
  return std::clamp(t, pMin, pMax);
}

// From the role's best package, moves one clause at a time towards what the others are modelled
// to want, taking the move that gives the least-served other party most per point it costs, as
// long as the package stays at or above the target.
//
// A move's gain and cost depend only on what its own type holds now, so each type's candidate
// moves are worked out once and again only when that type moves; a step then only checks them
// against the target. The whole bid is kept while its inputs (target, clause space, blocked types,
// what the models know) stay the same: judging an offer and countering it ask for the same bid.
ComputerPlayer::Package ComputerPlayer::bid(const core::RoleView& view, double target) const {
  Scratch& s = m_scratch;
  s.others.clear();
  s.versions.clear();
  for (const auto& a : view.actors) {
    if (a.id == m_role || !a.playable) continue;
    auto it = m_models.find(a.id);
    if (it != m_models.end() && !it->second.empty()) {
      s.others.push_back(&it->second);
      s.versions.push_back(it->second.version());
    }
  }
  BidCache& cache = m_bidCache;
  if (cache.space == m_spaceVersion && cache.target == target && cache.blocked == m_blocked && cache.others == s.others &&
      cache.versions == s.versions) {
    return cache.package;
  }
  Package p = bestPackage();
  if (!s.others.empty()) greedyBid(p, s.others, target);
  cache.space = m_spaceVersion;
  cache.target = target;
  cache.blocked = m_blocked;
  cache.others = s.others;
  cache.versions = s.versions;
  cache.package = p;
  return p;
}

void ComputerPlayer::greedyBid(Package& p, const std::vector<const OpponentModel*>& others, double target) const {
  Scratch& s = m_scratch;
  auto& theirs = s.theirs;
  theirs.clear();
  for (const auto* m : others) theirs.push_back(&modelTable(*m));
  auto& blocked = s.blocked;
  blocked.assign(m_choices.size(), 0);
  for (size_t t = 0; t < m_choices.size(); ++t) {
    blocked[t] = std::find(m_blocked.begin(), m_blocked.end(), m_choices[t].type) != m_blocked.end() ? 1 : 0;
  }
  // The moves of type t that give every other party something, with their score. Most options
  // give the first party nothing, so it is asked first and the others only about the rest.
  auto& rows = s.rows;
  auto movesOf = [&](size_t t, std::vector<Move>& out) {
    out.clear();
    const Choices& ch = m_choices[t];
    const auto held = static_cast<size_t>(p[t] + 1);
    const int current = p[t] >= 0 ? ch.mine[static_cast<size_t>(p[t])] : ch.baseline;
    rows.clear();
    for (const CachedTable* table : theirs) rows.push_back(Row{table->table[t].data(), table->table[t][held]});
    // Often nothing gives the first party more than it has now: then there is no move to weigh.
    if (theirs[0]->top[t] - rows[0].held <= kEps) return;
    for (int opt = -1; opt < static_cast<int>(ch.count); ++opt) {
      const auto i = static_cast<size_t>(opt + 1);
      double gain = rows[0].worth[i] - rows[0].held;
      if (gain <= kEps || opt == p[t]) continue;
      for (size_t k = 1; k < rows.size() && gain > kEps; ++k) gain = std::min(gain, rows[k].worth[i] - rows[k].held);
      if (gain <= kEps || (opt >= 0 && !ch.allowed[static_cast<size_t>(opt)])) continue;
      const int next = opt >= 0 ? ch.mine[static_cast<size_t>(opt)] : ch.baseline;
      const double cost = static_cast<double>(current - next) / m_weights;
      out.push_back(Move{opt, next, gain / (std::max(0.0, cost) + 0.5)});
    }
  };
  auto& moves = s.moves;
  if (moves.size() < m_choices.size()) moves.resize(m_choices.size());
  for (size_t t = 0; t < m_choices.size(); ++t) {
    if (blocked[t]) {
      moves[t].clear();
    } else {
      movesOf(t, moves[t]);
    }
  }
  double u = utility(p);
  for (int step = 0; step < 16; ++step) {
    double bestScore = 0.0;
    size_t bestT = 0;
    int bestOpt = -2;
    double bestU = u;
    for (size_t t = 0; t < m_choices.size(); ++t) {
      if (blocked[t]) continue;
      const Choices& ch = m_choices[t];
      const int current = p[t] >= 0 ? ch.mine[static_cast<size_t>(p[t])] : ch.baseline;
      for (const Move& m : moves[t]) {
        const double selfU = u + static_cast<double>(m.next - current) / m_weights;
        if (selfU < target - kEps || m.score <= bestScore + kEps) continue;
        const int held = p[t];
        p[t] = m.option;
        const bool met = requiresMet(p);
        p[t] = held;
        if (!met) continue;
        bestScore = m.score;
        bestT = t;
        bestOpt = m.option;
        bestU = selfU;
      }
    }
    if (bestOpt == -2) break;
    p[bestT] = bestOpt;
    u = bestU;
    movesOf(bestT, moves[bestT]);
  }
}

// What each option of each type (index 0: leaving it out) is modelled to be worth to the party
// `m` models; kept until the model learns something or the clause space changes. A type's worths
// are worked out again only when the model learnt something about one of its parameters; its
// weight, which every observation changes, is applied afresh.
const ComputerPlayer::CachedTable& ComputerPlayer::modelTable(const OpponentModel& m) const {
  auto& cached = m_tables[&m];
  if (cached.model == m.version() && cached.space == m_spaceVersion) return cached;
  if (cached.space != m_spaceVersion) {
    // Every worth is worked out again; the lists keep their room.
    cached.worth.resize(m_choices.size());
    for (auto& worth : cached.worth) worth.clear();
    cached.seen.assign(m_choices.size(), {});
    cached.zero.assign(m_choices.size(), 0);
  }
  cached.model = m.version();
  cached.space = m_spaceVersion;
  Table& table = cached.table;
  table.resize(m_choices.size());
  cached.top.assign(m_choices.size(), 0.0);
  for (size_t t = 0; t < m_choices.size(); ++t) {
    const Choices& ch = m_choices[t];
    const double w = m.weight(static_cast<int>(t));
    auto& row = table[t];
    if (w <= 0.0) {
      if (!cached.zero[t]) row.assign(ch.count + 1, 0.0);
      cached.zero[t] = 1;
      continue;
    }
    cached.zero[t] = 0;
    row.resize(ch.count + 1);
    auto& versions = m_scratch.slotVersions;
    versions.clear();
    for (int slot : ch.slots) versions.push_back(m.slotVersion(slot));
    auto& worth = cached.worth[t];
    if (worth.empty() || versions != cached.seen[t]) {
      cached.seen[t] = versions;
      worthsOf(m, ch, worth);
    }
    double top = 0.0;
    for (size_t i = 0; i < row.size(); ++i) {
      row[i] = w * worth[i];
      top = std::max(top, row[i]);
    }
    cached.top[t] = top;
  }
  return cached;
}

// worth() of the clause in force (index 0, or 0 without one) and of each option: the mean of its
// parameters' terms, summed in parameter-name order as worth() sums a clause's.
void ComputerPlayer::worthsOf(const OpponentModel& m, const Choices& ch, std::vector<double>& worth) const {
  worth.resize(ch.count + 1);  // every option's worth is written below
  worth[0] = 0.0;
  if (m_inForceFeatures.space != m_spaceVersion) {
    m_inForceFeatures.space = m_spaceVersion;
    m_inForceFeatures.features.clear();
    for (const auto& c : m_inForce) m_inForceFeatures.features.push_back(m_vocabulary.features(c));
  }
  for (size_t i = 0; i < m_inForce.size(); ++i) {
    if (m_inForce[i].type == ch.type) worth[0] = m.worth(m_inForceFeatures.features[i]);
  }
  auto& terms = m_scratch.terms;
  if (terms.size() < ch.axes.size()) terms.resize(ch.axes.size());
  for (size_t a = 0; a < ch.axes.size(); ++a) {
    terms[a].clear();
    for (const auto& f : ch.axes[a].features) terms[a].push_back(m.term(f));
  }
  if (ch.axes.empty()) {
    std::fill(worth.begin() + 1, worth.end(), 1.0);
    return;
  }
  // An option's worth sums its axes' terms in parameter-name order. The options are visited as
  // nested loops in that order, the outermost first: the sum of the outer axes' terms is worked
  // out once for all the options that share them, with the same additions in the same order.
  if (ch.count == 0) return;
  const size_t k = ch.byName.size();
  auto& digit = m_scratch.digit;  // per level (ch.byName[level]): the value now
  digit.assign(k, 0);
  auto& partial = m_scratch.partial;  // per level: the sum of the terms of the levels above it
  partial.assign(k, 0.0);
  auto& offset = m_scratch.offset;  // per level: where the options of the levels above it start
  offset.assign(k, 0);
  for (size_t level = 1; level < k; ++level) partial[level] = partial[level - 1] + terms[ch.byName[level - 1]][0];
  const size_t last = ch.byName[k - 1];
  const auto& lastTerms = terms[last];
  const size_t lastStride = ch.axes[last].stride;
  const auto n = static_cast<double>(k);
  while (true) {
    const double above = partial[k - 1];
    double* out = worth.data() + 1 + offset[k - 1];
    for (size_t i = 0; i < lastTerms.size(); ++i) out[i * lastStride] = (above + lastTerms[i]) / n;
    // The next value of the innermost level above the last that has one; the levels below it
    // start again from their first value.
    size_t level = k - 1;
    while (level > 0) {
      --level;
      if (++digit[level] < ch.axes[ch.byName[level]].values.size()) break;
      digit[level] = 0;
      if (level == 0) return;
    }
    if (k == 1) return;
    for (size_t below = level; below + 1 < k; ++below) {
      const size_t a = ch.byName[below];
      partial[below + 1] = partial[below] + terms[a][digit[below]];
      offset[below + 1] = offset[below] + digit[below] * ch.axes[a].stride;
    }
  }
}

std::vector<core::ActorId> ComputerPlayer::addressees(const core::RoleView& view, const std::vector<core::Clause>& clauses) const {
  std::vector<core::ActorId> to;
  for (const auto& a : view.actors) {
    if (a.id == m_role || !a.playable) continue;
    bool needed = a.kind == core::ActorKind::State;
    for (const auto& c : clauses) {
      for (const auto& type : view.clauseTypes) {
        if (type.id == c.type && core::contains(type.signers, a.id)) needed = true;
      }
    }
    if (needed) to.push_back(a.id);
  }
  return to;
}

// The rules' verdict on a package, asked once while the turn and the agreements in force stay the
// same: the same package gets the same answer.
std::optional<ComputerPlayer::Refused> ComputerPlayer::checked(const ProposalCheck& check, const core::ProposePayload& p) {
  if (!check) return std::nullopt;
  std::string key;
  key.reserve(128);
  for (const auto& to : p.to) key.append(to).push_back(',');
  for (const auto& c : p.clauses) {
    key.append("|").append(c.type);
    for (const auto& [id, v] : c.params) {
      key.append(";").append(id).push_back('=');
      if (const auto* i = std::get_if<int64_t>(&v)) key.append(std::to_string(*i));
      else if (const auto* b = std::get_if<bool>(&v)) key.push_back(*b ? 't' : 'f');
      else if (const auto* str = std::get_if<std::string>(&v)) key.append(*str);
      else for (const auto& sector : std::get<std::vector<std::string>>(v)) key.append(sector).push_back(',');
    }
  }
  auto it = m_checked.find(key);
  if (it == m_checked.end()) {
    auto refusal = check(p);
    it = m_checked.emplace(key, refusal ? std::optional<Refused>(Refused{std::move(refusal->clause), refusal->wait}) : std::nullopt).first;
  }
  return it->second;
}

void ComputerPlayer::block(const std::string& type, const Refused& refused, int turn) {
  if (std::find(m_blocked.begin(), m_blocked.end(), type) == m_blocked.end()) m_blocked.push_back(type);
  if (refused.clause == type && refused.wait > 0) {
    const int wait = std::min(refused.wait, core::ProposalRefusal::kUntilAgreementsChange - turn);
    m_askAgain[type] = turn + wait;
  } else {
    m_askAgain.erase(type);
  }
}

std::optional<core::Command> ComputerPlayer::propose(const core::RoleView& view, const ProposalCheck& check, int replyTo, const core::Offer* answering,
                                                    std::optional<Answer> judged) {
  // The answer to the offer countered depends on this turn's state and on the types the rules
  // hold back; it is worked out again only when those change.
  std::vector<std::string> judgedWith;
  if (judged) judgedWith = m_blocked;
  if (m_reprobe && check) {
    // Ask again, one clause at a time, about the types the rules held back before, except those
    // the rules said they refuse for longer.
    m_reprobe = false;
    std::vector<std::string> blocked = std::move(m_blocked);
    m_blocked.clear();
    for (const auto& type : blocked) {
      const int t = choiceIndex(type);
      if (t < 0) continue;
      const Choices& ch = m_choices[static_cast<size_t>(t)];
      const int best = bestAllowed(ch.mine, ch.allowed);
      if (best < 0) continue;
      if (auto again = m_askAgain.find(type); again != m_askAgain.end() && view.turn < again->second) {
        m_blocked.push_back(type);
        continue;
      }
      const core::Clause c = ch.clause(static_cast<size_t>(best));
      if (auto refused = checked(check, core::ProposePayload{addressees(view, {c}), {c}, 0, {}})) block(type, *refused, view.turn);
    }
  }
  const double t = target(view);
  bool retried = false;
  for (int attempt = 0; attempt < 4; ++attempt) {
    const Package p = bid(view, t);
    const auto clauses = clausesOf(p);
    if (clauses.empty()) return std::nullopt;
    const double u = utility(p);
    if (u <= reservation(view) + kEps) return std::nullopt;
    // Tabling the same package twice in a month says nothing new.
    if (m_lastProposalTurn == view.turn && clauses == m_lastProposal) return std::nullopt;
    core::ProposePayload payload{addressees(view, clauses), clauses, replyTo, {}};
    if (payload.to.empty()) return std::nullopt;
    if (answering) {
      if (!judged || judgedWith != m_blocked) {
        judged = judge(view, *answering);
        judgedWith = m_blocked;
      }
      payload.note = judged->note;
    } else {
      const auto best = bestClause(clauses);
      payload.note = m_words->say("ai.propose", {{"clause", describe(view, clauses[best.value_or(0)])},
                                                 {"utility", fmt::format("{:.0f}", u)}});
    }
    if (auto refused = checked(check, payload)) {
      // The rules named the clause they refuse: leave its type out for the rest of the turn.
      const std::string& type = refused->clause;
      const bool named = std::any_of(clauses.begin(), clauses.end(), [&](const core::Clause& c) { return c.type == type; });
      if (named && std::find(m_blocked.begin(), m_blocked.end(), type) == m_blocked.end()) {
        block(type, *refused, view.turn);
        continue;
      }
      // Otherwise find which clauses the rules hold back now, asking about each alone. A type
      // that passed alone once this turn is not asked again.
      bool found = false;
      for (const auto& c : clauses) {
        if (std::find(m_passedAlone.begin(), m_passedAlone.end(), c.type) != m_passedAlone.end()) continue;
        core::ProposePayload one{addressees(view, {c}), {c}, replyTo, {}};
        if (auto alone = checked(check, one)) {
          block(c.type, *alone, view.turn);
          found = true;
        } else {
          m_passedAlone.push_back(c.type);
        }
      }
      if (!found && !retried && !m_passedAlone.empty()) {
        // Something that passed alone before is refused now: ask about every clause again, once.
        m_passedAlone.clear();
        retried = true;
        --attempt;
        continue;
      }
      if (!found) return std::nullopt;
      continue;
    }
    m_lastProposal = clauses;
    m_lastProposalTurn = view.turn;
    return core::Command{view.turn, view.phase, m_role, core::CommandKind::Propose, std::move(payload)};
  }
  return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Acceptance and explanations
//-----------------------------------------------------------------------------

std::string ComputerPlayer::describe(const core::RoleView& view, const core::Clause& c) const {
  return describeClause(*m_words, view.clauseTypes, view.sectors, c);
}

std::optional<size_t> ComputerPlayer::bestClause(const std::vector<core::Clause>& clauses) const {
  std::optional<size_t> best;
  int bestGain = 0;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const int t = choiceIndex(clauses[i].type);
    if (t < 0) continue;
    const Choices& ch = m_choices[static_cast<size_t>(t)];
    const int worth = ch.valuation ? ch.valuation->weight * core::clauseWorth(*ch.valuation, clauses[i]) : 0;
    const int gain = worth - ch.baseline;
    if (!best || gain > bestGain) {
      best = i;
      bestGain = gain;
    }
  }
  return best;
}

namespace {
int worthOf(const core::UtilitySpec& spec, const core::Clause& c) {
  const core::ClauseValuation* v = spec.find(c.type);
  return v ? v->weight * core::clauseWorth(*v, c) : 0;
}
}  // namespace

ComputerPlayer::Answer ComputerPlayer::judge(const core::RoleView& view, const core::Offer& offer) const {
  const core::UtilitySpec& spec = *view.utility;
  const auto& words = *m_words;
  Answer a;
  auto fmtU = [](double v) { return fmt::format("{:.0f}", v); };

  if (auto crossing = core::crossedRedLine(spec, m_inForce, offer.clauses)) {
    const core::RedLine& line = *crossing->line;
    const core::Clause& c = offer.clauses[crossing->clause];
    std::string fix;
    switch (line.kind) {
      case core::RedLineKind::Min:
      case core::RedLineKind::Max: {
        std::string param = line.param;
        for (const auto& type : view.clauseTypes) {
          for (const auto& d : type.params) {
            if (type.id == c.type && d.id == line.param) param = d.name;
          }
        }
        fix = words.say(line.kind == core::RedLineKind::Min ? "ai.fix.at_least" : "ai.fix.at_most",
                        {{"param", param}, {"number", std::to_string(line.number)}});
        break;
      }
      case core::RedLineKind::Forbid:
        fix = words.say("ai.fix.without", {{"clause", clauseName(view.clauseTypes, c.type)}});
        break;
      case core::RedLineKind::Requires: {
        std::string needs;
        for (const auto& n : line.needs) needs += (needs.empty() ? "" : ", ") + clauseName(view.clauseTypes, n);
        fix = words.say("ai.fix.with", {{"clauses", needs}});
        break;
      }
    }
    a.note = words.say("ai.reject.red_line", {{"clause", describe(view, c)}, {"red_line", line.text}, {"fix", fix}});
    a.counter = true;
    return a;
  }

  // Worked out when the offer was first seen, unless the clauses in force have changed since.
  double u = 0.0;
  auto seen = std::find_if(m_offerWorth.begin(), m_offerWorth.end(), [&](const OfferWorth& w) { return w.offer == offer.id; });
  if (seen != m_offerWorth.end() && seen->space == m_spaceVersion) {
    u = seen->utility;
  } else {
    u = core::utilityOf(spec, m_inForce, offer.clauses);
  }
  const double r = reservation(view);
  const double t = target(view);
  const double pMax = bestUtility();
  const double pMin = pMax <= r ? pMax : r + m_traits.floorShare * (pMax - r);
  const bool lastRound = view.round >= view.maxRounds;
  const bool endgame = view.turn >= view.maxTurns - 1;
  const bool deadlineOk = (lastRound || endgame) && u >= std::max(r, (t + pMin) / 2) - kEps && u >= m_bestSeen - kEps;
  if (u >= r - kEps && (u >= t - kEps || deadlineOk)) {
    a.response = core::Response::Accept;
    const auto best = bestClause(offer.clauses);
    a.note = words.say("ai.accept", {{"clause", describe(view, offer.clauses[best.value_or(0)])},
                                     {"utility", fmtU(u)}, {"reservation", fmtU(r)}});
    return a;
  }

  // What decides the refusal: the clause (or the missing clause) furthest below our own bid. Its
  // words are written once it is known.
  const Package ours = bid(view, t);
  double shortfall = -1e9;
  const core::Clause* worst = nullptr;          // an offered clause (of choice worstType), or
  size_t worstType = 0;
  std::optional<size_t> worstMissing;           // a type of our bid that the offer leaves out
  for (const auto& c : offer.clauses) {
    const int ti = choiceIndex(c.type);
    if (ti < 0) continue;
    const Choices& ch = m_choices[static_cast<size_t>(ti)];
    const int bidWorth = ours[static_cast<size_t>(ti)] >= 0 ? ch.mine[static_cast<size_t>(ours[static_cast<size_t>(ti)])] : ch.baseline;
    const double gap = bidWorth - worthOf(spec, c);
    if (gap > shortfall) {
      shortfall = gap;
      worst = &c;
      worstType = static_cast<size_t>(ti);
    }
  }
  for (size_t ti = 0; ti < m_choices.size(); ++ti) {
    if (ours[ti] < 0) continue;
    const Choices& ch = m_choices[ti];
    const bool named = std::any_of(offer.clauses.begin(), offer.clauses.end(), [&](const core::Clause& c) { return c.type == ch.type; });
    if (named) continue;
    const double gap = ch.mine[static_cast<size_t>(ours[ti])] - ch.baseline;
    if (gap > shortfall) {
      shortfall = gap;
      worstMissing = ti;
    }
  }
  const bool missing = worstMissing.has_value();
  std::string clauseText;
  std::string want;
  if (missing) {
    const Choices& ch = m_choices[*worstMissing];
    clauseText = clauseName(view.clauseTypes, ch.type);
    want = words.say("ai.fix.with", {{"clauses", describe(view, ch.clause(static_cast<size_t>(ours[*worstMissing])))}});
  } else if (worst) {
    const size_t ti = worstType;
    clauseText = describe(view, *worst);
    want = ours[ti] >= 0 ? words.say("ai.fix.instead", {{"clause", describe(view, m_choices[ti].clause(static_cast<size_t>(ours[ti])))}})
                         : words.say("ai.fix.without", {{"clause", clauseName(view.clauseTypes, worst->type)}});
  }
  const char* key = missing ? (u < r ? "ai.reject.reservation_missing" : "ai.reject.target_missing")
                            : (u < r ? "ai.reject.reservation" : "ai.reject.target");
  a.note = words.say(key, {{"clause", clauseText}, {"fix", want}, {"utility", fmtU(u)}, {"reservation", fmtU(r)}, {"target", fmtU(t)}});
  a.counter = true;
  return a;
}

//-----------------------------------------------------------------------------
// [SECTION] The step
//-----------------------------------------------------------------------------

std::vector<core::Command> ComputerPlayer::decide(const core::RoleView& view, const ProposalCheck& check) {
  std::vector<core::Command> out;
  if (!view.waitingForMe) return out;
  auto stamp = [&](core::CommandKind kind, core::Payload payload) {
    return core::Command{view.turn, view.phase, m_role, kind, std::move(payload)};
  };
  switch (view.phase) {
    case core::Phase::Orders:
      out.push_back(stamp(core::CommandKind::SubmitOrders, orders(view)));
      return out;
    case core::Phase::Diplomacy:
      break;
    default:
      out.push_back(stamp(core::CommandKind::Pass, std::monostate{}));
      return out;
  }
  if (!view.utility || view.utility->clauses.empty()) {
    // A role without utility tables has nothing to weigh offers by: it lets the others decide.
    out.push_back(stamp(core::CommandKind::Pass, std::monostate{}));
    return out;
  }
  prepare(view);
  observe(view);

  bool proposed = m_proposedTurn == view.turn && m_proposedRound == view.round;
  for (const auto& offer : view.offers) {
    if (offer.status != core::OfferStatus::Open || !core::contains(offer.to, m_role)) continue;
    auto it = offer.responses.find(m_role);
    if (it == offer.responses.end() || it->second != core::Response::None) continue;
    Answer a = judge(view, offer);
    if (a.response == core::Response::Reject && a.counter && !proposed) {
      if (auto counter = propose(view, check, offer.id, &offer, a)) {
        out.push_back(std::move(*counter));
        proposed = true;
        continue;
      }
    }
    out.push_back(stamp(core::CommandKind::Respond, core::RespondPayload{offer.id, a.response, a.note}));
  }
  if (!proposed) {
    // One fresh package a month; after that the role answers what others table.
    const bool tabled = std::any_of(view.offers.begin(), view.offers.end(), [&](const core::Offer& o) {
      return o.from == m_role && o.turn == view.turn;
    });
    if (!tabled) {
      if (auto fresh = propose(view, check, 0, nullptr)) {
        out.push_back(std::move(*fresh));
        proposed = true;
      }
    }
  }
  if (proposed) {
    m_proposedTurn = view.turn;
    m_proposedRound = view.round;
  }
  out.push_back(stamp(core::CommandKind::Pass, std::monostate{}));
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Orders
//-----------------------------------------------------------------------------

// Hardliners match the other side where it is stronger while no agreement binds them, and now and
// then probe with a heavy weapon even under one; pragmatists hold, and under an agreement thin out
// the heavy weapons where they outgun the other side; conciliators pull back under an agreement
// and make small gestures without one.
core::Orders ComputerPlayer::orders(const core::RoleView& view) {
  core::Orders out;
  const core::ActorView* me = nullptr;
  for (const auto& a : view.actors) {
    if (a.id == m_role) me = &a;
  }
  if (!me || me->kind != core::ActorKind::State) return out;
  bool bound = false;
  for (const auto& a : view.agreements) {
    if (a.status == core::AgreementStatus::Active && core::contains(a.parties, m_role)) bound = true;
  }
  std::vector<const core::Sector*> contested;
  for (const auto& s : view.sectors) {
    if (s.status != core::SectorStatus::Demarcated) contested.push_back(&s);
  }
  const bool probe = m_persona == Persona::Hardliner && bound && !contested.empty() && m_rng.chance(12);
  const size_t probeAt = probe ? static_cast<size_t>(m_rng.uniform(0, static_cast<int64_t>(contested.size()) - 1)) : 0;

  for (size_t i = 0; i < contested.size(); ++i) {
    const core::Sector& s = *contested[i];
    core::Forces mine;
    core::Forces rival;
    for (const auto& [actor, f] : s.forces) {
      if (actor == m_role) {
        mine = f;
      } else if (f.troops > rival.troops) {
        rival = f;
      }
    }
    core::ForceOrder order{s.id, mine.troops, mine.heavy};
    switch (m_persona) {
      case Persona::Hardliner:
        if (!bound) {
          order.troops = std::max(mine.troops, std::min(rival.troops, mine.troops + mine.troops / 5));
          order.heavy = std::max(mine.heavy, rival.heavy);
        } else if (probe && i == probeAt) {
          order.heavy = mine.heavy + 1;
        }
        break;
      case Persona::Pragmatist:
        if (bound && mine.heavy > rival.heavy) order.heavy = mine.heavy - 1;
        break;
      case Persona::Conciliator:
        if (bound) {
          order.heavy = std::max(0, mine.heavy - 1);
          order.troops = mine.troops - mine.troops / 10;
        } else {
          order.troops = mine.troops - mine.troops / 20;
        }
        break;
    }
    if (order.troops != mine.troops || order.heavy != mine.heavy) out.forces.push_back(order);
  }
  return out;
}

}  // namespace accord::ai
