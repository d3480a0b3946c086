// SPDX-License-Identifier: Apache-2.0
// host_heap size classes: mimalloc-style bins with at most 12.5 % spacing between neighbours.
//
// A slot is one allocation's header + payload (+ canary at RT_DEBUG >= 3), rounded up to 8 bytes.
// Slots of 16..64 bytes step by 8; above 64 every power-of-two range (2^k, 2^(k+1)] is split
// into 8 equal steps of 2^(k-3), so a slot wastes at most 1/8 of its size to rounding. Slots
// above kMaxSmallSlot are "large": their own chunk-source block, given back at release.
#pragma once

#include <cstddef>
#include <cstdint>

#include "rt/assert.hpp"  // RT_DEBUG

namespace rt::gc::host_heap {

/// Bytes of the per-allocation header in front of every payload (refcount + size/flags).
inline constexpr uint32_t kHeaderSize = 8;

/// Bytes of the canary written after each payload at RT_DEBUG >= 3 (0 otherwise).
inline constexpr uint32_t kCanarySize = RT_DEBUG >= 3 ? 8 : 0;

/// Smallest slot: header + 8 payload bytes, so a free slot can hold its free-list link.
inline constexpr uint32_t kMinSlot = 16;

/// Largest slot served from size-class free lists; larger ones are large blocks.
inline constexpr uint32_t kMaxSmallSlot = 16384;

/// Number of size classes; class 0 (8 bytes) exists for index arithmetic but is never used.
inline constexpr uint32_t kClassCount = 72;

/// Largest request allocate() accepts (the size field of the header has 28 bits; the host's own
/// limit, 32 MiB per allocation, is far below).
inline constexpr uint64_t kMaxRequest = (uint64_t{1} << 28) - 64;

/// How many classes above its own a small request may be served from, when its own free list
/// is empty and a larger class has a free slot (instead of carving fresh chunk memory).
inline constexpr uint32_t kMaxClassStep = 2;

/// Slot bytes (header, payload, canary, rounded to 8) for a request of `size` bytes.
constexpr uint64_t slotSizeFor(uint64_t size) {
  uint64_t payload = size == 0 ? 1 : size;
  return (kHeaderSize + payload + kCanarySize + 7) & ~uint64_t{7};
}

/// The smallest class whose slot holds `slot` bytes; `slot` is a multiple of 8 in
/// [kMinSlot, kMaxSmallSlot].
constexpr uint32_t classOfSlot(uint32_t slot) {
  if (slot <= 64) return slot / 8 - 1;
  uint32_t k = 31u - static_cast<uint32_t>(__builtin_clz(slot - 1));  // 2^k < slot <= 2^(k+1)
  uint32_t step = 1u << (k - 3);
  uint32_t i = (slot - (1u << k) + step - 1) / step - 1;  // 0..7
  return 8 + (k - 6) * 8 + i;
}

/// Slot bytes of class `c`.
constexpr uint32_t slotOfClass(uint32_t c) {
  if (c < 8) return (c + 1) * 8;
  uint32_t k = (c - 8) / 8 + 6;
  uint32_t i = (c - 8) % 8;
  return (1u << k) + (i + 1) * (1u << (k - 3));
}

/// The largest class whose slot fits in `bytes` (a multiple of 8, >= kMinSlot, <= kMaxSmallSlot).
constexpr uint32_t classFloor(uint32_t bytes) {
  uint32_t c = classOfSlot(bytes);
  return slotOfClass(c) > bytes ? c - 1 : c;
}

/// Bytes the host's freeing-bump allocator consumes for a request of `size` bytes: the size
/// rounded up to a power of two (at least 8) plus its 8-byte header. See Order::from_size and
/// HEADER_SIZE in substrate/client/allocator/src/freeing_bump.rs,
/// https://github.com/paritytech/polkadot-sdk/blob/1eef7ea5f690198481adc9abe9fc662899c114dd/substrate/client/allocator/src/freeing_bump.rs
constexpr uint64_t hostCost(uint64_t size) {
  uint64_t rounded = 8;
  while (rounded < size) rounded <<= 1;
  return rounded + 8;
}

static_assert(slotOfClass(kClassCount - 1) == kMaxSmallSlot);
static_assert(classOfSlot(kMinSlot) == 1 && classOfSlot(72) == 8 && classOfSlot(144) == 16);

}  // namespace rt::gc::host_heap
