// Internal to game/persist: field-by-field JSON reading with precise, one-line error places.
#include "game/persist/json_read.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

namespace accord::persist::detail {

namespace {

// Error messages must stay on one line so they can be shown in a status bar or a log line.
std::string oneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\r', ' ');
  return s;
}

bool isBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::string at(const std::string& where, std::string_view key) {
  if (where.empty()) return std::string(key);
  return fmt::format("{}.{}", where, key);
}

std::string at(const std::string& where, size_t index) { return fmt::format("{}[{}]", where, index); }

std::string describe(const Json& value) {
  constexpr size_t kMaxShown = 40;
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::string: {
      std::string shown = dumpCompact(value);
      if (shown.size() > kMaxShown) shown = shown.substr(0, kMaxShown) + "...\"";
      return "a string " + shown;
    }
    case Json::value_t::discarded:
      return "nothing";
    default:
      return dumpCompact(value);  // numbers and booleans are short and say it all
  }
}

std::string dumpCompact(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<Json, std::string> parseJsonText(std::string_view text) {
  if (isBlank(text)) return fail(std::string("the text is empty"));
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // nlohmann reports a position past the last byte exactly when the input stopped mid-value.
    if (e.byte > text.size()) {
      const auto line = 1 + std::count(text.begin(), text.end(), '\n');
      const auto lastBreak = text.rfind('\n');
      const auto column = lastBreak == std::string_view::npos ? text.size() + 1 : text.size() - lastBreak;
      return fail(fmt::format("truncated JSON: the text ends unexpectedly at line {}, column {}", line, column));
    }
    std::string message = e.what();
    constexpr std::string_view kPrefix = "parse error ";
    if (auto pos = message.find(kPrefix); pos != std::string::npos) message = message.substr(pos + kPrefix.size());
    return fail(oneLine("invalid JSON " + message));
  } catch (const std::exception& e) {
    return fail(oneLine(fmt::format("unreadable JSON: {}", e.what())));
  }
}

void JsonReader::failAt(const std::string& where, std::string_view what) {
  if (!ok()) return;  // the first problem is the one worth reporting; later ones are often its echoes
  m_error = oneLine(where.empty() ? std::string(what) : fmt::format("{}: {}", where, what));
}

bool JsonReader::expectObject(const Json& value, const std::string& where) {
  if (!ok()) return false;
  if (value.is_object()) return true;
  failAt(where, fmt::format("expected an object, found {}", describe(value)));
  return false;
}

bool JsonReader::expectArray(const Json& value, const std::string& where) {
  if (!ok()) return false;
  if (value.is_array()) return true;
  failAt(where, fmt::format("expected an array, found {}", describe(value)));
  return false;
}

void JsonReader::onlyKeys(const Json& object, const std::string& where, std::initializer_list<std::string_view> keys) {
  if (!ok() || !object.is_object()) return;
  for (const auto& item : object.items()) {
    if (std::find(keys.begin(), keys.end(), item.key()) == keys.end()) {
      failAt(at(where, item.key()), "unknown field");
      return;
    }
  }
}

const Json* JsonReader::member(const Json& object, const std::string& where, std::string_view key, bool required) {
  if (!ok() || !object.is_object()) return nullptr;
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) failAt(at(where, key), "missing");
    return nullptr;
  }
  return &*it;
}

int64_t JsonReader::int64(const Json& value, const std::string& where) {
  if (!ok()) return 0;
  if (value.is_number_unsigned()) {
    const auto u = value.get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      failAt(where, fmt::format("{} is out of range", u));
      return 0;
    }
    return static_cast<int64_t>(u);
  }
  if (value.is_number_integer()) return value.get<int64_t>();
  failAt(where, fmt::format("expected an integer, found {}", describe(value)));
  return 0;
}

int JsonReader::integer(const Json& value, const std::string& where) {
  const int64_t v = int64(value, where);
  if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
    failAt(where, fmt::format("{} is out of range", v));
    return 0;
  }
  return static_cast<int>(v);
}

bool JsonReader::boolean(const Json& value, const std::string& where) {
  if (!ok()) return false;
  if (value.is_boolean()) return value.get<bool>();
  failAt(where, fmt::format("expected true or false, found {}", describe(value)));
  return false;
}

std::string JsonReader::string(const Json& value, const std::string& where) {
  if (!ok()) return {};
  if (value.is_string()) return value.get<std::string>();
  failAt(where, fmt::format("expected a string, found {}", describe(value)));
  return {};
}

std::vector<std::string> JsonReader::strings(const Json& value, const std::string& where) {
  std::vector<std::string> out;
  if (!expectArray(value, where)) return out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size() && ok(); ++i) out.push_back(string(value[i], at(where, i)));
  return out;
}

int JsonReader::intField(const Json& object, const std::string& where, std::string_view key) {
  const Json* v = member(object, where, key, true);
  return v ? integer(*v, at(where, key)) : 0;
}

std::string JsonReader::stringField(const Json& object, const std::string& where, std::string_view key) {
  const Json* v = member(object, where, key, true);
  return v ? string(*v, at(where, key)) : std::string();
}

std::vector<std::string> JsonReader::stringsField(const Json& object, const std::string& where, std::string_view key) {
  const Json* v = member(object, where, key, true);
  return v ? strings(*v, at(where, key)) : std::vector<std::string>();
}

int JsonReader::optionalInt(const Json& object, const std::string& where, std::string_view key, int fallback) {
  const Json* v = member(object, where, key, false);
  return v ? integer(*v, at(where, key)) : fallback;
}

std::string JsonReader::optionalString(const Json& object, const std::string& where, std::string_view key) {
  const Json* v = member(object, where, key, false);
  return v ? string(*v, at(where, key)) : std::string();
}

std::vector<std::string> JsonReader::optionalStrings(const Json& object, const std::string& where,
                                                     std::string_view key) {
  const Json* v = member(object, where, key, false);
  return v ? strings(*v, at(where, key)) : std::vector<std::string>();
}

}  // namespace accord::persist::detail
