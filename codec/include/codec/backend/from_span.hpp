// SPDX-License-Identifier: Apache-2.0
// SpanReader: the decoder's bounds-checked cursor over its input span. Every read goes through
// take(), which hands out a pointer only when the whole run is inside the span.
#pragma once

#include <cstddef>
#include <span>

#include "codec/int_types.hpp"

namespace rt::codec {

/// A forward-only cursor over borrowed bytes.
class SpanReader {
 public:
  /// Reads `input` from its start; the bytes must outlive the reader.
  explicit SpanReader(std::span<const u8> input) : data_(input.data()), size_(input.size()) {}

  /// Returns the next n bytes and moves past them, or nullptr (moving nowhere) when fewer than n
  /// remain. Never null for n == 0.
  const u8* take(std::size_t n) {
    if (n > size_ - pos_) return nullptr;
    const u8* p = data_ != nullptr ? data_ + pos_ : &kEmpty;
    pos_ += n;
    return p;
  }
  /// Bytes consumed so far.
  std::size_t offset() const { return pos_; }
  /// Bytes not yet consumed.
  std::size_t remaining() const { return size_ - pos_; }

 private:
  static constexpr u8 kEmpty = 0;
  const u8* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

}  // namespace rt::codec
