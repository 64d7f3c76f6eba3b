// ImGui windows kept as pictures; see imgui_window_cache.hpp.
#include "imgui_window_cache.hpp"

#include <SFML/OpenGL.hpp>
#include <imgui_internal.h>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace accord::ui {
namespace {

// Each command's corners' box and its clip rectangle, in framebuffer pixels, handed to `use`.
template <typename Use>
void forEachCommand(const ImDrawList& list, const ImDrawData& data, Use use) {
  const ImVec2 origin = data.DisplayPos;
  const ImVec2 scale = data.FramebufferScale;
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback || cmd.ElemCount == 0) continue;
    ImVec4 corners(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX);
    for (unsigned i = 0; i < cmd.ElemCount; ++i) {
      const ImVec2& p = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i)])].pos;
      corners = ImVec4(std::min(corners.x, p.x), std::min(corners.y, p.y), std::max(corners.z, p.x), std::max(corners.w, p.y));
    }
    use(ImVec4((corners.x - origin.x) * scale.x, (corners.y - origin.y) * scale.y, (corners.z - origin.x) * scale.x,
               (corners.w - origin.y) * scale.y),
        ImVec4((cmd.ClipRect.x - origin.x) * scale.x, (cmd.ClipRect.y - origin.y) * scale.y, (cmd.ClipRect.z - origin.x) * scale.x,
               (cmd.ClipRect.w - origin.y) * scale.y));
  }
}

PixelBox framebufferOf(const ImDrawData& data) {
  return PixelBox{0, 0, static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x),
                  static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y)};
}

PixelBox joined(const PixelBox& a, const PixelBox& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return PixelBox{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// The pixels a clip rectangle lets through, or more.
PixelBox clipPixels(const ImVec4& clip) {
  return PixelBox{static_cast<int>(std::floor(clip.x)), static_cast<int>(std::floor(clip.y)), static_cast<int>(std::ceil(clip.z)),
                  static_cast<int>(std::ceil(clip.w))};
}

}  // namespace

PixelBox PixelBox::within(const PixelBox& o) const {
  return PixelBox{std::max(x0, o.x0), std::max(y0, o.y0), std::min(x1, o.x1), std::min(y1, o.y1)};
}

PixelBox pixelsTouched(const ImDrawList& list, const ImDrawData& data) {
  PixelBox all;
  forEachCommand(list, data, [&](const ImVec4& c, const ImVec4& clip) {
    // Pixel x's centre is at x + 0.5.
    const PixelBox box{static_cast<int>(std::ceil(c.x - 0.5f)), static_cast<int>(std::ceil(c.y - 0.5f)),
                       static_cast<int>(std::floor(c.z - 0.5f)) + 1, static_cast<int>(std::floor(c.w - 0.5f)) + 1};
    all = joined(all, box.within(clipPixels(clip)));
  });
  return all.within(framebufferOf(data));
}

PixelBox windowPixels(const ImDrawList& list, const ImDrawData& data) {
  // Which window draws a list is in ImGui's internal API only.
  const ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return {};
  for (const ImGuiWindow* w : context->Windows) {
    if (w->DrawList != &list) continue;
    const ImVec2 origin = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    const ImVec4 rect((w->Pos.x - origin.x) * scale.x, (w->Pos.y - origin.y) * scale.y, (w->Pos.x + w->Size.x - origin.x) * scale.x,
                      (w->Pos.y + w->Size.y - origin.y) * scale.y);
    return clipPixels(rect).within(framebufferOf(data));
  }
  return {};
}

bool DrawingCopy::Command::operator==(const Command& o) const {
  return clip.x == o.clip.x && clip.y == o.clip.y && clip.z == o.clip.z && clip.w == o.clip.w && texture == o.texture &&
         vertexOffset == o.vertexOffset && indexOffset == o.indexOffset && count == o.count;
}

DrawingCopy::Command DrawingCopy::commandOf(const ImDrawCmd& cmd) {
  return Command{cmd.ClipRect, cmd.TextureId, cmd.VtxOffset, cmd.IdxOffset, cmd.ElemCount};
}

void DrawingCopy::take(const ImDrawList& list) {
  m_commands.clear();
  for (const ImDrawCmd& cmd : list.CmdBuffer) m_commands.push_back(commandOf(cmd));
  m_vertices.assign(list.VtxBuffer.begin(), list.VtxBuffer.end());
  m_indices.assign(list.IdxBuffer.begin(), list.IdxBuffer.end());
}

bool DrawingCopy::sameAs(const ImDrawList& list) const {
  if (m_commands.size() != static_cast<size_t>(list.CmdBuffer.Size) || m_vertices.size() != static_cast<size_t>(list.VtxBuffer.Size) ||
      m_indices.size() != static_cast<size_t>(list.IdxBuffer.Size)) {
    return false;
  }
  for (size_t i = 0; i < m_commands.size(); ++i) {
    if (!(m_commands[i] == commandOf(list.CmdBuffer[static_cast<int>(i)]))) return false;
  }
  // ImDrawVert is three packed fields without padding: its bytes are its value.
  return std::memcmp(m_vertices.data(), list.VtxBuffer.Data, m_vertices.size() * sizeof(ImDrawVert)) == 0 &&
         std::memcmp(m_indices.data(), list.IdxBuffer.Data, m_indices.size() * sizeof(ImDrawIdx)) == 0;
}

void ImGuiWindowCache::beginFrame(const Backdrop& backdrop, const ImDrawData& data) {
  m_backdrop = backdrop;
  m_origin = data.DisplayPos;
  m_scale = data.FramebufferScale;
  m_framebufferHeight = framebufferOf(data).y1;
  const ImVec4 drawn((backdrop.drawnMin.x - m_origin.x) * m_scale.x, (backdrop.drawnMin.y - m_origin.y) * m_scale.y,
                     (backdrop.drawnMax.x - m_origin.x) * m_scale.x, (backdrop.drawnMax.y - m_origin.y) * m_scale.y);
  m_drawn = clipPixels(drawn);
  m_covered.clear();
  for (auto& [list, window] : m_windows) window.seen = false;
}

bool ImGuiWindowCache::consider(const ImDrawList& list, const PixelBox& box, const PixelBox& touched) {
  const bool callbacks = std::any_of(list.CmdBuffer.begin(), list.CmdBuffer.end(), [](const ImDrawCmd& c) { return c.UserCallback != nullptr; });
  const PixelBox edges{box.x0 - kEdgePixels, box.y0 - kEdgePixels, box.x1 + kEdgePixels, box.y1 + kEdgePixels};
  const bool alone = !callbacks && box.width() * box.height() >= kMinPixels && touched.within(edges) == touched &&
                     std::none_of(m_covered.begin(), m_covered.end(), [&](const PixelBox& b) { return b.overlaps(box); });
  m_covered.push_back(alone ? box : touched);
  if (alone) m_windows[&list].seen = true;
  return alone;
}

bool ImGuiWindowCache::show(const ImDrawList& list, const PixelBox& box) {
  Window& w = m_windows[&list];
  w.same = w.box == box && w.backdrop == m_backdrop.colour && w.under == drawingUnder(box) && w.drawing.sameAs(list);
  if (!w.same || !w.pictured) return false;
  drawPicture(w);
  return true;
}

void ImGuiWindowCache::drawn(const ImDrawList& list, const PixelBox& box) {
  Window& w = m_windows[&list];
  if (w.same) {
    if (++w.steadyFrames >= kSteadyFrames) takePicture(w);
    return;
  }
  w.box = box;
  w.backdrop = m_backdrop.colour;
  w.under = drawingUnder(box);
  w.drawing.take(list);
  w.steadyFrames = 0;
  w.pictured = false;
}

// A window beside what was drawn on the backdrop does not depend on it.
uint64_t ImGuiWindowCache::drawingUnder(const PixelBox& box) const { return box.overlaps(m_drawn) ? m_backdrop.drawing : 0; }

void ImGuiWindowCache::endFrame() {
  for (auto it = m_windows.begin(); it != m_windows.end();) {
    if (it->second.seen) {
      ++it;
      continue;
    }
    forget(it->second);
    it = m_windows.erase(it);
  }
}

void ImGuiWindowCache::reset() {
  for (auto& [list, window] : m_windows) forget(window);
  m_windows.clear();
}

void ImGuiWindowCache::forget(Window& w) const {
  // Textures are shared between SFML's contexts: they outlive a lost one.
  if (w.texture) glDeleteTextures(1, &w.texture);
  w.texture = 0;
}

// Copies the box from the frame as drawn so far; its rows run bottom up, as the frame's do.
void ImGuiWindowCache::takePicture(Window& w) {
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  if (!w.texture) glGenTextures(1, &w.texture);
  glBindTexture(GL_TEXTURE_2D, w.texture);
  if (w.textureWidth != w.box.width() || w.textureHeight != w.box.height()) {
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w.box.width(), w.box.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    w.textureWidth = w.box.width();
    w.textureHeight = w.box.height();
  }
  glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, w.box.x0, m_framebufferHeight - w.box.y1, w.box.width(), w.box.height());
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  w.pictured = true;
}

// The picture as one quad, texel for pixel, replacing what is under it.
void ImGuiWindowCache::drawPicture(const Window& w) const {
  const ImVec2 p0(static_cast<float>(w.box.x0) / m_scale.x + m_origin.x, static_cast<float>(w.box.y0) / m_scale.y + m_origin.y);
  const ImVec2 p1(static_cast<float>(w.box.x1) / m_scale.x + m_origin.x, static_cast<float>(w.box.y1) / m_scale.y + m_origin.y);
  const ImU32 white = IM_COL32_WHITE;
  const ImDrawVert corners[6] = {{p0, ImVec2(0, 1), white}, {ImVec2(p1.x, p0.y), ImVec2(1, 1), white}, {p1, ImVec2(1, 0), white},
                                 {p0, ImVec2(0, 1), white}, {p1, ImVec2(1, 0), white}, {ImVec2(p0.x, p1.y), ImVec2(0, 0), white}};
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  glBindTexture(GL_TEXTURE_2D, w.texture);
  glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glVertexPointer(2, GL_FLOAT, sizeof(ImDrawVert), &corners[0].pos);
  glTexCoordPointer(2, GL_FLOAT, sizeof(ImDrawVert), &corners[0].uv);
  glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(ImDrawVert), &corners[0].col);
  glDrawArrays(GL_TRIANGLES, 0, 6);
  glEnable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
}

}  // namespace accord::ui
