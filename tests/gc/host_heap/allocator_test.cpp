// SPDX-License-Identifier: Apache-2.0
// Allocator<T> with standard containers, and deallocate(p, 0) for callers that lost the size.
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

TEST_CASE("std::vector over Allocator") {
  test::CallScope scope;
  {
    std::vector<uint64_t, Allocator<uint64_t>> v;
    for (uint64_t i = 0; i < 100000; ++i) v.push_back(i * 3);
    uint64_t sum = 0;
    for (uint64_t x : v) sum += x;
    CHECK(sum == 3 * (99999ull * 100000 / 2));
    CHECK(stats().live_bytes == v.capacity() * sizeof(uint64_t));
    CHECK(stats().host_bytes > 0);
  }
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("std::map over Allocator") {
  test::CallScope scope;
  {
    std::map<int, int, std::less<int>, Allocator<std::pair<const int, int>>> m;
    for (int i = 0; i < 10000; ++i) m[(i * 7919) % 10007] = i;
    CHECK(m.size() == 10000);
    for (int i = 0; i < 10000; i += 2) m.erase((i * 7919) % 10007);
    CHECK(m.size() == 5000);
    CHECK(stats().live_bytes > 0);
  }
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("deallocate with size 0 finds the size itself") {
  test::CallScope scope;
  void* small = allocate(24);
  void* medium = allocate(3000);
  void* large = allocate(100000);
  CHECK(stats().live_bytes == 24 + 3000 + 100000);
  uint64_t host_frees = stats().host_free_calls;
  deallocate(large, 0);
  CHECK(stats().host_free_calls == host_frees + 1);  // large blocks go back at once
  deallocate(medium, 0);
  deallocate(small, 0);
  deallocate(nullptr, 0);
  CHECK(stats().live_bytes == 0);
}
