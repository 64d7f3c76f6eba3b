// The engine's random numbers: one master seed, independent named streams (xoshiro256**).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace accord::core {

class Rng {
 public:
  Rng() : Rng(0) {}
  explicit Rng(uint64_t seed);

  uint64_t next();
  // Uniform integer in [lo, hi]; hi < lo returns lo.
  int64_t uniform(int64_t lo, int64_t hi);
  // True with probability percent/100 (clamped to 0..100).
  bool chance(int percent);
  // Uniform in [0, 1).
  double real();

  const std::array<uint64_t, 4>& raw() const { return m_s; }

 private:
  std::array<uint64_t, 4> m_s{};
};

// Streams are derived from the master seed and the stream's name alone, so adding a stream, or
// drawing from one, never shifts the numbers another stream produces.
class RngStreams {
 public:
  explicit RngStreams(uint64_t seed = 0) : m_seed(seed) {}
  Rng& stream(std::string_view name);
  uint64_t seed() const { return m_seed; }
  const std::map<std::string, Rng, std::less<>>& streams() const { return m_streams; }

 private:
  uint64_t m_seed;
  std::map<std::string, Rng, std::less<>> m_streams;
};

}  // namespace accord::core
