// SPDX-License-Identifier: Apache-2.0
// See freeing_bump.hpp. Function by function a port of freeing_bump.rs (polkadot-sdk
// 1eef7ea5f690198481adc9abe9fc662899c114dd, substrate/client/allocator/src/freeing_bump.rs).
#include "host/allocator/freeing_bump.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace rt::hostlib::allocator {
namespace {

/// NIL_MARKER: the end of a free list.
constexpr uint32_t kNil = UINT32_MAX;
/// The occupied bit of a header (0x00000001_00000000).
constexpr uint64_t kOccupied = uint64_t{1} << 32;

AllocatorError other(std::string_view message) {
  return AllocatorError{AllocatorError::Kind::kOther, message};
}

AllocatorError kindError(AllocatorError::Kind kind) { return AllocatorError{kind, {}}; }

/// Order::from_size: sizes below 8 count as 8; the next power of two; its log2 - 3.
rt::Result<uint32_t, AllocatorError> orderFromSize(uint32_t size, uint32_t max_allocation) {
  if (size > max_allocation) return rt::Err(kindError(AllocatorError::Kind::kRequestedAllocationTooLarge));
  const uint32_t clamped = std::max(size, kMinAllocation);
  const uint32_t power_of_two = std::bit_ceil(clamped);
  return static_cast<uint32_t>(std::countr_zero(power_of_two) - std::countr_zero(kMinAllocation));
}

uint32_t orderSize(uint32_t order) { return kMinAllocation << order; }

/// pages_from_size: pages needed for `size` bytes; none if that does not fit in u32.
std::optional<uint32_t> pagesFromSize(uint64_t size) {
  const uint64_t pages = (size + kPageSize - 1) / kPageSize;
  if (pages > UINT32_MAX) return std::nullopt;
  return static_cast<uint32_t>(pages);
}

/// MemoryExt::read_le_u64 / write_le_u64: bounds-checked against the memory's current size.
rt::Result<uint64_t, AllocatorError> readHeader(Memory& memory, uint32_t ptr) {
  if (uint64_t{ptr} + 8 > memory.size()) return rt::Err(other("read out of heap bounds"));
  uint64_t value = 0;
  const uint8_t* p = memory.data() + ptr;
  for (int i = 7; i >= 0; --i) value = (value << 8) | p[i];
  return value;
}

rt::Result<rt::Unit, AllocatorError> writeHeader(Memory& memory, uint32_t ptr, uint64_t value) {
  if (uint64_t{ptr} + 8 > memory.size()) return rt::Err(other("write out of heap bounds"));
  uint8_t* p = memory.data() + ptr;
  for (int i = 0; i < 8; ++i) p[i] = static_cast<uint8_t>(value >> (8 * i));
  return rt::Unit{};
}

/// The PoisonBomb: poisons the allocator when a request leaves without disarm().
class PoisonBomb {
 public:
  explicit PoisonBomb(bool& poisoned) : poisoned_(poisoned) {}
  ~PoisonBomb() {
    if (armed_) poisoned_ = true;
  }
  void disarm() { armed_ = false; }
  PoisonBomb(const PoisonBomb&) = delete;
  PoisonBomb& operator=(const PoisonBomb&) = delete;

 private:
  bool& poisoned_;
  bool armed_ = true;
};

}  // namespace

FreeingBumpAllocator::FreeingBumpAllocator(uint32_t heap_base, CallContext context)
    : original_heap_base_((heap_base + kAlignment - 1) / kAlignment * kAlignment),
      bumper_(original_heap_base_),
      max_allocation_(context == CallContext::kOnchain ? kMaxAllocationOnchain : kMaxAllocationOffchain),
      max_orders_(context == CallContext::kOnchain ? kOrdersOnchain : kOrdersOffchain) {
  free_lists_.fill(kNil);
}

rt::Result<uint32_t, AllocatorError> FreeingBumpAllocator::allocate(Memory& memory, uint32_t size) {
  if (poisoned_) return rt::Err(other("the allocator has been poisoned"));
  PoisonBomb bomb(poisoned_);
  RT_TRY_VOID(observeMemorySize(memory));
  RT_TRY(const uint32_t order, orderFromSize(size, max_allocation_));

  uint32_t header_ptr = 0;
  if (const uint32_t head = free_lists_[order]; head != kNil) {
    if (uint64_t{head} + orderSize(order) + kHeaderSize > memory.size()) {
      return rt::Err(other("Invalid header pointer detected"));
    }
    RT_TRY(const uint64_t raw, readHeader(memory, head));
    if ((raw & kOccupied) != 0) {
      // Header::read_from validates the order of an occupied header first.
      if (static_cast<uint32_t>(raw) >= max_orders_) return rt::Err(other("invalid order"));
      return rt::Err(other("free list points to a occupied header"));
    }
    free_lists_[order] = static_cast<uint32_t>(raw);
    header_ptr = head;
  } else {
    RT_TRY(header_ptr, bump(memory, orderSize(order) + kHeaderSize));
  }
  RT_TRY_VOID(writeHeader(memory, header_ptr, kOccupied | order));

  const uint32_t block = orderSize(order) + kHeaderSize;
  stats_.bytes_allocated += block;
  stats_.bytes_allocated_sum += block;
  stats_.bytes_allocated_peak = std::max(stats_.bytes_allocated_peak, stats_.bytes_allocated);
  stats_.address_space_used = bumper_ - original_heap_base_;
  stats_.bytes_requested += size;
  ++stats_.malloc_calls;
  if (tracing_) trace_.push_back({TraceEvent::Kind::kMalloc, size, header_ptr + kHeaderSize});
  bomb.disarm();
  return header_ptr + kHeaderSize;
}

rt::Result<rt::Unit, AllocatorError> FreeingBumpAllocator::deallocate(Memory& memory, uint32_t pointer) {
  if (poisoned_) return rt::Err(other("the allocator has been poisoned"));
  PoisonBomb bomb(poisoned_);
  RT_TRY_VOID(observeMemorySize(memory));
  if (pointer < kHeaderSize) return rt::Err(other("Invalid pointer for deallocation"));
  const uint32_t header_ptr = pointer - kHeaderSize;
  RT_TRY(const uint64_t raw, readHeader(memory, header_ptr));
  if ((raw & kOccupied) == 0) return rt::Err(other("the allocation points to an empty header"));
  const auto order = static_cast<uint32_t>(raw);
  if (order >= max_orders_) return rt::Err(other("invalid order"));

  const uint32_t previous_head = free_lists_[order];
  free_lists_[order] = header_ptr;
  RT_TRY_VOID(writeHeader(memory, header_ptr, previous_head));

  const uint32_t block = orderSize(order) + kHeaderSize;
  if (stats_.bytes_allocated < block) return rt::Err(other("underflow of the currently allocated bytes count"));
  stats_.bytes_allocated -= block;
  ++stats_.free_calls;
  if (tracing_) trace_.push_back({TraceEvent::Kind::kFree, orderSize(order), pointer});
  bomb.disarm();
  return rt::Unit{};
}

rt::Result<uint32_t, AllocatorError> FreeingBumpAllocator::bump(Memory& memory, uint32_t size) {
  const uint64_t required_size = uint64_t{bumper_} + size;
  if (required_size > memory.size()) {
    const auto required_pages = pagesFromSize(required_size);
    if (!required_pages) return rt::Err(kindError(AllocatorError::Kind::kAllocatorOutOfSpace));
    const uint32_t current_pages = memory.pages();
    const uint32_t max_pages = memory.maxPages().value_or(kMaxWasmPages);
    if (current_pages >= max_pages || *required_pages > max_pages) {
      return rt::Err(kindError(AllocatorError::Kind::kAllocatorOutOfSpace));
    }
    // Double the pages if the maximum allows, but at least what is required.
    const uint32_t doubled = static_cast<uint32_t>(std::min<uint64_t>(uint64_t{current_pages} * 2, max_pages));
    const uint32_t next_pages = std::max(doubled, *required_pages);
    if (!memory.grow(next_pages - current_pages)) {
      return rt::Err(kindError(AllocatorError::Kind::kAllocatorOutOfSpace));
    }
  }
  const uint32_t result = bumper_;
  bumper_ += size;
  return result;
}

rt::Result<rt::Unit, AllocatorError> FreeingBumpAllocator::observeMemorySize(const Memory& memory) {
  if (memory.size() < last_observed_memory_size_) {
    return rt::Err(kindError(AllocatorError::Kind::kMemoryShrinked));
  }
  last_observed_memory_size_ = memory.size();
  return rt::Unit{};
}

}  // namespace rt::hostlib::allocator
