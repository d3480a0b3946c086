// SPDX-License-Identifier: Apache-2.0
// Release order and bounds: iterative release of long chains, cycles leak only until callEnd(),
// and callEnd() gives every host block back.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

int g_nodes = 0;

struct Node {
  Node() { ++g_nodes; }
  ~Node() { --g_nodes; }
  Ref<Node> next;
  uint64_t payload[2] = {};
};

}  // namespace

TEST_CASE("a 200,000-node list is released iteratively") {
  test::CallScope scope;
  g_nodes = 0;
  constexpr int kCount = 200000;
  Ref<Node> head;
  for (int i = 0; i < kCount; ++i) {
    Ref<Node> n = make<Node>();
    n->next = std::move(head);
    head = std::move(n);
  }
  CHECK(g_nodes == kCount);
  CHECK(stats().live_bytes == uint64_t{kCount} * sizeof(Node));
  head.reset();  // recursion here would overflow the stack
  CHECK(g_nodes == 0);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("a wide tree is released iteratively too") {
  test::CallScope scope;
  g_nodes = 0;
  struct Wide {
    Ref<Node> children[8];
  };
  Ref<Wide> root = make<Wide>();
  for (auto& c : root->children) {
    for (int i = 0; i < 20000; ++i) {
      Ref<Node> n = make<Node>();
      n->next = std::move(c);
      c = std::move(n);
    }
  }
  root.reset();
  CHECK(g_nodes == 0);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("a cycle keeps exactly its own bytes live until callEnd") {
  g_nodes = 0;
  constexpr int kCycle = 1000;
  {
    test::CallScope scope;
    {
      Ref<Node> first = make<Node>();
      Ref<Node> last = first;
      for (int i = 1; i < kCycle; ++i) {
        last->next = make<Node>();
        last = last->next;
      }
      last->next = first;  // close the cycle
      Ref<Node> unrelated = make<Node>();
    }
    // Every handle outside the cycle is gone: the unrelated node was released, the cycle was not.
    CHECK(stats().live_bytes == uint64_t{kCycle} * sizeof(Node));
    CHECK(g_nodes == kCycle);
  }
  // callEnd() (the scope) released the chunks; the cycle's destructors never ran.
  CHECK(stats().live_bytes == 0);
  CHECK(stats().host_bytes == 0);
  g_nodes = 0;
}

TEST_CASE("callEnd returns every chunk and large block") {
  callBegin();
  for (int i = 0; i < 5000; ++i) (void)allocate(static_cast<size_t>(i % 700) + 1);
  for (int i = 0; i < 20; ++i) (void)allocate(50000 + static_cast<size_t>(i));  // large, leaked
  Stats before = stats();
  CHECK(before.host_malloc_calls > 20);
  CHECK(before.host_bytes > 0);
  CHECK(before.host_free_calls == 0);
  callEnd();
  Stats after = stats();
  CHECK(after.host_bytes == 0);
  CHECK(after.live_bytes == 0);
  CHECK(after.host_free_calls == after.host_malloc_calls);
  CHECK(after.peak_host_bytes == before.peak_host_bytes);
  // The next call starts afresh and works.
  callBegin();
  CHECK(stats().host_malloc_calls == 0);
  CHECK(stats().peak_host_bytes == 0);
  void* p = allocate(10);
  deallocate(p);
  callEnd();
  CHECK(stats().host_bytes == 0);
}

TEST_CASE("hostBuffer survives callEnd") {
  callBegin();
  uint8_t* buffer = hostBuffer(64);
  for (int i = 0; i < 64; ++i) buffer[i] = static_cast<uint8_t>(i);
  callEnd();
  for (int i = 0; i < 64; ++i) CHECK(buffer[i] == i);
  std::free(buffer);  // natively a plain malloc block; the caller frees it
}
