// A value or an error, for results that cross a boundary (engine refusals, loading, parsing).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace accord {

template <class E>
struct Unexpected {
  E error;
};

template <class E>
Unexpected<std::decay_t<E>> fail(E&& e) {
  return {std::forward<E>(e)};
}

template <class T, class E = std::string>
class Result {
 public:
  Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
  template <class F>
  Result(Unexpected<F> e) : m_v(std::in_place_index<1>, E(std::move(e.error))) {}  // NOLINT

  bool ok() const { return m_v.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(m_v); }
  const T& value() const { return std::get<0>(m_v); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const E& error() const { return std::get<1>(m_v); }

 private:
  std::variant<T, E> m_v;
};

template <class E>
class Result<void, E> {
 public:
  Result() = default;
  template <class F>
  Result(Unexpected<F> e) : m_error(E(std::move(e.error))), m_ok(false) {}  // NOLINT

  bool ok() const { return m_ok; }
  explicit operator bool() const { return m_ok; }
  const E& error() const { return m_error; }

 private:
  E m_error{};
  bool m_ok = true;
};

}  // namespace accord
