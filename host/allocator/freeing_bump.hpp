// SPDX-License-Identifier: Apache-2.0
// Substrate's freeing-bump allocator (ext_allocator_malloc_version_1 / ext_allocator_free_version_1),
// ported exactly and instrumented.
//
// Mirrors substrate/client/allocator/src/freeing_bump.rs (polkadot-sdk
// 1eef7ea5f690198481adc9abe9fc662899c114dd): every block is an 8-byte header followed by a
// power-of-two payload of 8 B .. 32 MiB (the "order"); one LIFO free list per order, threaded
// through the headers in linear memory; fresh blocks come from a bump pointer that starts at
// __heap_base rounded up to 8 and never moves back; the memory grows (doubling, at least to what
// is needed) when the bump pointer passes its end. Any error poisons the allocator: every later
// request fails (the PoisonBomb). Header layout, little-endian u64:
//   occupied  bit 32 set,   bits 0..31 = order
//   free      bit 32 clear, bits 0..31 = header address of the next free block (u32::MAX = nil)
// Addresses, error cases and stats equal Substrate's for the same request sequence (tested on a
// recorded trace); what is added is instrumentation (requested bytes, call counts, a trace).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::allocator {

/// Size of a wasm page (sc_allocator::PAGE_SIZE).
inline constexpr uint32_t kPageSize = 65536;
/// Most pages a wasm32 memory can have (sc_allocator::MAX_WASM_PAGES).
inline constexpr uint32_t kMaxWasmPages = 65536;
/// Bytes of the header in front of every block (HEADER_SIZE).
inline constexpr uint32_t kHeaderSize = 8;
/// Smallest block (MIN_POSSIBLE_ALLOCATION), and the alignment of every pointer (ALIGNMENT).
inline constexpr uint32_t kMinAllocation = 8;
inline constexpr uint32_t kAlignment = 8;
/// Largest on-chain allocation (sp_core::MAX_POSSIBLE_ALLOCATION, 2^25) and its order count
/// (N_ORDERS_ONCHAIN = 23: 2^3 ..= 2^25).
inline constexpr uint32_t kMaxAllocationOnchain = 33554432;
inline constexpr uint32_t kOrdersOnchain = 23;
/// Offchain calls: N_ORDERS_OFFCHAIN = 29 orders, 2^3 ..= 2^31.
inline constexpr uint32_t kMaxAllocationOffchain = 1u << 31;
inline constexpr uint32_t kOrdersOffchain = 29;

/// sc_allocator's CallContext: which limits apply.
enum class CallContext : uint8_t { kOnchain, kOffchain };

/// What failed (sc_allocator::Error, plus the Other(&str) messages as `message`).
struct AllocatorError {
  enum class Kind : uint8_t {
    kRequestedAllocationTooLarge,  ///< size > the context's maximum
    kAllocatorOutOfSpace,          ///< the bump pointer cannot advance (memory at its maximum)
    kMemoryShrinked,               ///< the memory is smaller than on a previous call
    kOther,                        ///< corrupted header, bad pointer, poisoned allocator
  };
  Kind kind = Kind::kOther;
  std::string_view message;  ///< Substrate's text for kOther (e.g. "the allocator has been poisoned")
};

/// The linear memory the allocator works on (sc_allocator::Memory). Sizes in pages.
class Memory {
 public:
  virtual ~Memory() = default;
  /// Current size in pages.
  virtual uint32_t pages() const = 0;
  /// The maximum the memory may grow to, if it has one.
  virtual std::optional<uint32_t> maxPages() const = 0;
  /// Grows by `pages`; false if it cannot.
  virtual bool grow(uint32_t pages) = 0;
  /// The bytes (pages() * kPageSize of them).
  virtual uint8_t* data() = 0;
  /// Current size in bytes.
  uint64_t size() const { return uint64_t{pages()} * kPageSize; }
};

/// sc_allocator::AllocationStats plus this host's instrumentation.
struct AllocatorStats {
  uint64_t bytes_allocated = 0;       ///< held now: payload rounded to its order + header
  uint64_t bytes_allocated_peak = 0;  ///< peak of bytes_allocated
  uint64_t bytes_allocated_sum = 0;   ///< sum over all allocations of (order size + header)
  uint64_t address_space_used = 0;    ///< bump pointer - heap base (the bump high-water mark)
  uint64_t bytes_requested = 0;       ///< sum of the sizes asked for (before rounding)
  uint64_t malloc_calls = 0;          ///< successful allocate() calls
  uint64_t free_calls = 0;            ///< successful deallocate() calls
};

/// One allocator event, for the optional per-call trace.
struct TraceEvent {
  enum class Kind : uint8_t { kMalloc, kFree };
  Kind kind = Kind::kMalloc;
  uint32_t size = 0;     ///< malloc: requested size; free: the block's order size
  uint32_t pointer = 0;  ///< malloc: the returned pointer; free: the pointer freed
};

/// The freeing-bump heap of one runtime call (FreeingBumpHeapAllocator).
class FreeingBumpAllocator {
 public:
  /// A heap starting at `heap_base` (rounded up to 8), for `context`'s limits.
  explicit FreeingBumpAllocator(uint32_t heap_base, CallContext context = CallContext::kOnchain);

  /// ext_allocator_malloc: a pointer to `size` bytes, 8-byte aligned.
  rt::Result<uint32_t, AllocatorError> allocate(Memory& memory, uint32_t size);

  /// ext_allocator_free: gives `pointer` back.
  rt::Result<rt::Unit, AllocatorError> deallocate(Memory& memory, uint32_t pointer);

  /// Counters since construction.
  const AllocatorStats& stats() const { return stats_; }

  /// True once any request failed (every later one fails too).
  bool poisoned() const { return poisoned_; }

  /// Starts recording every successful malloc/free into trace().
  void enableTrace() { tracing_ = true; }
  const std::vector<TraceEvent>& trace() const { return trace_; }

 private:
  rt::Result<uint32_t, AllocatorError> bump(Memory& memory, uint32_t size);
  rt::Result<rt::Unit, AllocatorError> observeMemorySize(const Memory& memory);

  uint32_t original_heap_base_;
  uint32_t bumper_;
  uint32_t max_allocation_;
  uint32_t max_orders_;
  std::array<uint32_t, kOrdersOffchain> free_lists_;  ///< header addresses; kNil = empty
  bool poisoned_ = false;
  uint64_t last_observed_memory_size_ = 0;
  AllocatorStats stats_;
  bool tracing_ = false;
  std::vector<TraceEvent> trace_;
};

}  // namespace rt::hostlib::allocator
