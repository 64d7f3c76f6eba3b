// xoshiro256** seeded through SplitMix64; streams keyed by name.
#include "rng.hpp"

#include "state_hash.hpp"

namespace accord::core {
namespace {

uint64_t splitMix(uint64_t& x) {
  uint64_t z = (x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

Rng::Rng(uint64_t seed) {
  for (auto& word : m_s) word = splitMix(seed);
}

uint64_t Rng::next() {
  const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
  const uint64_t t = m_s[1] << 17;
  m_s[2] ^= m_s[0];
  m_s[3] ^= m_s[1];
  m_s[1] ^= m_s[2];
  m_s[0] ^= m_s[3];
  m_s[2] ^= t;
  m_s[3] = rotl(m_s[3], 45);
  return result;
}

int64_t Rng::uniform(int64_t lo, int64_t hi) {
  if (hi <= lo) return lo;
  const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
  if (span == 0) return static_cast<int64_t>(next());  // the full 64-bit range
  // Rejection sampling keeps every value equally likely.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  uint64_t r = next();
  while (r >= limit) r = next();
  return lo + static_cast<int64_t>(r % span);
}

bool Rng::chance(int percent) {
  if (percent <= 0) return false;
  if (percent >= 100) return true;
  return uniform(0, 99) < percent;
}

double Rng::real() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

Rng& RngStreams::stream(std::string_view name) {
  auto it = m_streams.find(name);
  if (it == m_streams.end()) {
    it = m_streams.emplace(std::string(name), Rng(m_seed ^ fnv1a(name))).first;
  }
  return it->second;
}

}  // namespace accord::core
