// Dear ImGui on an SFML window; see imgui_glue.hpp.
#include "imgui_glue.hpp"

#include <imgui.h>

#include <cfloat>
#include <backends/imgui_impl_opengl2.h>

namespace accord::ui {
namespace {

constexpr float kBaseFontPixels = 17.0f;

int buttonIndex(sf::Mouse::Button b) {
  switch (b) {
    case sf::Mouse::Left: return 0;
    case sf::Mouse::Right: return 1;
    case sf::Mouse::Middle: return 2;
    default: return -1;
  }
}

void applyStyle(int scalePercent) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.ScaleAllSizes(static_cast<float>(scalePercent) / 100.0f);
  ImGui::GetStyle() = style;
}

}  // namespace

Backdrop backdropOf(sf::Color cleared, sf::FloatRect drawn, uint64_t drawing) {
  return Backdrop{IM_COL32(cleared.r, cleared.g, cleared.b, cleared.a), ImVec2(drawn.left, drawn.top),
                  ImVec2(drawn.left + drawn.width, drawn.top + drawn.height), drawing};
}

ImGuiGlue::~ImGuiGlue() {
  if (!m_context) return;
  ImGui_ImplOpenGL2_Shutdown();
  ImGui::DestroyContext(m_context);
}

Result<void, std::string> ImGuiGlue::init(const std::filesystem::path& fontFile, int scalePercent) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(fontFile, ec)) return fail("font not found: " + fontFile.string());
  IMGUI_CHECKVERSION();
  m_context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // window layout is ours, not ImGui's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendPlatformName = "accord_sfml";
  io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
  io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
  io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
  io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
  io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
  io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
  io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
  io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
  io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
  io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
  io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
  io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
  io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
  io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
  io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
  io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
  io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
  io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
  io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;

  m_fontFile = fontFile;
  m_scale = scalePercent;
  // Latin and Cyrillic, plus the punctuation the scenarios write: dashes, quotes, the ellipsis,
  // the numero sign and arrows.
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
  static const ImWchar kPunctuation[] = {0x2000, 0x206F, 0x2116, 0x2116, 0x2190, 0x21FF, 0x2212, 0x2264, 0x25A0, 0x25CF, 0};
  builder.AddRanges(kPunctuation);
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  m_glyphRanges.assign(ranges.begin(), ranges.end());
  applyStyle(m_scale);
  buildFont();
  if (!ImGui_ImplOpenGL2_Init()) return fail(std::string("the OpenGL2 backend of ImGui failed to start"));
  return {};
}

void ImGuiGlue::buildFont() {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  io.Fonts->AddFontFromFileTTF(m_fontFile.c_str(), kBaseFontPixels * static_cast<float>(m_scale) / 100.0f, &config,
                               m_glyphRanges.data());
  io.Fonts->Build();
}

void ImGuiGlue::setScale(int scalePercent) {
  if (scalePercent != m_scale) m_pendingScale = scalePercent;
}

void ImGuiGlue::processEvent(const sf::Event& e) {
  ImGuiIO& io = ImGui::GetIO();
  switch (e.type) {
    case sf::Event::MouseMoved:
      io.MousePos = ImVec2(static_cast<float>(e.mouseMove.x), static_cast<float>(e.mouseMove.y));
      break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
      const int i = buttonIndex(e.mouseButton.button);
      if (i < 0) break;
      io.MousePos = ImVec2(static_cast<float>(e.mouseButton.x), static_cast<float>(e.mouseButton.y));
      const bool down = e.type == sf::Event::MouseButtonPressed;
      m_held[static_cast<size_t>(i)] = down;
      if (down) m_pressedThisFrame[static_cast<size_t>(i)] = true;
      break;
    }
    case sf::Event::MouseWheelScrolled:
      if (e.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) {
        io.MouseWheel += e.mouseWheelScroll.delta;
      } else {
        io.MouseWheelH += e.mouseWheelScroll.delta;
      }
      break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
      const int code = static_cast<int>(e.key.code);
      if (code >= 0 && code < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) io.KeysDown[code] = e.type == sf::Event::KeyPressed;
      io.KeyCtrl = e.key.control;
      io.KeyShift = e.key.shift;
      io.KeyAlt = e.key.alt;
      io.KeySuper = e.key.system;
      break;
    }
    case sf::Event::TextEntered:
      if (e.text.unicode >= 32 && e.text.unicode != 127) io.AddInputCharacter(e.text.unicode);
      break;
    case sf::Event::LostFocus:
      io.AddFocusEvent(false);
      break;
    case sf::Event::GainedFocus:
      io.AddFocusEvent(true);
      break;
    case sf::Event::MouseLeft:
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      break;
    default:
      break;
  }
}

void ImGuiGlue::newFrame(sf::Vector2u size, float seconds) {
  if (m_pendingScale > 0 || m_rebuild) {
    if (m_pendingScale > 0) m_scale = m_pendingScale;
    m_renderer.reset(m_rebuild);
    m_pendingScale = 0;
    m_rebuild = false;
    applyStyle(m_scale);
    buildFont();
    ImGui_ImplOpenGL2_DestroyFontsTexture();
    ImGui_ImplOpenGL2_CreateFontsTexture();
  }
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
  io.DeltaTime = seconds > 0.0f ? seconds : 1.0f / 60.0f;
  for (size_t i = 0; i < m_held.size(); ++i) {
    io.MouseDown[i] = m_held[i] || m_pressedThisFrame[i];
    m_pressedThisFrame[i] = false;
  }
  ImGui_ImplOpenGL2_NewFrame();
  ImGui::NewFrame();
}

void ImGuiGlue::render(const Backdrop& backdrop) {
  ImGui::Render();
  m_renderer.render(*ImGui::GetDrawData(), backdrop);
}

bool ImGuiGlue::wantsMouse() const { return ImGui::GetIO().WantCaptureMouse; }
bool ImGuiGlue::wantsKeyboard() const { return ImGui::GetIO().WantCaptureKeyboard; }

}  // namespace accord::ui
