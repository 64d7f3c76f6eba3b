// A first game with the tutorial, played by a UI script under a private Xvfb: the hints lead from
// the brief to the end of the month, messages go out in public and in private, a request to the
// bloc goes with the orders, and the finished tutorial is turned off for the next game.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

using accord::test::runCommand;

#ifdef ACCORD_XVFB
namespace {

using accord::test::underXvfb;

}  // namespace

TEST_CASE("[ui] a scripted first game follows the tutorial, sends messages, asks the bloc and ends the month") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + accord::test::uiScript("tutorial_messages.txt") + " --screenshots " + shots.string()));
  INFO(r.err);
  // The script's own checks: each hint in turn, a public and a private message, the request in
  // the orders, the next month, and no hint left.
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["ok"] == true);
  CHECK(j["seat"] == "kyrgyzstan");
  CHECK(j["turn"].get<int>() == 2);
  CHECK(j["screenshots"].size() >= 10);
}

TEST_CASE("[ui] with the tutorial off a new game shows no hint") {
  accord::test::UiTempDir dir;
  std::filesystem::create_directories(dir / "config" / "accord");
  std::ofstream(dir / "config" / "accord" / "settings.json") << R"({"tutorial": false})";
  std::ofstream(dir / "s.txt") << "wait 3\nclick menu.new_game\nwait 3\nclick new.start\nwait 3\nexpect screen game\nexpect hint none\n";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + (dir / "s.txt").string()));
  INFO(r.err);
  CHECK(r.code == 0);
}

TEST_CASE("[ui] Next and Skip move through the tutorial, in Russian as in English") {
  accord::test::UiTempDir dir;
  std::ofstream(dir / "s.txt") << "wait 3\nclick menu.new_game\nwait 3\nclick new.start\nwait 3\nexpect hint brief\n"
                                  "click tutorial.next\nwait 3\nexpect hint map\nclick tutorial.skip\nwait 3\nexpect hint none\n";
  const auto r = runCommand(underXvfb(dir, "--lang ru --ui-script " + (dir / "s.txt").string()));
  INFO(r.err);
  CHECK(r.code == 0);
}
#endif
