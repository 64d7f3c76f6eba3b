// Named widget positions; see widget_tracker.hpp.
#include "widget_tracker.hpp"

#include <imgui.h>

namespace accord::ui {

void WidgetTracker::trackLastItem(std::string_view name) {
  // A widget scrolled out of sight cannot be clicked; a script waits for it instead.
  if (!ImGui::IsItemVisible()) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  track(name, WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y});
}

void WidgetTracker::track(std::string_view name, WidgetRect r) { m_current.insert_or_assign(std::string(name), r); }

void WidgetTracker::beginFrame() {
  m_previous.swap(m_current);
  m_current.clear();
}

std::optional<WidgetRect> WidgetTracker::find(std::string_view name) const {
  auto it = m_previous.find(name);
  if (it == m_previous.end()) return std::nullopt;
  return it->second;
}

}  // namespace accord::ui
