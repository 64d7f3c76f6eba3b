// What the screens show, worked out from a RoleView alone: plain data and sentences, no drawing,
// so that the unit tests can read them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "game/core/role_view.hpp"
#include "game/ui/texts.hpp"

namespace accord::ui {

// A world meter with its range, for a gauge.
struct Gauge {
  std::string name;
  int value = 0;
  int min = 0;
  int max = 100;
  float fraction() const { return max > min ? static_cast<float>(value - min) / static_cast<float>(max - min) : 0.0f; }
};

struct CeasefireState {
  bool inForce = false;
  int monthsLeft = 0;  // 0 with inForce: open-ended
  int agreementId = 0;
};

// The top bar of the game screen.
struct TopBar {
  int turn = 0;
  int maxTurns = 0;
  core::Calendar date;
  core::Phase phase = core::Phase::Setup;
  int round = 0;
  int maxRounds = 0;
  std::optional<Gauge> tension;             // the world meter "tension", when the scenario has one
  std::optional<CeasefireState> ceasefire;  // when the scenario has a "ceasefire" clause type
  int kmDemarcated = 0;
  int kmTotal = 0;
  std::string blocName;  // the first bloc, if any
  std::optional<std::string> chair;  // the bloc's chair, when the view names one
};

TopBar topBarOf(const core::RoleView& view);

// The sentences of the top bar, in the interface language.
std::string turnLine(const Texts& t, const TopBar& bar);
std::string phaseLine(const Texts& t, const TopBar& bar);
std::string ceasefireLine(const Texts& t, const TopBar& bar);
std::string kmLine(const Texts& t, const TopBar& bar);
std::string chairLine(const Texts& t, const TopBar& bar);
std::string gaugeLine(const Texts& t, const Gauge& g);

std::string monthName(const Texts& t, int month);
std::string phaseName(const Texts& t, core::Phase phase);
std::string statusName(const Texts& t, core::SectorStatus status);
// The one-letter tag drawn on the map beside a sector's name, so status never rests on colour.
std::string statusTag(const Texts& t, core::SectorStatus status);

// The facts the map's tooltip shows for a sector: name, length, status, note, then forces.
struct SectorFacts {
  std::string title;
  std::vector<std::string> lines;
};
SectorFacts sectorFacts(const Texts& t, const core::RoleView& view, const core::Sector& sector);

// "1 234": thousands grouped with a thin space, as both languages write them.
std::string groupDigits(long long n);

}  // namespace accord::ui
