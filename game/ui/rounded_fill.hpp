// A rounded rectangle's fill cut into triangles that software GL draws cheaply. ImGui fills a
// convex shape as a fan from its first corner; for a rounded window that makes triangles from
// one corner to the far ones, a pixel or two wide and hundreds long, and software GL shades every
// 4x4 block such a sliver touches (a fan for one panel costs as much as its whole area).
#pragma once

#include <imgui.h>

#include <vector>

namespace accord::ui {

// Appends to `out` a triangulation of `polygon` (indices into `vertices`, in order around it)
// made of the two halves of a rectangle through its long middle, two slim pieces across its ends
// and small fans at its corners: the same pixels, and no triangle both long and thin. False, and
// nothing appended, when the polygon is not a convex shape with four straight sides.
bool cutRoundedRect(const ImDrawVert* vertices, const std::vector<ImDrawIdx>& polygon, std::vector<ImDrawIdx>& out);

}  // namespace accord::ui
