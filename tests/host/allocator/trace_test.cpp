// SPDX-License-Identifier: Apache-2.0
// The allocator reproduces a real host's: vectors/smoldot_trace.txt is a malloc/free sequence
// recorded in smoldot's executor (vectors/generate.mjs), and replaying it here must give every
// pointer smoldot gave, address for address.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "base/native/file_io.hpp"
#include "host/allocator/freeing_bump.hpp"
#include "memory.hpp"

using namespace rt::hostlib::allocator;

TEST_CASE("replaying smoldot's recorded trace gives the same addresses") {
  auto bytes = rt::native::readFile(RT_ALLOCATOR_TRACE);
  REQUIRE(bytes.has_value());
  std::istringstream in(std::string(bytes.value().begin(), bytes.value().end()));
  test::VectorMemory mem(4096);
  std::optional<FreeingBumpAllocator> heap;
  std::string line;
  size_t mallocs = 0;
  size_t frees = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string op;
    fields >> op;
    if (op == "heap_base") {
      uint32_t base = 0;
      fields >> base;
      heap.emplace(base);
    } else if (op == "input") {
      uint32_t size = 0;
      fields >> size;
      REQUIRE(heap->allocate(mem, size).has_value());
    } else if (op == "malloc") {
      uint32_t size = 0;
      uint32_t expected = 0;
      fields >> size >> expected;
      auto p = heap->allocate(mem, size);
      REQUIRE(p.has_value());
      CHECK_MESSAGE(p.value() == expected, line);
      ++mallocs;
    } else if (op == "free") {
      uint32_t pointer = 0;
      fields >> pointer;
      REQUIRE(heap->deallocate(mem, pointer).has_value());
      ++frees;
    } else {
      FAIL("unknown line: " << line);
    }
  }
  CHECK(mallocs > 1000);
  CHECK(frees > 1000);
}
