// The engine's sentences by code; see engine_text.hpp.
#include "engine_text.hpp"

namespace accord::core {

std::string_view englishTemplate(std::string_view code) {
  for (const auto& def : kEngineTexts) {
    if (def.code == code) return def.english;
  }
  return {};
}

std::string fillTemplate(std::string_view text, const TextArgs& args) {
  std::string out;
  out.reserve(text.size() + 32);
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        auto it = args.find(std::string(text.substr(i + 1, close - i - 1)));
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

std::string englishText(std::string_view code, const TextArgs& args) { return fillTemplate(englishTemplate(code), args); }

void nestText(TextArgs& args, std::string_view name, std::string_view code, const TextArgs& inner) {
  const std::string prefix = std::string(name) + ".";
  args[prefix + "code"] = std::string(code);
  for (const auto& [key, value] : inner) args[prefix + key] = value;
}

EngineText nestedText(const TextArgs& args, std::string_view name) {
  const std::string prefix = std::string(name) + ".";
  EngineText out;
  for (auto it = args.lower_bound(prefix); it != args.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    const std::string key = it->first.substr(prefix.size());
    if (key == "code") {
      out.code = it->second;
    } else {
      out.args[key] = it->second;
    }
  }
  if (out.code.empty()) out.args.clear();
  return out;
}

}  // namespace accord::core
