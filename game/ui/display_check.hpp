// Whether there is a display to open the window on; kept apart because Xlib's macros (None,
// Status...) break the headers of everything else.
#pragma once

namespace accord::ui {

// A connection to the X server named by DISPLAY, held open while the window is made: an X server
// with no client left resets itself (Xvfb does), and a connection tried during the reset fails.
class DisplayProbe {
 public:
  DisplayProbe();
  ~DisplayProbe();
  DisplayProbe(const DisplayProbe&) = delete;
  DisplayProbe& operator=(const DisplayProbe&) = delete;
  // DISPLAY is set and the X server behind it answers.
  bool available() const { return m_display != nullptr; }

 private:
  void* m_display = nullptr;
};

}  // namespace accord::ui
