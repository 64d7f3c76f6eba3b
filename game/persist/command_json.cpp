// JSON for commands: writers that are total and readers that name the exact place of any problem.
#include "game/persist/command_json.hpp"

#include <exception>
#include <optional>
#include <variant>

#include <fmt/format.h>

#include "game/persist/file_io.hpp"
#include "game/persist/json_read.hpp"

namespace accord::persist {

namespace {

using detail::at;
using detail::Json;
using detail::JsonReader;

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};

constexpr core::Phase kPhases[] = {core::Phase::Setup,  core::Phase::Briefing,   core::Phase::Diplomacy,
                                   core::Phase::Orders, core::Phase::Resolution, core::Phase::Review,
                                   core::Phase::Ended};
constexpr core::CommandKind kKinds[] = {core::CommandKind::Pass, core::CommandKind::Propose,
                                        core::CommandKind::Respond, core::CommandKind::Message,
                                        core::CommandKind::SubmitOrders};
constexpr core::Response kResponses[] = {core::Response::None, core::Response::Accept, core::Response::Reject};

// Enum names come from core so that every layer spells them alike; a null name (an out-of-range
// value) must not crash a writer.
std::string nameOf(const char* name) { return name ? name : "?"; }

template <class E, size_t N>
std::string choices(const E (&values)[N]) {
  std::string out;
  for (const E v : values) out += (out.empty() ? "" : ", ") + nameOf(core::toString(v));
  return out;
}

// Reads `key` of `object` as a name and maps it with `from`; unknown names list the valid ones.
template <class E, size_t N, class From>
E enumField(JsonReader& r, const Json& object, const std::string& where, std::string_view key, std::string_view what,
            const E (&values)[N], From from) {
  const std::string s = r.stringField(object, where, key);
  if (!r.ok()) return values[0];
  if (auto v = from(s)) return *v;
  r.failAt(at(where, key), fmt::format("unknown {} \"{}\" (expected one of: {})", what, s, choices(values)));
  return values[0];
}

core::ParamValue readParamValue(JsonReader& r, const Json& j, const std::string& where) {
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array()) return r.strings(j, where);
  if (j.is_number_float()) {
    r.failAt(where, fmt::format("expected an integer, found {}", detail::describe(j)));
    return int64_t{0};
  }
  if (j.is_number()) return r.int64(j, where);
  r.failAt(where, fmt::format("expected an integer, true/false, a string or an array of sector ids, found {}",
                              detail::describe(j)));
  return int64_t{0};
}

core::Clause readClause(JsonReader& r, const Json& j, const std::string& where) {
  core::Clause clause;
  if (!r.expectObject(j, where)) return clause;
  r.onlyKeys(j, where, {"type", "params"});
  clause.type = r.stringField(j, where, "type");
  const std::string paramsWhere = at(where, "params");
  if (const Json* params = r.member(j, where, "params", false); params && r.expectObject(*params, paramsWhere)) {
    for (const auto& item : params->items()) {
      if (!r.ok()) break;
      clause.params.emplace(item.key(), readParamValue(r, item.value(), at(paramsWhere, item.key())));
    }
  }
  return clause;
}

core::Orders readOrders(JsonReader& r, const Json& j, const std::string& where) {
  core::Orders orders;
  if (!r.expectObject(j, where)) return orders;
  r.onlyKeys(j, where, {"forces", "statements", "requests"});
  const std::string forcesWhere = at(where, "forces");
  if (const Json* forces = r.member(j, where, "forces", false); forces && r.expectArray(*forces, forcesWhere)) {
    for (size_t i = 0; i < forces->size() && r.ok(); ++i) {
      const Json& f = (*forces)[i];
      const std::string fWhere = at(forcesWhere, i);
      if (!r.expectObject(f, fWhere)) break;
      r.onlyKeys(f, fWhere, {"sector", "troops", "heavy"});
      core::ForceOrder order;
      order.sector = r.stringField(f, fWhere, "sector");
      order.troops = r.intField(f, fWhere, "troops");
      order.heavy = r.optionalInt(f, fWhere, "heavy", 0);
      orders.forces.push_back(std::move(order));
    }
  }
  orders.statements = r.optionalStrings(j, where, "statements");
  orders.requests = r.optionalStrings(j, where, "requests");
  return orders;
}

core::ProposePayload readPropose(JsonReader& r, const Json& j, const std::string& where) {
  core::ProposePayload p;
  if (!r.expectObject(j, where)) return p;
  r.onlyKeys(j, where, {"to", "clauses", "replyTo", "note"});
  p.to = r.stringsField(j, where, "to");
  const std::string clausesWhere = at(where, "clauses");
  if (const Json* clauses = r.member(j, where, "clauses", true); clauses && r.expectArray(*clauses, clausesWhere)) {
    for (size_t i = 0; i < clauses->size() && r.ok(); ++i)
      p.clauses.push_back(readClause(r, (*clauses)[i], at(clausesWhere, i)));
  }
  p.replyTo = r.optionalInt(j, where, "replyTo", 0);
  p.note = r.optionalString(j, where, "note");
  return p;
}

core::RespondPayload readRespond(JsonReader& r, const Json& j, const std::string& where) {
  core::RespondPayload p;
  if (!r.expectObject(j, where)) return p;
  r.onlyKeys(j, where, {"offerId", "response", "note"});
  p.offerId = r.intField(j, where, "offerId");
  p.response = enumField(r, j, where, "response", "response", kResponses,
                          [](std::string_view s) { return core::responseFrom(s); });
  p.note = r.optionalString(j, where, "note");
  return p;
}

core::MessagePayload readMessage(JsonReader& r, const Json& j, const std::string& where) {
  core::MessagePayload p;
  if (!r.expectObject(j, where)) return p;
  r.onlyKeys(j, where, {"to", "text"});
  p.to = r.optionalStrings(j, where, "to");
  p.text = r.stringField(j, where, "text");
  return p;
}

core::Command readCommand(JsonReader& r, const Json& j, const std::string& where) {
  core::Command c;
  if (!r.expectObject(j, where)) return c;
  r.onlyKeys(j, where, {"turn", "phase", "actor", "kind", "payload"});
  c.turn = r.intField(j, where, "turn");
  c.phase = enumField(r, j, where, "phase", "phase", kPhases, [](std::string_view s) { return core::phaseFrom(s); });
  c.actor = r.stringField(j, where, "actor");
  c.kind = enumField(r, j, where, "kind", "command kind", kKinds,
                     [](std::string_view s) { return core::commandKindFrom(s); });
  if (!r.ok()) return c;

  const std::string payloadWhere = at(where, "payload");
  const Json* payload = r.member(j, where, "payload", c.kind != core::CommandKind::Pass);
  if (!payload) return c;
  switch (c.kind) {
    case core::CommandKind::Pass:
      if (!payload->is_null()) r.failAt(payloadWhere, "a pass carries no payload");
      break;
    case core::CommandKind::Propose:
      c.payload = readPropose(r, *payload, payloadWhere);
      break;
    case core::CommandKind::Respond:
      c.payload = readRespond(r, *payload, payloadWhere);
      break;
    case core::CommandKind::Message:
      c.payload = readMessage(r, *payload, payloadWhere);
      break;
    case core::CommandKind::SubmitOrders:
      c.payload = readOrders(r, *payload, payloadWhere);
      break;
  }
  return c;
}

std::vector<core::Command> readCommands(JsonReader& r, const Json& j, const std::string& where) {
  std::vector<core::Command> out;
  if (!r.expectArray(j, where)) return out;
  out.reserve(j.size());
  for (size_t i = 0; i < j.size() && r.ok(); ++i) out.push_back(readCommand(r, j[i], at(where, i)));
  return out;
}

// The boundary: a reader's first problem becomes the error value, and nothing thrown gets out.
template <class T, class Read>
Result<T, std::string> readAll(const std::string& where, Read read) {
  try {
    JsonReader r;
    T value = read(r);
    if (!r.ok()) return fail(r.error());
    return value;
  } catch (const std::exception& e) {
    return fail(fmt::format("{}: {}", where.empty() ? "json" : where, e.what()));
  }
}

Json payloadJson(const core::ProposePayload& p) {
  Json clauses = Json::array();
  for (const auto& c : p.clauses) clauses.push_back(toJson(c));
  return {{"to", p.to}, {"clauses", std::move(clauses)}, {"replyTo", p.replyTo}, {"note", p.note}};
}

Json payloadJson(const core::RespondPayload& p) {
  return {{"offerId", p.offerId}, {"response", nameOf(core::toString(p.response))}, {"note", p.note}};
}

Json payloadJson(const core::MessagePayload& p) { return {{"to", p.to}, {"text", p.text}}; }

Json payloadJson(const core::Orders& o) { return toJson(o); }

}  // namespace

Json toJson(const core::ParamValue& value) {
  return std::visit(Overloaded{
                        [](int64_t v) { return Json(v); },
                        [](bool v) { return Json(v); },
                        [](const std::string& v) { return Json(v); },
                        [](const std::vector<std::string>& v) {
                          Json a = Json::array();
                          for (const auto& s : v) a.push_back(s);
                          return a;  // explicit so an empty list is [] rather than null
                        },
                    },
                    value);
}

Json toJson(const core::Clause& clause) {
  Json params = Json::object();
  for (const auto& [key, value] : clause.params) params[key] = toJson(value);
  return {{"type", clause.type}, {"params", std::move(params)}};
}

Json toJson(const core::Orders& orders) {
  Json forces = Json::array();
  for (const auto& f : orders.forces) forces.push_back({{"sector", f.sector}, {"troops", f.troops}, {"heavy", f.heavy}});
  Json statements = Json::array();
  for (const auto& s : orders.statements) statements.push_back(s);
  Json requests = Json::array();
  for (const auto& s : orders.requests) requests.push_back(s);
  return {{"forces", std::move(forces)}, {"statements", std::move(statements)}, {"requests", std::move(requests)}};
}

Json toJson(const core::Command& command) {
  Json j = {{"turn", command.turn},
            {"phase", nameOf(core::toString(command.phase))},
            {"actor", command.actor},
            {"kind", nameOf(core::toString(command.kind))}};
  // The payload written is the one held; a pass holds none and so has no "payload" key.
  std::visit(Overloaded{
                 [](std::monostate) {},
                 [&](const auto& payload) { j["payload"] = payloadJson(payload); },
             },
             command.payload);
  return j;
}

Json toJson(const std::vector<core::Command>& commands) {
  Json a = Json::array();
  for (const auto& c : commands) a.push_back(toJson(c));
  return a;
}

Result<core::ParamValue, std::string> paramValueFromJson(const nlohmann::json& json, const std::string& where) {
  return readAll<core::ParamValue>(where, [&](JsonReader& r) { return readParamValue(r, json, where); });
}

Result<core::Clause, std::string> clauseFromJson(const nlohmann::json& json, const std::string& where) {
  return readAll<core::Clause>(where, [&](JsonReader& r) { return readClause(r, json, where); });
}

Result<core::Orders, std::string> ordersFromJson(const nlohmann::json& json, const std::string& where) {
  return readAll<core::Orders>(where, [&](JsonReader& r) { return readOrders(r, json, where); });
}

Result<core::Command, std::string> commandFromJson(const nlohmann::json& json, const std::string& where) {
  return readAll<core::Command>(where, [&](JsonReader& r) { return readCommand(r, json, where); });
}

Result<std::vector<core::Command>, std::string> commandsFromJson(const nlohmann::json& json,
                                                                 const std::string& where) {
  return readAll<std::vector<core::Command>>(where, [&](JsonReader& r) { return readCommands(r, json, where); });
}

Result<std::vector<core::Command>, std::string> parseCommandList(std::string_view text, const std::string& sourceName) {
  auto json = detail::parseJsonText(text);
  if (!json) return fail(fmt::format("{}: {}", sourceName, json.error()));
  if (!json->is_array())
    return fail(fmt::format("{}: expected a JSON array of commands, found {}", sourceName, detail::describe(*json)));
  auto commands = commandsFromJson(*json, "commands");
  if (!commands) return fail(fmt::format("{}: {}", sourceName, commands.error()));
  return commands;
}

Result<std::vector<core::Command>, std::string> loadCommandFile(const std::filesystem::path& path) {
  auto text = readTextFile(path, "command file");
  if (!text) return fail(text.error());
  return parseCommandList(*text, path.string());
}

std::string commandLine(const core::Command& command) {
  const Json j = toJson(command);
  // nlohmann sorts keys; a log reads better in the order a person thinks of a command.
  std::string line = "{";
  for (const char* key : {"turn", "phase", "actor", "kind", "payload"}) {
    auto it = j.find(key);
    if (it == j.end()) continue;
    if (line.size() > 1) line += ',';
    line += fmt::format("{}:{}", detail::dumpCompact(Json(key)), detail::dumpCompact(*it));
  }
  return line + "}";
}

std::string serializeCommandList(const std::vector<core::Command>& commands) {
  if (commands.empty()) return "[]\n";
  std::string out = "[\n";
  for (size_t i = 0; i < commands.size(); ++i)
    out += fmt::format("  {}{}\n", commandLine(commands[i]), i + 1 < commands.size() ? "," : "");
  return out + "]\n";
}

}  // namespace accord::persist
