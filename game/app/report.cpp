// What `accord run` and `accord replay` print: one JSON object, or a short readable summary.
#include "report.hpp"

#include <fmt/core.h>

#include <cmath>

#include "game/ai/debrief.hpp"
#include "game/core/state_hash.hpp"
#include "game/persist/command_json.hpp"

namespace accord::app {

namespace {

// Utilities to two decimals: the tables are whole numbers per clause, so more is noise.
double rounded(double v) { return std::round(v * 100.0) / 100.0; }

nlohmann::ordered_json clausesJson(const std::vector<core::Clause>& clauses) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : clauses) out.push_back(nlohmann::ordered_json(persist::toJson(c)));
  return out;
}

nlohmann::ordered_json optionalJson(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(rounded(*v)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json pointJson(const ai::Debrief& d, const ai::FrontierPoint& p) {
  return {{"utilities", {{d.disputants[0], rounded(p.first)}, {d.disputants[1], rounded(p.second)}}},
          {"package", clausesJson(p.package)}};
}

// The after-action review. Without utility tables only the commitments are there to report.
nlohmann::ordered_json debriefJson(const ai::Debrief& d) {
  nlohmann::ordered_json j;
  j["analysed"] = d.analysed();
  j["deal"] = clausesJson(d.deal);
  j["utilities"] = nlohmann::ordered_json::object();
  j["reservation"] = nlohmann::ordered_json::object();
  for (const auto& r : d.roles) {
    j["utilities"][r.role] = rounded(r.utility);
    j["reservation"][r.role] = rounded(r.reservation);
  }
  j["disputants"] = d.disputants;
  j["frontier"] = nlohmann::ordered_json::array();
  for (const auto& p : d.frontier) j["frontier"].push_back({rounded(p.first), rounded(p.second)});
  j["frontier_exact"] = d.frontierExact;
  j["nash"] = d.nash ? pointJson(d, *d.nash) : nlohmann::ordered_json(nullptr);
  j["pareto_distance"] = optionalJson(d.paretoDistance);
  j["nash_distance"] = optionalJson(d.nashDistance);
  j["better_package"] = nullptr;
  if (d.betterPackage) {
    nlohmann::ordered_json utilities = nlohmann::ordered_json::object();
    for (const auto& u : d.betterPackage->utilities) utilities[u.role] = rounded(u.utility);
    j["better_package"] = {{"clauses", clausesJson(d.betterPackage->clauses)}, {"utilities", utilities}};
  }
  j["concessions"] = nlohmann::ordered_json::object();
  for (const auto& curve : d.concessions) {
    nlohmann::ordered_json offers = nlohmann::ordered_json::array();
    for (const auto& o : curve.offers) {
      offers.push_back({{"offer", o.offerId}, {"turn", o.turn}, {"round", o.round}, {"utility", rounded(o.utility)}});
    }
    j["concessions"][curve.role] = offers;
  }
  j["commitments"] = nlohmann::ordered_json::array();
  for (const auto& c : d.commitments) {
    j["commitments"].push_back({{"agreement", c.agreementId},
                                {"party", c.party},
                                {"status", c.kept ? "kept" : "broken"},
                                {"violations_detected", c.detected},
                                {"violations_undetected", c.undetected}});
  }
  return j;
}

std::string paramText(const core::ParamValue& value) {
  if (const auto* i = std::get_if<int64_t>(&value)) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  std::string out;
  for (const auto& sector : std::get<std::vector<std::string>>(value)) out += (out.empty() ? "" : "+") + sector;
  return out;
}

std::string clausesText(const std::vector<core::Clause>& clauses) {
  std::string out;
  for (const auto& c : clauses) {
    std::string params;
    for (const auto& [key, value] : c.params) params += (params.empty() ? "" : " ") + key + "=" + paramText(value);
    out += (out.empty() ? "" : ", ") + c.type + (params.empty() ? "" : " " + params);
  }
  return out.empty() ? "nothing" : out;
}

std::string debriefText(const ai::Debrief& d) {
  std::string out;
  if (!d.analysed()) {
    out += "debrief: no utility tables, nothing to analyse\n";
  } else {
    std::string worth;
    for (const auto& r : d.roles) worth += fmt::format("{}{} {:.1f} (reservation {:.1f})", worth.empty() ? "" : ", ", r.role, r.utility, r.reservation);
    out += fmt::format("debrief: the deal ({}) is worth {}\n", clausesText(d.deal), worth);
    if (d.paretoDistance) out += fmt::format("debrief: distance to the Pareto frontier {:.1f}\n", *d.paretoDistance);
    if (d.nash) {
      out += fmt::format("debrief: distance to the Nash point {:.1f} ({} {:.1f}, {} {:.1f}: {})\n", *d.nashDistance, d.disputants[0], d.nash->first,
                         d.disputants[1], d.nash->second, clausesText(d.nash->package));
    }
    if (d.betterPackage) {
      std::string worthBetter;
      for (const auto& u : d.betterPackage->utilities) worthBetter += fmt::format("{}{} {:.1f}", worthBetter.empty() ? "" : ", ", u.role, u.utility);
      out += fmt::format("debrief: a package that leaves everyone at least as well off: {} ({})\n", clausesText(d.betterPackage->clauses), worthBetter);
    } else if (!d.disputants.empty()) {
      out += "debrief: no package leaves everyone at least as well off as the deal\n";
    }
  }
  int undetected = 0;
  for (const auto& c : d.commitments) {
    undetected += c.undetected;
    if (!c.kept) out += fmt::format("debrief: {} broke agreement {} ({} violations detected)\n", c.party, c.agreementId, c.detected);
  }
  if (undetected > 0) out += fmt::format("debrief: {} violations went undetected\n", undetected);
  return out;
}

}  // namespace

std::vector<ErrorGroup> groupErrors(const std::vector<core::RuleError>& errors) {
  std::vector<ErrorGroup> groups;
  for (const auto& e : errors) {
    auto same = [&](const ErrorGroup& g) {
      return g.first.hook == e.hook && g.first.file == e.file && g.first.line == e.line && g.first.message == e.message;
    };
    auto it = std::find_if(groups.begin(), groups.end(), same);
    if (it == groups.end()) {
      groups.push_back(ErrorGroup{e, 1});
    } else {
      it->count++;
    }
  }
  return groups;
}

nlohmann::ordered_json runReport(const Session& session, const std::vector<RefusedCommand>& refused) {
  const auto& engine = session.engine();
  const auto& s = engine.state();
  nlohmann::ordered_json j;
  j["scenario"] = session.manifest().id;
  j["scenario_version"] = session.manifest().version;
  j["seed"] = session.config().seed;
  j["turns_played"] = engine.turnHashes().size();
  j["max_turns"] = s.maxTurns;
  j["outcome"] = s.outcome ? nlohmann::ordered_json(s.outcome->id) : nlohmann::ordered_json(nullptr);
  j["outcome_text"] = s.outcome ? s.outcome->text : "";
  j["turn_hashes"] = nlohmann::ordered_json::array();
  for (uint64_t h : engine.turnHashes()) j["turn_hashes"].push_back(core::hashHex(h));
  j["final_hash"] = core::hashHex(core::hashState(s));
  j["scores"] = nlohmann::ordered_json::object();
  for (const auto& [role, score] : s.scores) j["scores"][role] = score;
  j["agreements"] = nlohmann::ordered_json::array();
  for (const auto& a : s.agreements) {
    nlohmann::ordered_json clauses = nlohmann::ordered_json::array();
    for (const auto& c : a.clauses) clauses.push_back(c.type);
    j["agreements"].push_back({{"id", a.id},
                               {"parties", a.parties},
                               {"clauses", clauses},
                               {"start_turn", a.startTurn},
                               {"status", core::toString(a.status)},
                               {"violations", a.violations.size()}});
  }
  // Every offer with the sender's note and each answer's explanation: the negotiation as it went.
  j["offers"] = nlohmann::ordered_json::array();
  for (const auto& o : s.offers) {
    nlohmann::ordered_json answers = nlohmann::ordered_json::object();
    for (const auto& [who, response] : o.responses) {
      auto note = o.responseNotes.find(who);
      answers[who] = {{"response", core::toString(response)}, {"note", note == o.responseNotes.end() ? "" : note->second}};
    }
    nlohmann::ordered_json votes = nlohmann::ordered_json::object();
    for (const auto& [member, vote] : o.votes) votes[member] = {{"yes", vote.yes}, {"reason", vote.reason}};
    j["offers"].push_back({{"id", o.id},
                           {"turn", o.turn},
                           {"round", o.round},
                           {"from", o.from},
                           {"to", o.to},
                           {"reply_to", o.replyTo},
                           {"clauses", clausesJson(o.clauses)},
                           {"note", o.note},
                           {"status", core::toString(o.status)},
                           {"answers", answers},
                           {"votes", votes}});
  }
  j["news"] = nlohmann::ordered_json::array();
  for (const auto& n : s.news) {
    if (n.audience.empty()) j["news"].push_back({{"turn", n.turn}, {"text", n.text}, {"tag", n.tag}});
  }
  j["options"] = s.options;
  j["incidents"] = s.incidents;
  j["meters"] = s.meters;
  j["errors"] = nlohmann::ordered_json::array();
  for (const auto& g : groupErrors(engine.errors())) {
    j["errors"].push_back({{"mod", g.first.mod},
                           {"hook", g.first.hook},
                           {"turn", g.first.turn},
                           {"file", g.first.file},
                           {"line", g.first.line},
                           {"message", g.first.message},
                           {"count", g.count},
                           {"traceback", g.first.traceback},
                           {"context", g.first.context}});
  }
  j["refused"] = nlohmann::ordered_json::array();
  for (const auto& r : refused) {
    j["refused"].push_back({{"index", r.index}, {"command", persist::commandLine(r.command)}, {"reason", r.reason}});
  }
  j["commands"] = engine.log().size();
  j["script_peak_memory"] = session.scriptPeakMemory();
  j["debrief"] = debriefJson(ai::analyseGame(s));
  return j;
}

std::string textReport(const Session& session, const std::vector<RefusedCommand>& refused) {
  const auto& engine = session.engine();
  const auto& s = engine.state();
  std::string out = fmt::format("{} ({}), seed {}: {} of {} turns played\n", session.manifest().title, session.manifest().id,
                                session.config().seed, engine.turnHashes().size(), s.maxTurns);
  int turn = 0;
  for (const auto& n : s.news) {
    if (!n.audience.empty()) continue;  // the summary is public: nobody's private news
    if (n.turn != turn) {
      turn = n.turn;
      const auto d = core::dateOfTurn(s, turn);
      out += fmt::format("turn {} ({}-{:02}):\n", turn, d.year, d.month);
    }
    out += "  " + n.text + "\n";
  }
  for (const auto& a : s.agreements) {
    std::string clauses;
    for (const auto& c : a.clauses) clauses += (clauses.empty() ? "" : ", ") + c.type;
    out += fmt::format("agreement {} (turn {}, {}): {}\n", a.id, a.startTurn, core::toString(a.status), clauses);
  }
  if (s.outcome) out += fmt::format("outcome: {}{}\n", s.outcome->id, s.outcome->text.empty() ? "" : " - " + s.outcome->text);
  for (const auto& [role, score] : s.scores) out += fmt::format("score {}: {}\n", role, score);
  out += debriefText(ai::analyseGame(s));
  for (const auto& g : groupErrors(engine.errors())) {
    out += "error: " + g.first.headline() + (g.count > 1 ? fmt::format(" (x{})", g.count) : "") + "\n";
  }
  for (const auto& r : refused) out += fmt::format("refused command {}: {}: {}\n", r.index, persist::commandLine(r.command), r.reason);
  out += fmt::format("final hash {}\n", core::hashHex(core::hashState(s)));
  return out;
}

}  // namespace accord::app
