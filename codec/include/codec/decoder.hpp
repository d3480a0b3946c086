// SPDX-License-Identifier: Apache-2.0
// Decoder and the whole-buffer decode<T>() entry point.
//
// The decoder never throws, never traps and never reads outside its span. It keeps a sticky
// error: the first failure is recorded and every later read yields zero bytes, so
// `d >> a >> b;` chains and the caller checks `d.error()` once (kagome's shape without
// scale-codec-cpp's throw/catch). Nesting is bounded by a depth limit so recursive types cannot
// exhaust the stack, and collection codecs check declared lengths against remaining() before they
// allocate anything.
#pragma once

#include <cstddef>
#include <span>
#include <utility>

#include "codec/backend/from_span.hpp"
#include "codec/error.hpp"
#include "codec/traits.hpp"
#include "rt/result.hpp"

namespace rt::codec {

/// Reads SCALE values from a borrowed span. Also the archive a `scale` hook receives when decoding.
class Decoder {
 public:
  /// Hooks may branch on this to validate decoded fields (and call fail()).
  static constexpr bool kIsDecoder = true;

  /// Decodes from `input`, which must outlive the decoder; values nested deeper than `max_depth`
  /// fail with DecodeError::DepthLimit.
  explicit Decoder(std::span<const u8> input, std::size_t max_depth = kMaxDepth)
      : reader_(input), max_depth_(max_depth) {}

  /// Decodes one value into `v`. After a failure, values read are zero / empty.
  template <class T>
  Decoder& operator>>(T& v) {
    decodeOne(v);
    return *this;
  }
  /// Decodes into each argument in order (the form `scale` hooks use).
  template <class... Ts>
  void operator()(Ts&&... vs) {
    (decodeOne(vs), ...);
  }

  /// The first failure, or DecodeError::Ok.
  DecodeError error() const { return error_; }
  /// True while nothing has failed.
  bool ok() const { return error_ == DecodeError::Ok; }
  /// Bytes consumed so far.
  std::size_t offset() const { return reader_.offset(); }
  /// Bytes not yet consumed.
  std::size_t remaining() const { return reader_.remaining(); }
  /// Current nesting depth (0 outside any value).
  std::size_t depth() const { return depth_; }

  /// Records a failure; the first one wins, later calls are ignored.
  void fail(DecodeError e) {
    if (error_ == DecodeError::Ok) error_ = e;
  }
  /// The next n bytes, or nullptr after a failure or when fewer than n remain (which records
  /// DecodeError::NotEnoughData). Never null for n == 0 while ok().
  const u8* take(std::size_t n) {
    if (!ok()) return nullptr;
    const u8* p = reader_.take(n);
    if (p == nullptr) fail(DecodeError::NotEnoughData);
    return p;
  }
  /// The next byte, or 0 on failure.
  u8 takeByte() {
    const u8* p = take(1);
    return p != nullptr ? *p : 0;
  }
  /// Records DecodeError::TrailingBytes if input is left over (and nothing failed before).
  void expectEnd() {
    if (ok() && remaining() != 0) fail(DecodeError::TrailingBytes);
  }

 private:
  template <class T>
  void decodeOne(T& v) {
    if (depth_ >= max_depth_) {
      fail(DecodeError::DepthLimit);
      return;
    }
    ++depth_;
    Codec<Bare<T>>::decode(*this, v);
    --depth_;
  }

  SpanReader reader_;
  std::size_t depth_ = 0;
  std::size_t max_depth_;
  DecodeError error_ = DecodeError::Ok;
};

/// Decodes a whole buffer as one T; input left over is DecodeError::TrailingBytes.
template <class T>
rt::Result<T, DecodeError> decode(std::span<const u8> input) {
  Decoder d(input);
  T v = makeDefault<T>();
  d >> v;
  d.expectEnd();
  if (!d.ok()) return rt::Err(d.error());
  return rt::Result<T, DecodeError>(std::move(v));
}

/// Decodes one T from the front of `d` and returns it (zero / empty on failure; check d.error()).
template <class T>
T decodeNext(Decoder& d) {
  T v = makeDefault<T>();
  d >> v;
  return v;
}

}  // namespace rt::codec
