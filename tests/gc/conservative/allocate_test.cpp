// SPDX-License-Identifier: Apache-2.0
// Raw memory on the conservative backend: allocate() is 8-byte aligned and zeroed (also when it
// recycles freed memory), allocateAtomic() aligned and counted alike, size 0 is unique,
// deallocate() really releases (GC_free) with or without the size, and the call's counters: what
// they count, callBegin() resetting them once per call.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <set>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

constexpr size_t kSizes[] = {1,    7,     8,     9,     15,     16,     17,
                             24,   31,    48,    100,   255,    256,    511,
                             512,  1000,  2047,  2048,  4095,   4096,   4097,
                             8000, 16384, 16385, 65536, 100000, 262144, test::kMiB + 3};

bool isZero(const void* p, size_t size) {
  auto* b = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < size; ++i)
    if (b[i] != 0) return false;
  return true;
}

}  // namespace

TEST_CASE("allocate returns 8-byte aligned, zeroed memory, also when it reuses freed memory") {
  test::CallScope scope;
  for (size_t size : kSizes) {
    CAPTURE(size);
    // Dirty memory of this size and give it back, so the next allocation may recycle it.
    void* dirty = allocate(size);
    std::memset(dirty, 0xFF, size);
    deallocate(dirty, (size & 1) ? size : 0);
    void* p = allocate(size);
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
    CHECK(isZero(p, size));
    std::memset(p, 0x5A, size);  // the whole requested size is writable
    deallocate(p, size);
  }
}

TEST_CASE("allocateAtomic is aligned, counted like allocate and released by deallocate") {
  test::CallScope scope;
  for (size_t size : kSizes) {
    CAPTURE(size);
    void* p = allocateAtomic(size);
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
    std::memset(p, 0x5A, size);
    deallocate(p, (size & 1) ? size : 0);
  }
  CHECK(stats().allocations == std::size(kSizes));
  void* large = allocateAtomic(4 * test::kMiB);
  std::memset(large, 1, 4 * test::kMiB);
  size_t before = test::heapInUse();
  deallocate(large);
  CHECK(test::heapInUse() + 4 * test::kMiB <= before);
}

TEST_CASE("size 0 gives unique, aligned, non-null pointers") {
  test::CallScope scope;
  constexpr int kCount = 1000;
  void* volatile kept[kCount];  // on the stack: all stay live while compared
  std::set<uintptr_t> seen;
  for (int i = 0; i < kCount; ++i) {
    kept[i] = allocate(0);
    REQUIRE(kept[i] != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(kept[i]) % 8 == 0);
    seen.insert(reinterpret_cast<uintptr_t>(kept[i]));
  }
  CHECK(seen.size() == kCount);
  CHECK(stats().allocations == kCount);
  CHECK(stats().allocated_bytes == 0);
  for (int i = 0; i < kCount; ++i) deallocate(kept[i], 0);
}

TEST_CASE("deallocate ignores null") {
  test::CallScope scope;
  deallocate(nullptr);
  deallocate(nullptr, 0);
  deallocate(nullptr, 64);
  CHECK(stats().allocations == 0);
}

TEST_CASE("deallocate gives a large block back at once, with and without the size") {
  test::CallScope scope;
  constexpr size_t kSize = 4 * test::kMiB;
  for (size_t passed_size : {kSize, size_t{0}}) {
    CAPTURE(passed_size);
    void* p = allocate(kSize);
    std::memset(p, 1, kSize);
    size_t before = test::heapInUse();
    deallocate(p, passed_size);
    CHECK(test::heapInUse() + kSize <= before);
  }
}

TEST_CASE("deallocate puts a small slot back for the next allocation of its size") {
  test::CallScope scope;
  for (size_t size : {size_t{8}, size_t{24}, size_t{200}, size_t{2000}}) {
    CAPTURE(size);
    void* keep = allocate(size);  // the size class has a free list from here on
    void* p = allocate(size);
    std::memset(p, 0xEE, size);
    uint64_t collections = stats().collections;
    deallocate(p, (size == 24) ? 0 : size);
    void* q = allocate(size);
    // bdwgc pops the slot GC_free pushed, unless a collection rebuilt the free lists in between.
    if (stats().collections == collections) CHECK(q == p);
    CHECK(isZero(q, size));
    deallocate(q, size);
    deallocate(keep, size);
  }
}

TEST_CASE("stats count requested allocations and bytes; host counters stay 0") {
  test::CallScope scope;
  Stats s = stats();
  CHECK(s.allocations == 0);
  CHECK(s.allocated_bytes == 0);
  void* a = allocate(10);
  void* b = allocate(1000);
  Ref<uint64_t> r = make<uint64_t>(5);
  s = stats();
  CHECK(s.allocations == 3);
  CHECK(s.allocated_bytes == 10 + 1000 + 8);
  CHECK(s.live_bytes >= 10 + 1000 + 8);  // an upper bound of what is live
  deallocate(b, 1000);
  deallocate(a);
  s = stats();
  CHECK(s.allocations == 3);  // releases are not allocations
  CHECK(s.allocated_bytes == 1018);
  uint8_t* host = hostBuffer(100);
  std::memset(host, 7, 100);
  s = stats();
  CHECK(s.allocations == 3);  // host buffers are not GC memory
  CHECK(s.host_malloc_calls == 0);
  CHECK(s.host_free_calls == 0);
  CHECK(s.host_bytes == 0);
  CHECK(s.peak_host_bytes == 0);
  CHECK(*r == 5);
  std::free(host);
}

TEST_CASE("a host buffer is host memory: non-null for size 0 and outlives callEnd") {
  uint8_t* empty = nullptr;
  uint8_t* p = nullptr;
  {
    test::CallScope scope;
    empty = hostBuffer(0);
    p = hostBuffer(4096);
    test::fillPattern(p, 4096, 77);
  }
  test::CallScope next;
  test::churn(4 * test::kMiB);
  test::collectNow();
  CHECK(empty != nullptr);
  CHECK(test::holdsPattern(p, 4096, 77));
  std::free(p);
  std::free(empty);
}

TEST_CASE("collections, peak and region high water are per call; natively the region is the heap") {
  callEnd();  // whatever an earlier test left open
  callBegin();
  Stats s = stats();
  CHECK(s.allocations == 0);
  CHECK(s.collections == 0);
  CHECK(s.peak_live_bytes == 0);  // no collection yet in this call
  void* volatile p = allocate(64 * test::kKiB);
  uint64_t before = stats().collections;  // 0 unless the allocation itself collected
  GC_gcollect();
  s = stats();
  CHECK(s.collections == before + 1);
  CHECK(s.peak_live_bytes >= 64 * test::kKiB);  // p was reachable
  CHECK(s.region_high_water == GC_get_heap_size());
  CHECK(s.region_high_water >= 64 * test::kKiB);
  deallocate(p);
  callEnd();
}

TEST_CASE("callBegin resets the counters, and only once per call") {
  callEnd();
  callBegin();
  void* volatile a = allocate(100);
  uint64_t before = stats().collections;
  GC_gcollect();
  Stats first = stats();
  CHECK(first.allocations == 1);
  CHECK(first.allocated_bytes == 100);
  CHECK(first.collections == before + 1);
  CHECK(first.peak_live_bytes > 0);

  callBegin();  // still the same call: nothing changes
  Stats again = stats();
  CHECK(again.allocations == 1);
  CHECK(again.allocated_bytes == 100);
  CHECK(again.collections == first.collections);
  CHECK(again.peak_live_bytes == first.peak_live_bytes);
  void* volatile b = allocate(50);
  CHECK(stats().allocations == 2);
  CHECK(stats().allocated_bytes == 150);

  callEnd();
  callBegin();  // a new call starts from zero
  Stats fresh = stats();
  CHECK(fresh.allocations == 0);
  CHECK(fresh.allocated_bytes == 0);
  CHECK(fresh.collections == 0);
  CHECK(fresh.peak_live_bytes == 0);
  CHECK(fresh.host_bytes == 0);
  deallocate(a);
  deallocate(b);
  callEnd();
}

TEST_CASE("live_bytes is the last collection's reachable bytes plus what was allocated since") {
  test::CallScope scope;
  GC_gcollect();
  uint64_t after_gc = stats().live_bytes;
  CHECK(after_gc <= stats().peak_live_bytes);
  void* volatile p = allocate(10000);
  CHECK(stats().live_bytes >= after_gc + 10000);
  deallocate(p);
}
