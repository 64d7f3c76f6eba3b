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
const sf::Color kLabelOutline(10, 12, 16, 220);
constexpr float kLabelOutlineThickness = 2.0f;
const sf::Color kLeader(200, 204, 210, 150);
// A joint is a few pixels across: twelve sides draw it as round as thirty did.
constexpr size_t kJointSides = 12;

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

// A filled disc as triangles about its centre, for the same batch as the lines.
void addDisc(sf::VertexArray& tris, sf::Vector2f centre, float radius, sf::Color c) {
  const sf::CircleShape shape(radius, kJointSides);
  const sf::Vector2f offset = centre - sf::Vector2f(radius, radius);
  for (size_t k = 0; k < kJointSides; ++k) {
    tris.append(sf::Vertex(centre, c));
    tris.append(sf::Vertex(offset + shape.getPoint(k), c));
    tris.append(sf::Vertex(offset + shape.getPoint((k + 1) % kJointSides), c));
  }
}

}  // namespace

sf::Color mapBackground() { return kBackground; }

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
  const LabelsKey labelsKey{m_viewRevision, uiScale, &t, t.language(), &font};
  const bool labelsChanged = labelsKey != m_labelsKey;
  if (labelsChanged) {
    drawLabels(view, t, font, uiScale);
    m_labelsKey = labelsKey;
  }
  SceneKey sceneKey{m_area, m_zoom, m_pan, m_hovered, colourBlindSafe};
  if (labelsChanged || !m_sceneKey || sceneKey.area != m_sceneKey->area || sceneKey.zoom != m_sceneKey->zoom ||
      sceneKey.pan != m_sceneKey->pan) {
    traceLines(view);
  }
  // The sector under the mouse is found on every frame; the scene changes only when it does.
  findHovered(uiScale);
  sceneKey.hovered = m_hovered;
  if (labelsChanged || sceneKey != m_sceneKey) {
    layOut(view, colourBlindSafe, uiScale);
    ++m_drawing;
    m_sceneKey = sceneKey;
  }

  // Everything is drawn in window pixels, clipped to the map's area by the view's viewport.
  const sf::View previous = target.getView();
  const sf::Vector2f windowSize(static_cast<float>(target.getSize().x), static_cast<float>(target.getSize().y));
  sf::View clip(m_area);
  clip.setViewport(sf::FloatRect(m_area.left / windowSize.x, m_area.top / windowSize.y, m_area.width / windowSize.x,
                                 m_area.height / windowSize.y));
  target.setView(clip);
  target.draw(m_grid);
  target.draw(m_shapes);
  for (const auto& ring : m_rings) target.draw(ring);
  target.draw(m_leaders);
  m_atlas.draw(target, m_labelQuads);
  target.setView(previous);
}

void MapView::traceLines(const core::RoleView& view) {
  m_lines.clear();
  for (const auto& s : view.sectors) {
    std::vector<sf::Vector2f> pts;
    pts.reserve(s.line.size());
    for (const auto& p : s.line) pts.push_back(toScreen(static_cast<float>(p.x), static_cast<float>(p.y)));
    m_lines.push_back(std::move(pts));
  }
}

void MapView::findHovered(float uiScale) {
  m_hovered.reset();
  if (!m_area.contains(m_mouse)) return;
  float best = kHoverPixels * uiScale;
  const std::string* hovered = nullptr;
  for (size_t i = 0; i < m_lines.size() && i < m_sectorIds.size(); ++i) {
    const auto& pts = m_lines[i];
    for (size_t k = 1; k < pts.size(); ++k) {
      const float d = distanceToSegment(m_mouse, pts[k - 1], pts[k]);
      if (d < best) {
        best = d;
        hovered = &m_sectorIds[i];
      }
    }
  }
  if (hovered) m_hovered = *hovered;
}

// The names, the exclaves' names and the force boxes, drawn into the atlas; they change with the
// view and the scale, not with pan, zoom or the mouse.
void MapView::drawLabels(const core::RoleView& view, const Texts& t, const sf::Font& font, float uiScale) {
  m_atlas.clear();
  m_sectorIds.clear();
  for (const auto& s : view.sectors) m_sectorIds.push_back(s.id);

  // An outlined label, anchored where drawLabel() would have put its position.
  auto outlined = [&](const std::string& text, unsigned size, bool centred) {
    sf::Text label(utf8(text), font, size);
    label.setFillColor(kLabel);
    label.setOutlineColor(kLabelOutline);
    label.setOutlineThickness(kLabelOutlineThickness);
    const sf::FloatRect b = label.getLocalBounds();
    label.setOrigin(centred ? b.left + b.width / 2 : b.left, b.top + b.height / 2);
    // The glyph quads reach a pixel beyond the bounds.
    const sf::FloatRect extent(b.left - label.getOrigin().x - 1, b.top - label.getOrigin().y - 1, b.width + 2, b.height + 2);
    return m_atlas.add(extent, [label](sf::RenderTarget& target, sf::Vector2f anchor) mutable {
      label.setPosition(anchor);
      target.draw(label);
    });
  };

  m_exclaveLabels.clear();
  const unsigned exclaveSize = static_cast<unsigned>(13 * uiScale);
  for (const auto& ex : view.exclaves) {
    m_exclaveLabels.push_back(outlined(t.format("ui.map.exclave_label", {{"name", ex.name}}), exclaveSize, false));
  }

  m_sectorLabels.clear();
  const unsigned labelSize = static_cast<unsigned>(14 * uiScale);
  const unsigned markerSize = static_cast<unsigned>(12 * uiScale);
  for (const auto& s : view.sectors) {
    SectorLabels labels;
    const std::string name = s.name + "  [" + statusTag(t, s.status) + "]";
    // The space a name takes is measured without its outline.
    const sf::FloatRect b = sf::Text(utf8(name), font, labelSize).getLocalBounds();
    labels.nameSize = {b.width + 8.0f * uiScale, b.height + 8.0f * uiScale};
    labels.name = outlined(name, labelSize, true);

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
    if (!rows.empty()) {
      const float pad = 3.0f * uiScale;
      const float sw = 8.0f * uiScale;
      const float rowHeight = static_cast<float>(markerSize) + 4.0f * uiScale;
      float textWidth = 0;
      for (const auto& row : rows) textWidth = std::max(textWidth, sf::Text(utf8(row.text), font, markerSize).getLocalBounds().width);
      const sf::Vector2f size(textWidth + sw + pad * 4, rowHeight * static_cast<float>(rows.size()) + pad * 2);
      labels.forcesSize = size;
      // The box, anchored at its top left; its outline lies outside it.
      labels.forces = m_atlas.add(sf::FloatRect(-1, -1, size.x + 2, size.y + 2), [=, &font](sf::RenderTarget& target, sf::Vector2f at) {
        sf::RectangleShape box(size);
        box.setPosition(at);
        box.setFillColor(sf::Color(16, 18, 24, 215));
        box.setOutlineColor(sf::Color(120, 126, 136));
        box.setOutlineThickness(1.0f);
        target.draw(box);
        for (size_t k = 0; k < rows.size(); ++k) {
          const float y = at.y + std::round(pad + rowHeight * static_cast<float>(k));
          sf::RectangleShape swatch({sw, sw});
          swatch.setFillColor(rows[k].colour);
          swatch.setPosition(at.x + std::round(pad), y + (rowHeight - sw) / 2);
          target.draw(swatch);
          sf::Text label(utf8(rows[k].text), font, markerSize);
          const sf::FloatRect lb = label.getLocalBounds();
          label.setFillColor(kLabel);
          label.setOrigin(lb.left, lb.top);
          label.setPosition(at.x + std::round(pad * 3 + sw), std::round(y + (rowHeight - lb.height) / 2));
          target.draw(label);
        }
      });
    }
    m_sectorLabels.push_back(labels);
  }
  m_atlas.build();
}

void MapView::layOut(const core::RoleView& view, bool colourBlindSafe, float uiScale) {
  // A plain grid: the map is a diagram, not a survey.
  m_grid.clear();
  const float step = 100.0f * m_fitScale * m_zoom;
  if (step > 8.0f) {
    const sf::Vector2f origin = toScreen(0, 0);
    for (float x = origin.x - std::ceil((origin.x - m_area.left) / step) * step; x < m_area.left + m_area.width; x += step) {
      if (x < m_area.left) continue;
      m_grid.append(sf::Vertex({x, m_area.top}, kGrid));
      m_grid.append(sf::Vertex({x, m_area.top + m_area.height}, kGrid));
    }
    for (float y = origin.y - std::ceil((origin.y - m_area.top) / step) * step; y < m_area.top + m_area.height; y += step) {
      if (y < m_area.top) continue;
      m_grid.append(sf::Vertex({m_area.left, y}, kGrid));
      m_grid.append(sf::Vertex({m_area.left + m_area.width, y}, kGrid));
    }
  }

  m_shapes.clear();
  const float width = 7.0f * uiScale * std::sqrt(std::max(1.0f, m_zoom));
  for (size_t i = 0; i < view.sectors.size() && i < m_lines.size(); ++i) {
    const auto& s = view.sectors[i];
    const auto& pts = m_lines[i];
    const bool hot = m_hovered && *m_hovered == s.id;
    if (hot) {
      for (size_t k = 1; k < pts.size(); ++k) addSegment(m_shapes, pts[k - 1], pts[k], width + 6.0f * uiScale, sf::Color::White, false);
    }
    for (size_t k = 1; k < pts.size(); ++k) {
      addSegment(m_shapes, pts[k - 1], pts[k], width, statusColour(s.status, colourBlindSafe), statusDashed(s.status));
    }
  }
  // Joints between sectors, so that the line reads as one border; where two sectors meet, one.
  std::vector<sf::Vector2f> joints;
  for (const auto& pts : m_lines) {
    if (pts.empty()) continue;
    for (const auto& p : {pts.front(), pts.back()}) {
      if (std::find(joints.begin(), joints.end(), p) == joints.end()) joints.push_back(p);
    }
  }
  for (const auto& p : joints) addDisc(m_shapes, p, 3.0f * uiScale, sf::Color(200, 204, 210));

  // Exclaves: a ring in the colour of the state they belong to.
  m_rings.clear();
  m_labelQuads.clear();
  const float ringRadius = 16.0f * uiScale * std::sqrt(std::max(1.0f, m_zoom));
  for (size_t i = 0; i < view.exclaves.size(); ++i) {
    const auto& ex = view.exclaves[i];
    const sf::Vector2f p = toScreen(static_cast<float>(ex.at.x), static_cast<float>(ex.at.y));
    sf::CircleShape ring(ringRadius);
    ring.setOrigin(ringRadius, ringRadius);
    ring.setPosition(p);
    sf::Color fill(120, 120, 120, 90);
    for (const auto& a : view.actors) {
      if (a.id == ex.belongsTo) fill = sf::Color(a.colour);
    }
    fill.a = 110;
    ring.setFillColor(fill);
    ring.setOutlineColor(sf::Color::White);
    ring.setOutlineThickness(2.0f * uiScale);
    m_rings.push_back(ring);
    if (i < m_exclaveLabels.size()) {
      const sf::Vector2f at = p + sf::Vector2f(ringRadius + 6.0f * uiScale, ringRadius * 0.9f);
      m_atlas.place(m_labelQuads, m_exclaveLabels[i], {std::round(at.x), std::round(at.y)});
    }
  }

  // Names with a status tag, then each sector's forces, placed where they overlap nothing placed
  // before them; a thin leader line ties a label set further out to its sector.
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
  m_leaders.clear();
  auto leader = [&](sf::Vector2f from, const sf::FloatRect& r) {
    const sf::Vector2f to(std::clamp(from.x, r.left, r.left + r.width), std::clamp(from.y, r.top, r.top + r.height));
    const sf::Vector2f d = to - from;
    if (d.x * d.x + d.y * d.y < 30.0f * 30.0f * uiScale * uiScale) return;
    m_leaders.append(sf::Vertex(from, kLeader));
    m_leaders.append(sf::Vertex(to, kLeader));
  };

  const size_t count = std::min({view.sectors.size(), m_lines.size(), m_sectorLabels.size()});
  std::vector<std::pair<sf::Vector2f, sf::Vector2f>> middles;
  for (size_t i = 0; i < count; ++i) {
    const auto [mid, normal] = middleOf(m_lines[i]);
    middles.emplace_back(mid, normal);
    const SectorLabels& labels = m_sectorLabels[i];
    const sf::FloatRect r = place(mid, normal, labels.nameSize, i % 2 == 0 ? 1.0f : -1.0f);
    placed.push_back(r);
    leader(mid, r);
    m_atlas.place(m_labelQuads, labels.name, {std::round(r.left + r.width / 2), std::round(r.top + r.height / 2)});
  }
  for (size_t i = 0; i < count; ++i) {
    const SectorLabels& labels = m_sectorLabels[i];
    if (!labels.forces) continue;
    const auto [mid, normal] = middles[i];
    const sf::FloatRect r = place(mid, normal, labels.forcesSize, i % 2 == 0 ? -1.0f : 1.0f);
    placed.push_back(r);
    leader(mid, r);
    m_atlas.place(m_labelQuads, *labels.forces, {std::round(r.left), std::round(r.top)});
  }
}

}  // namespace accord::ui
