// SPDX-License-Identifier: Apache-2.0
// Fixed-width integers and bool: the leaves of every SCALE encoding.
//
// SCALE writes integers as their two's-complement bytes in little-endian order, with no length or
// tag; bool is a single byte 0 or 1 and any other byte is a decode error, as in parity-scale-codec
// (https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L1601).
// The aliases rt::u8 .. rt::u128 and rt::i8 .. rt::i128 come from int_types.hpp (included here);
// only these ten types are SCALE integers. Encode `std::size_t` through u32/u64 explicitly: it is
// `unsigned long` on wasm32, which is none of the ten there, so the wasm build rejects it.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "codec/int_types.hpp"

namespace rt::codec {

/// Exactly the ten SCALE integer types u8..u128 and i8..i128 (not bool, not char, not size_t).
template <class T>
concept ScaleInteger =
    std::is_same_v<T, u8> || std::is_same_v<T, u16> || std::is_same_v<T, u32> ||
    std::is_same_v<T, u64> || std::is_same_v<T, u128> || std::is_same_v<T, i8> ||
    std::is_same_v<T, i16> || std::is_same_v<T, i32> || std::is_same_v<T, i64> ||
    std::is_same_v<T, i128>;

/// An unsigned SCALE integer (u8..u128), the types Compact<T> accepts.
template <class T>
concept ScaleUnsigned = ScaleInteger<T> && (std::is_same_v<T, u8> || std::is_same_v<T, u16> ||
                                            std::is_same_v<T, u32> || std::is_same_v<T, u64> ||
                                            std::is_same_v<T, u128>);

/// True when T's in-memory bytes already are its SCALE encoding, so arrays of T can be copied
/// with memcpy (little-endian targets: wasm32, x86-64, aarch64).
template <class T>
inline constexpr bool kRawLittleEndian = ScaleInteger<T> && std::endian::native == std::endian::little;

namespace detail {
/// The unsigned integer of N bytes.
template <std::size_t N> struct UintOfSize;
template <> struct UintOfSize<1> { using type = u8; };
template <> struct UintOfSize<2> { using type = u16; };
template <> struct UintOfSize<4> { using type = u32; };
template <> struct UintOfSize<8> { using type = u64; };
template <> struct UintOfSize<16> { using type = u128; };
}  // namespace detail

/// The unsigned integer type with the same width as T.
template <ScaleInteger T>
using UnsignedOf = typename detail::UintOfSize<sizeof(T)>::type;

/// Writes the sizeof(T) little-endian bytes of `v` to `out`.
template <ScaleInteger T>
constexpr void storeLe(T v, u8* out) {
  if (!std::is_constant_evaluated() && kRawLittleEndian<T>) {
    __builtin_memcpy(out, &v, sizeof(T));  // one or two plain stores instead of a byte loop
    return;
  }
  using U = UnsignedOf<T>;
  const U u = static_cast<U>(v);
  for (std::size_t i = 0; i < sizeof(T); ++i) out[i] = static_cast<u8>(u >> (8 * i));
}

/// Reads a T from sizeof(T) little-endian bytes at `in`.
template <ScaleInteger T>
constexpr T loadLe(const u8* in) {
  if (!std::is_constant_evaluated() && kRawLittleEndian<T>) {
    T v;
    __builtin_memcpy(&v, in, sizeof(T));  // plain loads instead of a byte loop
    return v;
  }
  using U = UnsignedOf<T>;
  U u = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) u = static_cast<U>(u | (static_cast<U>(in[i]) << (8 * i)));
  return static_cast<T>(u);
}

/// SCALE integers: sizeof(T) bytes, little endian.
template <ScaleInteger T>
struct Codec<T> {
  /// Writes the little-endian bytes of `v`.
  template <class S>
  static void encode(Encoder<S>& e, const T& v) {
    u8 buf[sizeof(T)];
    storeLe(v, buf);
    e.putBytes(buf, sizeof(T));
  }
  /// Reads sizeof(T) bytes; zero on failure.
  static void decode(Decoder& d, T& v) {
    const u8* p = d.take(sizeof(T));
    v = p != nullptr ? loadLe<T>(p) : T{0};
  }
  /// Always sizeof(T).
  static constexpr std::size_t minSize() { return sizeof(T); }
};

/// bool: one byte, 0 = false, 1 = true; anything else is DecodeError::InvalidBool.
template <>
struct Codec<bool> {
  /// Writes 0 or 1.
  template <class S>
  static void encode(Encoder<S>& e, const bool& v) {
    e.putByte(v ? 1 : 0);
  }
  /// Reads one byte; false on failure.
  static void decode(Decoder& d, bool& v) {
    const u8 b = d.takeByte();
    if (b > 1) d.fail(DecodeError::InvalidBool);
    v = b == 1;
  }
  /// Always 1.
  static constexpr std::size_t minSize() { return 1; }
};

}  // namespace rt::codec
