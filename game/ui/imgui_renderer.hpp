// ImGui's draw lists drawn with OpenGL 2, as the OpenGL2 backend draws them but with less work
// for software GL, which pays for every pixel it samples a texture for and for every 4x4 block
// a long thin triangle touches.
#pragma once

#include <imgui.h>

#include <array>
#include <vector>

#include "game/ui/imgui_text_cache.hpp"
#include "game/ui/imgui_window_cache.hpp"

namespace accord::ui {

class ImGuiRenderer {
 public:
  // Draws in the current GL context over `backdrop` and leaves GL's state as it found it.
  void render(const ImDrawData& data, const Backdrop& backdrop);
  // Forgets the cached text and windows: after the font (or with `contextLost`, the GL context)
  // was made anew.
  void reset(bool contextLost) {
    m_cache.reset(contextLost);
    m_windows.reset();
  }

 private:
  // The order sorted triangles are drawn in.
  enum class Layer { Fills, Textured, Lines };
  static constexpr size_t kLayers = 3;

  // Draws a list's commands, each within its clip rectangle and, when given, within `bounds`.
  void drawList(const ImDrawList& list, const ImDrawData& data, int width, int height, const PixelBox* bounds);
  // Sorts a command's triangles into the layers, drawing what is sorted whenever order demands.
  void sort(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec2 white, unsigned atlas);
  // Notes that something in `box` goes to `layer`, first drawing what is sorted if it overlaps
  // anything in a later layer.
  void add(Layer layer, const ImVec4& box, const ImDrawVert* vertices);
  void drawSorted(const ImDrawVert* vertices);
  void addLine(const ImGuiTextCache::Cell& cell, ImVec2 origin);
  // The number of triangles of the one-colour fan of fills starting at `idx` (its corners in
  // m_polygon, its box added to `box`), or 0.
  size_t fanAt(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec4& box);
  // The number of glyphs of the line of text starting at `idx` (its box in `box`), or 0.
  size_t glyphsAt(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec4& box);

  ImGuiTextCache m_cache;
  ImGuiWindowCache m_windows;
  // Kept from frame to frame: no allocation per command.
  std::vector<ImDrawIdx> m_polygon;
  std::vector<ImDrawIdx> m_fills;
  std::vector<ImDrawIdx> m_textured;
  std::vector<ImDrawVert> m_lines;  // cached lines' quads, as triangles
  std::array<std::vector<ImVec4>, kLayers> m_boxes;
};

}  // namespace accord::ui
