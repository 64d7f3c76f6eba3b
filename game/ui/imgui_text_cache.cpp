// Lines of ImGui text drawn once into a texture; see imgui_text_cache.hpp.
#include "imgui_text_cache.hpp"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <algorithm>
#include <cmath>

namespace accord::ui {
namespace {

// Cells are packed in rows with a pixel between them, out of reach of a neighbour's quad.
constexpr int kGap = 1;

// Framebuffer objects are OpenGL 3 (or an extension before it): looked up at run time.
struct Functions {
  PFNGLGENFRAMEBUFFERSPROC genFramebuffers = nullptr;
  PFNGLDELETEFRAMEBUFFERSPROC deleteFramebuffers = nullptr;
  PFNGLBINDFRAMEBUFFERPROC bindFramebuffer = nullptr;
  PFNGLFRAMEBUFFERTEXTURE2DPROC framebufferTexture2D = nullptr;
  PFNGLCHECKFRAMEBUFFERSTATUSPROC checkFramebufferStatus = nullptr;
  PFNGLBLENDFUNCSEPARATEPROC blendFuncSeparate = nullptr;
  bool complete() const {
    return genFramebuffers && deleteFramebuffers && bindFramebuffer && framebufferTexture2D && checkFramebufferStatus && blendFuncSeparate;
  }
};

template <typename F>
F lookUp(const char* name) {
  return reinterpret_cast<F>(sf::Context::getFunction(name));
}

const Functions& gl() {
  static const Functions f{lookUp<PFNGLGENFRAMEBUFFERSPROC>("glGenFramebuffers"),
                           lookUp<PFNGLDELETEFRAMEBUFFERSPROC>("glDeleteFramebuffers"),
                           lookUp<PFNGLBINDFRAMEBUFFERPROC>("glBindFramebuffer"),
                           lookUp<PFNGLFRAMEBUFFERTEXTURE2DPROC>("glFramebufferTexture2D"),
                           lookUp<PFNGLCHECKFRAMEBUFFERSTATUSPROC>("glCheckFramebufferStatus"),
                           lookUp<PFNGLBLENDFUNCSEPARATEPROC>("glBlendFuncSeparate")};
  return f;
}

template <typename T>
void appendBytes(std::string& key, const T& value) {
  key.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Clears the whole texture to transparent, whatever the scissor and the clear colour were.
void clearTexture(unsigned framebuffer) {
  GLint previous = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous);
  GLfloat clearColour[4] = {};
  glGetFloatv(GL_COLOR_CLEAR_VALUE, clearColour);
  const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
  gl().bindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0, 0, 0, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  glClearColor(clearColour[0], clearColour[1], clearColour[2], clearColour[3]);
  if (scissor) glEnable(GL_SCISSOR_TEST);
  gl().bindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

}  // namespace

void ImGuiTextCache::reset(bool contextLost) {
  // A framebuffer object belongs to its context alone, and a new context may use its name for
  // another; textures are shared between SFML's contexts.
  if (!contextLost && m_framebuffer && gl().deleteFramebuffers) gl().deleteFramebuffers(1, &m_framebuffer);
  if (m_texture) glDeleteTextures(1, &m_texture);
  m_framebuffer = 0;
  m_texture = 0;
  m_failed = false;
  m_full = false;
  m_rowX = m_rowY = m_rowHeight = 0;
  m_cells.clear();
}

void ImGuiTextCache::beginFrame() {
  if (!m_full || !m_texture) return;
  m_full = false;
  m_rowX = m_rowY = m_rowHeight = 0;
  m_cells.clear();
  clearTexture(m_framebuffer);
}

bool ImGuiTextCache::ready() {
  if (m_texture) return true;
  if (m_failed) return false;
  m_failed = true;
  if (!gl().complete()) return false;
  GLint previousTexture = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previousTexture);
  glGenTextures(1, &m_texture);
  glBindTexture(GL_TEXTURE_2D, m_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kWidth, kHeight, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previousTexture));
  GLint previousFramebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFramebuffer);
  gl().genFramebuffers(1, &m_framebuffer);
  gl().bindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
  gl().framebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_texture, 0);
  const bool complete = gl().checkFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  gl().bindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
  if (!complete) {
    reset(false);
    m_failed = true;
    return false;
  }
  clearTexture(m_framebuffer);
  m_failed = false;
  return true;
}

std::optional<ImGuiTextCache::Cell> ImGuiTextCache::allocate(int width, int height) {
  if (width + 2 * kGap > kWidth || height + 2 * kGap > kHeight) return std::nullopt;
  if (m_rowX + width + kGap > kWidth) {
    m_rowY += m_rowHeight + kGap;
    m_rowX = 0;
    m_rowHeight = 0;
  }
  if (m_rowY + height + kGap > kHeight) return std::nullopt;
  const Cell cell{m_rowX + kGap, m_rowY + kGap, width, height};
  m_rowX += width + kGap;
  m_rowHeight = std::max(m_rowHeight, height + kGap);
  return cell;
}

std::optional<ImGuiTextCache::Cell> ImGuiTextCache::find(const ImDrawVert* vertices, const ImDrawIdx* idx, size_t count,
                                                         ImVec2 origin, ImVec2 extent, unsigned atlas) {
  if (!ready()) return std::nullopt;
  // The key: the font, and every corner as drawn from the origin.
  m_key.clear();
  appendBytes(m_key, atlas);
  for (size_t i = 0; i < count; ++i) {
    const ImDrawVert& v = vertices[idx[i]];
    appendBytes(m_key, v.pos.x - origin.x);
    appendBytes(m_key, v.pos.y - origin.y);
    appendBytes(m_key, v.uv);
    appendBytes(m_key, v.col);
  }
  if (auto it = m_cells.find(m_key); it != m_cells.end()) return it->second;
  if (m_full) return std::nullopt;
  const auto cell = allocate(static_cast<int>(std::ceil(extent.x - origin.x)) + 1, static_cast<int>(std::ceil(extent.y - origin.y)) + 1);
  if (!cell) {
    // Full: the lines not in it are drawn glyph by glyph, and the next frame starts it afresh.
    m_full = true;
    return std::nullopt;
  }
  draw(idx, count, origin, *cell, atlas);
  m_cells.emplace(m_key, *cell);
  return cell;
}

// Draws the triangles into the cell as they would be drawn on screen, moved by whole pixels, and
// keeps the colour multiplied by its alpha: blended over the screen with (1, 1 - alpha) the
// cell gives what the triangles would have given there.
void ImGuiTextCache::draw(const ImDrawIdx* idx, size_t count, ImVec2 origin, const Cell& cell, unsigned atlas) {
  GLint previousFramebuffer = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFramebuffer);
  GLint viewport[4] = {};
  glGetIntegerv(GL_VIEWPORT, viewport);
  GLint scissor[4] = {};
  glGetIntegerv(GL_SCISSOR_BOX, scissor);
  GLint texture = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture);
  const GLboolean textured = glIsEnabled(GL_TEXTURE_2D);

  gl().bindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
  glViewport(0, 0, kWidth, kHeight);
  glScissor(cell.x, kHeight - cell.y - cell.height, cell.width, cell.height);
  glMatrixMode(GL_PROJECTION);
  glPushMatrix();
  glLoadIdentity();
  glOrtho(0, kWidth, kHeight, 0, -1, 1);
  glMatrixMode(GL_MODELVIEW);
  glPushMatrix();
  glLoadIdentity();
  glTranslatef(static_cast<float>(cell.x) - origin.x, static_cast<float>(cell.y) - origin.y, 0);
  glEnable(GL_TEXTURE_2D);
  glBindTexture(GL_TEXTURE_2D, atlas);
  gl().blendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(count), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT, idx);

  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture));
  if (!textured) glDisable(GL_TEXTURE_2D);
  glMatrixMode(GL_MODELVIEW);
  glPopMatrix();
  glMatrixMode(GL_PROJECTION);
  glPopMatrix();
  glMatrixMode(GL_MODELVIEW);
  glScissor(scissor[0], scissor[1], scissor[2], scissor[3]);
  glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
  gl().bindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previousFramebuffer));
}

}  // namespace accord::ui
