// Cutting ImGui's rounded-rectangle fills again: the same area, and no long slivers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "game/ui/rounded_fill.hpp"

using accord::ui::cutRoundedRect;

namespace {

constexpr float kPi = 3.14159265f;

// A rounded rectangle's corners as ImGui's PathRect lays them out: an arc of `segments` steps per
// corner, top left first, going round clockwise on the screen.
std::vector<ImDrawVert> roundedRect(float x0, float y0, float x1, float y1, float r, int segments) {
  std::vector<ImDrawVert> corners;
  const ImVec2 centres[] = {{x0 + r, y0 + r}, {x1 - r, y0 + r}, {x1 - r, y1 - r}, {x0 + r, y1 - r}};
  for (int c = 0; c < 4; ++c) {
    const float start = kPi * (1.0f + 0.5f * static_cast<float>(c));
    for (int s = 0; s <= segments; ++s) {
      const float a = start + 0.5f * kPi * static_cast<float>(s) / static_cast<float>(segments);
      ImDrawVert v{};
      // The ends of each arc lie exactly on the sides, as ImGui's table of angles puts them.
      const float cx = s == 0 || s == segments ? std::round(std::cos(a)) : std::cos(a);
      const float cy = s == 0 || s == segments ? std::round(std::sin(a)) : std::sin(a);
      v.pos = ImVec2(centres[c].x + r * cx, centres[c].y + r * cy);
      v.col = IM_COL32(15, 15, 15, 240);
      corners.push_back(v);
    }
  }
  return corners;
}

std::vector<ImDrawIdx> inOrder(size_t n) {
  std::vector<ImDrawIdx> polygon(n);
  for (size_t i = 0; i < n; ++i) polygon[i] = static_cast<ImDrawIdx>(i);
  return polygon;
}

double twiceArea(const ImVec2& a, const ImVec2& b, const ImVec2& c) {
  return std::fabs((static_cast<double>(b.x) - a.x) * (static_cast<double>(c.y) - a.y) -
                   (static_cast<double>(b.y) - a.y) * (static_cast<double>(c.x) - a.x));
}

double polygonArea(const std::vector<ImDrawVert>& v) {
  double twice = 0;
  for (size_t i = 2; i < v.size(); ++i) twice += twiceArea(v[0].pos, v[i - 1].pos, v[i].pos);
  return twice / 2;
}

float length(const ImVec2& a, const ImVec2& b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

TEST_CASE("[ui] a rounded panel's fill is cut into the same area without long slivers") {
  struct Shape {
    float x0, y0, x1, y1, r;
  };
  for (const Shape s : {Shape{0, 0, 1280, 64, 4}, Shape{920, 64, 1280, 662, 4}, Shape{10.5f, 491.1f, 315.5f, 651.5f, 4},
                        Shape{8, 670, 140.3f, 693, 3}}) {
    INFO(s.x0 << "," << s.y0 << " to " << s.x1 << "," << s.y1);
    const auto corners = roundedRect(s.x0, s.y0, s.x1, s.y1, s.r, 3);
    std::vector<ImDrawIdx> out;
    REQUIRE(cutRoundedRect(corners.data(), inOrder(corners.size()), out));
    REQUIRE(out.size() % 3 == 0);
    double twice = 0;
    const float shortSide = std::min(s.x1 - s.x0, s.y1 - s.y0);
    for (size_t k = 0; k < out.size(); k += 3) {
      const ImVec2& a = corners[out[k]].pos;
      const ImVec2& b = corners[out[k + 1]].pos;
      const ImVec2& c = corners[out[k + 2]].pos;
      const double doubled = twiceArea(a, b, c);
      twice += doubled;
      // A triangle longer than the short side is as thick as a good part of it.
      const float longest = std::max({length(a, b), length(b, c), length(c, a)});
      if (longest > 1.5f * shortSide) CHECK(doubled / longest >= shortSide / 2);
    }
    CHECK(twice / 2 == Approx(polygonArea(corners)).epsilon(1e-6));
  }
}

TEST_CASE("[ui] a fill that is not a rounded rectangle keeps ImGui's own triangles") {
  std::vector<ImDrawIdx> out{7, 8, 9};
  SECTION("a circle has no straight sides") {
    std::vector<ImDrawVert> circle(12);
    for (size_t i = 0; i < circle.size(); ++i) {
      const float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(circle.size()) + 0.1f;
      circle[i].pos = ImVec2(50 + 3.4f * std::cos(a), 50 + 3.4f * std::sin(a));
    }
    CHECK_FALSE(cutRoundedRect(circle.data(), inOrder(circle.size()), out));
  }
  SECTION("a shape that is not convex") {
    auto corners = roundedRect(0, 0, 200, 100, 4, 3);
    corners[6].pos = ImVec2(100, 50);
    CHECK_FALSE(cutRoundedRect(corners.data(), inOrder(corners.size()), out));
  }
  CHECK(out == std::vector<ImDrawIdx>{7, 8, 9});
}
