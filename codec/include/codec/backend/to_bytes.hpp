// SPDX-License-Identifier: Apache-2.0
// Byte sinks that store an encoding: VectorSink appends to a std::vector<u8, Alloc> (any
// allocator), SpanSink fills a caller-provided span and records overflow instead of writing past
// its end. Other buffers plug in by providing the same put/write pair (see ByteSink in traits.hpp).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

#include "codec/int_types.hpp"

namespace rt::codec {

/// Appends encoded bytes to a vector, which may use any allocator.
template <class Alloc = std::allocator<u8>>
class VectorSink {
 public:
  /// Appends to `out` (its current contents are kept).
  explicit VectorSink(std::vector<u8, Alloc>& out) : out_(&out) {}
  /// Appends one byte.
  void put(u8 b) { out_->push_back(b); }
  /// Appends n bytes.
  void write(const u8* p, std::size_t n) {
    const std::size_t old = out_->size();
    out_->resize(old + n);
    std::memcpy(out_->data() + old, p, n);
  }

 private:
  std::vector<u8, Alloc>* out_;
};

/// Writes into a fixed span. Bytes that do not fit are dropped and overflowed() turns true; the
/// span is never written out of bounds.
class SpanSink {
 public:
  /// Writes from the start of `out`.
  explicit SpanSink(std::span<u8> out) : out_(out) {}
  /// Writes one byte, or records overflow.
  void put(u8 b) {
    if (pos_ < out_.size()) out_[pos_++] = b;
    else overflow_ = true;
  }
  /// Writes n bytes, or records overflow (writing nothing).
  void write(const u8* p, std::size_t n) {
    if (n > out_.size() - pos_) {
      overflow_ = true;
      pos_ = out_.size();
      return;
    }
    std::memcpy(out_.data() + pos_, p, n);
    pos_ += n;
  }
  /// Bytes written so far.
  std::size_t written() const { return pos_; }
  /// True once anything did not fit.
  bool overflowed() const { return overflow_; }

 private:
  std::span<u8> out_;
  std::size_t pos_ = 0;
  bool overflow_ = false;
};

}  // namespace rt::codec
