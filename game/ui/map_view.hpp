// The schematic map, drawn with SFML: sectors by status, the exclaves, forces as markers; pan,
// zoom and the sector under the mouse. It knows the map and nothing of negotiation.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/Window/Event.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/core/role_view.hpp"
#include "game/ui/label_atlas.hpp"
#include "game/ui/texts.hpp"

namespace accord::ui {

// A status's colour; the colour-blind-safe palette takes its colours from Okabe and Ito.
sf::Color statusColour(core::SectorStatus status, bool colourBlindSafe);
// Whether a status is drawn dashed, the second cue beside colour and the text tag.
bool statusDashed(core::SectorStatus status);
// The map's ground. The window is cleared with it rather than the map's area filled: software GL
// clears for next to nothing and pays for every pixel of a filled rectangle.
sf::Color mapBackground();

class MapView {
 public:
  // The part of the window the map fills, in pixels.
  void setArea(sf::FloatRect area) { m_area = area; }
  const sf::FloatRect& area() const { return m_area; }

  // Drag pans, the wheel zooms about the mouse, moving updates the hovered sector. True when the
  // map needs drawing again. `blocked`: the interface has the mouse, so the map ignores it.
  bool handleEvent(const sf::Event& e, bool blocked);
  void resetView();
  // The view was made anew (the log grew, another seat): names and forces are laid out again.
  void viewChanged() { ++m_viewRevision; }

  // Draws over a target already cleared with mapBackground(). The drawing is kept and made again
  // only when what it shows changed: the view, the area, pan and zoom, the sector under the mouse.
  void draw(sf::RenderTarget& target, const core::RoleView& view, const Texts& t, const sf::Font& font, bool colourBlindSafe,
            float uiScale);

  // A number that changes whenever draw() draws anything else than it drew the time before.
  uint64_t drawing() const { return m_drawing; }
  // The sector under the mouse at the last draw.
  const std::optional<std::string>& hovered() const { return m_hovered; }
  // Where a sector's middle is drawn, in window pixels (for UI scripts and tests).
  std::optional<sf::Vector2f> screenPointOf(const core::RoleView& view, const std::string& sectorId) const;
  float zoom() const { return m_zoom; }

 private:
  // What a drawing was made from: the same key, the same pixels.
  struct LabelsKey {
    uint64_t viewRevision = 0;
    float uiScale = 0;
    const Texts* texts = nullptr;
    std::string language;
    const sf::Font* font = nullptr;
    bool operator==(const LabelsKey&) const = default;
  };
  struct SceneKey {
    sf::FloatRect area;
    float zoom = 0;
    sf::Vector2f pan;
    std::optional<std::string> hovered;
    bool colourBlindSafe = false;
    bool operator==(const SceneKey&) const = default;
  };
  // A sector's name tag and force box, drawn once into the atlas.
  struct SectorLabels {
    size_t name = 0;
    sf::Vector2f nameSize;  // the space the name is placed in
    std::optional<size_t> forces;
    sf::Vector2f forcesSize;
  };

  void fit(const core::RoleView& view) const;
  sf::Vector2f toScreen(float x, float y) const;
  void traceLines(const core::RoleView& view);
  void findHovered(float uiScale);
  void drawLabels(const core::RoleView& view, const Texts& t, const sf::Font& font, float uiScale);
  void layOut(const core::RoleView& view, bool colourBlindSafe, float uiScale);

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

  uint64_t m_viewRevision = 1;
  std::optional<LabelsKey> m_labelsKey;
  std::optional<SceneKey> m_sceneKey;
  uint64_t m_drawing = 0;
  // The sectors' lines in window pixels, for the scene key's area, zoom and pan.
  std::vector<std::vector<sf::Vector2f>> m_lines;
  LabelAtlas m_atlas;
  std::vector<std::string> m_sectorIds;
  std::vector<size_t> m_exclaveLabels;
  std::vector<SectorLabels> m_sectorLabels;
  sf::VertexArray m_grid{sf::Lines};
  sf::VertexArray m_shapes{sf::Triangles};
  std::vector<sf::CircleShape> m_rings;
  sf::VertexArray m_leaders{sf::Lines};
  sf::VertexArray m_labelQuads{sf::Triangles};
};

}  // namespace accord::ui
