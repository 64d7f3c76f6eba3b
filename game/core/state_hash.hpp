// A 64-bit hash of the game state, recorded per turn so replays can prove they match.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace accord::core {

struct GameState;

// FNV-1a over a canonical field order; lengths are mixed in so that adjacent fields never blur.
class Hasher {
 public:
  void bytes(const void* data, size_t n);
  void u64(uint64_t v);
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void str(std::string_view s);
  uint64_t digest() const { return m_h; }

 private:
  uint64_t m_h = 0xcbf29ce484222325ull;
};

// What hashState has read of the history already: the leading offers, news items and messages
// that can no longer change (from earlier turns, offers no longer open), so that each turn's hash
// reads only what is new. The hash is the same with or without it.
class HistoryHashCache {
 public:
  struct Prefix {
    size_t count = 0;
    uint64_t state = 0;
  };
  Prefix offers, news, messages;
};

uint64_t hashState(const GameState& state, HistoryHashCache* cache = nullptr);
std::string hashHex(uint64_t h);
uint64_t fnv1a(std::string_view s);

}  // namespace accord::core
