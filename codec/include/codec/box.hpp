// SPDX-License-Identifier: Apache-2.0
// std::unique_ptr<T> as Rust's Box<T>: transparent, the encoding of the pointee. It is how
// recursive types (a call that wraps a call) are spelled. Encoding a null pointer is a caller bug
// and traps.
#pragma once

#include <cstddef>
#include <memory>

#include "codec/decoder.hpp"
#include "codec/encoder.hpp"
#include "rt/assert.hpp"

namespace rt::codec {

/// Box<T>: the encoding of *v.
template <class T>
struct Codec<std::unique_ptr<T>> {
  /// Writes *v; v must not be null.
  template <class S>
  static void encode(Encoder<S>& e, const std::unique_ptr<T>& v) {
    RT_ASSERT(v != nullptr);
    e << *v;
  }
  /// Decodes into the pointee, allocating one first if v is null (the decoder's depth limit
  /// bounds the recursion).
  static void decode(Decoder& d, std::unique_ptr<T>& v) {
    if (v == nullptr) v = std::make_unique<T>(makeDefault<T>());
    d >> *v;
  }
  /// Zero: a lower bound that stops minSize() from recursing through self-referential types.
  static constexpr std::size_t minSize() { return 0; }
  /// A box holding a default T (never null).
  static std::unique_ptr<T> make() { return std::make_unique<T>(makeDefault<T>()); }
};

}  // namespace rt::codec
