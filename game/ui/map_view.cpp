// The schematic map; see map_view.hpp.
#include "map_view.hpp"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <algorithm>
#include <cmath>

#include "game/ui/view_model.hpp"

namespace accord::ui {
namespace {

constexpr float kMinZoom = 0.5f;
constexpr float kMaxZoom = 6.0f;
constexpr float kHoverPixels = 12.0f;

const sf::Color kBackground(24, 30, 38);
const sf::Color kGrid(38, 46, 56);
const sf::Color kLabel(230, 232, 236);

sf::String utf8(const std::string& s) { return sf::String::fromUtf8(s.begin(), s.end()); }

float distanceToSegment(sf::Vector2f p, sf::Vector2f a, sf::Vector2f b) {
  const sf::Vector2f ab = b - a;
  const float len2 = ab.x * ab.x + ab.y * ab.y;
  float t = len2 > 0 ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2 : 0.0f;
  t = std::clamp(t, 0.0f, 1.0f);
  const sf::Vector2f q = a + ab * t - p;
  return std::sqrt(q.x * q.x + q.y * q.y);
}

// A thick segment as two triangles; dashed lines are cut into pieces along it.
void addSegment(sf::VertexArray& tris, sf::Vector2f a, sf::Vector2f b, float width, sf::Color c, bool dashed) {
  const sf::Vector2f d = b - a;
  const float len = std::sqrt(d.x * d.x + d.y * d.y);
  if (len <= 0.01f) return;
  const sf::Vector2f u = d / len;
  const sf::Vector2f n(-u.y * width / 2, u.x * width / 2);
  const float dash = dashed ? width * 2.2f : len;
  const float gap = dashed ? width * 1.2f : 0.0f;
  for (float s = 0; s < len; s += dash + gap) {
    const sf::Vector2f p0 = a + u * s;
    const sf::Vector2f p1 = a + u * std::min(s + dash, len);
    tris.append(sf::Vertex(p0 + n, c));
    tris.append(sf::Vertex(p1 + n, c));
    tris.append(sf::Vertex(p1 - n, c));
    tris.append(sf::Vertex(p0 + n, c));
    tris.append(sf::Vertex(p1 - n, c));
    tris.append(sf::Vertex(p0 - n, c));
  }
}

// The point halfway along a polyline, and the unit normal there.
std::pair<sf::Vector2f, sf::Vector2f> middleOf(const std::vector<sf::Vector2f>& pts) {
  if (pts.empty()) return {{0, 0}, {0, -1}};
  if (pts.size() == 1) return {pts[0], {0, -1}};
  float total = 0;
  for (size_t i = 1; i < pts.size(); ++i) {
    const sf::Vector2f d = pts[i] - pts[i - 1];
    total += std::sqrt(d.x * d.x + d.y * d.y);
  }
  float half = total / 2;
  for (size_t i = 1; i < pts.size(); ++i) {
    const sf::Vector2f d = pts[i] - pts[i - 1];
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len >= half && len > 0) {
      const sf::Vector2f u = d / len;
      sf::Vector2f n(u.y, -u.x);  // points up the screen for a line drawn left to right
      if (n.y > 0) n = -n;
      return {pts[i - 1] + u * half, n};
    }
    half -= len;
  }
  return {pts.back(), {0, -1}};
}

void drawLabel(sf::RenderTarget& target, const sf::Font& font, const std::string& text, sf::Vector2f at, unsigned size,
               sf::Color colour, bool centred) {
  sf::Text label(utf8(text), font, size);
  label.setFillColor(colour);
  label.setOutlineColor(sf::Color(10, 12, 16, 220));
  label.setOutlineThickness(2.0f);
  const sf::FloatRect b = label.getLocalBounds();
  label.setOrigin(centred ? b.left + b.width / 2 : b.left, b.top + b.height / 2);
  label.setPosition(std::round(at.x), std::round(at.y));
  target.draw(label);
}

}  // namespace

sf::Color statusColour(core::SectorStatus status, bool colourBlindSafe) {
  using S = core::SectorStatus;
  if (colourBlindSafe) {
    switch (status) {
      case S::Demarcated: return sf::Color(0x00, 0x72, 0xB2);
      case S::Delimited: return sf::Color(0x56, 0xB4, 0xE9);
      case S::Disputed: return sf::Color(0xF0, 0xE4, 0x42);
      case S::Contested: return sf::Color(0xCC, 0x79, 0xA7);
    }
  }
  switch (status) {
    case S::Demarcated: return sf::Color(0x5F, 0xB8, 0x5F);
    case S::Delimited: return sf::Color(0x4F, 0xA3, 0xE0);
    case S::Disputed: return sf::Color(0xF2, 0xB1, 0x34);
    case S::Contested: return sf::Color(0xE5, 0x48, 0x3E);
  }
  return sf::Color::White;
}

bool statusDashed(core::SectorStatus status) {
  return status == core::SectorStatus::Disputed || status == core::SectorStatus::Contested;
}

void MapView::resetView() {
  m_zoom = 1.0f;
  m_pan = {0, 0};
}

void MapView::fit(const core::RoleView& view) const {
  float minX = 1e9f, minY = 1e9f, maxX = -1e9f, maxY = -1e9f;
  auto add = [&](int x, int y) {
    minX = std::min(minX, static_cast<float>(x));
    minY = std::min(minY, static_cast<float>(y));
    maxX = std::max(maxX, static_cast<float>(x));
    maxY = std::max(maxY, static_cast<float>(y));
  };
  for (const auto& s : view.sectors) {
    for (const auto& p : s.line) add(p.x, p.y);
  }
  for (const auto& e : view.exclaves) add(e.at.x, e.at.y);
  if (minX > maxX) {
    minX = minY = 0;
    maxX = maxY = 1000;
  }
  m_extent = sf::FloatRect(minX, minY, std::max(1.0f, maxX - minX), std::max(1.0f, maxY - minY));
  m_fitScale = std::min(m_area.width * 0.8f / m_extent.width, m_area.height * 0.7f / m_extent.height);
}

sf::Vector2f MapView::toScreen(float x, float y) const {
  const sf::Vector2f centre(m_area.left + m_area.width / 2, m_area.top + m_area.height / 2);
  const float k = m_fitScale * m_zoom;
  return centre + m_pan + sf::Vector2f((x - (m_extent.left + m_extent.width / 2)) * k, (y - (m_extent.top + m_extent.height / 2)) * k);
}

bool MapView::handleEvent(const sf::Event& e, bool blocked) {
  switch (e.type) {
    case sf::Event::MouseMoved: {
      const sf::Vector2f p(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
      if (m_dragging) {
        m_pan += p - m_dragFrom;
        m_dragFrom = p;
      }
      m_mouse = p;
      return true;
    }
    case sf::Event::MouseButtonPressed: {
      const sf::Vector2f p(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
      if (blocked || !m_area.contains(p) || e.mouseButton.button != sf::Mouse::Left) return false;
      m_dragging = true;
      m_dragFrom = p;
      return true;
    }
    case sf::Event::MouseButtonReleased:
      if (!m_dragging) return false;
      m_dragging = false;
      return true;
    case sf::Event::MouseWheelScrolled: {
      const sf::Vector2f p(static_cast<float>(e.mouseWheelScroll.x), static_cast<float>(e.mouseWheelScroll.y));
      if (blocked || !m_area.contains(p) || e.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) return false;
      const float before = m_zoom;
      m_zoom = std::clamp(m_zoom * std::pow(1.2f, e.mouseWheelScroll.delta), kMinZoom, kMaxZoom);
      // Keep the point under the mouse where it is.
      const sf::Vector2f centre(m_area.left + m_area.width / 2, m_area.top + m_area.height / 2);
      const sf::Vector2f rel = p - centre - m_pan;
      m_pan -= rel * (m_zoom / before - 1.0f);
      return true;
    }
    case sf::Event::MouseLeft:
      m_mouse = {-1, -1};
      m_dragging = false;
      return true;
    default:
      return false;
  }
}

std::optional<sf::Vector2f> MapView::screenPointOf(const core::RoleView& view, const std::string& sectorId) const {
  fit(view);
  for (const auto& s : view.sectors) {
    if (s.id != sectorId) continue;
    std::vector<sf::Vector2f> pts;
    for (const auto& p : s.line) pts.push_back(toScreen(static_cast<float>(p.x), static_cast<float>(p.y)));
    return middleOf(pts).first;
  }
  return std::nullopt;
}

void MapView::draw(sf::RenderTarget& target, const core::RoleView& view, const Texts& t, const sf::Font& font,
                   bool colourBlindSafe, float uiScale) {
  fit(view);
  // Everything is drawn in window pixels, clipped to the map's area by the view's viewport.
  const sf::View previous = target.getView();
  const sf::Vector2f windowSize(static_cast<float>(target.getSize().x), static_cast<float>(target.getSize().y));
  sf::View clip(m_area);
  clip.setViewport(sf::FloatRect(m_area.left / windowSize.x, m_area.top / windowSize.y, m_area.width / windowSize.x,
                                 m_area.height / windowSize.y));
  target.setView(clip);
  drawContents(target, view, t, font, colourBlindSafe, uiScale);
  target.setView(previous);
}

void MapView::drawContents(sf::RenderTarget& target, const core::RoleView& view, const Texts& t, const sf::Font& font,
                           bool colourBlindSafe, float uiScale) {
  sf::RectangleShape back({m_area.width, m_area.height});
  back.setPosition(m_area.left, m_area.top);
  back.setFillColor(kBackground);
  target.draw(back);

  // A plain grid: the map is a diagram, not a survey.
  sf::VertexArray grid(sf::Lines);
  const float step = 100.0f * m_fitScale * m_zoom;
  if (step > 8.0f) {
    const sf::Vector2f origin = toScreen(0, 0);
    for (float x = origin.x - std::ceil((origin.x - m_area.left) / step) * step; x < m_area.left + m_area.width; x += step) {
      if (x < m_area.left) continue;
      grid.append(sf::Vertex({x, m_area.top}, kGrid));
      grid.append(sf::Vertex({x, m_area.top + m_area.height}, kGrid));
    }
    for (float y = origin.y - std::ceil((origin.y - m_area.top) / step) * step; y < m_area.top + m_area.height; y += step) {
      if (y < m_area.top) continue;
      grid.append(sf::Vertex({m_area.left, y}, kGrid));
      grid.append(sf::Vertex({m_area.left + m_area.width, y}, kGrid));
    }
  }
  target.draw(grid);

  // Which sector is under the mouse.
  m_hovered.reset();
  float best = kHoverPixels * uiScale;
  std::vector<std::vector<sf::Vector2f>> lines;
  for (const auto& s : view.sectors) {
    std::vector<sf::Vector2f> pts;
    for (const auto& p : s.line) pts.push_back(toScreen(static_cast<float>(p.x), static_cast<float>(p.y)));
    if (m_area.contains(m_mouse)) {
      for (size_t i = 1; i < pts.size(); ++i) {
        const float d = distanceToSegment(m_mouse, pts[i - 1], pts[i]);
        if (d < best) {
          best = d;
          m_hovered = s.id;
        }
      }
    }
    lines.push_back(std::move(pts));
  }

  const float width = 7.0f * uiScale * std::sqrt(std::max(1.0f, m_zoom));
  sf::VertexArray tris(sf::Triangles);
  for (size_t i = 0; i < view.sectors.size(); ++i) {
    const auto& s = view.sectors[i];
    const auto& pts = lines[i];
    const bool hot = m_hovered && *m_hovered == s.id;
    if (hot) {
      for (size_t k = 1; k < pts.size(); ++k) addSegment(tris, pts[k - 1], pts[k], width + 6.0f * uiScale, sf::Color::White, false);
    }
    for (size_t k = 1; k < pts.size(); ++k) {
      addSegment(tris, pts[k - 1], pts[k], width, statusColour(s.status, colourBlindSafe), statusDashed(s.status));
    }
  }
  target.draw(tris);

  // Joints between sectors, so that the line reads as one border.
  for (const auto& pts : lines) {
    for (const auto& p : {pts.front(), pts.back()}) {
      sf::CircleShape joint(3.0f * uiScale);
      joint.setOrigin(3.0f * uiScale, 3.0f * uiScale);
      joint.setPosition(p);
      joint.setFillColor(sf::Color(200, 204, 210));
      target.draw(joint);
    }
  }

  // Exclaves: a ring in the colour of the state they belong to.
  for (const auto& ex : view.exclaves) {
    const sf::Vector2f p = toScreen(static_cast<float>(ex.at.x), static_cast<float>(ex.at.y));
    const float r = 16.0f * uiScale * std::sqrt(std::max(1.0f, m_zoom));
    sf::CircleShape ring(r);
    ring.setOrigin(r, r);
    ring.setPosition(p);
    sf::Color fill(120, 120, 120, 90);
    for (const auto& a : view.actors) {
      if (a.id == ex.belongsTo) fill = sf::Color(a.colour);
    }
    fill.a = 110;
    ring.setFillColor(fill);
    ring.setOutlineColor(sf::Color::White);
    ring.setOutlineThickness(2.0f * uiScale);
    target.draw(ring);
    drawLabel(target, font, t.format("ui.map.exclave_label", {{"name", ex.name}}), p + sf::Vector2f(r + 6.0f * uiScale, r * 0.9f),
              static_cast<unsigned>(13 * uiScale), kLabel, false);
  }

  // Names with a status tag, then each sector's forces, placed where they overlap nothing drawn
  // before them; a thin leader line ties a label set further out to its sector.
  const unsigned labelSize = static_cast<unsigned>(14 * uiScale);
  const unsigned markerSize = static_cast<unsigned>(12 * uiScale);
  std::vector<sf::FloatRect> placed;
  for (const auto& ex : view.exclaves) {
    const sf::Vector2f p = toScreen(static_cast<float>(ex.at.x), static_cast<float>(ex.at.y));
    placed.emplace_back(p.x - 18 * uiScale, p.y - 18 * uiScale, 220 * uiScale, 40 * uiScale);
  }
  auto place = [&](sf::Vector2f mid, sf::Vector2f normal, sf::Vector2f size, float preferSide) {
    const float gap = 6.0f * uiScale;
    sf::FloatRect fallback;
    for (int k = 0; k < 5; ++k) {
      for (float side : {preferSide, -preferSide}) {
        const float d = (size.y / 2 + 14.0f * uiScale) + static_cast<float>(k) * (size.y + gap);
        const sf::Vector2f c = mid + normal * (side * d);
        const sf::FloatRect r(c.x - size.x / 2, c.y - size.y / 2, size.x, size.y);
        if (k == 0 && side == preferSide) fallback = r;
        const bool free = std::none_of(placed.begin(), placed.end(), [&](const sf::FloatRect& o) { return o.intersects(r); });
        if (free) return r;
      }
    }
    return fallback;
  };
  auto leader = [&](sf::Vector2f from, const sf::FloatRect& r) {
    const sf::Vector2f to(std::clamp(from.x, r.left, r.left + r.width), std::clamp(from.y, r.top, r.top + r.height));
    const sf::Vector2f d = to - from;
    if (d.x * d.x + d.y * d.y < 30.0f * 30.0f * uiScale * uiScale) return;
    sf::Vertex line[] = {sf::Vertex(from, sf::Color(200, 204, 210, 150)), sf::Vertex(to, sf::Color(200, 204, 210, 150))};
    target.draw(line, 2, sf::Lines);
  };

  std::vector<std::pair<sf::Vector2f, sf::Vector2f>> middles;
  for (size_t i = 0; i < view.sectors.size(); ++i) {
    const auto& s = view.sectors[i];
    const auto [mid, normal] = middleOf(lines[i]);
    middles.emplace_back(mid, normal);
    sf::Text label(utf8(s.name + "  [" + statusTag(t, s.status) + "]"), font, labelSize);
    const sf::FloatRect b = label.getLocalBounds();
    const sf::FloatRect r = place(mid, normal, {b.width + 8.0f * uiScale, b.height + 8.0f * uiScale}, i % 2 == 0 ? 1.0f : -1.0f);
    placed.push_back(r);
    leader(mid, r);
    drawLabel(target, font, s.name + "  [" + statusTag(t, s.status) + "]", {r.left + r.width / 2, r.top + r.height / 2}, labelSize,
              kLabel, true);
  }

  for (size_t i = 0; i < view.sectors.size(); ++i) {
    const auto& s = view.sectors[i];
    struct Row {
      sf::Color colour;
      std::string text;
    };
    std::vector<Row> rows;
    for (const auto& a : view.actors) {
      auto it = s.forces.find(a.id);
      if (it == s.forces.end()) continue;
      const core::Forces& f = it->second;
      std::string text;
      if (f.troops > 0 || f.heavy > 0) text = groupDigits(f.troops) + " \u00b7 " + std::to_string(f.heavy);
      if (f.monitors > 0) text += (text.empty() ? "" : "  ") + t.format("ui.map.monitors_short", {{"n", std::to_string(f.monitors)}});
      if (!text.empty()) rows.push_back({sf::Color(a.colour), text});
    }
    if (rows.empty()) continue;
    const float pad = 3.0f * uiScale;
    const float sw = 8.0f * uiScale;
    const float rowHeight = static_cast<float>(markerSize) + 4.0f * uiScale;
    float textWidth = 0;
    for (const auto& row : rows) textWidth = std::max(textWidth, sf::Text(utf8(row.text), font, markerSize).getLocalBounds().width);
    const sf::Vector2f size(textWidth + sw + pad * 4, rowHeight * static_cast<float>(rows.size()) + pad * 2);
    const auto [mid, normal] = middles[i];
    const sf::FloatRect r = place(mid, normal, size, i % 2 == 0 ? -1.0f : 1.0f);
    placed.push_back(r);
    leader(mid, r);
    sf::RectangleShape box({r.width, r.height});
    box.setPosition(std::round(r.left), std::round(r.top));
    box.setFillColor(sf::Color(16, 18, 24, 215));
    box.setOutlineColor(sf::Color(120, 126, 136));
    box.setOutlineThickness(1.0f);
    target.draw(box);
    for (size_t k = 0; k < rows.size(); ++k) {
      const float y = std::round(r.top + pad + rowHeight * static_cast<float>(k));
      sf::RectangleShape swatch({sw, sw});
      swatch.setFillColor(rows[k].colour);
      swatch.setPosition(std::round(r.left + pad), y + (rowHeight - sw) / 2);
      target.draw(swatch);
      sf::Text label(utf8(rows[k].text), font, markerSize);
      const sf::FloatRect lb = label.getLocalBounds();
      label.setFillColor(kLabel);
      label.setOrigin(lb.left, lb.top);
      label.setPosition(std::round(r.left + pad * 3 + sw), std::round(y + (rowHeight - lb.height) / 2));
      target.draw(label);
    }
  }
}

}  // namespace accord::ui
