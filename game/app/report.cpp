// What `accord run` and `accord replay` print: one JSON object, or a short readable summary.
#include "report.hpp"

#include <fmt/core.h>

#include "game/core/state_hash.hpp"
#include "game/persist/command_json.hpp"

namespace accord::app {

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
  for (const auto& g : groupErrors(engine.errors())) {
    out += "error: " + g.first.headline() + (g.count > 1 ? fmt::format(" (x{})", g.count) : "") + "\n";
  }
  for (const auto& r : refused) out += fmt::format("refused command {}: {}: {}\n", r.index, persist::commandLine(r.command), r.reason);
  out += fmt::format("final hash {}\n", core::hashHex(core::hashState(s)));
  return out;
}

}  // namespace accord::app
