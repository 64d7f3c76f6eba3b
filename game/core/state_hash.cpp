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

void add(Hasher& h, int v) { h.i64(v); }
void add(Hasher& h, int64_t v) { h.i64(v); }
void add(Hasher& h, bool v) { h.u64(v ? 1 : 0); }
void add(Hasher& h, const std::string& s) { h.str(s); }
template <class E>
  requires std::is_enum_v<E>
void add(Hasher& h, E e) {
  h.i64(static_cast<int64_t>(e));
}

template <class T>
void add(Hasher& h, const std::vector<T>& v);
template <class K, class V>
void add(Hasher& h, const std::map<K, V>& m);
template <class T>
void add(Hasher& h, const std::optional<T>& o);

void add(Hasher& h, const Forces& f) {
  add(h, f.troops);
  add(h, f.heavy);
  add(h, f.monitors);
}
void add(Hasher& h, const ParamValue& v) {
  h.u64(v.index());
  std::visit([&](const auto& x) { add(h, x); }, v);
}
void add(Hasher& h, const Clause& c) {
  add(h, c.type);
  add(h, c.params);
}
void add(Hasher& h, const Violation& v) {
  add(h, v.agreementId);
  add(h, v.clauseIndex);
  add(h, v.actor);
  add(h, v.turn);
  add(h, v.detected);
  add(h, v.note);
}
void add(Hasher& h, const ForceOrder& f) {
  add(h, f.sector);
  add(h, f.troops);
  add(h, f.heavy);
}
void add(Hasher& h, const Orders& o) {
  add(h, o.forces);
  add(h, o.statements);
  add(h, o.requests);
}
void add(Hasher& h, const Actor& a) {
  add(h, a.id);
  add(h, a.kind);
  add(h, a.members);
  add(h, a.playable);
  add(h, a.meters);
}
void add(Hasher& h, const Sector& s) {
  add(h, s.id);
  add(h, s.km);
  add(h, s.status);
  add(h, s.forces);
}
void add(Hasher& h, const BlocVote& v) {
  add(h, v.yes);
  add(h, v.reason);
}
void add(Hasher& h, const Offer& o) {
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
void add(Hasher& h, const Agreement& a) {
  add(h, a.id);
  add(h, a.offerId);
  add(h, a.parties);
  add(h, a.clauses);
  add(h, a.startTurn);
  add(h, a.duration);
  add(h, a.status);
  add(h, a.violations);
}
void add(Hasher& h, const NewsItem& n) {
  add(h, n.turn);
  add(h, n.text);
  add(h, n.audience);
  add(h, n.tag);
}
void add(Hasher& h, const Message& m) {
  add(h, m.turn);
  add(h, m.from);
  add(h, m.to);
  add(h, m.text);
}
void add(Hasher& h, const Outcome& o) {
  add(h, o.id);
  add(h, o.text);
}

template <class T>
void add(Hasher& h, const std::vector<T>& v) {
  h.u64(v.size());
  for (const auto& x : v) add(h, x);
}
template <class K, class V>
void add(Hasher& h, const std::map<K, V>& m) {
  h.u64(m.size());
  for (const auto& [k, x] : m) {
    add(h, k);
    add(h, x);
  }
}
template <class T>
void add(Hasher& h, const std::optional<T>& o) {
  add(h, o.has_value());
  if (o) add(h, *o);
}

}  // namespace

uint64_t hashState(const GameState& s) {
  Hasher h;
  add(h, s.turn);
  add(h, s.phase);
  add(h, s.options);
  add(h, s.meters);
  add(h, s.actors);
  add(h, s.sectors);
  add(h, s.offers);
  add(h, s.agreements);
  add(h, s.news);
  add(h, s.messages);
  add(h, s.lastOrders);
  add(h, s.scores);
  add(h, s.outcome);
  add(h, s.incidents);
  return h.digest();
}

}  // namespace accord::core
