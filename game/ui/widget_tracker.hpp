// Where each named widget was drawn in the last frame, so that a UI script can click it by name.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace accord::ui {

struct WidgetRect {
  float x = 0;
  float y = 0;
  float w = 0;
  float h = 0;
  float centreX() const { return x + w / 2; }
  float centreY() const { return y + h / 2; }
};

class WidgetTracker {
 public:
  // The last ImGui item gets this name.
  void trackLastItem(std::string_view name);
  void track(std::string_view name, WidgetRect r);
  // Called at the start of a frame: the widgets of the frame before become the ones to look up.
  void beginFrame();
  std::optional<WidgetRect> find(std::string_view name) const;

 private:
  std::map<std::string, WidgetRect, std::less<>> m_current;
  std::map<std::string, WidgetRect, std::less<>> m_previous;
};

}  // namespace accord::ui
