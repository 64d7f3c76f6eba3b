// The per-turn state hash: every field that can differ between two runs, in a fixed order.
#include "state_hash.hpp"

#include <cstdio>
#include <type_traits>

#include "model.hpp"

namespace accord::core {

void Hasher::bytes(const void* data, size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < n; ++i) {
    m_h ^= p[i];
    m_h *= 0x100000001b3ull;
  }
}

void Hasher::u64(uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; ++i) b[i] = static_cast<unsigned char>(v >> (8 * i));
  bytes(b, 8);
}

void Hasher::str(std::string_view s) {
  u64(s.size());
  bytes(s.data(), s.size());
}

uint64_t fnv1a(std::string_view s) {
  Hasher h;
  h.bytes(s.data(), s.size());
  return h.digest();
}

std::string hashHex(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace {

// The state hash's own stream: FNV-1a over 64-bit words rather than bytes, with the high bits
// folded down after each multiply. It runs over every text in the history each turn, so it takes
// eight bytes a step; Hasher stays byte-wise because content hashes and random streams built on it
// must not change.
class StateHasher {
 public:
  StateHasher() = default;
  explicit StateHasher(uint64_t state) : m_h(state) {}
  void u64(uint64_t w) {
    m_h ^= w;
    m_h *= 0x100000001b3ull;
    m_h ^= m_h >> 29;
  }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void str(std::string_view s) {
    u64(s.size());
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) u64(word(s.data() + i, 8));
    if (i < s.size()) u64(word(s.data() + i, s.size() - i));
  }
  uint64_t digest() const { return m_h; }

 private:
  static uint64_t word(const char* p, size_t n) {
    uint64_t w = 0;
    for (size_t k = 0; k < n; ++k) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
    return w;
  }
  uint64_t m_h = 0xcbf29ce484222325ull;
};

void add(StateHasher& h, int v) { h.i64(v); }
void add(StateHasher& h, int64_t v) { h.i64(v); }
void add(StateHasher& h, bool v) { h.u64(v ? 1 : 0); }
void add(StateHasher& h, const std::string& s) { h.str(s); }
template <class E>
  requires std::is_enum_v<E>
void add(StateHasher& h, E e) {
  h.i64(static_cast<int64_t>(e));
}

template <class T>
void add(StateHasher& h, const std::vector<T>& v);
template <class T>
void add(StateHasher& h, const SharedList<T>& v) {
  add(h, v.get());
}
template <class K, class V>
void add(StateHasher& h, const std::map<K, V>& m);
template <class T>
void add(StateHasher& h, const std::optional<T>& o);

void add(StateHasher& h, const Forces& f) {
  add(h, f.troops);
  add(h, f.heavy);
  add(h, f.monitors);
}
void add(StateHasher& h, const ParamValue& v) {
  h.u64(v.index());
  std::visit([&](const auto& x) { add(h, x); }, v);
}
void add(StateHasher& h, const Clause& c) {
  add(h, c.type);
  // As the map of names to values they were before: the hashes of saved games stay valid.
  h.u64(c.params.size());
  for (const auto& [name, value] : c.params) {
    add(h, name);
    add(h, value);
  }
}
void add(StateHasher& h, const Violation& v) {
  add(h, v.agreementId);
  add(h, v.clauseIndex);
  add(h, v.actor);
  add(h, v.turn);
  add(h, v.detected);
  add(h, v.note);
}
void add(StateHasher& h, const ForceOrder& f) {
  add(h, f.sector);
  add(h, f.troops);
  add(h, f.heavy);
}
void add(StateHasher& h, const Orders& o) {
  add(h, o.forces);
  add(h, o.statements);
  add(h, o.requests);
}
void add(StateHasher& h, const Actor& a) {
  add(h, a.id);
  add(h, a.kind);
  add(h, a.members);
  add(h, a.playable);
  add(h, a.meters);
}
void add(StateHasher& h, const Sector& s) {
  add(h, s.id);
  add(h, s.km);
  add(h, s.status);
  add(h, s.forces);
}
// A vote's code and arguments follow from the same state as its reason, which is hashed; leaving
// them out keeps the hashes that saves and replays recorded before they existed.
void add(StateHasher& h, const BlocVote& v) {
  add(h, v.yes);
  add(h, v.reason);
}
void add(StateHasher& h, const Offer& o) {
  add(h, o.id);
  add(h, o.from);
  add(h, o.to);
  add(h, o.clauses);
  add(h, o.turn);
  add(h, o.round);
  add(h, o.replyTo);
  add(h, o.status);
  add(h, o.responses);
  add(h, o.votes);
}
void add(StateHasher& h, const Agreement& a) {
  add(h, a.id);
  add(h, a.offerId);
  add(h, a.parties);
  add(h, a.clauses);
  add(h, a.startTurn);
  add(h, a.duration);
  add(h, a.status);
  add(h, a.violations);
}
void add(StateHasher& h, const NewsItem& n) {
  add(h, n.turn);
  add(h, n.text);
  add(h, n.audience);
  add(h, n.tag);
}
void add(StateHasher& h, const Message& m) {
  add(h, m.turn);
  add(h, m.from);
  add(h, m.to);
  add(h, m.text);
}
void add(StateHasher& h, const Outcome& o) {
  add(h, o.id);
  add(h, o.text);
}

template <class T>
void add(StateHasher& h, const std::vector<T>& v) {
  h.u64(v.size());
  for (const auto& x : v) add(h, x);
}
template <class K, class V>
void add(StateHasher& h, const std::map<K, V>& m) {
  h.u64(m.size());
  for (const auto& [k, x] : m) {
    add(h, k);
    add(h, x);
  }
}
template <class T>
void add(StateHasher& h, const std::optional<T>& o) {
  add(h, o.has_value());
  if (o) add(h, *o);
}

// A history list enters the hash as its length and a digest of its items in order. The digest of
// the items that can no longer change is kept in `prefix`, so only the rest is read again.
template <class T, class Final>
uint64_t listDigest(const std::vector<T>& items, HistoryHashCache::Prefix* prefix, Final isFinal) {
  StateHasher h;
  size_t from = 0;
  if (prefix && prefix->count <= items.size()) {
    if (prefix->count > 0) h = StateHasher(prefix->state);
    from = prefix->count;
    while (from < items.size() && isFinal(items[from])) add(h, items[from++]);
    *prefix = {from, h.digest()};
  }
  for (size_t i = from; i < items.size(); ++i) add(h, items[i]);
  return h.digest();
}

}  // namespace

uint64_t hashState(const GameState& s, HistoryHashCache* cache) {
  if (cache && (cache->offers.count > s.offers.size() || cache->news.count > s.news.size() || cache->messages.count > s.messages.size())) {
    *cache = {};  // a different game, or one that went back: read it all again
  }
  StateHasher h;
  add(h, s.turn);
  add(h, s.phase);
  add(h, s.options);
  add(h, s.meters);
  add(h, s.actors);
  add(h, s.sectors);
  h.u64(s.offers.size());
  h.u64(listDigest(s.offers, cache ? &cache->offers : nullptr,
                   [&](const Offer& o) { return o.turn < s.turn && o.status != OfferStatus::Open; }));
  add(h, s.agreements);
  h.u64(s.news.size());
  h.u64(listDigest(s.news, cache ? &cache->news : nullptr, [&](const NewsItem& n) { return n.turn < s.turn; }));
  h.u64(s.messages.size());
  h.u64(listDigest(s.messages, cache ? &cache->messages : nullptr, [&](const Message& m) { return m.turn < s.turn; }));
  add(h, s.lastOrders);
  add(h, s.scores);
  add(h, s.outcome);
  add(h, s.incidents);
  return h.digest();
}

}  // namespace accord::core
