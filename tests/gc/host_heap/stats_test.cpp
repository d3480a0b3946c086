// SPDX-License-Identifier: Apache-2.0
// Stats accuracy: requested-size accounting and freeing-bump host accounting.
#include <doctest/doctest.h>

#include <cstdint>

#include "gc/gc.hpp"
#include "gc/host_heap/size_class.hpp"
#include "test_util.hpp"

using namespace rt::gc;

TEST_CASE("live, peak and allocated bytes follow requested sizes") {
  test::CallScope scope;
  void* a = allocate(10);
  void* b = allocate(1000);
  Stats s = stats();
  CHECK(s.live_bytes == 1010);
  CHECK(s.peak_live_bytes == 1010);
  CHECK(s.allocated_bytes == 1010);
  CHECK(s.allocations == 2);
  deallocate(b, 1000);
  void* c = allocate(5);
  s = stats();
  CHECK(s.live_bytes == 15);
  CHECK(s.peak_live_bytes == 1010);
  CHECK(s.allocated_bytes == 1015);
  CHECK(s.allocations == 3);
  {
    Ref<uint64_t> r = make<uint64_t>(5);
    CHECK(stats().live_bytes == 15 + 8);
  }
  CHECK(stats().live_bytes == 15);
  CHECK(stats().allocations == 4);
  deallocate(a, 10);
  deallocate(c, 5);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("host accounting uses the freeing-bump formula") {
  test::CallScope scope;
  void* small = allocate(8);
  Stats s = stats();
  CHECK(s.host_malloc_calls == 1);  // the first chunk (512 B, a power of two)
  CHECK(s.host_bytes == 512 + 8);
  constexpr size_t kLarge = 100000;
  void* large = allocate(kLarge);
  s = stats();
  CHECK(s.host_malloc_calls == 2);
  uint64_t large_cost = s.host_bytes - (512 + 8);
  CHECK(large_cost == 131072 + 8);  // large block incl. its headers, rounded like the host does
  deallocate(large, kLarge);
  s = stats();
  CHECK(s.host_free_calls == 1);
  CHECK(s.host_bytes == 512 + 8);
  CHECK(s.peak_host_bytes == 512 + 8 + large_cost);
  deallocate(small, 8);
}

TEST_CASE("small objects make no per-object host calls") {
  test::CallScope scope;
  for (int i = 0; i < 100000; ++i) deallocate(allocate(48), 48);
  CHECK(stats().host_malloc_calls == 1);
}
