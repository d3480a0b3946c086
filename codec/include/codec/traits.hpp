// SPDX-License-Identifier: Apache-2.0
// The dispatch point of the codec: Codec<T>, the user-type hook and the codec's knobs.
//
// Every encodable type T has a `Codec<T>` specialization with
//   template <class S> static void encode(Encoder<S>& e, const T& v);
//   static void decode(Decoder& d, T& v);             // never reads out of bounds, never traps
//   static std::size_t minSize();                     // smallest encoding of any T (a lower bound)
//   static T make();                                  // optional: a default T (if T{} won't do)
// The library specializes it for integers, bool, compacts, the std containers, variants and
// rt::Result. User structs normally don't specialize it: they define the ADL hook `scale`, and the
// generic specialization below routes encode, decode and minSize through that one function.
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>

#include "codec/int_types.hpp"

#ifndef RT_CODEC_MAX_DEPTH
#define RT_CODEC_MAX_DEPTH 64  // default nesting limit of a Decoder; bounds stack use on hostile input
#endif
#ifndef RT_CODEC_MAX_PREALLOC
#define RT_CODEC_MAX_PREALLOC 16384  // bytes a collection reserves before any element is decoded
#endif

namespace rt::codec {

/// Default nesting limit of a Decoder (every value decoded through `>>` counts one level).
inline constexpr std::size_t kMaxDepth = RT_CODEC_MAX_DEPTH;

/// Most bytes a collection decoder reserves up front; beyond that it grows as elements arrive.
/// Ported from parity-scale-codec's INITIAL_PREALLOCATION:
/// https://github.com/paritytech/parity-scale-codec/blob/085b1ba8ba2fd4fcd3922afed07a034c1cb885d0/src/codec.rs#L51
inline constexpr std::size_t kMaxPreallocBytes = RT_CODEC_MAX_PREALLOC;

/// The codec of T; see the top of this file for the members a specialization provides.
template <class T>
struct Codec;

class Decoder;
template <class Sink>
class Encoder;

/// T without reference and cv-qualifiers: the type whose Codec is used.
template <class T>
using Bare = std::remove_cvref_t<T>;

/// Where encoded bytes go: `put` one byte, `write` a run of n bytes (n > 0). Implement these two
/// members to encode straight into another buffer type (a GC-owned byte buffer, a hasher, ...).
template <class S>
concept ByteSink = requires(S& s, u8 b, const u8* p, std::size_t n) {
  s.put(b);
  s.write(p, n);
};

/// A value of T to decode into: `Codec<T>::make()` when the codec has one, otherwise `T{}`
/// (value-initialized: integers are zero).
template <class T>
T makeDefault() {
  if constexpr (requires { Codec<T>::make(); }) {
    return Codec<T>::make();
  } else {
    return T{};
  }
}

/// Smallest number of bytes any value of T encodes to, used to reject impossible lengths before
/// allocating. Zero when the codec does not say (a safe lower bound).
template <class T>
constexpr std::size_t minEncodedSize() {
  if constexpr (requires { Codec<Bare<T>>::minSize(); }) {
    return Codec<Bare<T>>::minSize();
  } else {
    return 0;
  }
}

/// The archive that runs a `scale` hook to add up the minimum sizes of the fields it names.
class MinSizeArchive {
 public:
  /// Hooks may branch on this to validate only while decoding.
  static constexpr bool kIsDecoder = false;

  /// Adds the minimum encoded size of each field.
  template <class... Ts>
  void operator()(Ts&&...) {
    ((total_ += minEncodedSize<Bare<Ts>>()), ...);
  }

  /// The sum so far.
  std::size_t total() const { return total_; }

 private:
  std::size_t total_ = 0;
};

/// A type that opted into SCALE with the ADL hook
///   template <class Ar> void scale(Ar& ar, T& v) { ar(v.field1, v.field2); }
/// The hook is called with an Encoder (on a const_cast'ed value: it must not modify `v` then), a
/// Decoder, or a MinSizeArchive; `Ar::kIsDecoder` tells them apart.
template <class T>
concept HasScaleHook = requires(MinSizeArchive& ar, T& v) { scale(ar, v); };

/// User types: fields in the order the hook names them, no prefix (a SCALE struct).
template <class T>
  requires HasScaleHook<T>
struct Codec<T> {
  /// Runs the hook with an encoder.
  template <class S>
  static void encode(Encoder<S>& e, const T& v) {
    scale(e, const_cast<T&>(v));
  }
  /// Runs the hook with the decoder.
  static void decode(Decoder& d, T& v) {
    scale(d, v);
  }
  /// Runs the hook on a default T, adding up its fields' minimum sizes. A hook whose fields depend
  /// on earlier field values must name the smaller branch for a default-constructed T.
  static std::size_t minSize() {
    T probe = makeDefault<T>();
    MinSizeArchive ar;
    scale(ar, probe);
    return ar.total();
  }
};

}  // namespace rt::codec
