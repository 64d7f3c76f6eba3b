// Scripted input for the window; see ui_script.hpp.
#include "ui_script.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "game/persist/file_io.hpp"

namespace accord::ui {
namespace {

// Frames a widget may take to appear (a screen that is still loading) before the script fails.
constexpr int kMaxRetries = 240;
// Frames left after each action, so that the interface has answered before the next one.
constexpr int kSettleFrames = 2;

sf::Event mouseMove(sf::Vector2f p) {
  sf::Event e;
  e.type = sf::Event::MouseMoved;
  e.mouseMove.x = static_cast<int>(p.x);
  e.mouseMove.y = static_cast<int>(p.y);
  return e;
}

sf::Event mouseButton(sf::Vector2f p, bool down) {
  sf::Event e;
  e.type = down ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
  e.mouseButton.button = sf::Mouse::Left;
  e.mouseButton.x = static_cast<int>(p.x);
  e.mouseButton.y = static_cast<int>(p.y);
  return e;
}

std::optional<sf::Keyboard::Key> keyFrom(const std::string& name) {
  static const std::map<std::string, sf::Keyboard::Key> keys{
      {"Enter", sf::Keyboard::Enter},   {"Escape", sf::Keyboard::Escape}, {"Tab", sf::Keyboard::Tab},
      {"Space", sf::Keyboard::Space},   {"Up", sf::Keyboard::Up},         {"Down", sf::Keyboard::Down},
      {"Left", sf::Keyboard::Left},     {"Right", sf::Keyboard::Right},   {"Backspace", sf::Keyboard::Backspace},
      {"Home", sf::Keyboard::Home},     {"End", sf::Keyboard::End},       {"Delete", sf::Keyboard::Delete}};
  auto it = keys.find(name);
  if (it == keys.end()) return std::nullopt;
  return it->second;
}

bool isNumber(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '.'; });
}

}  // namespace

Result<UiScript, std::string> UiScript::load(const std::filesystem::path& file) {
  auto text = persist::readTextFile(file, "UI script");
  if (!text) return accord::fail(text.error());
  return parse(*text, file.string());
}

Result<UiScript, std::string> UiScript::parse(const std::string& text, const std::string& name) {
  static const std::vector<std::string> kCommands{"wait", "click", "move", "scroll", "drag", "key", "type",
                                                  "shot", "idle", "expect", "quit"};
  UiScript script;
  script.m_name = name;
  std::istringstream in(text);
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    if (auto hash = raw.find('#'); hash != std::string::npos) raw.erase(hash);
    std::istringstream words(raw);
    ScriptLine line;
    line.number = number;
    for (std::string w; words >> w;) line.words.push_back(w);
    if (line.words.empty()) continue;
    const std::string& cmd = line.words[0];
    if (std::find(kCommands.begin(), kCommands.end(), cmd) == kCommands.end()) {
      return accord::fail(name + ":" + std::to_string(number) + ": unknown command '" + cmd + "'");
    }
    const auto at = raw.find(cmd);
    line.rest = raw.substr(std::min(raw.size(), at + cmd.size() + 1));
    if (cmd == "key" && (line.words.size() != 2 || !keyFrom(line.words[1]))) {
      return accord::fail(name + ":" + std::to_string(number) + ": key needs one of Enter, Escape, Tab, Space, Up, Down, Left, Right, Backspace, Home, End, Delete");
    }
    if ((cmd == "wait" || cmd == "idle") && (line.words.size() != 2 || !isNumber(line.words[1]))) {
      return accord::fail(name + ":" + std::to_string(number) + ": " + cmd + " needs a number");
    }
    if (cmd == "expect" && line.words.size() != 3) return accord::fail(name + ":" + std::to_string(number) + ": expect WHAT VALUE");
    if ((cmd == "shot") && line.words.size() != 2) return accord::fail(name + ":" + std::to_string(number) + ": shot NAME");
    script.m_lines.push_back(std::move(line));
  }
  return script;
}

void UiScript::failAt(const ScriptLine& line, const std::string& message) {
  if (m_failure.empty()) m_failure = m_name + ":" + std::to_string(line.number) + ": " + message;
}

std::optional<sf::Vector2f> UiScript::target(const ScriptLine& line, size_t& word, const WidgetTracker& widgets, ScriptHost& host,
                                             bool& retry) {
  retry = false;
  if (word >= line.words.size()) {
    failAt(line, "a target is missing");
    return std::nullopt;
  }
  const std::string& first = line.words[word];
  if (isNumber(first)) {
    if (word + 1 >= line.words.size() || !isNumber(line.words[word + 1])) {
      failAt(line, "a point needs X and Y");
      return std::nullopt;
    }
    const sf::Vector2f p(std::stof(first), std::stof(line.words[word + 1]));
    word += 2;
    return p;
  }
  ++word;
  if (first.rfind("map:", 0) == 0) {
    if (auto p = host.namedPoint(first)) return p;
  } else if (auto r = widgets.find(first)) {
    return sf::Vector2f(r->centreX(), r->centreY());
  }
  retry = true;
  return std::nullopt;
}

// Turns the line into frames of events; false while it waits for its target to appear.
bool UiScript::start(const ScriptLine& line, const WidgetTracker& widgets, ScriptHost& host) {
  const std::string& cmd = line.words[0];
  auto settle = [&] { m_wait = kSettleFrames; };
  if (cmd == "wait") {
    m_wait = std::max(0, std::stoi(line.words[1]));
    return true;
  }
  if (cmd == "shot") {
    m_shot = line.words[1];
    return true;
  }
  if (cmd == "idle") {
    m_idle = std::stod(line.words[1]);
    return true;
  }
  if (cmd == "quit") {
    m_quit = true;
    return true;
  }
  if (cmd == "expect") {
    if (auto wrong = host.check(line.words[1], line.words[2])) failAt(line, "expected " + line.words[1] + " " + line.words[2] + ", got " + *wrong);
    return true;
  }
  if (cmd == "key") {
    const auto key = *keyFrom(line.words[1]);
    sf::Event down;
    down.type = sf::Event::KeyPressed;
    down.key = sf::Event::KeyEvent{key, false, false, false, false};
    sf::Event up = down;
    up.type = sf::Event::KeyReleased;
    m_queue.push_back({{down}});
    m_queue.push_back({{up}});
    settle();
    return true;
  }
  if (cmd == "type") {
    for (char32_t c : sf::String::fromUtf8(line.rest.begin(), line.rest.end())) {
      sf::Event e;
      e.type = sf::Event::TextEntered;
      e.text.unicode = c;
      m_queue.push_back({{e}});
    }
    settle();
    return true;
  }
  size_t word = 1;
  bool retry = false;
  const auto p = target(line, word, widgets, host, retry);
  if (!p) {
    if (retry && ++m_retries <= kMaxRetries) return false;
    if (retry) failAt(line, "no widget or point named '" + line.words[1] + "' appeared");
    return true;
  }
  if (cmd == "click") {
    m_queue.push_back({{mouseMove(*p)}});
    m_queue.push_back({{mouseButton(*p, true)}});
    m_queue.push_back({{mouseButton(*p, false)}});
  } else if (cmd == "move") {
    m_queue.push_back({{mouseMove(*p)}});
  } else if (cmd == "scroll") {
    if (word >= line.words.size() || !isNumber(line.words[word])) {
      failAt(line, "scroll needs a delta");
      return true;
    }
    sf::Event e;
    e.type = sf::Event::MouseWheelScrolled;
    e.mouseWheelScroll = {sf::Mouse::VerticalWheel, std::stof(line.words[word]), static_cast<int>(p->x), static_cast<int>(p->y)};
    m_queue.push_back({{mouseMove(*p)}});
    m_queue.push_back({{e}});
  } else if (cmd == "drag") {
    const auto to = target(line, word, widgets, host, retry);
    if (!to) {
      failAt(line, "drag needs a second target");
      return true;
    }
    m_queue.push_back({{mouseMove(*p)}});
    m_queue.push_back({{mouseButton(*p, true)}});
    for (int i = 1; i <= 4; ++i) m_queue.push_back({{mouseMove(*p + (*to - *p) * (static_cast<float>(i) / 4.0f))}});
    m_queue.push_back({{mouseButton(*to, false)}});
  }
  settle();
  return true;
}

std::vector<sf::Event> UiScript::frameEvents(const WidgetTracker& widgets, ScriptHost& host) {
  if (!m_failure.empty()) return {};
  if (!m_queue.empty()) {
    auto events = std::move(m_queue.front().events);
    m_queue.erase(m_queue.begin());
    return events;
  }
  if (m_wait > 0) {
    --m_wait;
    return {};
  }
  // Commands that need no frame of their own run one after another in this frame.
  while (m_next < m_lines.size() && m_queue.empty() && m_wait == 0 && !m_shot && m_idle == 0 && !m_quit && m_failure.empty()) {
    if (!start(m_lines[m_next], widgets, host)) return {};
    m_retries = 0;
    ++m_next;
  }
  if (!m_queue.empty()) {
    auto events = std::move(m_queue.front().events);
    m_queue.erase(m_queue.begin());
    return events;
  }
  return {};
}

std::optional<std::string> UiScript::takeShot() {
  auto s = std::move(m_shot);
  m_shot.reset();
  return s;
}

double UiScript::takeIdle() {
  const double s = m_idle;
  m_idle = 0;
  return s;
}

}  // namespace accord::ui
