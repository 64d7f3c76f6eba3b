// Tests of the game model's own containers.
#include <catch2/catch.hpp>

#include "game/core/model.hpp"

using namespace accord::core;

TEST_CASE("[core] a clause's parameters read like a map kept in name order") {
  ParamMap p{{"sectors", std::vector<std::string>{"b", "a"}}, {"km", int64_t{10}}, {"km", int64_t{99}}};
  REQUIRE(p.size() == 2);
  CHECK(p.begin()->first == "km");
  CHECK(std::get<int64_t>(p.at("km")) == 10);  // the first value given for a name is kept, as in a map

  CHECK_FALSE(p.emplace("km", int64_t{20}).second);
  CHECK(std::get<int64_t>(p.at("km")) == 10);
  CHECK(p.emplace("mandate", std::string("buffer")).second);
  std::vector<std::string> names;
  for (const auto& [name, value] : p) names.push_back(name);
  CHECK(names == std::vector<std::string>{"km", "mandate", "sectors"});

  CHECK(p.find("size") == p.end());
  CHECK(p.count("mandate") == 1);
  CHECK_THROWS_AS(p.at("size"), std::out_of_range);
  p["size"] = int64_t{500};
  CHECK(std::get<int64_t>(p.at("size")) == 500);
  CHECK(std::holds_alternative<int64_t>(p["open"]));  // a new name gets the first kind's zero

  ParamMap q;
  for (const auto& [name, value] : p) q.emplace(name, value);
  CHECK(q == p);
  CHECK(q.erase("open") == 1);
  CHECK(q.erase("open") == 0);
  CHECK_FALSE(q == p);
}
