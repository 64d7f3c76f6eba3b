// Lines of ImGui text drawn once into a texture, then shown as one quad each. Software GL pays
// for every glyph quad several times what the same pixels cost in one large quad, and nearly all
// the text on screen is the same from one frame to the next.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <unordered_map>

namespace accord::ui {

class ImGuiTextCache {
 public:
  // Where a line is in the texture, in pixels from its top left.
  struct Cell {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
  };

  // Forgets every line and the GL objects: after the font or (`contextLost`) the GL context was
  // made anew.
  void reset(bool contextLost);
  // At the start of a frame: a texture that filled up in the last frame starts empty again.
  void beginFrame();

  // The cell showing these triangles (of the font atlas `atlas`), which lie between the
  // whole-pixel `origin` and `extent`; drawn into the texture if they are new, nothing when there
  // is no room or no texture. Expects the interface's GL state with the vertex arrays pointing at
  // `vertices`, and leaves it as it found it.
  std::optional<Cell> find(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec2 origin, ImVec2 extent,
                           unsigned atlas);

  // The texture to draw the cells with, and its size.
  unsigned texture() const { return m_texture; }
  int width() const { return kWidth; }
  int height() const { return kHeight; }

 private:
  static constexpr int kWidth = 2048;
  static constexpr int kHeight = 1024;

  bool ready();
  std::optional<Cell> allocate(int width, int height);
  void draw(const ImDrawIdx* idx, size_t count, ImVec2 origin, const Cell& cell, unsigned atlas);

  bool m_failed = false;  // no framebuffer objects here: text is drawn glyph by glyph
  unsigned m_texture = 0;
  unsigned m_framebuffer = 0;
  bool m_full = false;
  // The rows cells are packed in.
  int m_rowX = 0;
  int m_rowY = 0;
  int m_rowHeight = 0;
  std::string m_key;  // kept to save an allocation per line
  std::unordered_map<std::string, Cell> m_cells;
};

}  // namespace accord::ui
