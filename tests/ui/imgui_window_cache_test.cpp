// Windows kept as pictures: which pixels a window's drawing touches, when it counts as unchanged,
// and that only a window with no other window under it is kept.
#include <catch2/catch.hpp>

#include "game/ui/imgui_window_cache.hpp"

using accord::ui::Backdrop;
using accord::ui::DrawingCopy;
using accord::ui::ImGuiWindowCache;
using accord::ui::PixelBox;
using accord::ui::pixelsTouched;

namespace {

ImDrawData displayOf(float width, float height) {
  ImDrawData data;
  data.DisplayPos = ImVec2(0, 0);
  data.DisplaySize = ImVec2(width, height);
  data.FramebufferScale = ImVec2(1, 1);
  return data;
}

// Appends an upright quad from `a` to `b` as one command clipped to `clip`.
void addQuad(ImDrawList& list, ImVec2 a, ImVec2 b, ImVec4 clip) {
  const auto first = static_cast<ImDrawIdx>(list.VtxBuffer.Size);
  for (const ImVec2& p : {a, ImVec2(b.x, a.y), b, ImVec2(a.x, b.y)}) list.VtxBuffer.push_back(ImDrawVert{p, ImVec2(0, 0), IM_COL32_WHITE});
  ImDrawCmd cmd;
  cmd.ClipRect = clip;
  cmd.IdxOffset = static_cast<unsigned>(list.IdxBuffer.Size);
  cmd.ElemCount = 6;
  for (const int k : {0, 1, 2, 0, 2, 3}) list.IdxBuffer.push_back(static_cast<ImDrawIdx>(first + k));
  list.CmdBuffer.push_back(cmd);
}

const ImVec4 kWholeScreen(0, 0, 1280, 720);

}  // namespace

TEST_CASE("[ui] a draw list touches the pixels whose centres its triangles reach, within its clip rectangles") {
  const ImDrawData data = displayOf(1280, 720);
  SECTION("a quad on whole pixels") {
    ImDrawList list(nullptr);
    addQuad(list, ImVec2(10, 20), ImVec2(30, 40), kWholeScreen);
    CHECK(pixelsTouched(list, data) == PixelBox{10, 20, 30, 40});
  }
  SECTION("a soft edge half a pixel out reaches the centres of the pixels round it") {
    ImDrawList list(nullptr);
    addQuad(list, ImVec2(9.5f, 19.5f), ImVec2(30.5f, 40.5f), kWholeScreen);
    CHECK(pixelsTouched(list, data) == PixelBox{9, 19, 31, 41});
  }
  SECTION("the clip rectangle and the screen cut it") {
    ImDrawList list(nullptr);
    addQuad(list, ImVec2(-50, 20), ImVec2(300, 40), ImVec4(0, 0, 100, 720));
    CHECK(pixelsTouched(list, data) == PixelBox{0, 20, 100, 40});
  }
  SECTION("each command is cut by its own clip rectangle") {
    ImDrawList list(nullptr);
    addQuad(list, ImVec2(0, 0), ImVec2(100, 100), ImVec4(0, 0, 50, 50));
    addQuad(list, ImVec2(200, 200), ImVec2(300, 300), kWholeScreen);
    CHECK(pixelsTouched(list, data) == PixelBox{0, 0, 300, 300});
  }
}

TEST_CASE("[ui] a window's drawing counts as unchanged only while its commands, corners and indices are") {
  ImDrawList list(nullptr);
  addQuad(list, ImVec2(10, 20), ImVec2(30, 40), kWholeScreen);
  DrawingCopy copy;
  copy.take(list);
  CHECK(copy.sameAs(list));
  SECTION("a corner moved") {
    list.VtxBuffer[2].pos.x += 1;
    CHECK_FALSE(copy.sameAs(list));
  }
  SECTION("a colour changed") {
    list.VtxBuffer[0].col = IM_COL32(255, 0, 0, 255);
    CHECK_FALSE(copy.sameAs(list));
  }
  SECTION("another clip rectangle") {
    list.CmdBuffer[0].ClipRect.z = 640;
    CHECK_FALSE(copy.sameAs(list));
  }
  SECTION("another shape drawn after it") {
    addQuad(list, ImVec2(50, 50), ImVec2(60, 60), kWholeScreen);
    CHECK_FALSE(copy.sameAs(list));
  }
}

TEST_CASE("[ui] only a window with no other window under it is kept as a picture") {
  const ImDrawData data = displayOf(1280, 720);
  // The map drawn at the left, under the top bar; panels to its right and along the top.
  const Backdrop backdrop{IM_COL32(24, 30, 38, 255), ImVec2(0, 64), ImVec2(920, 662), 7};
  const PixelBox topBar{0, 0, 1280, 64};
  const PixelBox sidePanel{920, 64, 1280, 662};
  ImDrawList top(nullptr);
  ImDrawList side(nullptr);
  ImDrawList other(nullptr);
  ImGuiWindowCache cache;
  cache.beginFrame(backdrop, data);

  SECTION("panels beside the map and each other, whose soft edges reach a pixel past them") {
    CHECK(cache.consider(top, topBar, PixelBox{0, 0, 1280, 65}));
    CHECK(cache.consider(side, sidePanel, PixelBox{919, 63, 1280, 663}));
  }
  SECTION("a window over the map, kept for as long as the map's drawing is the same") {
    CHECK(cache.consider(other, PixelBox{10, 74, 600, 128}, PixelBox{9, 73, 601, 129}));
  }
  SECTION("a window over one drawn before it") {
    CHECK(cache.consider(top, topBar, topBar));
    CHECK_FALSE(cache.consider(other, PixelBox{1000, 40, 1200, 300}, PixelBox{1000, 40, 1200, 300}));
  }
  SECTION("a window under one that was not kept, which may draw anywhere it touched") {
    CHECK_FALSE(cache.consider(other, PixelBox{0, 0, 0, 0}, PixelBox{900, 100, 1000, 200}));
    CHECK_FALSE(cache.consider(side, sidePanel, sidePanel));
  }
  SECTION("a window that draws far past its rectangle (a modal's dimmed screen)") {
    CHECK_FALSE(cache.consider(side, sidePanel, PixelBox{0, 0, 1280, 720}));
  }
  SECTION("a small window") {
    CHECK_FALSE(cache.consider(other, PixelBox{1000, 100, 1100, 150}, PixelBox{1000, 100, 1100, 150}));
  }
  SECTION("a window with a callback") {
    addQuad(side, ImVec2(920, 64), ImVec2(1280, 662), kWholeScreen);
    side.CmdBuffer.back().UserCallback = ImDrawCallback_ResetRenderState;
    CHECK_FALSE(cache.consider(side, sidePanel, sidePanel));
  }
}

#ifdef ACCORD_XVFB
#include <SFML/Graphics/Image.hpp>
#include <nlohmann/json.hpp>

#include "run_program.hpp"

TEST_CASE("[ui] a panel shown from its picture looks as it did when drawn") {
  accord::test::UiTempDir dir;
  const auto shots = dir / "shots";
  const auto script = accord::test::uiScript("window_pictures.txt");
  const auto r = accord::test::runCommand(accord::test::underXvfb(dir, "--ui-script " + script + " --screenshots " + shots.string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const auto files = nlohmann::json::parse(r.out.substr(r.out.find('{')))["screenshots"].get<std::vector<std::string>>();
  REQUIRE(files.size() == 2);
  sf::Image drawn;
  sf::Image kept;
  REQUIRE(drawn.loadFromFile(files[0]));
  REQUIRE(kept.loadFromFile(files[1]));
  REQUIRE(drawn.getSize() == kept.getSize());
  long differing = 0;
  for (unsigned y = 0; y < drawn.getSize().y; ++y) {
    for (unsigned x = 0; x < drawn.getSize().x; ++x) differing += drawn.getPixel(x, y) != kept.getPixel(x, y);
  }
  CHECK(differing == 0);
}
#endif
