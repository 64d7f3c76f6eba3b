// The debrief as a player meets it, under Xvfb: a short game played to its end leads to the Debrief
// screen, each of its tabs draws, and "play again from turn 2" brings the game back to turn 2.
#include <catch2/catch.hpp>

#include <SFML/Graphics/Image.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

using accord::test::runCommand;

#ifdef ACCORD_XVFB
namespace {

using accord::test::underXvfb;

// The standard deviation of the image's grey levels: 0 for a blank picture.
double greyDeviation(const sf::Image& image) {
  const auto size = image.getSize();
  double sum = 0;
  double sumSq = 0;
  double n = 0;
  for (unsigned y = 0; y < size.y; y += 2) {
    for (unsigned x = 0; x < size.x; x += 2) {
      const sf::Color c = image.getPixel(x, y);
      const double g = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
      sum += g;
      sumSq += g * g;
      n += 1;
    }
  }
  const double mean = sum / n;
  return std::sqrt(std::max(0.0, sumSq / n - mean * mean));
}

// How many sampled pixels differ between two pictures of the same size.
int differingPixels(const sf::Image& a, const sf::Image& b) {
  int count = 0;
  for (unsigned y = 0; y < a.getSize().y; y += 4) {
    for (unsigned x = 0; x < a.getSize().x; x += 4) {
      if (a.getPixel(x, y) != b.getPixel(x, y)) ++count;
    }
  }
  return count;
}

void checkRun(const std::string& args) {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto r = runCommand(underXvfb(dir, args + " --ui-script " + accord::test::uiScript("debrief.txt") + " --screenshots " + shots.string()));
  INFO(r.err);
  // The script's own checks: the game ended, the debrief came, and playing again went back to the
  // start of turn 2, unfinished, with Kyrgyzstan still the human's seat.
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out.substr(r.out.find('{')));
  CHECK(j["ok"] == true);
  CHECK(j["screen"] == "game");
  CHECK(j["turn"] == 2);
  CHECK(j["phase"] == "briefing");
  CHECK(j["seat"] == "kyrgyzstan");
  const auto files = j["screenshots"].get<std::vector<std::string>>();
  REQUIRE(files.size() == 7);
  std::vector<sf::Image> images(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    INFO(files[i]);
    REQUIRE(images[i].loadFromFile(files[i]));
    CHECK(images[i].getSize() == sf::Vector2u(1280, 720));
    CHECK(greyDeviation(images[i]) > 8.0);
  }
  // The debrief's tabs (shots 2 to 6) each show something of their own.
  for (size_t i = 2; i < 6; ++i) {
    INFO(files[i - 1] << " against " << files[i]);
    CHECK(differingPixels(images[i - 1], images[i]) > 500);
  }
}

}  // namespace

TEST_CASE("[ui] a short game played to its end shows the debrief, and play again from turn 2 goes back to turn 2") {
  checkRun("");
}

TEST_CASE("[ui] the debrief in Russian at 150 % plays the same script") {
  checkRun("--lang ru --scale 150");
}
#endif
