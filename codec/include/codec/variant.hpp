// SPDX-License-Identifier: Apache-2.0
// Sums: Rust enums as std::variant, C-like enums as C++ enums, and Result<T, E>.
//
// A SCALE enum is one index byte, then the variant's fields. For std::variant<Ts...> the index
// of an alternative is its position, unless every alternative declares
//   static constexpr rt::u8 kScaleIndex = N;
// (Rust's #[codec(index = N)]; pallet calls and events use this). A C++ enum whose underlying
// type is one byte encodes as that byte; decoding one requires an ADL function
//   constexpr bool scaleEnumValid(MyEnum e);
// so that unknown indices are rejected (DecodeError::InvalidVariant). rt::Result<T, E> is
// Result<T, E>: 0 then T, or 1 then E; other tags are DecodeError::InvalidResultTag:
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L703
#pragma once

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <variant>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "codec/tuple.hpp"
#include "rt/assert.hpp"
#include "rt/result.hpp"

namespace rt::codec {

/// An alternative that names its own enum index with `static constexpr u8 kScaleIndex`.
template <class T>
concept HasScaleIndex = requires {
  { T::kScaleIndex } -> std::convertible_to<u8>;
};

namespace detail {

/// The enum index of alternative I of type T: T::kScaleIndex, or I.
template <class T, std::size_t I>
constexpr u8 variantIndexOf() {
  if constexpr (HasScaleIndex<T>) return static_cast<u8>(T::kScaleIndex);
  else return static_cast<u8>(I);
}

/// True when no two alternatives share an enum index.
template <class... Ts, std::size_t... Is>
constexpr bool variantIndicesUnique(std::index_sequence<Is...>) {
  const u8 idx[] = {variantIndexOf<Ts, Is>()...};
  for (std::size_t i = 0; i < sizeof...(Ts); ++i) {
    for (std::size_t j = i + 1; j < sizeof...(Ts); ++j) {
      if (idx[i] == idx[j]) return false;
    }
  }
  return true;
}

/// The smallest of the values (SIZE_MAX for none).
constexpr std::size_t minOf(std::initializer_list<std::size_t> xs) {
  std::size_t m = static_cast<std::size_t>(-1);
  for (std::size_t x : xs) m = x < m ? x : m;
  return m;
}

}  // namespace detail

/// enum { ... }: index byte, then the alternative's fields.
template <class... Ts>
struct Codec<std::variant<Ts...>> {
  static_assert(sizeof...(Ts) >= 1 && sizeof...(Ts) <= 256, "a SCALE enum has 1..256 variants");
  static_assert((HasScaleIndex<Ts> && ...) || (!HasScaleIndex<Ts> && ...),
                "give kScaleIndex to every alternative or to none");
  static_assert(detail::variantIndicesUnique<Ts...>(std::index_sequence_for<Ts...>{}),
                "two alternatives share a kScaleIndex");
  using Variant = std::variant<Ts...>;

  /// Writes the active alternative's index and fields.
  template <class S>
  static void encode(Encoder<S>& e, const Variant& v) {
    RT_ASSERT(!v.valueless_by_exception());
    encodeAt(e, v, std::index_sequence_for<Ts...>{});
  }
  /// Reads the index and emplaces that alternative; an unknown index is InvalidVariant.
  static void decode(Decoder& d, Variant& v) {
    const u8 tag = d.takeByte();
    if (!d.ok()) return;
    if (!decodeAt(d, v, tag, std::index_sequence_for<Ts...>{})) d.fail(DecodeError::InvalidVariant);
  }
  /// One index byte plus the smallest alternative.
  static constexpr std::size_t minSize() { return 1 + detail::minOf({minEncodedSize<Ts>()...}); }

 private:
  template <class S, std::size_t... Is>
  static void encodeAt(Encoder<S>& e, const Variant& v, std::index_sequence<Is...>) {
    (void)((v.index() == Is ? (e.putByte(detail::variantIndexOf<Ts, Is>()), e << *std::get_if<Is>(&v), true)
                            : false) ||
           ...);
  }
  template <std::size_t... Is>
  static bool decodeAt(Decoder& d, Variant& v, u8 tag, std::index_sequence<Is...>) {
    return ((tag == detail::variantIndexOf<Ts, Is>()
                 ? (v.template emplace<Is>(makeDefault<Ts>()), d >> *std::get_if<Is>(&v), true)
                 : false) ||
            ...);
  }
};

/// A C++ enum with a one-byte underlying type (C-like Rust enum).
template <class E>
concept ScaleEnum = std::is_enum_v<E>;

/// C-like enum: the enumerator's value as one byte.
template <ScaleEnum E>
struct Codec<E> {
  static_assert(sizeof(E) == 1, "SCALE C-like enums are one byte: declare `enum class X : uint8_t`");

  /// Writes the enumerator's value.
  template <class S>
  static void encode(Encoder<S>& e, const E& v) {
    e.putByte(static_cast<u8>(v));
  }
  /// Reads one byte and checks it with the ADL function scaleEnumValid(E).
  static void decode(Decoder& d, E& v) {
    static_assert(requires(E x) {
      { scaleEnumValid(x) } -> std::convertible_to<bool>;
    }, "decoding an enum needs `constexpr bool scaleEnumValid(E)` next to it (ADL)");
    const E x = static_cast<E>(d.takeByte());
    if (!scaleEnumValid(x)) {
      d.fail(DecodeError::InvalidVariant);
      v = E{};
      return;
    }
    v = x;
  }
  /// Always 1.
  static constexpr std::size_t minSize() { return 1; }
};

/// Result<T, E>: 0 then the value, or 1 then the error.
template <class T, class E>
struct Codec<rt::Result<T, E>> {
  using R = rt::Result<T, E>;  ///< the encoded type

  /// Writes the tag and the value or error.
  template <class S>
  static void encode(Encoder<S>& e, const R& v) {
    if (v.has_value()) {
      e.putByte(0);
      e << v.value();
    } else {
      e.putByte(1);
      e << v.error();
    }
  }
  /// Reads the tag and the value or error; other tags are InvalidResultTag.
  static void decode(Decoder& d, R& v) {
    const u8 tag = d.takeByte();
    if (!d.ok()) return;
    if (tag == 0) {
      T x = makeDefault<T>();
      d >> x;
      v = R(std::move(x));
    } else if (tag == 1) {
      E x = makeDefault<E>();
      d >> x;
      v = R(rt::Err(std::move(x)));
    } else {
      d.fail(DecodeError::InvalidResultTag);
    }
  }
  /// One tag byte plus the smaller side.
  static constexpr std::size_t minSize() {
    return 1 + detail::minOf({minEncodedSize<T>(), minEncodedSize<E>()});
  }
  /// Ok(default T): rt::Result has no default constructor.
  static R make() { return R(makeDefault<T>()); }
};

}  // namespace rt::codec
