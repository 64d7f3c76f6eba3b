// What the screens show, from a RoleView; see view_model.hpp.
#include "view_model.hpp"

#include <string>

namespace accord::ui {

TopBar topBarOf(const core::RoleView& view) {
  TopBar bar;
  bar.turn = view.turn;
  bar.maxTurns = view.maxTurns;
  bar.date = view.date;
  bar.phase = view.phase;
  bar.round = view.round;
  bar.maxRounds = view.maxRounds;
  for (const auto& def : view.meterDefs) {
    if (def.id != "tension" || def.perActor) continue;
    auto it = view.meters.find(def.id);
    bar.tension = Gauge{def.name, it == view.meters.end() ? def.initial : it->second, def.min, def.max};
  }
  for (const auto& type : view.clauseTypes) {
    if (type.id != "ceasefire") continue;
    CeasefireState cf;
    for (const auto& a : view.agreements) {
      if (a.status != core::AgreementStatus::Active) continue;
      for (const auto& c : a.clauses) {
        if (c.type != "ceasefire") continue;
        cf.inForce = true;
        cf.agreementId = a.id;
        cf.monthsLeft = a.duration > 0 ? a.startTurn + a.duration - view.turn : 0;
      }
    }
    bar.ceasefire = cf;
  }
  for (const auto& s : view.sectors) {
    bar.kmTotal += s.km;
    if (s.status == core::SectorStatus::Demarcated) bar.kmDemarcated += s.km;
  }
  for (const auto& a : view.actors) {
    if (a.kind == core::ActorKind::Bloc) {
      bar.blocName = a.name;
      for (const auto& member : view.actors) {
        if (!a.chair.empty() && member.id == a.chair) bar.chair = member.name;
      }
      break;
    }
  }
  return bar;
}

std::string groupDigits(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u2009";
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string monthName(const Texts& t, int month) {
  if (month < 1 || month > 12) month = 1;
  return t("ui.month." + std::to_string(month));
}

std::string phaseName(const Texts& t, core::Phase phase) { return t(std::string("ui.phase.") + core::toString(phase)); }

std::string statusName(const Texts& t, core::SectorStatus status) {
  return t(std::string("ui.status.") + core::toString(status));
}

std::string statusTag(const Texts& t, core::SectorStatus status) {
  return t(std::string("ui.status_tag.") + core::toString(status));
}

std::string turnLine(const Texts& t, const TopBar& bar) {
  return t.format("ui.top.turn", {{"turn", std::to_string(bar.turn)},
                                  {"max", std::to_string(bar.maxTurns)},
                                  {"month", monthName(t, bar.date.month)},
                                  {"year", std::to_string(bar.date.year)}});
}

std::string phaseLine(const Texts& t, const TopBar& bar) {
  if (bar.phase == core::Phase::Diplomacy) {
    return t.format("ui.top.phase_round", {{"phase", phaseName(t, bar.phase)},
                                           {"round", std::to_string(bar.round)},
                                           {"max", std::to_string(bar.maxRounds)}});
  }
  return t.format("ui.top.phase", {{"phase", phaseName(t, bar.phase)}});
}

std::string ceasefireLine(const Texts& t, const TopBar& bar) {
  if (!bar.ceasefire || !bar.ceasefire->inForce) return t("ui.top.ceasefire_none");
  if (bar.ceasefire->monthsLeft <= 0) return t("ui.top.ceasefire_open");
  return t.format("ui.top.ceasefire_months", {{"months", std::to_string(bar.ceasefire->monthsLeft)}});
}

std::string kmLine(const Texts& t, const TopBar& bar) {
  const int percent = bar.kmTotal > 0 ? (bar.kmDemarcated * 100 + bar.kmTotal / 2) / bar.kmTotal : 0;
  return t.format("ui.top.km", {{"km", groupDigits(bar.kmDemarcated)},
                                {"total", groupDigits(bar.kmTotal)},
                                {"percent", std::to_string(percent)}});
}

std::string chairLine(const Texts& t, const TopBar& bar) {
  if (bar.blocName.empty()) return t("ui.top.no_bloc");
  if (bar.chair) return t.format("ui.top.chair", {{"bloc", bar.blocName}, {"chair", *bar.chair}});
  return t.format("ui.top.chair_unknown", {{"bloc", bar.blocName}});
}

std::string gaugeLine(const Texts& t, const Gauge& g) {
  return t.format("ui.top.gauge", {{"name", g.name}, {"value", std::to_string(g.value)}, {"max", std::to_string(g.max)}});
}

SectorFacts sectorFacts(const Texts& t, const core::RoleView& view, const core::Sector& sector) {
  SectorFacts f;
  f.title = sector.name;
  f.lines.push_back(t.format("ui.map.tip.km", {{"km", groupDigits(sector.km)}}));
  f.lines.push_back(t.format("ui.map.tip.status", {{"status", statusName(t, sector.status)}}));
  for (const auto& ex : view.exclaves) {
    for (const auto& id : ex.sectors) {
      if (id == sector.id) f.lines.push_back(t.format("ui.map.tip.exclave", {{"name", ex.name}}));
    }
  }
  for (const auto& a : view.actors) {
    auto it = sector.forces.find(a.id);
    if (it == sector.forces.end()) continue;
    const core::Forces& fo = it->second;
    if (fo.troops > 0 || fo.heavy > 0) {
      f.lines.push_back(t.format("ui.map.tip.forces", {{"actor", a.name},
                                                       {"troops", groupDigits(fo.troops)},
                                                       {"heavy", std::to_string(fo.heavy)}}));
    }
    if (fo.monitors > 0) {
      f.lines.push_back(t.format("ui.map.tip.monitors", {{"actor", a.name}, {"monitors", std::to_string(fo.monitors)}}));
    }
  }
  if (!sector.note.empty()) f.lines.push_back(sector.note);
  return f;
}

}  // namespace accord::ui
