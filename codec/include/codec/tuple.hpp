// SPDX-License-Identifier: Apache-2.0
// Products: tuples and pairs encode as their fields in order, with no prefix (Rust tuples);
// rt::Unit, std::monostate and std::tuple<> encode to nothing (Rust's ()).
#pragma once

#include <cstddef>
#include <tuple>
#include <utility>
#include <variant>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "rt/result.hpp"

namespace rt::codec {

/// (T1, T2, ...): the fields in order.
template <class... Ts>
struct Codec<std::tuple<Ts...>> {
  /// Writes the fields in order.
  template <class S>
  static void encode(Encoder<S>& e, const std::tuple<Ts...>& v) {
    std::apply([&e](const auto&... xs) { e(xs...); }, v);
  }
  /// Reads the fields in order.
  static void decode(Decoder& d, std::tuple<Ts...>& v) {
    std::apply([&d](auto&... xs) { d(xs...); }, v);
  }
  /// Sum of the fields' minimums.
  static constexpr std::size_t minSize() { return (std::size_t{0} + ... + minEncodedSize<Ts>()); }
  /// Default fields (works for fields without a default constructor, such as rt::Result).
  static std::tuple<Ts...> make() { return std::tuple<Ts...>(makeDefault<Ts>()...); }
};

/// (A, B): first, then second.
template <class A, class B>
struct Codec<std::pair<A, B>> {
  /// Writes first, then second.
  template <class S>
  static void encode(Encoder<S>& e, const std::pair<A, B>& v) {
    e << v.first << v.second;
  }
  /// Reads first, then second.
  static void decode(Decoder& d, std::pair<A, B>& v) { d >> v.first >> v.second; }
  /// Sum of the two minimums.
  static constexpr std::size_t minSize() { return minEncodedSize<A>() + minEncodedSize<B>(); }
  /// Default fields.
  static std::pair<A, B> make() { return std::pair<A, B>(makeDefault<A>(), makeDefault<B>()); }
};

/// The empty codec shared by rt::Unit and std::monostate.
template <class T>
struct EmptyCodec {
  /// Writes nothing.
  template <class S>
  static void encode(Encoder<S>&, const T&) {}
  /// Reads nothing.
  static void decode(Decoder&, T&) {}
  /// Zero bytes.
  static constexpr std::size_t minSize() { return 0; }
};

/// (): nothing (for Result<Unit, E>).
template <>
struct Codec<rt::Unit> : EmptyCodec<rt::Unit> {};

/// (): nothing (for unit variants of std::variant enums).
template <>
struct Codec<std::monostate> : EmptyCodec<std::monostate> {};

}  // namespace rt::codec
