// The schematic map, drawn with SFML: sectors by status, the exclaves, forces as markers; pan,
// zoom and the sector under the mouse. It knows the map and nothing of negotiation.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/Window/Event.hpp>
#include <optional>
#include <string>

#include "game/core/role_view.hpp"
#include "game/ui/texts.hpp"

namespace accord::ui {

// A status's colour; the colour-blind-safe palette takes its colours from Okabe and Ito.
sf::Color statusColour(core::SectorStatus status, bool colourBlindSafe);
// Whether a status is drawn dashed, the second cue beside colour and the text tag.
bool statusDashed(core::SectorStatus status);

class MapView {
 public:
  // The part of the window the map fills, in pixels.
  void setArea(sf::FloatRect area) { m_area = area; }
  const sf::FloatRect& area() const { return m_area; }

  // Drag pans, the wheel zooms about the mouse, moving updates the hovered sector. True when the
  // map needs drawing again. `blocked`: the interface has the mouse, so the map ignores it.
  bool handleEvent(const sf::Event& e, bool blocked);
  void resetView();

  void draw(sf::RenderTarget& target, const core::RoleView& view, const Texts& t, const sf::Font& font, bool colourBlindSafe,
            float uiScale);

  // The sector under the mouse at the last draw.
  const std::optional<std::string>& hovered() const { return m_hovered; }
  // Where a sector's middle is drawn, in window pixels (for UI scripts and tests).
  std::optional<sf::Vector2f> screenPointOf(const core::RoleView& view, const std::string& sectorId) const;
  float zoom() const { return m_zoom; }

 private:
  void fit(const core::RoleView& view) const;
  void drawContents(sf::RenderTarget& target, const core::RoleView& view, const Texts& t, const sf::Font& font,
                    bool colourBlindSafe, float uiScale);
  sf::Vector2f toScreen(float x, float y) const;

  sf::FloatRect m_area;
  float m_zoom = 1.0f;
  sf::Vector2f m_pan{0, 0};
  bool m_dragging = false;
  sf::Vector2f m_dragFrom{0, 0};
  sf::Vector2f m_mouse{-1, -1};
  std::optional<std::string> m_hovered;
  // The map's extent in grid units and the scale that fits it into the area at zoom 1.
  mutable sf::FloatRect m_extent;
  mutable float m_fitScale = 1.0f;
};

}  // namespace accord::ui
