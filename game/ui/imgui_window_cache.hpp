// ImGui windows kept as pictures. A window that lies alone on the backdrop (no window drawn under
// it, and the backdrop there the same as before) and whose triangles are the same as when it was
// last drawn is shown by copying its picture, opaque. Software GL copies a picture for a fraction
// of what drawing the window costs it: every pixel of a panel is filled and blended, and its text
// sampled and blended again.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace accord::ui {

// What the frame holds before the interface is drawn over it: the colour it was cleared with,
// and the rectangle something else was drawn in since (none when empty), which shows the same as
// in the last frame while `drawing` is the same.
struct Backdrop {
  ImU32 colour = IM_COL32_BLACK;
  ImVec2 drawnMin{0, 0};
  ImVec2 drawnMax{0, 0};
  uint64_t drawing = 0;
};

// Framebuffer pixels from column x0 and row y0 (from the top) up to, not including, x1 and y1.
struct PixelBox {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;
  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  bool overlaps(const PixelBox& o) const { return !empty() && !o.empty() && x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  PixelBox within(const PixelBox& o) const;
  bool operator==(const PixelBox&) const = default;
};

// The pixels a draw list's triangles may touch, each command's within its clip rectangle: every
// pixel whose centre lies in or on the edge of their box.
PixelBox pixelsTouched(const ImDrawList& list, const ImDrawData& data);
// The pixels of the window that draws into `list`; empty when no window does (the viewport's own
// lists). A window keeps to its rectangle but for the faded edges of its background and border
// just outside it, which leave those pixels as they were.
PixelBox windowPixels(const ImDrawList& list, const ImDrawData& data);

// A draw list's commands, corners and indices as they were, to tell whether it changed.
class DrawingCopy {
 public:
  void take(const ImDrawList& list);
  bool sameAs(const ImDrawList& list) const;

 private:
  struct Command {
    ImVec4 clip;
    ImTextureID texture = nullptr;
    unsigned vertexOffset = 0;
    unsigned indexOffset = 0;
    unsigned count = 0;
    bool operator==(const Command& o) const;
  };
  static Command commandOf(const ImDrawCmd& cmd);

  std::vector<Command> m_commands;
  std::vector<ImDrawVert> m_vertices;
  std::vector<ImDrawIdx> m_indices;
};

class ImGuiWindowCache {
 public:
  // Smaller windows are drawn every time: a picture would save them little.
  static constexpr int kMinPixels = 128 * 128;
  // How far past its rectangle a window's faded edges reach.
  static constexpr int kEdgePixels = 2;
  // Frames a window is drawn unchanged before its picture is taken: one that has just changed
  // (under the mouse, opening something) often changes again at once.
  static constexpr int kSteadyFrames = 3;

  // At the start of a frame of `data`, drawn over `backdrop`.
  void beginFrame(const Backdrop& backdrop, const ImDrawData& data);
  // Whether `list` may be shown from a picture of its window's `box` and drawn within it: it
  // touches nothing else but the window's faded edges, no window lies under it, it is large
  // enough and has no callbacks. Notes what it covers, under which the windows after it are not
  // alone.
  bool consider(const ImDrawList& list, const PixelBox& box, const PixelBox& touched);
  // Draws the picture of `list` when it has one of the same triangles over the same backdrop
  // (the same drawing, where the window lies on it), in GL's state for ImGui; false when the list
  // must be drawn.
  bool show(const ImDrawList& list, const PixelBox& box);
  // After `list` was drawn within `box`: takes its picture once it has been drawn the same for
  // kSteadyFrames frames after the one that changed it, else remembers what it drew.
  void drawn(const ImDrawList& list, const PixelBox& box);
  // Forgets the windows this frame did not find alone.
  void endFrame();
  // Forgets every picture: after the font or the GL context was made anew.
  void reset();

 private:
  struct Window {
    PixelBox box;
    ImU32 backdrop = 0;
    uint64_t under = 0;  // the backdrop's drawing where the window lies on it, else 0
    DrawingCopy drawing;
    bool seen = false;  // found alone in this frame
    bool same = false;  // drawn in this frame as in the last
    int steadyFrames = 0;  // frames drawn as the one before them, since it changed
    bool pictured = false;  // the texture shows the drawing
    unsigned texture = 0;
    int textureWidth = 0;
    int textureHeight = 0;
  };

  uint64_t drawingUnder(const PixelBox& box) const;
  void takePicture(Window& w);
  void drawPicture(const Window& w) const;
  void forget(Window& w) const;

  Backdrop m_backdrop;
  ImVec2 m_origin{0, 0};
  ImVec2 m_scale{1, 1};
  int m_framebufferHeight = 0;
  PixelBox m_drawn;  // the backdrop's drawn rectangle, in pixels
  std::vector<PixelBox> m_covered;  // by the windows considered so far in this frame
  std::unordered_map<const ImDrawList*, Window> m_windows;
};

}  // namespace accord::ui
