// SPDX-License-Identifier: Apache-2.0
// The freeing-bump allocator against the behaviour freeing_bump.rs's own tests pin down
// (polkadot-sdk substrate/client/allocator/src/freeing_bump.rs, mod tests; test names kept), plus
// the instrumentation this host adds.
#include <doctest/doctest.h>

#include "host/allocator/freeing_bump.hpp"
#include "memory.hpp"

using namespace rt::hostlib::allocator;
using test::VectorMemory;
using Kind = AllocatorError::Kind;

TEST_CASE("should_allocate_properly / should_always_align_pointers_to_multiples_of_8") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  CHECK(heap.allocate(mem, 1).value() == kHeaderSize);
  FreeingBumpAllocator heap13(13);
  CHECK(heap13.allocate(mem, 1).value() == 24);
}

TEST_CASE("should_increment_pointers_properly") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  CHECK(heap.allocate(mem, 1).value() == 8);
  CHECK(heap.allocate(mem, 9).value() == 24);
  CHECK(heap.allocate(mem, 1).value() == 24 + 16 + 8);
}

TEST_CASE("should_deallocate_and_reallocate_properly / linked list of free areas") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(13);
  CHECK(heap.allocate(mem, 1).value() == 16 + 8);
  const uint32_t p2 = heap.allocate(mem, 9).value();
  CHECK(p2 == 16 + 16 + 8);
  REQUIRE(heap.deallocate(mem, p2).has_value());
  CHECK(heap.allocate(mem, 9).value() == p2);

  FreeingBumpAllocator lifo(0);
  const uint32_t a = lifo.allocate(mem, 8).value();
  const uint32_t b = lifo.allocate(mem, 8).value();
  const uint32_t c = lifo.allocate(mem, 8).value();
  for (uint32_t p : {a, b, c}) REQUIRE(lifo.deallocate(mem, p).has_value());
  CHECK(lifo.allocate(mem, 8).value() == c);
  CHECK(lifo.allocate(mem, 8).value() == b);
  CHECK(lifo.allocate(mem, 8).value() == a);
}

TEST_CASE("should_not_allocate_if_too_large / if_full") {
  VectorMemory mem(1, 1);
  FreeingBumpAllocator heap(13);
  auto r = heap.allocate(mem, kPageSize - 13);
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == Kind::kAllocatorOutOfSpace);

  VectorMemory mem2(1, 1);
  FreeingBumpAllocator heap2(0);
  CHECK(heap2.allocate(mem2, kPageSize / 2 - kHeaderSize).value() == kHeaderSize);
  auto full = heap2.allocate(mem2, kPageSize / 2);
  REQUIRE(!full.has_value());
  CHECK(full.error().kind == Kind::kAllocatorOutOfSpace);
}

TEST_CASE("should_allocate_max_possible_allocation_size, and not one byte more") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  CHECK(heap.allocate(mem, kMaxAllocationOnchain).value() == kHeaderSize);
  CHECK(mem.pages() >= (kMaxAllocationOnchain + kHeaderSize) / kPageSize);
  FreeingBumpAllocator heap2(0);
  auto r = heap2.allocate(mem, kMaxAllocationOnchain + 1);
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == Kind::kRequestedAllocationTooLarge);
  CHECK(heap2.poisoned());
}

TEST_CASE("should_return_error_when_bumper_greater_than_heap_size") {
  VectorMemory mem(1, 1);
  FreeingBumpAllocator heap(0);
  std::vector<uint32_t> ptrs;
  for (uint32_t i = 0; i < kPageSize / 40; ++i) ptrs.push_back(heap.allocate(mem, 32).value());
  CHECK(heap.stats().bytes_allocated == kPageSize - 16);
  CHECK(heap.stats().address_space_used == kPageSize - 16);
  for (uint32_t p : ptrs) REQUIRE(heap.deallocate(mem, p).has_value());
  CHECK(heap.stats().bytes_allocated == 0);
  CHECK(heap.stats().bytes_allocated_peak == kPageSize - 16);
  REQUIRE(heap.allocate(mem, 8).has_value());  // fills the page exactly
  auto r = heap.allocate(mem, 8);
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == Kind::kAllocatorOutOfSpace);
}

TEST_CASE("should_include_prefixes_in_total_heap_size / stats") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(1);
  REQUIRE(heap.allocate(mem, 9).has_value());
  CHECK(heap.stats().bytes_allocated == kHeaderSize + 16);
  CHECK(heap.stats().bytes_requested == 9);
  CHECK(heap.stats().malloc_calls == 1);
  CHECK(heap.stats().free_calls == 0);
}

TEST_CASE("memory grows by doubling, at least to what is required") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  REQUIRE(heap.allocate(mem, kPageSize).has_value());  // needs 2 pages: doubles 1 -> 2
  CHECK(mem.pages() == 2);
  // bumper 65544 + 524296 bytes needs 10 pages: max(2 * 2, 10)
  REQUIRE(heap.allocate(mem, 8 * kPageSize).has_value());
  CHECK(mem.pages() == 10);
}

TEST_CASE("errors poison the allocator; corrupt frees are errors, not crashes") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  const uint32_t p = heap.allocate(mem, 16).value();
  REQUIRE(heap.deallocate(mem, p).has_value());
  auto twice = heap.deallocate(mem, p);  // the header is now a free one
  REQUIRE(!twice.has_value());
  CHECK(twice.error().message == "the allocation points to an empty header");
  auto after = heap.allocate(mem, 8);
  REQUIRE(!after.has_value());
  CHECK(after.error().message == "the allocator has been poisoned");

  FreeingBumpAllocator low(0);
  auto bad = low.deallocate(mem, 4);
  REQUIRE(!bad.has_value());
  CHECK(bad.error().message == "Invalid pointer for deallocation");

  FreeingBumpAllocator out(0);
  auto oob = out.deallocate(mem, kPageSize + 64);
  REQUIRE(!oob.has_value());
  CHECK(oob.error().message == "read out of heap bounds");
}

TEST_CASE("a shrunk memory is an error") {
  VectorMemory mem(2);
  FreeingBumpAllocator heap(0);
  REQUIRE(heap.allocate(mem, 8).has_value());
  mem.shrinkTo(1);
  auto r = heap.allocate(mem, 8);
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == Kind::kMemoryShrinked);
}

TEST_CASE("offchain context allows larger allocations") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0, CallContext::kOffchain);
  CHECK(heap.allocate(mem, kMaxAllocationOnchain + 1).has_value());
}

TEST_CASE("trace records every successful call") {
  VectorMemory mem(1);
  FreeingBumpAllocator heap(0);
  heap.enableTrace();
  const uint32_t p = heap.allocate(mem, 20).value();
  REQUIRE(heap.deallocate(mem, p).has_value());
  REQUIRE(heap.trace().size() == 2);
  CHECK(heap.trace()[0].kind == TraceEvent::Kind::kMalloc);
  CHECK(heap.trace()[0].size == 20);
  CHECK(heap.trace()[0].pointer == p);
  CHECK(heap.trace()[1].kind == TraceEvent::Kind::kFree);
  CHECK(heap.trace()[1].size == 32);
}
