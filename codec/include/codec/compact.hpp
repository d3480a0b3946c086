// SPDX-License-Identifier: Apache-2.0
// SCALE compact integers and the collection length prefix built on them.
//
// Modes by the low two bits of the first byte (parity-scale-codec, src/compact.rs):
//   0b00  single byte, value < 2^6          0b01  two bytes, value < 2^14
//   0b10  four bytes, value < 2^30          0b11  big-integer mode: (first >> 2) + 4 bytes follow
// Decoding requires the shortest form, as parity does (a non-canonical compact is
// DecodeError::NonCanonicalCompact) and a value that fits the target type (otherwise
// DecodeError::CompactOverflow). Ported from
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/compact.rs#L413 (encode)
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/compact.rs#L621 (decode)
// Collection lengths are Compact<u32>, as in parity's Vec decode:
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L1228
#pragma once

#include <cstddef>
#include <type_traits>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "codec/fixed_int.hpp"
#include "rt/assert.hpp"

namespace rt::codec {

/// A value encoded in compact form: `Compact<u128> amount;` as a struct field, or
/// `e << Compact<u32>{n}`.
template <class T>
struct Compact {
  static_assert(ScaleUnsigned<T>, "Compact<T> takes u8, u16, u32, u64 or u128");
  T value{};  ///< the number
  /// Equal when the numbers are.
  constexpr bool operator==(const Compact&) const = default;
};

/// Encodes / decodes the referenced integer in compact form; made by asCompact().
template <class T>
struct CompactRef {
  T* ptr;  ///< the integer (const for encode-only use)
};

/// Treats a plain integer field as compact inside a hook: `ar(v.nonce, asCompact(v.amount));`.
template <class T>
constexpr CompactRef<T> asCompact(T& v) {
  static_assert(ScaleUnsigned<std::remove_const_t<T>>, "asCompact takes u8, u16, u32, u64 or u128");
  return CompactRef<T>{&v};
}

namespace detail {
/// The integer compact arithmetic runs in: u64 for up to 64 bits, u128 above.
template <class U>
using CompactWide = std::conditional_t<(sizeof(U) > 8), u128, u64>;
}  // namespace detail

/// Length of the compact encoding of v (1, 2, 4, or 1 + significant bytes in big-integer mode).
template <ScaleUnsigned U>
constexpr std::size_t compactSize(U value) {
  using W = detail::CompactWide<U>;
  W v = value;
  if (v < (W{1} << 6)) return 1;
  if (v < (W{1} << 14)) return 2;
  if (v < (W{1} << 30)) return 4;
  std::size_t n = 0;
  for (; v != 0; v >>= 8) ++n;
  return 1 + n;
}

/// Writes `value` in compact form.
template <class S, ScaleUnsigned U>
void encodeCompact(Encoder<S>& e, U value) {
  using W = detail::CompactWide<U>;
  const W v = value;
  u8 buf[1 + sizeof(W)];
  if (v < (W{1} << 6)) {
    e.putByte(static_cast<u8>(v << 2));
  } else if (v < (W{1} << 14)) {
    storeLe(static_cast<u16>((v << 2) | 0b01), buf);
    e.putBytes(buf, 2);
  } else if (v < (W{1} << 30)) {
    storeLe(static_cast<u32>((v << 2) | 0b10), buf);
    e.putBytes(buf, 4);
  } else {
    std::size_t n = 0;
    for (W rest = v; rest != 0; rest >>= 8) buf[1 + n++] = static_cast<u8>(rest);
    buf[0] = static_cast<u8>(((n - 4) << 2) | 0b11);
    e.putBytes(buf, 1 + n);
  }
}

/// Reads a compact U; 0 on failure (NotEnoughData, NonCanonicalCompact, CompactOverflow).
template <ScaleUnsigned U>
U decodeCompact(Decoder& d) {
  using W = detail::CompactWide<U>;
  constexpr W kMax = static_cast<U>(~U{0});
  const u8 prefix = d.takeByte();
  if (!d.ok()) return 0;
  W v = 0;
  switch (prefix & 0b11) {
    case 0b00:
      v = prefix >> 2;
      break;
    case 0b01: {
      const u8* p = d.take(1);
      if (p == nullptr) return 0;
      v = (W{prefix} | (W{p[0]} << 8)) >> 2;
      if (v < (W{1} << 6)) d.fail(DecodeError::NonCanonicalCompact);
      break;
    }
    case 0b10: {
      if constexpr (sizeof(U) == 1) {  // u8 cannot hold any four-byte value
        d.fail(DecodeError::CompactOverflow);
        return 0;
      }
      const u8* p = d.take(3);
      if (p == nullptr) return 0;
      v = (W{prefix} | (W{p[0]} << 8) | (W{p[1]} << 16) | (W{p[2]} << 24)) >> 2;
      if (v < (W{1} << 14)) d.fail(DecodeError::NonCanonicalCompact);
      break;
    }
    default: {
      const std::size_t n = static_cast<std::size_t>(prefix >> 2) + 4;
      if (n > sizeof(U)) {
        d.fail(DecodeError::CompactOverflow);
        return 0;
      }
      const u8* p = d.take(n);
      if (p == nullptr) return 0;
      for (std::size_t i = 0; i < n; ++i) v |= W{p[i]} << (8 * i);
      // Shortest form: four bytes only for values >= 2^30, more only when the top byte is used.
      if (n == 4 ? v < (W{1} << 30) : p[n - 1] == 0) d.fail(DecodeError::NonCanonicalCompact);
      break;
    }
  }
  if (v > kMax) d.fail(DecodeError::CompactOverflow);
  return d.ok() ? static_cast<U>(v) : U{0};
}

/// Writes a collection length (Compact<u32>); lengths beyond u32 are a caller bug and trap.
template <class S>
void encodeLength(Encoder<S>& e, std::size_t n) {
  RT_ASSERT(static_cast<u64>(n) <= 0xffffffffull);
  encodeCompact(e, static_cast<u32>(n));
}

/// Reads a collection length and checks that `length * element_min_size` bytes remain (an
/// element type that can encode to nothing counts as one byte: a deliberate limit, parity has
/// none). Fails with LengthTooLarge before anything is allocated; 0 on failure.
inline std::size_t decodeLength(Decoder& d, std::size_t element_min_size) {
  const u32 n = decodeCompact<u32>(d);
  if (!d.ok()) return 0;
  const std::size_t unit = element_min_size == 0 ? 1 : element_min_size;
  if (n > d.remaining() / unit) {
    d.fail(DecodeError::LengthTooLarge);
    return 0;
  }
  return n;
}

/// Compact<T>: the compact form of its value.
template <class T>
struct Codec<Compact<T>> {
  /// Writes the compact form.
  template <class S>
  static void encode(Encoder<S>& e, const Compact<T>& v) {
    encodeCompact(e, v.value);
  }
  /// Reads a canonical compact that fits T.
  static void decode(Decoder& d, Compact<T>& v) { v.value = decodeCompact<T>(d); }
  /// One byte (values below 64).
  static constexpr std::size_t minSize() { return 1; }
};

/// CompactRef<T>: the compact form of the referenced integer.
template <class T>
struct Codec<CompactRef<T>> {
  /// Writes the compact form.
  template <class S>
  static void encode(Encoder<S>& e, const CompactRef<T>& v) {
    encodeCompact(e, static_cast<std::remove_const_t<T>>(*v.ptr));
  }
  /// Reads a canonical compact that fits T into the referenced integer.
  static void decode(Decoder& d, CompactRef<T>& v) {
    static_assert(!std::is_const_v<T>, "cannot decode into asCompact(const T&)");
    *v.ptr = decodeCompact<T>(d);
  }
  /// One byte (values below 64).
  static constexpr std::size_t minSize() { return 1; }
};

}  // namespace rt::codec
