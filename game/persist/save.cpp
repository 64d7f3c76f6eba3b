// Save files: a stable, diffable JSON layout, strict reading, and the migration runner.
#include "game/persist/save.hpp"

#include <charconv>
#include <exception>
#include <iterator>

#include <fmt/format.h>

#include "game/core/state_hash.hpp"
#include "game/persist/command_json.hpp"
#include "game/persist/json_read.hpp"

namespace accord::persist {

namespace {

using detail::at;
using detail::Json;
using detail::JsonReader;

constexpr size_t kHashDigits = 16;

std::string dump(const Json& value) { return detail::dumpCompact(value); }

// `lines` as a JSON array with one element per line, indented to sit under a top-level key.
std::string arrayBlock(const std::vector<std::string>& lines) {
  if (lines.empty()) return "[]";
  std::string out = "[\n";
  for (size_t i = 0; i < lines.size(); ++i) out += fmt::format("    {}{}\n", lines[i], i + 1 < lines.size() ? "," : "");
  return out + "  ]";
}

uint64_t readSeed(JsonReader& r, const Json& j, const std::string& where) {
  if (!r.ok()) return 0;
  if (j.is_number_unsigned()) return j.get<uint64_t>();  // tolerated in hand-made saves
  if (!j.is_string()) {
    r.failAt(where, fmt::format("expected a decimal string, found {}", detail::describe(j)));
    return 0;
  }
  const auto& s = j.get_ref<const std::string&>();
  uint64_t seed = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), seed);
  if (ec == std::errc::result_out_of_range) {
    r.failAt(where, fmt::format("\"{}\" is out of range", s));
  } else if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
    r.failAt(where, fmt::format("expected a decimal string, found {}", detail::describe(j)));
  }
  return seed;
}

uint64_t readTurnHash(JsonReader& r, const Json& j, const std::string& where) {
  const std::string s = r.string(j, where);
  if (!r.ok()) return 0;
  uint64_t h = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), h, 16);
  if (s.size() != kHashDigits || ec != std::errc() || end != s.data() + s.size())
    r.failAt(where, fmt::format("expected {} hex digits, found {}", kHashDigits, detail::describe(j)));
  return h;
}

SaveHeader readHeader(JsonReader& r, const Json& j, const std::string& where) {
  SaveHeader h;
  if (!r.expectObject(j, where)) return h;
  r.onlyKeys(j, where,
             {"engineVersion", "apiVersion", "scenarioId", "scenarioVersion", "scenarioHash", "scenarioPath", "seed",
              "maxTurns", "maxRounds", "options", "language"});
  h.engineVersion = r.stringField(j, where, "engineVersion");
  h.apiVersion = r.intField(j, where, "apiVersion");
  h.scenarioId = r.stringField(j, where, "scenarioId");
  h.scenarioVersion = r.stringField(j, where, "scenarioVersion");
  h.scenarioHash = r.stringField(j, where, "scenarioHash");
  h.scenarioPath = r.stringField(j, where, "scenarioPath");
  if (const Json* seed = r.member(j, where, "seed", true)) h.seed = readSeed(r, *seed, at(where, "seed"));
  h.maxTurns = r.intField(j, where, "maxTurns");
  h.maxRounds = r.intField(j, where, "maxRounds");
  const std::string optionsWhere = at(where, "options");
  if (const Json* options = r.member(j, where, "options", true); options && r.expectObject(*options, optionsWhere)) {
    for (const auto& item : options->items()) h.options[item.key()] = r.string(item.value(), at(optionsWhere, item.key()));
  }
  h.language = r.stringField(j, where, "language");
  return h;
}

// Reads a document already known to be of the current format version.
SaveGame readSave(JsonReader& r, const Json& doc) {
  SaveGame save;
  r.onlyKeys(doc, "", {"format", "formatVersion", "header", "commands", "turnHashes", "outcome"});
  if (const Json* header = r.member(doc, "", "header", true)) save.header = readHeader(r, *header, "header");
  if (const Json* commands = r.member(doc, "", "commands", true); commands && r.ok()) {
    auto parsed = commandsFromJson(*commands, "commands");
    if (parsed) save.commands = std::move(*parsed);
    else r.failAt("", parsed.error());
  }
  if (const Json* hashes = r.member(doc, "", "turnHashes", true); hashes && r.expectArray(*hashes, "turnHashes")) {
    for (size_t i = 0; i < hashes->size() && r.ok(); ++i)
      save.turnHashes.push_back(readTurnHash(r, (*hashes)[i], at("turnHashes", i)));
  }
  save.outcome = r.stringField(doc, "", "outcome");
  save.header.formatVersion = kSaveFormatVersion;
  return save;
}

}  // namespace

std::string serializeSave(const SaveGame& save) {
  const SaveHeader& h = save.header;
  Json options = Json::object();
  for (const auto& [key, value] : h.options) options[key] = value;
  // The struct's order, not nlohmann's alphabetical one: a person reads the header top to bottom.
  const std::pair<const char*, Json> header[] = {
      {"engineVersion", h.engineVersion},
      {"apiVersion", h.apiVersion},
      {"scenarioId", h.scenarioId},
      {"scenarioVersion", h.scenarioVersion},
      {"scenarioHash", h.scenarioHash},
      {"scenarioPath", h.scenarioPath},
      {"seed", std::to_string(h.seed)},
      {"maxTurns", h.maxTurns},
      {"maxRounds", h.maxRounds},
      {"options", std::move(options)},
      {"language", h.language},
  };

  std::vector<std::string> commands;
  commands.reserve(save.commands.size());
  for (const auto& c : save.commands) commands.push_back(commandLine(c));
  std::vector<std::string> hashes;
  hashes.reserve(save.turnHashes.size());
  for (const uint64_t t : save.turnHashes) hashes.push_back(dump(Json(core::hashHex(t))));

  std::string out = "{\n";
  out += fmt::format("  \"format\": {},\n", dump(Json(kSaveFormatMarker)));
  out += fmt::format("  \"formatVersion\": {},\n", kSaveFormatVersion);
  out += "  \"header\": {\n";
  const size_t n = std::size(header);
  for (size_t i = 0; i < n; ++i)
    out += fmt::format("    {}: {}{}\n", dump(Json(header[i].first)), dump(header[i].second), i + 1 < n ? "," : "");
  out += "  },\n";
  out += fmt::format("  \"commands\": {},\n", arrayBlock(commands));
  out += fmt::format("  \"turnHashes\": {},\n", arrayBlock(hashes));
  out += fmt::format("  \"outcome\": {}\n", dump(Json(save.outcome)));
  return out + "}\n";
}

Result<SaveGame, std::string> parseSave(std::string_view text) {
  try {
    auto parsed = detail::parseJsonText(text);
    if (!parsed) return fail(parsed.error());
    Json doc = std::move(*parsed);
    if (!doc.is_object())
      return fail(fmt::format("not an accord save: expected a JSON object, found {}", detail::describe(doc)));

    // The marker and the version come first: without them nothing else in the document means anything.
    const auto marker = doc.find("format");
    if (marker == doc.end()) return fail(std::string("format: missing (not an accord save)"));
    if (!marker->is_string() || marker->get_ref<const std::string&>() != kSaveFormatMarker)
      return fail(fmt::format("format: expected \"{}\", found {} (not an accord save)", kSaveFormatMarker,
                              detail::describe(*marker)));
    JsonReader r;
    const Json* versionJson = r.member(doc, "", "formatVersion", true);
    const int version = versionJson ? r.integer(*versionJson, "formatVersion") : 0;
    if (!r.ok()) return fail(r.error());
    if (version > kSaveFormatVersion)
      return fail(fmt::format("save format {} is newer than this build reads ({})", version, kSaveFormatVersion));
    if (version < 1) return fail(fmt::format("formatVersion: {} is not a save format version", version));

    auto reached = migrate(doc, version);
    if (!reached) return fail(reached.error());
    if (*reached != kSaveFormatVersion)
      return fail(fmt::format("save format {} is too old for this build ({}): no migration from format {}", version,
                              kSaveFormatVersion, *reached));

    SaveGame save = readSave(r, doc);
    if (!r.ok()) return fail(r.error());
    return save;
  } catch (const std::exception& e) {
    return fail(fmt::format("unreadable save: {}", e.what()));
  }
}

Result<SaveGame, std::string> loadSaveFile(const std::filesystem::path& path) {
  auto text = readTextFile(path, "save");
  if (!text) return fail(text.error());
  auto save = parseSave(*text);
  if (!save) return fail(fmt::format("save '{}': {}", path.string(), save.error()));
  return save;
}

Result<void, std::string> writeSaveFile(const std::filesystem::path& path, const SaveGame& save) {
  return writeFileAtomically(path, serializeSave(save));
}

const std::vector<Migration>& saveMigrations() {
  // Add a step here, and bump kSaveFormatVersion, whenever the layout changes; keep the old fixtures.
  static const std::vector<Migration> kSteps;
  return kSteps;
}

Result<int, std::string> migrate(nlohmann::json& save, int from, const std::vector<Migration>& steps) {
  int version = from;
  for (;;) {
    const Migration* step = nullptr;
    for (const auto& s : steps) {
      if (s.fromVersion != version) continue;
      if (step) return fail(fmt::format("migration table has two steps from format {}", version));
      step = &s;
    }
    if (!step) return version;

    const std::string context = fmt::format("migrating save from format {} to {}", version, version + 1);
    if (!step->apply) return fail(context + ": the step has no function");
    try {
      auto applied = step->apply(save);
      if (!applied) return fail(fmt::format("{}: {}", context, applied.error()));
    } catch (const std::exception& e) {  // a step may use nlohmann's throwing accessors
      return fail(fmt::format("{}: {}", context, e.what()));
    }
    ++version;
    if (save.is_object()) save["formatVersion"] = version;
  }
}

Result<int, std::string> migrate(nlohmann::json& save, int from) { return migrate(save, from, saveMigrations()); }

}  // namespace accord::persist
