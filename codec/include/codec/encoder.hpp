// SPDX-License-Identifier: Apache-2.0
// Encoder<Sink> and the encode entry points.
//
// An Encoder forwards each value to its Codec<T>, which writes bytes to the sink. The sink is a
// template parameter (any ByteSink), so the same encode path fills a vector, a fixed span, a
// counting sink (encodedSize() allocates nothing) or a buffer type supplied later. Encoding cannot
// fail except for SpanSink running out of room, which encodeInto() reports.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "codec/backend/for_count.hpp"
#include "codec/backend/to_bytes.hpp"
#include "codec/error.hpp"
#include "codec/traits.hpp"
#include "rt/result.hpp"

namespace rt::codec {

/// Writes SCALE values to a ByteSink. Also the archive a `scale` hook receives when encoding.
template <class Sink>
class Encoder {
  static_assert(ByteSink<Sink>, "a sink needs put(u8) and write(const u8*, size_t)");

 public:
  /// Hooks may branch on this to validate only while decoding.
  static constexpr bool kIsDecoder = false;

  /// Encodes into `sink`, which must outlive the encoder.
  explicit Encoder(Sink& sink) : sink_(&sink) {}

  /// Encodes one value.
  template <class T>
  Encoder& operator<<(const T& v) {
    Codec<Bare<T>>::encode(*this, v);
    return *this;
  }
  /// Encodes the values in order (the form `scale` hooks use).
  template <class... Ts>
  void operator()(Ts&&... vs) {
    (encodeOne(vs), ...);
  }

  /// Writes one raw byte (for codecs).
  void putByte(u8 b) { sink_->put(b); }
  /// Writes n raw bytes (for codecs).
  void putBytes(const u8* p, std::size_t n) {
    if (n != 0) sink_->write(p, n);
  }
  /// The sink being written.
  Sink& sink() { return *sink_; }

 private:
  template <class T>
  void encodeOne(const T& v) {
    Codec<Bare<T>>::encode(*this, v);
  }

  Sink* sink_;
};

/// Encodes `v` into any ByteSink.
template <class Sink, class T>
void encodeTo(Sink& sink, const T& v) {
  Encoder<Sink> e(sink);
  e << v;
}

/// The exact length of v's encoding, computed through the encode path with a CountingSink (no
/// allocation).
template <class T>
std::size_t encodedSize(const T& v) {
  CountingSink sink;
  encodeTo(sink, v);
  return sink.size();
}

/// Appends v's encoding to `out`, which may use any allocator; reserves the exact size first.
template <class T, class Alloc>
void encodeAppend(std::vector<u8, Alloc>& out, const T& v) {
  const std::size_t need = out.size() + encodedSize(v);
  if (need > out.capacity()) out.reserve(need > 2 * out.capacity() ? need : 2 * out.capacity());
  VectorSink<Alloc> sink(out);
  encodeTo(sink, v);
}

/// v's encoding as a new vector.
template <class T>
std::vector<u8> encode(const T& v) {
  std::vector<u8> out;
  encodeAppend(out, v);
  return out;
}

/// Encodes v at the start of `out` and returns the number of bytes written, or
/// EncodeError::BufferTooSmall (the span's contents are then unspecified, never overrun).
template <class T>
rt::Result<std::size_t, EncodeError> encodeInto(std::span<u8> out, const T& v) {
  SpanSink sink(out);
  encodeTo(sink, v);
  if (sink.overflowed()) return rt::Err(EncodeError::BufferTooSmall);
  return sink.written();
}

}  // namespace rt::codec
