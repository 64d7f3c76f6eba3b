// Labels that only move, drawn once into a texture and then shown as one quad each. Software GL
// pays for every glyph quad it draws, several times what the same pixels cost in one quad, and
// the map's names and force boxes change with the game, not with each frame.
#pragma once

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <functional>
#include <vector>

namespace accord::ui {

class LabelAtlas {
 public:
  // Draws an entry with its anchor at `anchor`, a whole-pixel point of `target`.
  using Painter = std::function<void(sf::RenderTarget& target, sf::Vector2f anchor)>;

  // Forgets the entries; the texture is kept for the next set.
  void clear();
  // A new entry: the painter draws inside `extent`, which is relative to the anchor. Its index.
  size_t add(sf::FloatRect extent, Painter paint);
  // Draws every entry into the texture; false when the texture cannot be made.
  bool build();

  // Appends the quad that shows entry `index` with its anchor at `anchor`. A whole-pixel anchor
  // shows the pixels the painter drew; the entries' fractions of a pixel are in the texture.
  void place(sf::VertexArray& quads, size_t index, sf::Vector2f anchor) const;
  // Draws quads made by place(). The texture holds colour already multiplied by its alpha, which
  // is what drawing the painters straight onto the target would have left.
  void draw(sf::RenderTarget& target, const sf::VertexArray& quads) const;

 private:
  struct Entry {
    sf::IntRect cell;       // relative to the anchor, whole pixels with a margin
    sf::Vector2i atlasPos;  // the cell's top left in the texture
    Painter paint;
  };
  std::vector<Entry> m_entries;
  sf::RenderTexture m_texture;
  bool m_built = false;
};

}  // namespace accord::ui
