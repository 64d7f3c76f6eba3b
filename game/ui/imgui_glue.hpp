// Dear ImGui 1.86 on an SFML window: events in, OpenGL 2 drawing out, the font and the scale.
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <array>
#include <filesystem>
#include <vector>

#include "game/core/result.hpp"
#include "game/ui/imgui_renderer.hpp"

struct ImGuiContext;

namespace accord::ui {

// The backdrop of a window cleared with `cleared` and drawn on since within `drawn`, which shows
// the same as in the last frame while `drawing` is the same.
Backdrop backdropOf(sf::Color cleared, sf::FloatRect drawn = {}, uint64_t drawing = 0);

class ImGuiGlue {
 public:
  ImGuiGlue() = default;
  ImGuiGlue(const ImGuiGlue&) = delete;
  ImGuiGlue& operator=(const ImGuiGlue&) = delete;
  ~ImGuiGlue();

  // Needs the window's GL context to be current. The font must hold Cyrillic.
  Result<void, std::string> init(const std::filesystem::path& fontFile, int scalePercent);

  // Feeds one SFML event to ImGui. A press and its release in the same frame still count as a
  // click: the button stays down until the next frame has seen it.
  void processEvent(const sf::Event& e);
  void newFrame(sf::Vector2u size, float seconds);
  // Draws the frame's interface over `backdrop`, what the window holds under it.
  void render(const Backdrop& backdrop);

  // Rebuilds the font and the style's sizes for another scale, between frames.
  void setScale(int scalePercent);
  int scale() const { return m_scale; }
  // The font texture again, after the window (and its GL context) was made anew.
  void rebuildDeviceObjects() { m_rebuild = true; }

  bool wantsMouse() const;
  bool wantsKeyboard() const;

 private:
  void buildFont();

  ImGuiContext* m_context = nullptr;
  ImGuiRenderer m_renderer;
  std::filesystem::path m_fontFile;
  std::vector<unsigned short> m_glyphRanges;
  int m_scale = 100;
  int m_pendingScale = 0;
  bool m_rebuild = false;
  std::array<bool, 3> m_held{};
  std::array<bool, 3> m_pressedThisFrame{};
};

}  // namespace accord::ui
