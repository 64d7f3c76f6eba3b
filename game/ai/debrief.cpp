// The after-action review; debrief.hpp gives the definitions it measures by.
//
// [SECTION] Roles and packages
// [SECTION] The frontier: exact dynamic programme over clause types
// [SECTION] Concessions and commitments
// [SECTION] analyseGame
#include "debrief.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>

#include "game/core/utility.hpp"

namespace accord::ai {

namespace {

using core::ActorId;
using core::Clause;
using core::GameState;
using core::UtilitySpec;

// ---------------------------------------------------------------------------------------------
// [SECTION] Roles and packages
// ---------------------------------------------------------------------------------------------

struct Role {
  ActorId id;
  core::ActorKind kind = core::ActorKind::State;
  const UtilitySpec* spec = nullptr;
  int weight = 0;  // the table's total weight: utility = weighted sum / weight
};

// Utilities are weighted sums of integer worths divided by the total weight; the analysis works
// on the integer sums so that comparisons are exact, and divides only to report.
double scaled(int64_t weightedSum, int weight) {
  return weight > 0 ? static_cast<double>(weightedSum) / weight : 0.0;
}

const Clause* findType(const std::vector<Clause>& clauses, const std::string& type) {
  for (const auto& c : clauses) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

// What taking `clause` for `type` (nullptr: none) adds to a table's weighted sum.
int64_t weightedWorth(const UtilitySpec& spec, const std::string& type, const Clause* clause) {
  int64_t sum = 0;
  for (const auto& v : spec.clauses) {
    if (v.type == type) sum += static_cast<int64_t>(v.weight) * (clause ? core::clauseWorth(v, *clause) : v.absent);
  }
  return sum;
}

// The weighted sum of `package` with nothing in force: utilityOf(spec, {}, package) times the weight.
int64_t weightedSum(const UtilitySpec& spec, const std::vector<Clause>& package) {
  int64_t sum = 0;
  for (const auto& v : spec.clauses) {
    const Clause* c = findType(package, v.type);
    sum += static_cast<int64_t>(v.weight) * (c ? core::clauseWorth(v, *c) : v.absent);
  }
  return sum;
}

size_t typeRank(const GameState& s, const std::string& type) {
  for (size_t i = 0; i < s.clauseTypes.size(); ++i) {
    if (s.clauseTypes[i].id == type) return i;
  }
  return s.clauseTypes.size();
}

// The latest clause of each type over the agreements `use` accepts, in clause-type order.
template <class Use>
std::vector<Clause> latestClauses(const GameState& s, Use use) {
  std::vector<Clause> out;
  for (auto a = s.agreements.rbegin(); a != s.agreements.rend(); ++a) {
    if (!use(*a)) continue;
    for (const auto& c : a->clauses) {
      if (!findType(out, c.type)) out.push_back(c);
    }
  }
  std::stable_sort(out.begin(), out.end(), [&](const Clause& x, const Clause& y) { return typeRank(s, x.type) < typeRank(s, y.type); });
  return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The frontier: exact dynamic programme over clause types
// ---------------------------------------------------------------------------------------------
// Utilities are sums over clause types, so the best second-disputant sum for each first-disputant
// sum is found type by type: after k types, best[s] is the best second sum of any choice for
// those types whose first sum is s. Sums are integers in a range of 200 per unit of weight, and
// each type keeps only its options that no other option of it beats for both disputants, so a
// case costs (range x options) per type. `requires` lines couple types; they are solved as cases.

// One option for one clause type: its weighted worth to each disputant, and the tie-break, what
// it is worth to the other analysed roles (sum of their utilities).
struct Option {
  const Clause* clause = nullptr;  // nullptr: the type is absent
  int64_t first = 0;
  int64_t second = 0;
  double others = 0.0;
};

struct Slot {
  std::string type;
  std::vector<Clause> choices;  // the options that cross no red line, absent aside
  std::vector<Option> options;  // options[0] is absent
};

// What one case allows for a type: any option, only absent, or only a clause.
enum class Mode { Free, Absent, Present };

// A frontier point in weighted sums, with its package.
struct Solved {
  int64_t first = 0;
  int64_t second = 0;
  double others = 0.0;
  std::vector<Clause> package;
};

struct Frontier {
  std::vector<Solved> points;  // by falling first sum
  bool exact = true;
};

constexpr size_t kNoSlot = std::numeric_limits<size_t>::max();

// A table with only the red lines one clause can cross on its own.
UtilitySpec singleClauseLines(const UtilitySpec& spec) {
  UtilitySpec out;
  for (const auto& line : spec.redLines) {
    if (line.kind != core::RedLineKind::Requires) out.redLines.push_back(line);
  }
  return out;
}

// The map the clause options are drawn on: the final sectors, where a sector some offer or
// agreement named counts as open even if it was demarcated by the end (often by the deal itself).
std::vector<core::Sector> negotiatedSectors(const GameState& s) {
  std::set<std::string> named;
  auto name = [&](const std::vector<Clause>& clauses) {
    for (const auto& c : clauses) {
      for (const auto& [_, value] : c.params) {
        if (const auto* ids = std::get_if<std::vector<std::string>>(&value)) named.insert(ids->begin(), ids->end());
      }
    }
  };
  for (const auto& offer : s.offers) name(offer.clauses);
  for (const auto& a : s.agreements) name(a.clauses);
  std::vector<core::Sector> out;
  for (const auto& sector : s.sectors) {
    core::Sector copy;
    copy.id = sector.id;
    copy.status = sector.status == core::SectorStatus::Demarcated && named.count(sector.id) ? core::SectorStatus::Delimited : sector.status;
    out.push_back(std::move(copy));
  }
  return out;
}

bool valuedBy(const std::vector<Role>& roles, const std::string& type) {
  return std::any_of(roles.begin(), roles.end(), [&](const Role& r) { return r.spec->find(type) != nullptr; });
}

// The options of one case: the slot's options allowed by `mode`, cut to those no other option beats
// for both disputants (ties: the larger tie-break, then the earlier option), in their first order.
std::vector<Option> caseOptions(const Slot& slot, Mode mode) {
  std::vector<size_t> idx;
  for (size_t i = 0; i < slot.options.size(); ++i) {
    if (mode == Mode::Free || (mode == Mode::Absent) == (i == 0)) idx.push_back(i);
  }
  std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
    const Option& a = slot.options[x];
    const Option& b = slot.options[y];
    if (a.first != b.first) return a.first > b.first;
    if (a.second != b.second) return a.second > b.second;
    return a.others > b.others;
  });
  std::vector<size_t> kept;
  int64_t bestSecond = std::numeric_limits<int64_t>::min();
  for (size_t i : idx) {
    if (slot.options[i].second > bestSecond) {
      kept.push_back(i);
      bestSecond = slot.options[i].second;
    }
  }
  std::sort(kept.begin(), kept.end());
  std::vector<Option> out;
  for (size_t i : kept) out.push_back(slot.options[i]);
  return out;
}

// A candidate is better at the same first sum when its second sum is larger, or equal with a
// larger tie-break. The margin keeps floating-point noise in the tie-break from deciding.
bool better(int64_t second, double others, int64_t thanSecond, double thanOthers) {
  return second > thanSecond || (second == thanSecond && others > thanOthers + 1e-9);
}

// The work one case needs: range of first sums times options, summed over types.
long long caseWork(const std::vector<std::vector<Option>>& options) {
  long long work = 0;
  int64_t lo = 0;
  int64_t hi = 0;
  for (const auto& opts : options) {
    work += static_cast<long long>(hi - lo + 1) * static_cast<long long>(opts.size());
    int64_t mn = std::numeric_limits<int64_t>::max();
    int64_t mx = std::numeric_limits<int64_t>::min();
    for (const auto& o : opts) {
      mn = std::min(mn, o.first);
      mx = std::max(mx, o.first);
    }
    lo += mn;
    hi += mx;
  }
  return work;
}

// Solves one case and appends the points no other point of the case beats.
void solveCase(const std::vector<std::vector<Option>>& options, std::vector<Solved>& out) {
  constexpr int64_t kUnreached = std::numeric_limits<int64_t>::min();
  struct Layer {
    int64_t lo = 0;
    std::vector<uint16_t> back;  // per first sum: the option taken for this type
  };
  std::vector<Layer> layers(options.size());
  int64_t lo = 0;
  int64_t hi = 0;
  std::vector<int64_t> second{0};
  std::vector<double> others{0.0};
  for (size_t k = 0; k < options.size(); ++k) {
    const auto& opts = options[k];
    int64_t mn = std::numeric_limits<int64_t>::max();
    int64_t mx = std::numeric_limits<int64_t>::min();
    for (const auto& o : opts) {
      mn = std::min(mn, o.first);
      mx = std::max(mx, o.first);
    }
    const int64_t nlo = lo + mn;
    const size_t size = static_cast<size_t>(hi + mx - nlo + 1);
    std::vector<int64_t> nextSecond(size, kUnreached);
    std::vector<double> nextOthers(size, 0.0);
    layers[k].lo = nlo;
    layers[k].back.assign(size, 0);
    for (size_t i = 0; i < second.size(); ++i) {
      if (second[i] == kUnreached) continue;
      const int64_t s = lo + static_cast<int64_t>(i);
      for (size_t c = 0; c < opts.size(); ++c) {
        const auto j = static_cast<size_t>(s + opts[c].first - nlo);
        const int64_t cand = second[i] + opts[c].second;
        const double candOthers = others[i] + opts[c].others;
        if (nextSecond[j] == kUnreached || better(cand, candOthers, nextSecond[j], nextOthers[j])) {
          nextSecond[j] = cand;
          nextOthers[j] = candOthers;
          layers[k].back[j] = static_cast<uint16_t>(c);
        }
      }
    }
    lo = nlo;
    hi = nlo + static_cast<int64_t>(size) - 1;
    second = std::move(nextSecond);
    others = std::move(nextOthers);
  }
  int64_t bestSecond = kUnreached;
  for (size_t i = second.size(); i-- > 0;) {
    if (second[i] == kUnreached || second[i] <= bestSecond) continue;
    bestSecond = second[i];
    Solved p{lo + static_cast<int64_t>(i), second[i], others[i], {}};
    int64_t s = p.first;
    for (size_t k = options.size(); k-- > 0;) {
      const Option& o = options[k][layers[k].back[static_cast<size_t>(s - layers[k].lo)]];
      if (o.clause) p.package.push_back(*o.clause);
      s -= o.first;
    }
    std::reverse(p.package.begin(), p.package.end());
    out.push_back(std::move(p));
  }
}

// The frontier of `a` and `b` over packages that cross none of `lineRoles`' red lines; among
// packages worth the same to both, the one worth most to `others`.
Frontier solveFrontier(const GameState& s, const Role& a, const Role& b, const std::vector<Role>& others,
                       const std::vector<Role>& lineRoles) {
  std::vector<Role> valuers{a, b};
  valuers.insert(valuers.end(), others.begin(), others.end());
  std::vector<UtilitySpec> lines;
  for (const auto& r : lineRoles) lines.push_back(singleClauseLines(*r.spec));

  std::set<std::string> governedTypes;
  for (const auto& r : lineRoles) {
    for (const auto& line : r.spec->redLines) {
      if (line.kind != core::RedLineKind::Requires) continue;
      governedTypes.insert(line.clause);
      governedTypes.insert(line.needs.begin(), line.needs.end());
    }
  }

  // Slots: every declared type someone values or a requires line names, in declaration order.
  const std::vector<core::Sector> sectors = negotiatedSectors(s);
  std::vector<Slot> slots;
  for (const auto& type : s.clauseTypes) {
    if (!valuedBy(valuers, type.id) && !governedTypes.count(type.id)) continue;
    Slot slot;
    slot.type = type.id;
    for (auto& c : core::clauseChoices(type, sectors)) {
      const bool crosses = std::any_of(lines.begin(), lines.end(), [&](const UtilitySpec& l) { return core::crossedRedLine(l, {}, {c}).has_value(); });
      if (!crosses) slot.choices.push_back(std::move(c));
    }
    slots.push_back(std::move(slot));
  }
  for (auto& slot : slots) {
    auto option = [&](const Clause* c) {
      Option o{c, weightedWorth(*a.spec, slot.type, c), weightedWorth(*b.spec, slot.type, c), 0.0};
      for (const auto& r : others) o.others += scaled(weightedWorth(*r.spec, slot.type, c), r.weight);
      return o;
    };
    slot.options.push_back(option(nullptr));
    for (const auto& c : slot.choices) slot.options.push_back(option(&c));
  }
  auto slotOf = [&](const std::string& type) {
    for (size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].type == type) return i;
    }
    return kNoSlot;
  };

  // Requires lines: the slot of each governed type and the slots it needs (kNoSlot: undeclared).
  std::map<size_t, std::set<size_t>> needs;
  for (const auto& r : lineRoles) {
    for (const auto& line : r.spec->redLines) {
      if (line.kind != core::RedLineKind::Requires) continue;
      const size_t at = slotOf(line.clause);
      if (at == kNoSlot) continue;  // an undeclared type is never in a package
      for (const auto& n : line.needs) needs[at].insert(slotOf(n));
    }
  }
  std::vector<size_t> governed;
  for (const auto& [at, _] : needs) governed.push_back(at);

  Frontier f;
  std::vector<size_t> split = governed;
  if (split.size() > static_cast<size_t>(kMaxRequiringTypes)) {
    split.resize(static_cast<size_t>(kMaxRequiringTypes));
    f.exact = false;
  }
  std::vector<Solved> candidates;
  long long work = 0;
  // Case `mask`: governed type i is allowed (with all it needs present) when bit i is set, else
  // absent. The cases overlap where an allowed type is left out, which merging tolerates.
  for (unsigned mask = (1u << split.size()); mask-- > 0;) {
    std::vector<Mode> mode(slots.size(), Mode::Free);
    for (size_t i = 0; i < governed.size(); ++i) {
      if (i >= split.size() || !(mask & (1u << i))) mode[governed[i]] = Mode::Absent;
    }
    bool feasible = true;
    for (size_t i = 0; i < split.size() && feasible; ++i) {
      if (!(mask & (1u << i))) continue;
      for (size_t n : needs[split[i]]) {
        if (n == kNoSlot || mode[n] == Mode::Absent) {
          feasible = false;
          break;
        }
        mode[n] = Mode::Present;
      }
    }
    if (!feasible) continue;
    std::vector<std::vector<Option>> options;
    for (size_t i = 0; i < slots.size() && feasible; ++i) {
      options.push_back(caseOptions(slots[i], mode[i]));
      feasible = !options.back().empty();
    }
    if (!feasible) continue;
    const long long need = caseWork(options);
    if (work + need > kMaxWork) {
      f.exact = false;
      continue;
    }
    work += need;
    solveCase(options, candidates);
  }

  std::stable_sort(candidates.begin(), candidates.end(), [](const Solved& x, const Solved& y) {
    if (x.first != y.first) return x.first > y.first;
    if (x.second != y.second) return x.second > y.second;
    return x.others > y.others + 1e-9;
  });
  int64_t bestSecond = std::numeric_limits<int64_t>::min();
  for (auto& p : candidates) {
    if (p.second <= bestSecond) continue;
    bestSecond = p.second;
    f.points.push_back(std::move(p));
  }
  // Tables may value types the scenario never declared: those are always absent.
  int64_t firstOffset = 0;
  int64_t secondOffset = 0;
  for (const auto& v : a.spec->clauses) {
    if (slotOf(v.type) == kNoSlot) firstOffset += static_cast<int64_t>(v.weight) * v.absent;
  }
  for (const auto& v : b.spec->clauses) {
    if (slotOf(v.type) == kNoSlot) secondOffset += static_cast<int64_t>(v.weight) * v.absent;
  }
  for (auto& p : f.points) {
    p.first += firstOffset;
    p.second += secondOffset;
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Concessions and commitments
// ---------------------------------------------------------------------------------------------

std::vector<ConcessionCurve> concessionCurves(const GameState& s, const std::vector<Role>& roles) {
  std::vector<ConcessionCurve> out;
  for (const auto& r : roles) {
    ConcessionCurve curve{r.id, {}};
    for (const auto& offer : s.offers) {
      if (offer.from != r.id) continue;
      std::vector<Clause> package = offer.clauses;
      for (auto& c : latestClauses(s, [&](const core::Agreement& a) { return a.offerId < offer.id; })) {
        if (!findType(package, c.type)) package.push_back(std::move(c));
      }
      curve.offers.push_back(OfferValue{offer.id, offer.turn, offer.round, scaled(weightedSum(*r.spec, package), r.weight)});
    }
    out.push_back(std::move(curve));
  }
  return out;
}

std::vector<Commitment> commitmentsKept(const GameState& s) {
  std::vector<Commitment> out;
  for (const auto& a : s.agreements) {
    std::vector<ActorId> who = a.parties;
    for (const auto& v : a.violations) {
      if (!core::contains(who, v.actor)) who.push_back(v.actor);
    }
    for (const auto& party : who) {
      Commitment c{a.id, party, true, 0, 0};
      for (const auto& v : a.violations) {
        if (v.actor != party) continue;
        (v.detected ? c.detected : c.undetected)++;
      }
      c.kept = c.detected == 0;
      out.push_back(std::move(c));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] analyseGame
// ---------------------------------------------------------------------------------------------

double distance(double x0, double y0, double x1, double y1) { return std::hypot(x1 - x0, y1 - y0); }

FrontierPoint toPoint(const Solved& p, const Role& a, const Role& b) {
  return FrontierPoint{scaled(p.first, a.weight), scaled(p.second, b.weight), p.package};
}

// The frontier point that leaves every role at least as well off as the deal and one better,
// preferred as debrief.hpp says; nullptr when there is none.
const Solved* betterThanDeal(const Frontier& f, const std::vector<Role>& roles, const std::vector<Clause>& deal,
                             const Role& a, const Role& b, double ra, double rb) {
  std::vector<int64_t> dealSums;
  for (const auto& r : roles) dealSums.push_back(weightedSum(*r.spec, deal));
  const double da = scaled(weightedSum(*a.spec, deal), a.weight);
  const double db = scaled(weightedSum(*b.spec, deal), b.weight);
  const Solved* best = nullptr;
  bool bestAbove = false;
  double bestValue = 0.0;
  for (const auto& p : f.points) {
    bool strict = false;
    bool worse = false;
    for (size_t i = 0; i < roles.size() && !worse; ++i) {
      const int64_t sum = weightedSum(*roles[i].spec, p.package);
      worse = sum < dealSums[i];
      strict = strict || sum > dealSums[i];
    }
    if (worse || !strict) continue;
    const double ua = scaled(p.first, a.weight);
    const double ub = scaled(p.second, b.weight);
    const bool above = ua > ra && ub > rb;
    const double value = above ? (ua - ra) * (ub - rb) : (ua - da) + (ub - db);
    if (!best || (above && !bestAbove) || (above == bestAbove && value > bestValue + 1e-9)) {
      best = &p;
      bestAbove = above;
      bestValue = value;
    }
  }
  return best;
}

}  // namespace

Debrief analyseGame(const GameState& s) {
  Debrief d;
  d.commitments = commitmentsKept(s);
  std::vector<Role> roles;
  for (const auto& actor : s.actors) {
    if (!actor.playable) continue;
    auto it = s.utilities.find(actor.id);
    if (it == s.utilities.end()) continue;
    roles.push_back(Role{actor.id, actor.kind, &it->second, it->second.totalWeight()});
  }
  if (roles.empty()) return d;

  d.deal = latestClauses(s, [](const core::Agreement&) { return true; });
  for (const auto& r : roles) {
    d.roles.push_back(RoleOutcome{r.id, scaled(weightedSum(*r.spec, d.deal), r.weight), core::reservationOf(*r.spec, {}, s.meters)});
  }
  d.concessions = concessionCurves(s, roles);

  std::vector<size_t> states;
  for (size_t i = 0; i < roles.size() && states.size() < 2; ++i) {
    if (roles[i].kind == core::ActorKind::State) states.push_back(i);
  }
  if (states.size() < 2) return d;
  const Role& a = roles[states[0]];
  const Role& b = roles[states[1]];
  const RoleOutcome& oa = d.roles[states[0]];
  const RoleOutcome& ob = d.roles[states[1]];
  d.disputants = {a.id, b.id};
  std::vector<Role> others;
  for (size_t i = 0; i < roles.size(); ++i) {
    if (i != states[0] && i != states[1]) others.push_back(roles[i]);
  }

  const Frontier frontier = solveFrontier(s, a, b, others, {a, b});
  d.frontierExact = frontier.exact;
  for (auto p = frontier.points.rbegin(); p != frontier.points.rend(); ++p) d.frontier.push_back(toPoint(*p, a, b));
  for (const auto& p : d.frontier) {
    const double gap = distance(oa.utility, ob.utility, p.first, p.second);
    if (!d.paretoDistance || gap < *d.paretoDistance) d.paretoDistance = gap;
    if (p.first <= oa.reservation || p.second <= ob.reservation) continue;
    const double product = (p.first - oa.reservation) * (p.second - ob.reservation);
    if (!d.nash || product > (d.nash->first - oa.reservation) * (d.nash->second - ob.reservation) + 1e-9) d.nash = p;
  }
  if (d.nash) d.nashDistance = distance(oa.utility, ob.utility, d.nash->first, d.nash->second);

  // The better package must also respect the other roles' red lines; without any, the frontier
  // already found is the one to search.
  const bool moreLines = std::any_of(others.begin(), others.end(), [](const Role& r) { return !r.spec->redLines.empty(); });
  const Frontier everyone = moreLines ? solveFrontier(s, a, b, others, roles) : Frontier{};
  const Frontier& searched = moreLines ? everyone : frontier;
  d.frontierExact = d.frontierExact && searched.exact;
  if (const Solved* p = betterThanDeal(searched, roles, d.deal, a, b, oa.reservation, ob.reservation)) {
    BetterPackage better{p->package, {}};
    for (const auto& r : roles) better.utilities.push_back(RoleUtility{r.id, scaled(weightedSum(*r.spec, p->package), r.weight)});
    d.betterPackage = std::move(better);
  }
  return d;
}

}  // namespace accord::ai
