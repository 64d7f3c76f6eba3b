// `accord play` as a player meets it: without a display it says what to do instead; under Xvfb a
// scripted game from the main menu really plays, and every screenshot shows something.
#include <catch2/catch.hpp>

#include <SFML/Graphics/Image.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

using accord::test::runCommand;

TEST_CASE("[ui] accord play without a display exits 2 and points to accord run") {
  const auto r = runCommand(std::string("env -u DISPLAY ") + ACCORD_BINARY + " play");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("no display") && Catch::Contains("accord run kyrgyz_tajik_border"));
}

#ifdef ACCORD_XVFB
namespace {

using accord::test::underXvfb;

// The standard deviation of the image's grey levels: 0 for a blank (one-colour) picture.
double greyDeviation(const sf::Image& image) {
  const auto size = image.getSize();
  double sum = 0;
  double sumSq = 0;
  const double n = static_cast<double>(size.x) * size.y;
  for (unsigned y = 0; y < size.y; y += 2) {
    for (unsigned x = 0; x < size.x; x += 2) {
      const sf::Color c = image.getPixel(x, y);
      const double g = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
      sum += g;
      sumSq += g * g;
    }
  }
  const double m = n / 4;
  const double mean = sum / m;
  return std::sqrt(std::max(0.0, sumSq / m - mean * mean));
}

}  // namespace

TEST_CASE("[ui] a scripted first game from the main menu starts a game, reaches month two and draws every screen") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const std::string cmd = underXvfb(dir, "--ui-script " + accord::test::uiScript("first_game.txt") + " --screenshots " + shots.string());
  const auto r = runCommand(cmd);
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["ok"] == true);
  CHECK(j["scenario"] == "kyrgyz_tajik_border");
  CHECK(j["seat"] == "kyrgyzstan");
  CHECK(j["turn"].get<int>() >= 2);        // End step was clicked until the month turned
  CHECK(j["commands"].get<int>() > 6);     // the human's passes and the computer's moves
  CHECK(j["screen"] == "main_menu");       // the last click went back to the menu
  const auto files = j["screenshots"].get<std::vector<std::string>>();
  CHECK(files.size() == 9);
  for (const auto& f : files) {
    INFO(f);
    sf::Image image;
    REQUIRE(image.loadFromFile(f));
    CHECK(image.getSize() == sf::Vector2u(1280, 720));
    CHECK(greyDeviation(image) > 8.0);
  }
}

TEST_CASE("[ui] at the negotiation table a scripted human proposes, answers, gives orders and reaches month two") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + accord::test::uiScript("negotiation.txt") + " --screenshots " + shots.string()));
  INFO(r.err);
  REQUIRE(r.code == 0);  // the script's own checks: an offer from the human, an answer by it, its orders applied
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["ok"] == true);
  CHECK(j["seat"] == "kyrgyzstan");
  CHECK(j["turn"].get<int>() >= 2);
  const auto files = j["screenshots"].get<std::vector<std::string>>();
  CHECK(files.size() >= 5);
  for (const auto& f : files) {
    INFO(f);
    sf::Image image;
    REQUIRE(image.loadFromFile(f));
    CHECK(greyDeviation(image) > 8.0);
  }
}

TEST_CASE("[ui] a UI script that expects what did not happen fails with its line") {
  accord::test::UiTempDir dir;
  std::ofstream(dir / "s.txt") << "wait 2\nexpect screen game\n";
  const auto r = runCommand(underXvfb(dir, "--ui-script " + (dir / "s.txt").string()));
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("s.txt:2: expected screen game, got main_menu"));
}

TEST_CASE("[ui] hot-seat in Russian at 150 % hands the screen from one human to the next") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto r = runCommand(underXvfb(dir, "--lang ru --scale 150 --ui-script " + accord::test::uiScript("hot_seat_ru.txt") + " --screenshots " + shots.string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["seat"] == "tajikistan");  // Kyrgyzstan ended its step; the hand-over came and went
  CHECK(j["screen"] == "game");
  const auto files = j["screenshots"].get<std::vector<std::string>>();
  CHECK(files.size() == 5);
  for (const auto& f : files) {
    INFO(f);
    sf::Image image;
    REQUIRE(image.loadFromFile(f));
    CHECK(greyDeviation(image) > 8.0);
  }
}
#endif
