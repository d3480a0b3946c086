// SPDX-License-Identifier: Apache-2.0
// rt::gc::Allocator<T>: a standard allocator over rt::gc::allocate()/deallocate(), so std
// containers (std::vector, std::map, ...) keep their storage in GC memory. Storage for numbers
// (and enums) holds no pointers and comes from allocateAtomic(): the conservative collector never
// scans it. rt::gc::ByteBuffer is the contract's growable byte buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "gc/gc.hpp"
#include "rt/assert.hpp"

namespace rt::gc {

/// Standard allocator backed by the GC (stateless: all instances compare equal).
template <typename T>
struct Allocator {
  using value_type = T;

  /// Stateless: nothing to initialise.
  Allocator() = default;
  /// Rebinding copy (containers convert Allocator<T> to their node allocator).
  template <typename U>
  constexpr Allocator(const Allocator<U>&) noexcept {}

  /// Storage for `n` objects; traps when the size overflows or memory is exhausted.
  [[nodiscard]] T* allocate(size_t n) {
    static_assert(alignof(T) <= 8, "GC memory is 8-byte aligned");
    RT_ASSERT(n <= SIZE_MAX / sizeof(T));
    if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
      return static_cast<T*>(rt::gc::allocateAtomic(n * sizeof(T)));
    } else {
      return static_cast<T*>(rt::gc::allocate(n * sizeof(T)));
    }
  }

  /// Gives storage from allocate(n) back.
  void deallocate(T* p, size_t n) noexcept { rt::gc::deallocate(p, n * sizeof(T)); }

  /// All instances are interchangeable.
  friend bool operator==(const Allocator&, const Allocator&) { return true; }
};

/// A growable byte buffer in GC memory (pointer-free: never scanned by the conservative backend).
using ByteBuffer = std::vector<uint8_t, Allocator<uint8_t>>;

}  // namespace rt::gc
