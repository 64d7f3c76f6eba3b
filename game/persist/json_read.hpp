// Internal to game/persist: reading JSON field by field while naming the exact place of any problem.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "game/core/result.hpp"

namespace accord::persist::detail {

using Json = nlohmann::json;

// "where.key", or just "key" at the top level.
std::string at(const std::string& where, std::string_view key);
// "where[i]".
std::string at(const std::string& where, size_t index);

// A short, one-line description of a value for error messages: "a string \"x\"", "null", "an object".
std::string describe(const Json& value);

// Dumps without ever throwing: invalid UTF-8 is replaced rather than aborting a save.
std::string dumpCompact(const Json& value);

// Parses text into JSON, turning nlohmann's exceptions into a one-line reason that says whether the
// text simply stops early (a truncated file) or is malformed, and where. Callers prefix the source.
Result<Json, std::string> parseJsonText(std::string_view text);

// Keeps the first problem found; reads after it return defaults, so callers check ok() once at the
// end instead of after every field. Nothing here throws.
class JsonReader {
 public:
  bool ok() const { return m_error.empty(); }
  const std::string& error() const { return m_error; }
  void failAt(const std::string& where, std::string_view what);

  bool expectObject(const Json& value, const std::string& where);
  bool expectArray(const Json& value, const std::string& where);
  // Unknown keys are refused: a misspelt optional field would otherwise be silently ignored and a
  // replay would quietly diverge from what its author meant.
  void onlyKeys(const Json& object, const std::string& where, std::initializer_list<std::string_view> keys);

  // The member `key` of `object` (which lives at `where`), or nullptr. A missing required member is
  // recorded as "where.key: missing".
  const Json* member(const Json& object, const std::string& where, std::string_view key, bool required);

  int64_t int64(const Json& value, const std::string& where);
  int integer(const Json& value, const std::string& where);
  bool boolean(const Json& value, const std::string& where);
  std::string string(const Json& value, const std::string& where);
  std::vector<std::string> strings(const Json& value, const std::string& where);

  // Members of a given type: required ones record "missing"; optional ones default when absent.
  int intField(const Json& object, const std::string& where, std::string_view key);
  std::string stringField(const Json& object, const std::string& where, std::string_view key);
  std::vector<std::string> stringsField(const Json& object, const std::string& where, std::string_view key);
  int optionalInt(const Json& object, const std::string& where, std::string_view key, int fallback);
  std::string optionalString(const Json& object, const std::string& where, std::string_view key);
  std::vector<std::string> optionalStrings(const Json& object, const std::string& where, std::string_view key);

 private:
  std::string m_error;
};

}  // namespace accord::persist::detail
