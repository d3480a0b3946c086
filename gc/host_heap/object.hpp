// SPDX-License-Identifier: Apache-2.0
// host_heap's object layer: the 8-byte header in front of every allocation and the entry points
// Ref<T> / make<T> use (gc/ref.hpp). Not part of the contract; include gc/gc.hpp instead.
//
// Header layout (8 bytes, directly before the payload, so the payload stays 8-byte aligned):
//   refs   u32   reference count of a make<T> object (0 for raw allocate() memory)
//   info   u32   bits 0..27 requested size, bits 28..29 class step, bit 30 freed, bit 31 object
// The header keeps the *requested size*, not the class: the class is a pure function of it
// (size_class.hpp) plus the step (0..kMaxClassStep: the slot was taken from a larger class's free
// list), and the size is what live_bytes must drop by, so deallocate(p, 0) needs nothing else. Per-chunk metadata would need chunk alignment, which host blocks do not have.
//
// Reference cycles are never collected by the count: a cycle of objects keeps exactly its own
// bytes live until callEnd(), which releases every chunk regardless (tests/gc/host_heap shows
// the bound). Destructors of objects in a leaked cycle do not run.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/host_heap/size_class.hpp"
#include "rt/assert.hpp"

namespace rt::gc::host_heap {

/// The header in front of every allocation (see the file comment).
struct Header {
  uint32_t refs;  ///< reference count (objects); 0 for raw memory
  uint32_t info;  ///< requested size | kFreedBit | kObjectBit
};
static_assert(sizeof(Header) == kHeaderSize);

/// `info` bit: the slot is on a free list (double-free detection while it stays there).
inline constexpr uint32_t kFreedBit = 1u << 30;
/// `info` bit: the allocation is a make<T> object.
inline constexpr uint32_t kObjectBit = 1u << 31;
/// `info` field: how many classes above the request's own class the slot belongs to.
inline constexpr uint32_t kClassStepShift = 28;
inline constexpr uint32_t kClassStepMask = 3u << kClassStepShift;
/// `info` mask of the requested size.
inline constexpr uint32_t kSizeMask = (1u << kClassStepShift) - 1;

/// Runs a T's destructor on the payload; the type-erased half of an object release.
using DestroyFn = void (*)(void* payload) noexcept;

/// The header of the allocation whose payload starts at `payload`.
inline Header* headerOf(const void* payload) {
  return reinterpret_cast<Header*>(const_cast<char*>(static_cast<const char*>(payload)) -
                                   kHeaderSize);
}

/// Memory for a make<T> object of `size` bytes, header refs = 1. Never null.
[[nodiscard]] void* allocateObject(size_t size);

/// Called when an object's count reached zero: runs `destroy` and frees the slot. Iterative:
/// releases triggered from inside `destroy` are queued and drained by the outermost call, so a
/// long chain of Ref<Node> is released in constant stack depth.
void releaseObject(void* payload, DestroyFn destroy) noexcept;

}  // namespace rt::gc::host_heap
