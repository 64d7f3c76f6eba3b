// Whether there is a display; see display_check.hpp.
#include "display_check.hpp"

#include <X11/Xlib.h>

#include <cstdlib>

namespace accord::ui {

DisplayProbe::DisplayProbe() {
  const char* name = std::getenv("DISPLAY");
  if (name && *name) m_display = XOpenDisplay(nullptr);
}

DisplayProbe::~DisplayProbe() {
  if (m_display) XCloseDisplay(static_cast<Display*>(m_display));
}

}  // namespace accord::ui
