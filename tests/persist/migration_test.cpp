// The migration runner: steps run in version order, stop where the table ends, and report failures.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "game/persist/save.hpp"

using nlohmann::json;
namespace persist = accord::persist;

namespace {

// A step that records which version it saw, to prove order and the runner's version bookkeeping.
persist::Migration recordingStep(int from) {
  return {from, "test step", [from](json& doc) -> accord::Result<void, std::string> {
            if (doc["formatVersion"] != from) return accord::fail(std::string("ran at the wrong version"));
            doc["log"].push_back(from);
            return {};
          }};
}

}  // namespace

TEST_CASE("[persist] the migration runner applies steps in version order") {
  // Deliberately out of order: the runner goes by fromVersion, not by position.
  const std::vector<persist::Migration> steps = {recordingStep(3), recordingStep(1), recordingStep(2)};

  json doc = {{"formatVersion", 1}, {"log", json::array()}};
  auto reached = persist::migrate(doc, 1, steps);
  REQUIRE(reached.ok());
  CHECK(*reached == 4);
  CHECK(doc["log"] == json::array({1, 2, 3}));
  CHECK(doc["formatVersion"] == 4);

  json later = {{"formatVersion", 2}, {"log", json::array()}};
  reached = persist::migrate(later, 2, steps);
  REQUIRE(reached.ok());
  CHECK(*reached == 4);
  CHECK(later["log"] == json::array({2, 3}));

  json current = {{"formatVersion", 4}, {"log", json::array()}};
  reached = persist::migrate(current, 4, steps);
  REQUIRE(reached.ok());
  CHECK(*reached == 4);
  CHECK(current["log"].empty());
}

TEST_CASE("[persist] a failing migration step stops the run with a reason") {
  std::vector<persist::Migration> steps = {recordingStep(1), recordingStep(3)};
  steps.push_back({2, "fails", [](json&) -> accord::Result<void, std::string> {
                     return accord::fail(std::string("field 'x' is gone"));
                   }});
  json doc = {{"formatVersion", 1}, {"log", json::array()}};
  auto r = persist::migrate(doc, 1, steps);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "migrating save from format 2 to 3: field 'x' is gone");
  CHECK(doc["log"] == json::array({1}));

  const std::vector<persist::Migration> throwing = {
      {1, "throws", [](json& d) -> accord::Result<void, std::string> {
         static_cast<void>(d.at("missing"));  // nlohmann throws out_of_range; the runner must not let it escape
         return {};
       }}};
  json doc2 = {{"formatVersion", 1}};
  r = persist::migrate(doc2, 1, throwing);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().rfind("migrating save from format 1 to 2: ", 0) == 0);
  CHECK(r.error().find("missing") != std::string::npos);

  const std::vector<persist::Migration> twice = {recordingStep(1), recordingStep(1)};
  json doc3 = {{"formatVersion", 1}, {"log", json::array()}};
  r = persist::migrate(doc3, 1, twice);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "migration table has two steps from format 1");
}

TEST_CASE("[persist] the real migration table leaves a current save alone") {
  CHECK(persist::saveMigrations().empty());
  json doc = {{"formatVersion", persist::kSaveFormatVersion}};
  const json before = doc;
  auto r = persist::migrate(doc, persist::kSaveFormatVersion);
  REQUIRE(r.ok());
  CHECK(*r == persist::kSaveFormatVersion);
  CHECK(doc == before);
}
