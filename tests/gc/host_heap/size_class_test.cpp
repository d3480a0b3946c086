// SPDX-License-Identifier: Apache-2.0
// Size classes: spacing <= 12.5 %, every request fits its class, and allocations are 8-aligned.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "gc/gc.hpp"
#include "gc/host_heap/size_class.hpp"
#include "test_util.hpp"

using namespace rt::gc;
using namespace rt::gc::host_heap;

TEST_CASE("size classes: 8-byte steps to 64, then at most 12.5 % spacing") {
  for (uint32_t c = 2; c < kClassCount; ++c) {
    uint32_t prev = slotOfClass(c - 1), cur = slotOfClass(c);
    CHECK(cur > prev);
    CHECK(cur % 8 == 0);
    if (cur <= 64) CHECK(cur - prev == 8);  // alignment: waste under 8 bytes
    else CHECK(uint64_t{cur} * 8 <= uint64_t{prev} * 9);
  }
}

TEST_CASE("every slot size maps to the smallest class that holds it") {
  for (uint32_t slot = kMinSlot; slot <= kMaxSmallSlot; slot += 8) {
    uint32_t c = classOfSlot(slot);
    REQUIRE(c < kClassCount);
    CHECK(slotOfClass(c) >= slot);
    CHECK((c == 1 || slotOfClass(c - 1) < slot));
    CHECK(slotOfClass(classFloor(slot)) <= slot);
  }
}

TEST_CASE("freeing-bump host cost") {
  CHECK(hostCost(0) == 16);
  CHECK(hostCost(8) == 16);
  CHECK(hostCost(9) == 24);
  CHECK(hostCost(65536) == 65536 + 8);
  CHECK(hostCost(65537) == 131072 + 8);
}

TEST_CASE("allocations of every size are 8-aligned, distinct and writable") {
  test::CallScope scope;
  std::vector<std::pair<uint8_t*, size_t>> blocks;
  for (size_t size = 0; size <= 40000; size += (size < 512 ? 1 : 97)) {
    auto* p = static_cast<uint8_t*>(allocate(size));
    REQUIRE(p != nullptr);
    CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
    std::memset(p, static_cast<int>(size & 0xff), size);
    blocks.emplace_back(p, size);
  }
  bool intact = true;
  for (auto& [p, size] : blocks) {
    for (size_t i = 0; i < size; ++i) intact = intact && p[i] == static_cast<uint8_t>(size & 0xff);
  }
  CHECK(intact);
  CHECK(blocks[0].first != blocks[1].first);  // size 0 is unique too
  for (auto& [p, size] : blocks) deallocate(p, size);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("freed small slots are reused LIFO within their class") {
  test::CallScope scope;
  void* a = allocate(100);
  deallocate(a, 100);
  void* b = allocate(104);  // same class (slot 112)
  CHECK(a == b);
  deallocate(b);
}
