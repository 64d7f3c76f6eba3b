// The debrief in the report of `accord run`: the real program on the shipped scenarios.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_accord.hpp"

using namespace accord::test;
using nlohmann::json;

TEST_CASE("[app] run --json carries a debrief, empty when the scenario has no utility tables") {
  const std::string probe = fixture("hooks_probe");  // a scenario without utility tables
  auto r = runAccord("run " + probe + " --turns 3 --seed 5 --json");
  REQUIRE(r.code == 0);
  const json j = json::parse(r.out);
  REQUIRE(j.contains("debrief"));
  const json& d = j["debrief"];
  for (const char* key : {"utilities", "reservation", "frontier", "nash", "pareto_distance", "nash_distance", "better_package",
                          "concessions", "commitments"}) {
    CHECK(d.contains(key));
  }
  CHECK(d["analysed"] == false);
  CHECK(d["utilities"].empty());
  CHECK(d["frontier"].empty());
  CHECK(d["nash"].is_null());
  CHECK(d["better_package"].is_null());
  CHECK(d["commitments"].size() >= j["agreements"].size());
  CHECK_THAT(runAccord("run " + probe + " --turns 3 --seed 5").out, Catch::Contains("debrief: no utility tables"));
  // The example scenario declares tables, so it is analysed.
  const json tv = json::parse(runAccord("run two_valleys --turns 6 --seed 5 --json").out);
  CHECK(tv["debrief"]["analysed"] == true);
}

TEST_CASE("[app] the flagship scenario's debrief measures the deal for the two states") {
  auto r = runAccord("run kyrgyz_tajik_border --turns 24 --seed 4 --json");
  REQUIRE(r.code == 0);
  const json d = json::parse(r.out)["debrief"];
  REQUIRE(d["analysed"] == true);
  CHECK(d["disputants"] == json({"kyrgyzstan", "tajikistan"}));
  CHECK(d["utilities"].contains("kyrgyzstan"));
  CHECK(d["reservation"].contains("tajikistan"));
  CHECK_FALSE(d["frontier"].empty());
  CHECK(d["pareto_distance"].is_number());
  if (!d["better_package"].is_null()) {
    for (const auto& [role, utility] : d["better_package"]["utilities"].items()) {
      CHECK(utility.get<double>() >= d["utilities"][role].get<double>() - 0.01);
    }
  }
}
