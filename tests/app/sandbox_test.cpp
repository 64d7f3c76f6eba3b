// Every sandbox escape and exhaustion fixture ends in a reported error at the right place, with
// no file touched, and the game plays all its turns.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_accord.hpp"

using accord::test::fixture;
using accord::test::runAccord;
using nlohmann::json;

namespace {

struct Case {
  const char* name;
  const char* message;
};

const Case kCases[] = {
    {"os_execute", "global 'os'"},
    {"io_open", "global 'io'"},
    {"require_os", "module 'os' not found"},
    {"package_loadlib", "global 'package'"},
    {"load_binary", "binary"},
    {"string_dump", "dump"},
    {"string_metatable", "boolean"},
    {"collectgarbage", "global 'collectgarbage'"},
    {"infinite_loop", "instruction budget"},
    {"pcall_loop", "instruction budget"},
    {"string_rep_bomb", "memory"},
    {"table_bomb", "memory"},
    {"recursion", "stack overflow"},
    {"table_error", "table value"},
};

}  // namespace

TEST_CASE("[app] sandbox fixtures end in a reported error and the game goes on") {
  for (const Case& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      const std::string marker = std::string("/tmp/accord_sandbox_") + c.name;
      std::filesystem::remove(marker);
      auto r = runAccord("run " + fixture(std::string("sandbox/") + c.name) + " --turns 3 --json");
      INFO(r.err);
      CHECK(r.code == 1);
      const json j = json::parse(r.out);
      CHECK(j["turns_played"] == 3);
      CHECK(j["outcome"] == "done");
      REQUIRE(j["errors"].size() == 1);
      const json& e = j["errors"][0];
      CHECK(e["mod"] == std::string("sandbox_") + c.name);
      CHECK(e["hook"] == "on_resolve");
      CHECK(e["turn"] == 1);
      CHECK(e["count"] == 3);
      CHECK(e["file"] == "init.lua");
      CHECK(e["line"] == 27);
      CHECK_THAT(e["message"].get<std::string>(), Catch::Contains(c.message));
      CHECK_FALSE(std::filesystem::exists(marker));
    }
  }
}
