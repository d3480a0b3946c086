// SPDX-License-Identifier: Apache-2.0
// Randomized stress: 1,000,000 operations on a random object graph checked against a shadow model.
//
// Edges only ever point from a newer node to an older one, so the graph stays acyclic and
// reference counting is exact: live_bytes must equal the bytes of the nodes reachable from the
// roots, and every node that is not reachable must already be destroyed.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

int64_t g_live_nodes = 0;

struct GraphNode {
  GraphNode(uint32_t id, uint32_t buffer_size) : id(id), buffer_size(buffer_size) {
    ++g_live_nodes;
    if (buffer_size) {
      buffer = static_cast<uint8_t*>(allocate(buffer_size));
      for (uint32_t i = 0; i < buffer_size; ++i) buffer[i] = static_cast<uint8_t>(id + i);
    }
  }
  ~GraphNode() {
    --g_live_nodes;
    if (buffer) deallocate(buffer, (id & 1) ? buffer_size : 0);  // both deallocate forms
  }
  bool bufferIntact() const {
    for (uint32_t i = 0; i < buffer_size; ++i)
      if (buffer[i] != static_cast<uint8_t>(id + i)) return false;
    return true;
  }
  uint32_t id;
  uint32_t buffer_size;
  uint8_t* buffer = nullptr;
  Ref<GraphNode> edges[3];
};

/// What the model knows of a node: its bytes and the ids its edges point to (0 = none).
struct Shadow {
  uint64_t bytes;
  uint32_t edges[3];
};

struct Model {
  static constexpr size_t kMaxRoots = 1000;
  std::mt19937_64 rng{0x5eed};
  std::vector<Ref<GraphNode>> roots;
  std::unordered_map<uint32_t, Shadow> shadow;
  uint32_t next_id = 1;

  uint32_t below(uint32_t n) { return static_cast<uint32_t>(rng() % n); }

  /// A random node reachable from a random root (a few random steps down), or null.
  Ref<GraphNode> pick() {
    if (roots.empty()) return {};
    Ref<GraphNode> n = roots[below(static_cast<uint32_t>(roots.size()))];
    for (uint32_t steps = below(4); steps > 0; --steps) {
      Ref<GraphNode>& e = n->edges[below(3)];
      if (!e) break;
      Ref<GraphNode> next = e;
      n = std::move(next);
    }
    return n;
  }

  void dropRoot() {
    uint32_t i = below(static_cast<uint32_t>(roots.size()));
    roots[i] = std::move(roots.back());
    roots.pop_back();
  }

  void step() {
    uint32_t op = below(100);
    if (op < 30 || roots.empty()) {  // make
      uint32_t id = next_id++;
      uint32_t buffer_size = below(4) == 0 ? 0 : below(400);
      if (below(500) == 0) buffer_size = 16384 + below(40000);  // now and then a large block
      Ref<GraphNode> n = make<GraphNode>(id, buffer_size);
      Shadow s{sizeof(GraphNode) + buffer_size, {0, 0, 0}};
      for (int k = 0; k < 3; ++k) {
        if (below(3) != 0) continue;
        Ref<GraphNode> target = pick();
        if (!target) continue;
        s.edges[k] = target->id;
        n->edges[k] = std::move(target);
      }
      shadow[id] = s;
      roots.push_back(std::move(n));
      if (roots.size() > kMaxRoots) dropRoot();
    } else if (op < 50) {  // link newer -> older
      Ref<GraphNode> a = pick(), b = pick();
      if (a->id == b->id) return;
      if (a->id < b->id) std::swap(a, b);
      uint32_t k = below(3);
      shadow[a->id].edges[k] = b->id;
      a->edges[k] = b;
    } else if (op < 65) {  // unlink
      Ref<GraphNode> a = pick();
      uint32_t k = below(3);
      shadow[a->id].edges[k] = 0;
      a->edges[k].reset();
    } else if (op < 85) {  // drop a root
      dropRoot();
    } else if (roots.size() < kMaxRoots) {  // promote a reachable node to a root
      roots.push_back(pick());
    }
  }

  /// Compares the heap with the model; forgets model nodes that are no longer reachable.
  bool check() {
    std::unordered_set<uint32_t> seen;
    std::vector<GraphNode*> stack;
    for (auto& r : roots) stack.push_back(r.get());
    uint64_t bytes = 0;
    bool ok = true;
    while (!stack.empty()) {
      GraphNode* n = stack.back();
      stack.pop_back();
      if (!seen.insert(n->id).second) continue;
      auto it = shadow.find(n->id);
      if (it == shadow.end()) return false;
      bytes += it->second.bytes;
      ok = ok && n->bufferIntact();
      for (int k = 0; k < 3; ++k) {
        uint32_t real = n->edges[k] ? n->edges[k]->id : 0;
        ok = ok && real == it->second.edges[k];
        if (n->edges[k]) stack.push_back(n->edges[k].get());
      }
    }
    ok = ok && bytes == stats().live_bytes;
    ok = ok && g_live_nodes == static_cast<int64_t>(seen.size());
    std::erase_if(shadow, [&](const auto& kv) { return !seen.count(kv.first); });
    return ok;
  }
};

}  // namespace

TEST_CASE("random object graph: 1,000,000 operations against a shadow model") {
  test::CallScope scope;
  g_live_nodes = 0;
  {
    Model m;
    int failures = 0;
    for (int i = 1; i <= 1000000; ++i) {
      m.step();
      if (i % 5000 == 0 && !m.check()) ++failures;
    }
    CHECK(failures == 0);
    CHECK(m.check());
    MESSAGE("stress: allocations ", stats().allocations, ", peak live ", stats().peak_live_bytes,
            ", peak host ", stats().peak_host_bytes);
    m.roots.clear();
    CHECK(g_live_nodes == 0);
    CHECK(stats().live_bytes == 0);
  }
}
