// Labels drawn once into a texture; see label_atlas.hpp.
#include "label_atlas.hpp"

#include <algorithm>
#include <cmath>

namespace accord::ui {
namespace {

// Cells are packed in rows; the gap keeps a neighbour's pixels out of reach of the sampling.
constexpr int kGap = 2;
constexpr unsigned kMinWidth = 512;

unsigned nextPowerOfTwo(unsigned n) {
  unsigned p = 1;
  while (p < n) p *= 2;
  return p;
}

}  // namespace

void LabelAtlas::clear() {
  m_entries.clear();
  m_built = false;
}

size_t LabelAtlas::add(sf::FloatRect extent, Painter paint) {
  // A pixel of margin around what the painter covers: its edges are not on whole pixels.
  const int left = static_cast<int>(std::floor(extent.left)) - 1;
  const int top = static_cast<int>(std::floor(extent.top)) - 1;
  const int right = static_cast<int>(std::ceil(extent.left + extent.width)) + 1;
  const int bottom = static_cast<int>(std::ceil(extent.top + extent.height)) + 1;
  m_entries.push_back(Entry{sf::IntRect(left, top, right - left, bottom - top), {0, 0}, std::move(paint)});
  m_built = false;
  return m_entries.size() - 1;
}

bool LabelAtlas::build() {
  int widest = 0;
  for (const auto& e : m_entries) widest = std::max(widest, e.cell.width);
  // Power-of-two sizes, so that texture coordinates divided by the size stay exact.
  const unsigned width = nextPowerOfTwo(std::max(kMinWidth, static_cast<unsigned>(widest + kGap)));
  int x = kGap;
  int y = kGap;
  int rowHeight = 0;
  for (auto& e : m_entries) {
    if (x + e.cell.width + kGap > static_cast<int>(width)) {
      x = kGap;
      y += rowHeight + kGap;
      rowHeight = 0;
    }
    e.atlasPos = {x, y};
    x += e.cell.width + kGap;
    rowHeight = std::max(rowHeight, e.cell.height);
  }
  const unsigned height = nextPowerOfTwo(static_cast<unsigned>(y + rowHeight + kGap));
  const sf::Vector2u size = m_texture.getSize();
  if (size.x < width || size.y < height) {
    if (!m_texture.create(std::max(size.x, width), std::max(size.y, height))) return false;
  }
  m_texture.clear(sf::Color::Transparent);
  for (const auto& e : m_entries) {
    e.paint(m_texture, sf::Vector2f(static_cast<float>(e.atlasPos.x - e.cell.left), static_cast<float>(e.atlasPos.y - e.cell.top)));
  }
  m_texture.display();
  m_built = true;
  return true;
}

void LabelAtlas::place(sf::VertexArray& quads, size_t index, sf::Vector2f anchor) const {
  if (!m_built || index >= m_entries.size()) return;
  const Entry& e = m_entries[index];
  const float left = anchor.x + static_cast<float>(e.cell.left);
  const float top = anchor.y + static_cast<float>(e.cell.top);
  const float right = left + static_cast<float>(e.cell.width);
  const float bottom = top + static_cast<float>(e.cell.height);
  const float u0 = static_cast<float>(e.atlasPos.x);
  const float v0 = static_cast<float>(e.atlasPos.y);
  const float u1 = u0 + static_cast<float>(e.cell.width);
  const float v1 = v0 + static_cast<float>(e.cell.height);
  const sf::Color white = sf::Color::White;
  quads.append(sf::Vertex({left, top}, white, {u0, v0}));
  quads.append(sf::Vertex({right, top}, white, {u1, v0}));
  quads.append(sf::Vertex({right, bottom}, white, {u1, v1}));
  quads.append(sf::Vertex({left, top}, white, {u0, v0}));
  quads.append(sf::Vertex({right, bottom}, white, {u1, v1}));
  quads.append(sf::Vertex({left, bottom}, white, {u0, v1}));
}

void LabelAtlas::draw(sf::RenderTarget& target, const sf::VertexArray& quads) const {
  if (!m_built || quads.getVertexCount() == 0) return;
  sf::RenderStates states;
  states.texture = &m_texture.getTexture();
  states.blendMode = sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha);
  target.draw(quads, states);
}

}  // namespace accord::ui
