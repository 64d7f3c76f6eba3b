// ImGui's draw lists in OpenGL 2; see imgui_renderer.hpp.
//
// What ImGui_ImplOpenGL2_RenderDrawData does, drawn with less work for software GL:
// - Fills (window backgrounds, frames, bullets, the soft edges of rounded shapes) are most of the
//   interface's area and sample the atlas's white pixel, a texture fetch software GL pays for on
//   every pixel: they are drawn without the texture (white times the vertex colour is the
//   vertex colour). Rounded rectangles are cut into triangles again (rounded_fill.hpp).
// - A line of text is drawn from the text cache as one quad (imgui_text_cache.hpp).
// - A window with no other window under it, drawn as in the frames before over the same
//   backdrop, is copied from its picture (imgui_window_cache.hpp).
// So that this takes three draw calls per command rather than one per change, triangles are
// sorted into fills, other textured triangles and cached lines, drawn in that order; one that
// would be drawn before something it came after, and overlaps it, first draws what is sorted.
// Drawing order only matters where triangles overlap. Pixels are as the backend draws them, but
// for a level of rounding where a cached line is blended over what lies under it.
#include "imgui_renderer.hpp"

#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "game/ui/rounded_fill.hpp"

namespace accord::ui {
namespace {

// A fan of fewer triangles is a rectangle or a triangle: nothing to cut again.
constexpr size_t kMinFanTriangles = 3;

// Shorter runs of glyphs are drawn as they are: a line of one or two letters saves nothing.
constexpr size_t kMinLineGlyphs = 3;

// Glyphs this close are taken into one box (a space between words is about a third of a line).
constexpr float kGlyphGap = 8.0f;

// A triangle that only fills: its three corners sample the atlas's white pixel.
bool fillsOnly(const ImDrawVert* vertices, const ImDrawIdx* idx, ImVec2 white) {
  for (int k = 0; k < 3; ++k) {
    const ImVec2 uv = vertices[idx[k]].uv;
    if (uv.x != white.x || uv.y != white.y) return false;
  }
  return true;
}

ImVec4 boxOf(const ImDrawVert* vertices, const ImDrawIdx* idx) {
  const ImVec2& a = vertices[idx[0]].pos;
  const ImVec2& b = vertices[idx[1]].pos;
  const ImVec2& c = vertices[idx[2]].pos;
  return ImVec4(std::min({a.x, b.x, c.x}), std::min({a.y, b.y, c.y}), std::max({a.x, b.x, c.x}), std::max({a.y, b.y, c.y}));
}

// Boxes that touch count as overlapping: a pixel on the edge of both may belong to both.
bool overlap(const ImVec4& a, const ImVec4& b) { return a.x <= b.z && b.x <= a.z && a.y <= b.w && b.y <= a.w; }

ImVec4 grown(const ImVec4& a, float by) { return ImVec4(a.x - by, a.y - by, a.z + by, a.w + by); }

ImVec4 joined(const ImVec4& a, const ImVec4& b) {
  return ImVec4(std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.z, b.z), std::max(a.w, b.w));
}

// The GL state the interface is drawn in, as the OpenGL2 backend sets it.
void setUpRenderState(const ImDrawData& data, int width, int height) {
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glDisable(GL_LIGHTING);
  glDisable(GL_COLOR_MATERIAL);
  glEnable(GL_SCISSOR_TEST);
  glEnableClientState(GL_VERTEX_ARRAY);
  glEnableClientState(GL_TEXTURE_COORD_ARRAY);
  glEnableClientState(GL_COLOR_ARRAY);
  glDisableClientState(GL_NORMAL_ARRAY);
  glEnable(GL_TEXTURE_2D);
  glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
  glShadeModel(GL_SMOOTH);
  glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
  glViewport(0, 0, width, height);
  glMatrixMode(GL_PROJECTION);
  glPushMatrix();
  glLoadIdentity();
  glOrtho(data.DisplayPos.x, data.DisplayPos.x + data.DisplaySize.x, data.DisplayPos.y + data.DisplaySize.y, data.DisplayPos.y, -1.0,
          1.0);
  glMatrixMode(GL_MODELVIEW);
  glPushMatrix();
  glLoadIdentity();
}

}  // namespace

size_t ImGuiRenderer::fanAt(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec4& box) {
  // ImGui's fan: each triangle shares the first corner and the previous triangle's last one, all
  // in one colour (the soft edge that follows shares corners with it, but not the colour).
  const ImDrawVert& first = vertices[idx[0]];
  auto sameLook = [&](ImDrawIdx v) {
    const ImDrawVert& other = vertices[v];
    return other.col == first.col && other.uv.x == first.uv.x && other.uv.y == first.uv.y;
  };
  if (!sameLook(idx[1]) || !sameLook(idx[2])) return 0;
  size_t triangles = 1;
  while (3 * triangles + 2 < count && idx[3 * triangles] == idx[0] && idx[3 * triangles + 1] == idx[3 * triangles - 1] &&
         sameLook(idx[3 * triangles + 2])) {
    ++triangles;
  }
  if (triangles < kMinFanTriangles) return 0;
  m_polygon.clear();
  m_polygon.push_back(idx[0]);
  m_polygon.push_back(idx[1]);
  for (size_t t = 0; t < triangles; ++t) m_polygon.push_back(idx[3 * t + 2]);
  for (const ImDrawIdx v : m_polygon) box = joined(box, ImVec4(vertices[v].pos.x, vertices[v].pos.y, vertices[v].pos.x, vertices[v].pos.y));
  return triangles;
}

size_t ImGuiRenderer::glyphsAt(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec4& box) {
  // ImGui's glyph: a quad of four corners in order round an upright rectangle, in one colour;
  // a line's glyphs follow one another left to right.
  size_t glyphs = 0;
  float lastLeft = 0;
  for (; 6 * glyphs + 5 < count; ++glyphs) {
    const ImDrawIdx* q = idx + 6 * glyphs;
    const ImDrawIdx b = q[0];
    if (q[1] != b + 1 || q[2] != b + 2 || q[3] != b || q[4] != b + 2 || q[5] != b + 3) break;
    const ImDrawVert& v0 = vertices[b];
    const ImDrawVert& v1 = vertices[b + 1];
    const ImDrawVert& v2 = vertices[b + 2];
    const ImDrawVert& v3 = vertices[b + 3];
    const bool upright = v0.pos.y == v1.pos.y && v1.pos.x == v2.pos.x && v2.pos.y == v3.pos.y && v3.pos.x == v0.pos.x;
    const bool oneColour = v1.col == v0.col && v2.col == v0.col && v3.col == v0.col && v0.col == vertices[idx[0]].col;
    if (!upright || !oneColour || (glyphs > 0 && v0.pos.x < lastLeft)) break;
    lastLeft = v0.pos.x;
    const ImVec4 quad(std::min(v0.pos.x, v2.pos.x), std::min(v0.pos.y, v2.pos.y), std::max(v0.pos.x, v2.pos.x), std::max(v0.pos.y, v2.pos.y));
    box = glyphs == 0 ? quad : joined(box, quad);
  }
  return glyphs;
}

void ImGuiRenderer::add(Layer layer, const ImVec4& box, const ImDrawVert* vertices) {
  // Anything sorted already into a later layer, and overlapping this, must be drawn first.
  for (size_t later = static_cast<size_t>(layer) + 1; later < kLayers; ++later) {
    const auto& boxes = m_boxes[later];
    if (std::any_of(boxes.begin(), boxes.end(), [&](const ImVec4& b) { return overlap(b, box); })) {
      drawSorted(vertices);
      break;
    }
  }
  auto& boxes = m_boxes[static_cast<size_t>(layer)];
  // Neighbours make one box (a line's glyphs), so that the test above stays short.
  if (!boxes.empty() && overlap(grown(boxes.back(), kGlyphGap), box)) {
    boxes.back() = joined(boxes.back(), box);
  } else {
    boxes.push_back(box);
  }
}

void ImGuiRenderer::drawSorted(const ImDrawVert* vertices) {
  const GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  if (!m_fills.empty()) {
    glDisable(GL_TEXTURE_2D);
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(m_fills.size()), indexType, m_fills.data());
    glEnable(GL_TEXTURE_2D);
  }
  if (!m_textured.empty()) glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(m_textured.size()), indexType, m_textured.data());
  if (!m_lines.empty()) {
    // The cache holds colour multiplied by alpha, and is drawn texel for pixel.
    GLint atlas = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &atlas);
    glBindTexture(GL_TEXTURE_2D, m_cache.texture());
    glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glVertexPointer(2, GL_FLOAT, sizeof(ImDrawVert), &m_lines.data()->pos);
    glTexCoordPointer(2, GL_FLOAT, sizeof(ImDrawVert), &m_lines.data()->uv);
    glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(ImDrawVert), &m_lines.data()->col);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(m_lines.size()));
    glVertexPointer(2, GL_FLOAT, sizeof(ImDrawVert), &vertices->pos);
    glTexCoordPointer(2, GL_FLOAT, sizeof(ImDrawVert), &vertices->uv);
    glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(ImDrawVert), &vertices->col);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(atlas));
  }
  m_fills.clear();
  m_textured.clear();
  m_lines.clear();
  for (auto& boxes : m_boxes) boxes.clear();
}

void ImGuiRenderer::addLine(const ImGuiTextCache::Cell& cell, ImVec2 origin) {
  const float w = static_cast<float>(m_cache.width());
  const float h = static_cast<float>(m_cache.height());
  // The texture's rows run bottom up, as the framebuffer it was drawn in.
  const float u0 = static_cast<float>(cell.x) / w;
  const float u1 = static_cast<float>(cell.x + cell.width) / w;
  const float v0 = (h - static_cast<float>(cell.y)) / h;
  const float v1 = (h - static_cast<float>(cell.y + cell.height)) / h;
  const ImVec2 p0 = origin;
  const ImVec2 p1(origin.x + static_cast<float>(cell.width), origin.y + static_cast<float>(cell.height));
  const ImU32 white = IM_COL32_WHITE;
  const ImDrawVert corners[4] = {{p0, ImVec2(u0, v0), white}, {ImVec2(p1.x, p0.y), ImVec2(u1, v0), white},
                                 {p1, ImVec2(u1, v1), white}, {ImVec2(p0.x, p1.y), ImVec2(u0, v1), white}};
  for (const int k : {0, 1, 2, 0, 2, 3}) m_lines.push_back(corners[k]);
}

void ImGuiRenderer::sort(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count, ImVec2 white, unsigned atlas) {
  for (size_t i = 0; i + 2 < count; i += 3) {
    ImVec4 box = boxOf(vertices, idx + i);
    if (fillsOnly(vertices, idx + i, white)) {
      const size_t fan = fanAt(vertices, idx + i, count - i, box);
      add(Layer::Fills, box, vertices);
      if (fan > 0) {
        if (!cutRoundedRect(vertices, m_polygon, m_fills)) m_fills.insert(m_fills.end(), idx + i, idx + i + 3 * fan);
        i += 3 * (fan - 1);
        continue;
      }
      m_fills.insert(m_fills.end(), idx + i, idx + i + 3);
      continue;
    }
    const size_t glyphs = glyphsAt(vertices, idx + i, count - i, box);
    if (glyphs >= kMinLineGlyphs) {
      const ImVec2 origin(std::floor(box.x), std::floor(box.y));
      if (const auto cell = m_cache.find(vertices, idx + i, 6 * glyphs, origin, ImVec2(box.z, box.w), atlas)) {
        add(Layer::Lines, box, vertices);
        addLine(*cell, origin);
        i += 6 * glyphs - 3;
        continue;
      }
    }
    add(Layer::Textured, boxOf(vertices, idx + i), vertices);
    m_textured.insert(m_textured.end(), idx + i, idx + i + 3);
  }
  drawSorted(vertices);
}

void ImGuiRenderer::drawList(const ImDrawList& list, const ImDrawData& data, int width, int height, const PixelBox* bounds) {
  const ImTextureID atlas = ImGui::GetIO().Fonts->TexID;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  const GLenum indexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  const ImDrawVert* vertices = list.VtxBuffer.Data;
  glVertexPointer(2, GL_FLOAT, sizeof(ImDrawVert), &vertices->pos);
  glTexCoordPointer(2, GL_FLOAT, sizeof(ImDrawVert), &vertices->uv);
  glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(ImDrawVert), &vertices->col);
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback) {
      if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
        glMatrixMode(GL_MODELVIEW);
        glPopMatrix();
        glMatrixMode(GL_PROJECTION);
        glPopMatrix();
        setUpRenderState(data, width, height);
      } else {
        cmd.UserCallback(&list, &cmd);
      }
      continue;
    }
    ImVec2 clipMin((cmd.ClipRect.x - data.DisplayPos.x) * data.FramebufferScale.x,
                   (cmd.ClipRect.y - data.DisplayPos.y) * data.FramebufferScale.y);
    ImVec2 clipMax((cmd.ClipRect.z - data.DisplayPos.x) * data.FramebufferScale.x,
                   (cmd.ClipRect.w - data.DisplayPos.y) * data.FramebufferScale.y);
    if (bounds) {
      clipMin = ImVec2(std::max(clipMin.x, static_cast<float>(bounds->x0)), std::max(clipMin.y, static_cast<float>(bounds->y0)));
      clipMax = ImVec2(std::min(clipMax.x, static_cast<float>(bounds->x1)), std::min(clipMax.y, static_cast<float>(bounds->y1)));
    }
    if (clipMax.x <= clipMin.x || clipMax.y <= clipMin.y) continue;
    glScissor(static_cast<int>(clipMin.x), static_cast<int>(static_cast<float>(height) - clipMax.y),
              static_cast<int>(clipMax.x - clipMin.x), static_cast<int>(clipMax.y - clipMin.y));
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
    const ImDrawIdx* first = list.IdxBuffer.Data + cmd.IdxOffset;
    if (cmd.GetTexID() != atlas) {
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), indexType, first);
      continue;
    }
    sort(vertices, first, cmd.ElemCount, white, static_cast<unsigned>(reinterpret_cast<intptr_t>(atlas)));
  }
}

void ImGuiRenderer::render(const ImDrawData& data, const Backdrop& backdrop) {
  const int width = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  const int height = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  if (width <= 0 || height <= 0) return;
  GLint lastTexture = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
  GLint lastPolygonMode[2] = {};
  glGetIntegerv(GL_POLYGON_MODE, lastPolygonMode);
  GLint lastViewport[4] = {};
  glGetIntegerv(GL_VIEWPORT, lastViewport);
  GLint lastScissor[4] = {};
  glGetIntegerv(GL_SCISSOR_BOX, lastScissor);
  GLint lastShadeModel = 0;
  glGetIntegerv(GL_SHADE_MODEL, &lastShadeModel);
  GLint lastTexEnvMode = 0;
  glGetTexEnviv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, &lastTexEnvMode);
  glPushAttrib(GL_ENABLE_BIT | GL_COLOR_BUFFER_BIT | GL_TRANSFORM_BIT);
  setUpRenderState(data, width, height);

  m_cache.beginFrame();
  m_windows.beginFrame(backdrop, data);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    const PixelBox window = windowPixels(list, data);
    if (!m_windows.consider(list, window, pixelsTouched(list, data))) {
      drawList(list, data, width, height, nullptr);
    } else if (!m_windows.show(list, window)) {
      drawList(list, data, width, height, &window);
      m_windows.drawn(list, window);
    }
  }
  m_windows.endFrame();

  glDisableClientState(GL_COLOR_ARRAY);
  glDisableClientState(GL_TEXTURE_COORD_ARRAY);
  glDisableClientState(GL_VERTEX_ARRAY);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(lastTexture));
  glMatrixMode(GL_MODELVIEW);
  glPopMatrix();
  glMatrixMode(GL_PROJECTION);
  glPopMatrix();
  glPopAttrib();
  glPolygonMode(GL_FRONT, static_cast<GLenum>(lastPolygonMode[0]));
  glPolygonMode(GL_BACK, static_cast<GLenum>(lastPolygonMode[1]));
  glViewport(lastViewport[0], lastViewport[1], lastViewport[2], lastViewport[3]);
  glScissor(lastScissor[0], lastScissor[1], lastScissor[2], lastScissor[3]);
  glShadeModel(static_cast<GLenum>(lastShadeModel));
  glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, lastTexEnvMode);
}

}  // namespace accord::ui
