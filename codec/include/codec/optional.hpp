// SPDX-License-Identifier: Apache-2.0
// Option<T> and OptionBool.
//
// std::optional<T> is Rust's Option<T>: tag 0 = None, tag 1 + T = Some; any other tag is
// DecodeError::InvalidOptionTag. That includes std::optional<bool> (01 00 is Some(false)), which
// is what parity-scale-codec and polkadot.js produce for Option<bool>:
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L780
// The one-byte form of the SCALE spec (0 None, 1 Some(true), 2 Some(false)) exists in Rust only
// as the separate OptionBool type, and so here:
// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L746
#pragma once

#include <cstddef>
#include <optional>
#include <utility>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"

namespace rt::codec {

/// Option<T>: 0 = None, 1 then T = Some.
template <class T>
struct Codec<std::optional<T>> {
  /// Writes the tag and, for Some, the value.
  template <class S>
  static void encode(Encoder<S>& e, const std::optional<T>& v) {
    if (v.has_value()) {
      e.putByte(1);
      e << *v;
    } else {
      e.putByte(0);
    }
  }
  /// Reads the tag and, for 1, the value (None on failure).
  static void decode(Decoder& d, std::optional<T>& v) {
    v.reset();
    const u8 tag = d.takeByte();
    if (tag == 1) {
      v.emplace(makeDefault<T>());
      d >> *v;
      if (!d.ok()) v.reset();
    } else if (tag != 0) {
      d.fail(DecodeError::InvalidOptionTag);
    }
  }
  /// One byte (None).
  static constexpr std::size_t minSize() { return 1; }
};

/// Rust's OptionBool: an optional bool in one byte, 0 = None, 1 = Some(true), 2 = Some(false).
struct OptionBool {
  std::optional<bool> value;  ///< the optional bool
  /// Equal when the optionals are.
  bool operator==(const OptionBool&) const = default;
};

/// OptionBool: one byte.
template <>
struct Codec<OptionBool> {
  /// Writes 0, 1 or 2.
  template <class S>
  static void encode(Encoder<S>& e, const OptionBool& v) {
    e.putByte(!v.value.has_value() ? 0 : (*v.value ? 1 : 2));
  }
  /// Reads 0, 1 or 2; anything else is InvalidOptionTag.
  static void decode(Decoder& d, OptionBool& v) {
    const u8 tag = d.takeByte();
    v.value.reset();
    if (tag == 1) v.value = true;
    else if (tag == 2) v.value = false;
    else if (tag != 0) d.fail(DecodeError::InvalidOptionTag);
  }
  /// Always 1.
  static constexpr std::size_t minSize() { return 1; }
};

}  // namespace rt::codec
