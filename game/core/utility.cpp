// Linear-additive utility over discretised clause values; see utility.hpp.
#include "utility.hpp"

#include <algorithm>

namespace accord::core {

const char* toString(RedLineKind k) {
  switch (k) {
    case RedLineKind::Min: return "min";
    case RedLineKind::Max: return "max";
    case RedLineKind::Forbid: return "forbid";
    case RedLineKind::Requires: return "requires";
  }
  return "?";
}

std::optional<RedLineKind> redLineKindFrom(std::string_view s) {
  for (auto k : {RedLineKind::Min, RedLineKind::Max, RedLineKind::Forbid, RedLineKind::Requires}) {
    if (s == toString(k)) return k;
  }
  return std::nullopt;
}

int UtilitySpec::totalWeight() const {
  int w = 0;
  for (const auto& c : clauses) w += c.weight;
  return w;
}

const ClauseValuation* UtilitySpec::find(std::string_view type) const {
  for (const auto& c : clauses) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

namespace {

int clampWorth(int64_t v) { return static_cast<int>(std::clamp<int64_t>(v, -100, 100)); }

int lookup(const ParamValuation& pv, std::string_view key) {
  auto it = pv.values.find(key);
  return it == pv.values.end() ? pv.otherwise : it->second;
}

// Piecewise-linear worth of an int; integer arithmetic rounds towards zero, the same everywhere.
int pointsWorth(const ParamValuation& pv, int64_t x) {
  const auto& pts = pv.points;
  if (pts.empty()) return pv.otherwise;
  if (x <= pts.front().first) return pts.front().second;
  if (x >= pts.back().first) return pts.back().second;
  for (size_t i = 1; i < pts.size(); ++i) {
    const auto [x1, y1] = pts[i];
    if (x > x1) continue;
    const auto [x0, y0] = pts[i - 1];
    if (x1 == x0) return y1;
    return static_cast<int>(y0 + (static_cast<int64_t>(y1) - y0) * (x - x0) / (x1 - x0));
  }
  return pts.back().second;
}

int paramWorth(const ParamValuation& pv, const ParamValue& value) {
  if (const auto* i = std::get_if<int64_t>(&value)) return pointsWorth(pv, *i);
  if (const auto* b = std::get_if<bool>(&value)) return lookup(pv, *b ? std::string_view("true") : std::string_view("false"));
  if (const auto* s = std::get_if<std::string>(&value)) return lookup(pv, *s);
  int64_t sum = 0;
  for (const auto& sector : std::get<std::vector<std::string>>(value)) sum += lookup(pv, sector);
  return clampWorth(sum);
}

const Clause* findType(const std::vector<Clause>& clauses, std::string_view type) {
  for (const auto& c : clauses) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

bool paramEquals(const ParamValue& value, const std::string& text) {
  if (const auto* b = std::get_if<bool>(&value)) return text == (*b ? "true" : "false");
  if (const auto* s = std::get_if<std::string>(&value)) return *s == text;
  if (const auto* v = std::get_if<std::vector<std::string>>(&value)) return std::find(v->begin(), v->end(), text) != v->end();
  if (const auto* i = std::get_if<int64_t>(&value)) return std::to_string(*i) == text;
  return false;
}

}  // namespace

int clauseWorth(const ClauseValuation& v, const Clause& clause) {
  int64_t sum = v.base;
  for (const auto& pv : v.params) {
    auto it = clause.params.find(pv.param);
    if (it != clause.params.end()) sum += paramWorth(pv, it->second);
  }
  return clampWorth(sum);
}

std::vector<Clause> clausesInForce(const std::vector<Agreement>& agreements) {
  std::vector<Clause> out;
  for (auto a = agreements.rbegin(); a != agreements.rend(); ++a) {
    if (a->status != AgreementStatus::Active) continue;
    for (const auto& c : a->clauses) {
      if (!findType(out, c.type)) out.push_back(c);
    }
  }
  return out;
}

double utilityOf(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::vector<Clause>& package) {
  const int weights = spec.totalWeight();
  if (weights <= 0) return 0.0;
  int64_t sum = 0;
  for (const auto& v : spec.clauses) {
    const Clause* c = findType(package, v.type);
    if (!c) c = findType(inForce, v.type);
    sum += static_cast<int64_t>(v.weight) * (c ? clauseWorth(v, *c) : v.absent);
  }
  return static_cast<double>(sum) / weights;
}

double reservationOf(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::map<std::string, int>& worldMeters) {
  return reservationFrom(spec, utilityOf(spec, inForce, {}), worldMeters);
}

double reservationFrom(const UtilitySpec& spec, double inForceUtility, const std::map<std::string, int>& worldMeters) {
  double r = inForceUtility + spec.reservation.base;
  if (!spec.reservation.meter.empty()) {
    auto it = worldMeters.find(spec.reservation.meter);
    if (it != worldMeters.end()) r += spec.reservation.slope * (it->second - spec.reservation.pivot) / 10.0;
  }
  return std::clamp(r, -100.0, 100.0);
}

int paramShare(const ClauseValuation& v, const std::string& param, const ParamValue& value) {
  int share = 0;
  for (const auto& pv : v.params) {
    if (pv.param == param) share += paramWorth(pv, value);
  }
  return share;
}

bool crossesWith(const RedLine& line, const std::string& type, const std::string& param, const ParamValue& value) {
  if (type != line.clause) return false;
  switch (line.kind) {
    case RedLineKind::Min:
    case RedLineKind::Max: {
      const auto* n = line.param == param ? std::get_if<int64_t>(&value) : nullptr;
      return n && (line.kind == RedLineKind::Min ? *n < line.number : *n > line.number);
    }
    case RedLineKind::Forbid:
      if (line.param.empty()) return true;
      return line.param == param && paramEquals(value, line.value);
    case RedLineKind::Requires:
      return false;
  }
  return false;
}

bool crosses(const RedLine& line, const Clause& c) {
  if (c.type != line.clause) return false;
  switch (line.kind) {
    case RedLineKind::Min:
    case RedLineKind::Max: {
      auto it = c.params.find(line.param);
      const auto* n = it == c.params.end() ? nullptr : std::get_if<int64_t>(&it->second);
      return n && (line.kind == RedLineKind::Min ? *n < line.number : *n > line.number);
    }
    case RedLineKind::Forbid: {
      if (line.param.empty()) return true;
      auto it = c.params.find(line.param);
      return it != c.params.end() && paramEquals(it->second, line.value);
    }
    case RedLineKind::Requires:
      return false;
  }
  return false;
}

std::optional<Crossing> crossedRedLine(const UtilitySpec& spec, const std::vector<Clause>& inForce, const std::vector<Clause>& package) {
  for (const auto& line : spec.redLines) {
    for (size_t i = 0; i < package.size(); ++i) {
      const Clause& c = package[i];
      if (c.type != line.clause) continue;
      bool crossed = false;
      if (line.kind == RedLineKind::Requires) {
        for (const auto& need : line.needs) {
          if (!findType(package, need) && !findType(inForce, need)) crossed = true;
        }
      } else {
        crossed = crosses(line, c);
      }
      if (crossed) return Crossing{&line, i};
    }
  }
  return std::nullopt;
}

std::vector<ParamValue> paramChoices(const ParamDef& def, const std::vector<Sector>& sectors) {
  std::vector<ParamValue> out;
  switch (def.kind) {
    case ParamKind::Bool:
      out = {ParamValue{false}, ParamValue{true}};
      break;
    case ParamKind::Enum:
      for (const auto& o : def.options) out.emplace_back(o);
      break;
    case ParamKind::Int: {
      const int64_t step = std::max<int64_t>(1, def.step);
      const int64_t count = (def.max - def.min) / step + 1;
      constexpr int64_t kMaxValues = 8;
      if (count <= kMaxValues) {
        for (int64_t v = def.min; v <= def.max; v += step) out.emplace_back(v);
      } else {
        for (int64_t i = 0; i < kMaxValues; ++i) {
          const int64_t k = i * (count - 1) / (kMaxValues - 1);
          out.emplace_back(def.min + k * step);
        }
      }
      break;
    }
    case ParamKind::Sectors: {
      std::vector<std::string> open;
      for (const auto& s : sectors) {
        if (s.status != SectorStatus::Demarcated) open.push_back(s.id);
      }
      for (size_t from = 0; from < open.size(); ++from) {
        for (size_t to = from; to < open.size(); ++to) {
          std::vector<std::string> run(open.begin() + static_cast<std::ptrdiff_t>(from), open.begin() + static_cast<std::ptrdiff_t>(to) + 1);
          std::sort(run.begin(), run.end());
          out.emplace_back(std::move(run));
        }
      }
      break;
    }
  }
  return out;
}

std::vector<Clause> clauseChoices(const ClauseType& type, const std::vector<Sector>& sectors) {
  std::vector<Clause> out{Clause{type.id, {}}};
  for (const auto& def : type.params) {
    const auto values = paramChoices(def, sectors);
    std::vector<Clause> next;
    next.reserve(out.size() * values.size());
    for (const auto& partial : out) {
      for (const auto& v : values) {
        Clause c = partial;
        c.params[def.id] = v;
        next.push_back(std::move(c));
      }
    }
    out = std::move(next);
  }
  return out;
}

}  // namespace accord::core
