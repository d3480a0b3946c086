// SPDX-License-Identifier: Apache-2.0
// RT_DEBUG >= 3 checks: freed memory is poisoned (0xdd) and every payload is followed by a canary.
// (ctest runs them in gc_host_heap_test_debug3, the suite built at RT_DEBUG=3; skipped below 3.)
#include <doctest/doctest.h>

#include <cstdint>

#include "gc/gc.hpp"
#include "gc/host_heap/size_class.hpp"
#include "test_util.hpp"

using namespace rt::gc;

#if RT_DEBUG >= 3

TEST_CASE("freed memory is poisoned") {
  test::CallScope scope;
  auto* p = static_cast<uint8_t*>(allocate(64));
  for (int i = 0; i < 64; ++i) p[i] = 0;
  deallocate(p, 64);
  bool poisoned = true;
  for (int i = 8; i < 64; ++i) poisoned = poisoned && p[i] == 0xdd;  // bytes 0..7: free link
  CHECK(poisoned);
}

TEST_CASE("a canary follows each payload") {
  test::CallScope scope;
  auto* p = static_cast<uint8_t*>(allocate(13));
  bool canary = true;
  for (uint32_t i = 0; i < host_heap::kCanarySize; ++i) canary = canary && p[13 + i] == 0xc5;
  CHECK(canary);
  deallocate(p, 13);
}

#endif
