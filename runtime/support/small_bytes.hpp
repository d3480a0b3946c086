// SPDX-License-Identifier: Apache-2.0
// SmallBytes<N>: a byte string that lives on the stack while it fits in N bytes and moves to GC
// memory (gc::ByteBuffer) only beyond that. Storage keys and the encodings of small values are
// built in one, so the common storage access allocates nothing at all: no GC object, no host
// block (each GC allocation avoided is also a host-heap byte the call never holds).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <utility>

#include "codec/codec.hpp"
#include "gc/gc.hpp"

namespace rt::support {

template <size_t N>
class SmallBytes {
 public:
  SmallBytes() = default;
  SmallBytes(const SmallBytes&) = delete;
  SmallBytes& operator=(const SmallBytes&) = delete;
  /// Moves: the inline bytes are copied, a heap buffer is taken over.
  SmallBytes(SmallBytes&& other) noexcept : size_(other.size_), heap_(std::move(other.heap_)) {
    if (heap_.empty()) std::memcpy(inline_, other.inline_, size_);
    other.size_ = 0;
  }
  SmallBytes& operator=(SmallBytes&&) = delete;

  /// Appends one byte.
  void push_back(uint8_t byte) { append(std::span<const uint8_t>(&byte, 1)); }

  /// Appends `bytes`.
  void append(std::span<const uint8_t> bytes) {
    if (bytes.empty()) return;
    if (heap_.empty() && size_ + bytes.size() <= N) {
      std::memcpy(inline_ + size_, bytes.data(), bytes.size());
      size_ += bytes.size();
      return;
    }
    if (heap_.empty()) heap_.assign(inline_, inline_ + size_);
    heap_.insert(heap_.end(), bytes.begin(), bytes.end());
    size_ = heap_.size();
  }

  /// Appends the SCALE encoding of `value` (straight into the inline bytes when it fits).
  template <typename T>
  void appendEncoded(const T& value) {
    if (heap_.empty()) {
      codec::SpanSink sink(std::span<uint8_t>(inline_ + size_, N - size_));
      codec::encodeTo(sink, value);
      if (!sink.overflowed()) {
        size_ += sink.written();
        return;
      }
      heap_.assign(inline_, inline_ + size_);
    }
    codec::encodeAppend(heap_, value);
    size_ = heap_.size();
  }

  const uint8_t* data() const { return heap_.empty() ? inline_ : heap_.data(); }
  size_t size() const { return size_; }
  std::span<const uint8_t> span() const { return {data(), size_}; }
  operator std::span<const uint8_t>() const { return span(); }  // NOLINT: a view, as vector's

 private:
  uint8_t inline_[N];
  size_t size_ = 0;
  gc::ByteBuffer heap_;
};

}  // namespace rt::support
