// A rounded rectangle's fill in cheap triangles; see rounded_fill.hpp.
#include "rounded_fill.hpp"

#include <cmath>

namespace accord::ui {
namespace {

// How far from a side a corner may be and still lie on it, in pixels.
constexpr float kOnSide = 0.01f;
// How far the cut's area may stray from the polygon's before the cut is refused, in pixels: a
// corner left out or drawn twice is more than that.
constexpr double kAreaTolerance = 0.01;

double twiceArea(const ImVec2& o, const ImVec2& a, const ImVec2& b) {
  return std::fabs((static_cast<double>(a.x) - o.x) * (static_cast<double>(b.y) - o.y) -
                   (static_cast<double>(a.y) - o.y) * (static_cast<double>(b.x) - o.x));
}

float cross(const ImVec2& o, const ImVec2& a, const ImVec2& b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool convex(const ImDrawVert* vertices, const std::vector<ImDrawIdx>& polygon) {
  bool positive = false;
  bool negative = false;
  const size_t n = polygon.size();
  for (size_t i = 0; i < n; ++i) {
    const float c = cross(vertices[polygon[i]].pos, vertices[polygon[(i + 1) % n]].pos, vertices[polygon[(i + 2) % n]].pos);
    positive = positive || c > 0.0f;
    negative = negative || c < 0.0f;
  }
  return !(positive && negative);
}

// Twice the area of a convex polygon, as a fan of triangles.
double twiceArea(const ImDrawVert* vertices, const std::vector<ImDrawIdx>& polygon) {
  double twice = 0;
  for (size_t i = 2; i < polygon.size(); ++i) {
    twice += twiceArea(vertices[polygon[0]].pos, vertices[polygon[i - 1]].pos, vertices[polygon[i]].pos);
  }
  return twice;
}

// The polygon seen with its long axis as `along` and its short one as `across`.
struct Frame {
  const ImDrawVert* vertices;
  const std::vector<ImDrawIdx>& polygon;
  bool tall;
  float along(size_t k) const { return tall ? vertices[polygon[k]].pos.y : vertices[polygon[k]].pos.x; }
  float across(size_t k) const { return tall ? vertices[polygon[k]].pos.x : vertices[polygon[k]].pos.y; }
};

// The first and the last corner on the side where `value(k)` is `side`, in the order of `along`.
bool sideEnds(const Frame& f, float side, bool useAlong, size_t& first, size_t& last) {
  bool found = false;
  for (size_t k = 0; k < f.polygon.size(); ++k) {
    const float v = useAlong ? f.along(k) : f.across(k);
    if (std::fabs(v - side) > kOnSide) continue;
    const float key = useAlong ? f.across(k) : f.along(k);
    const float firstKey = useAlong ? f.across(first) : f.along(first);
    const float lastKey = useAlong ? f.across(last) : f.along(last);
    if (!found || key < firstKey) first = k;
    if (!found || key > lastKey) last = k;
    found = true;
  }
  return found && first != last;
}

class Cutter {
 public:
  Cutter(const std::vector<ImDrawIdx>& polygon, std::vector<ImDrawIdx>& out) : m_polygon(polygon), m_out(out) {}

  void triangle(size_t a, size_t b, size_t c) {
    if (a == b || b == c || a == c) return;
    m_out.push_back(m_polygon[a]);
    m_out.push_back(m_polygon[b]);
    m_out.push_back(m_polygon[c]);
  }

  // One end of the shape: the corners from `from` to `to` walking by `step`, with the short side
  // between `capFirst` and `capLast` among them. A fan at each corner, two triangles between.
  bool end(size_t from, size_t to, int step, size_t capFirst, size_t capLast) {
    const size_t n = m_polygon.size();
    auto next = [&](size_t k) { return step > 0 ? (k + 1) % n : (k + n - 1) % n; };
    // The cap's corners in walking order.
    size_t c0 = capFirst;
    size_t c1 = capLast;
    bool seenC0 = false;
    for (size_t k = from;; k = next(k)) {
      if (k == capFirst || k == capLast) {
        c0 = k;
        c1 = k == capFirst ? capLast : capFirst;
        seenC0 = true;
        break;
      }
      if (k == to) break;
    }
    if (!seenC0) return false;
    for (size_t k = from; k != c0; k = next(k)) triangle(c0, k, next(k));
    for (size_t k = c1; k != to; k = next(k)) triangle(c1, k, next(k));
    triangle(from, c0, c1);
    triangle(from, c1, to);
    return true;
  }

 private:
  const std::vector<ImDrawIdx>& m_polygon;
  std::vector<ImDrawIdx>& m_out;
};

}  // namespace

bool cutRoundedRect(const ImDrawVert* vertices, const std::vector<ImDrawIdx>& polygon, std::vector<ImDrawIdx>& out) {
  const size_t n = polygon.size();
  if (n < 5 || !convex(vertices, polygon)) return false;
  ImVec2 lo = vertices[polygon[0]].pos;
  ImVec2 hi = lo;
  for (const ImDrawIdx i : polygon) {
    const ImVec2& p = vertices[i].pos;
    lo = ImVec2(std::fmin(lo.x, p.x), std::fmin(lo.y, p.y));
    hi = ImVec2(std::fmax(hi.x, p.x), std::fmax(hi.y, p.y));
  }
  const Frame f{vertices, polygon, hi.y - lo.y > hi.x - lo.x};
  const float acrossLo = f.tall ? lo.x : lo.y;
  const float acrossHi = f.tall ? hi.x : hi.y;
  const float alongLo = f.tall ? lo.y : lo.x;
  const float alongHi = f.tall ? hi.y : hi.x;

  // The long sides, each a straight run: a0..a1 on one, b0..b1 on the other, by `along`.
  size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
  if (!sideEnds(f, acrossLo, false, a0, a1) || !sideEnds(f, acrossHi, false, b0, b1)) return false;
  // The short sides (the ends' caps), straight runs too.
  size_t lowCap0 = 0, lowCap1 = 0, highCap0 = 0, highCap1 = 0;
  if (!sideEnds(f, alongLo, true, lowCap0, lowCap1) || !sideEnds(f, alongHi, true, highCap0, highCap1)) return false;

  // Walking from a1 one way reaches b1 (the high end) before a0: that is the way round.
  int step = 1;
  for (size_t k = a1;; k = (k + 1) % n) {
    if (k == b1) break;
    if (k == a0) {
      step = -1;
      break;
    }
  }
  const size_t before = out.size();
  Cutter cut(polygon, out);
  // The middle: the rectangle between the long sides' ends.
  cut.triangle(a0, a1, b1);
  cut.triangle(a0, b1, b0);
  const bool ends = cut.end(a1, b1, step, highCap0, highCap1) && cut.end(b0, a0, step, lowCap0, lowCap1);
  // The cut must cover the polygon exactly once; anything else is left to ImGui's own fan.
  double covered = 0;
  for (size_t k = before; k + 2 < out.size(); k += 3) covered += twiceArea(vertices[out[k]].pos, vertices[out[k + 1]].pos, vertices[out[k + 2]].pos);
  if (!ends || std::fabs(covered - twiceArea(vertices, polygon)) > 2 * kAreaTolerance) {
    out.resize(before);
    return false;
  }
  return true;
}

}  // namespace accord::ui
