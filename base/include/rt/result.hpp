// SPDX-License-Identifier: Apache-2.0
// Result<T, E>: the project's error channel (no exceptions in wasm or native builds).
//
// A small in-house `expected`: the C++20 toolchains we target (clang-19 with libc++ headers for
// wasm32, clang/gcc with libstdc++ 12 natively) do not all ship std::expected. Errors propagate
// with RT_TRY / RT_TRY_VOID in the shape of kagome's OUTCOME_TRY.
#pragma once

#include <new>
#include <type_traits>
#include <utility>

#include "rt/assert.hpp"

namespace rt {

/// Carries an error value into a Result; build it with `rt::Err(e)`.
template <typename E>
struct Failure {
  E error;
};

/// Wraps an error so that it converts into any Result<T, E>.
template <typename E>
constexpr Failure<std::decay_t<E>> Err(E&& e) {
  return {std::forward<E>(e)};
}

/// Empty success value for Result<Unit, E> (what `Result<void, E>` would be).
struct Unit {
  constexpr bool operator==(const Unit&) const = default;
};

/// Either a value of type T or an error of type E. Checked access traps on misuse.
template <typename T, typename E>
class [[nodiscard]] Result {
 public:
  using value_type = T;
  using error_type = E;

  Result(const T& v) : ok_(true) { new (&value_) T(v); }
  Result(T&& v) : ok_(true) { new (&value_) T(std::move(v)); }
  template <typename U>
    requires(std::is_convertible_v<U, E>)
  Result(Failure<U>&& f) : ok_(false) {
    new (&error_) E(std::move(f.error));
  }

  Result(const Result& o) : ok_(o.ok_) {
    if (ok_) new (&value_) T(o.value_);
    else new (&error_) E(o.error_);
  }
  Result(Result&& o) noexcept : ok_(o.ok_) {
    if (ok_) new (&value_) T(std::move(o.value_));
    else new (&error_) E(std::move(o.error_));
  }
  Result& operator=(Result o) noexcept {
    destroy();
    ok_ = o.ok_;
    if (ok_) new (&value_) T(std::move(o.value_));
    else new (&error_) E(std::move(o.error_));
    return *this;
  }
  ~Result() { destroy(); }

  /// True when the Result holds a value.
  constexpr bool has_value() const { return ok_; }
  constexpr explicit operator bool() const { return ok_; }

  /// The value; traps when the Result holds an error.
  T& value() & {
    RT_ASSERT(ok_);
    return value_;
  }
  const T& value() const& {
    RT_ASSERT(ok_);
    return value_;
  }
  T&& value() && {
    RT_ASSERT(ok_);
    return std::move(value_);
  }
  /// The error; traps when the Result holds a value.
  const E& error() const {
    RT_ASSERT(!ok_);
    return error_;
  }
  /// The value, or `fallback` on error.
  T value_or(T fallback) const& { return ok_ ? value_ : std::move(fallback); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  void destroy() {
    if (ok_) value_.~T();
    else error_.~E();
  }
  bool ok_;
  union {
    T value_;
    E error_;
  };
};

}  // namespace rt

#define RT_CONCAT_IMPL(a, b) a##b
#define RT_CONCAT(a, b) RT_CONCAT_IMPL(a, b)

/// `RT_TRY(auto x, expr);` binds the value of `expr` or returns its error from the caller.
#define RT_TRY(decl, expr) RT_TRY_IMPL(RT_CONCAT(rt_try_, __LINE__), decl, expr)
#define RT_TRY_IMPL(tmp, decl, expr)                 \
  auto tmp = (expr);                                 \
  if (!tmp.has_value()) return ::rt::Err(tmp.error()); \
  decl = std::move(tmp).value()

/// `RT_TRY_VOID(expr);` returns the error of `expr` from the caller, if any.
#define RT_TRY_VOID(expr) RT_TRY_VOID_IMPL(RT_CONCAT(rt_try_, __LINE__), expr)
#define RT_TRY_VOID_IMPL(tmp, expr) \
  auto tmp = (expr);                \
  if (!tmp.has_value()) return ::rt::Err(tmp.error())
