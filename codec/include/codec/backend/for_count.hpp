// SPDX-License-Identifier: Apache-2.0
// CountingSink: a ByteSink that only counts, so encodedSize() runs the real encode path without
// allocating or copying anything.
#pragma once

#include <cstddef>

#include "codec/int_types.hpp"

namespace rt::codec {

/// Counts the bytes an encoding would produce.
class CountingSink {
 public:
  /// Counts one byte.
  void put(u8) { ++size_; }
  /// Counts n bytes; `p` is not read.
  void write(const u8*, std::size_t n) { size_ += n; }
  /// Bytes counted so far.
  std::size_t size() const { return size_; }

 private:
  std::size_t size_ = 0;
};

}  // namespace rt::codec
