// SPDX-License-Identifier: Apache-2.0
// Randomized stress: 1,000,000 operations on a random object graph, checked against a shadow model.
//
// Nodes are make<Node>() objects with four Ref edges (cycles allowed: the collector, not counting,
// reclaims them) and a payload (odd ids: allocate(); even ids: a std::vector on Allocator) holding
// a pattern of the node's id and payload version. The model knows ids, root ids, edges and payload
// shapes only; the one place GC pointers are kept for the test is the roots array (GC memory found
// from this stack), so the model keeps nothing alive. Invariants, checked after forced collections:
//   - the nodes reachable from the roots are exactly the model's, with intact payloads and edges;
//   - the last collection found at least the model's live bytes, and not much more;
//   - the heap stays bounded while many times its size is allocated;
//   - no leak at call end: with every root dropped, the heap in use falls back to where it was.
// "Not much more" and "falls back" are bounds: a stale word in a root (see collect_test.cpp) that
// points to a node keeps the node and every node still reachable through its edges.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

using test::kKiB;
using test::kMiB;

constexpr int kEdges = 4;
constexpr uint32_t kMagic = 0x6e6f6465;
constexpr size_t kMaxRoots = 1000;
constexpr int kOperations = 1000000;
constexpr int kCollectEvery = 5000;  // forced collections, on top of bdwgc's own
constexpr int kCheckEvery = 10000;   // full comparison with the model (after a collection)

struct Node {
  explicit Node(uint32_t id) : id(id) {}
  uint32_t id;
  uint32_t magic = kMagic;
  uint32_t payload_size = 0;
  uint32_t version = 0;
  Ref<Node> edges[kEdges];
  uint8_t* raw = nullptr;                          // odd ids
  std::vector<uint8_t, Allocator<uint8_t>> bytes;  // even ids

  const uint8_t* payload() const { return (id & 1) ? raw : bytes.data(); }
  uint64_t seed() const { return uint64_t{id} << 20 | version; }
};

/// What the model knows of a node: no pointers.
struct Shadow {
  uint32_t payload_size;
  uint32_t version;
  uint32_t edges[kEdges];  // ids, 0 = none
};

/// Bytes the collector must find for a node of the model (payloads rounded to bdwgc's 16 bytes).
uint64_t nodeBytes(uint32_t id, const Shadow& s) {
  auto granules = [](uint64_t n) { return (n + 15) & ~uint64_t{15}; };
  uint64_t payload = granules(s.payload_size);
  if (s.payload_size == 0 && (id & 1)) payload = 16;  // allocate(0) takes one granule
  return granules(sizeof(Node)) + payload;            // (an empty vector allocates nothing)
}

/// Gives `n` a fresh payload of `size` bytes, releasing the old one (both deallocate forms).
void setPayload(Node* n, uint32_t size, uint32_t version) {
  const uint32_t old_size = n->payload_size;
  n->payload_size = size;
  n->version = version;
  if (n->id & 1) {
    uint8_t* old = n->raw;
    n->raw = static_cast<uint8_t*>(allocate(size));
    test::fillPattern(n->raw, size, n->seed());
    deallocate(old, (version & 1) ? old_size : 0);
  } else {
    std::vector<uint8_t, Allocator<uint8_t>> fresh(size);
    test::fillPattern(fresh.data(), size, n->seed());
    n->bytes.swap(fresh);  // the old buffer goes back through Allocator::deallocate
  }
}

struct Result {
  uint64_t failures = 0;
  uint64_t checks = 0;
  uint64_t max_model_bytes = 0;
  uint64_t max_heap_in_use = 0;
  uint64_t allocated_bytes = 0;
  uint64_t collections = 0;
  uint64_t peak_live_bytes = 0;
  uint64_t max_kept_garbage = 0;  ///< most bytes a collection kept beyond the model's live set
};

class Stress {
 public:
  /// Runs the operations, then drops every root and ends the call.
  [[gnu::noinline]] Result run() {
    callBegin();
    GC_gcollect();
    baseline_live_ = stats().live_bytes;  // what stale words keep from earlier tests
    for (int i = 1; i <= kOperations; ++i) {
      step();
      if (i % kCollectEvery == 0) GC_gcollect();
      if (i % kCheckEvery == 0) check();
    }
    Stats s = stats();
    result_.allocated_bytes = s.allocated_bytes;
    result_.collections = s.collections;
    result_.peak_live_bytes = s.peak_live_bytes;
    for (auto& r : roots_) r.reset();
    decltype(roots_)().swap(roots_);  // the array goes back (cleared), not just emptied
    root_ids_.clear();
    callEnd();
    return result_;
  }

 private:
  uint32_t below(size_t n) { return static_cast<uint32_t>(rng_() % n); }

  void fail(const char* what, uint32_t id) {
    if (result_.failures++ < 5) MESSAGE("stress: ", doctest::String(what), " at node ", id);
  }

  /// A random node reachable from a random root (a few random steps along edges), or null.
  Node* pick() {
    if (roots_.empty()) return nullptr;
    Node* n = roots_[below(roots_.size())].get();
    for (uint32_t steps = below(5); steps > 0; --steps) {
      Node* next = n->edges[below(kEdges)].get();
      if (next == nullptr) break;
      n = next;
    }
    return n;
  }

  void dropRoot() {
    size_t i = below(roots_.size());
    roots_[i] = roots_.back();
    root_ids_[i] = root_ids_.back();
    roots_.back().reset();  // conservative scanning would still see it past size()
    roots_.pop_back();
    root_ids_.pop_back();
  }

  void addRoot(Node* n) {
    roots_.push_back(Ref<Node>::adopt(n));
    root_ids_.push_back(n->id);
    if (roots_.size() > kMaxRoots) dropRoot();
  }

  void create() {
    uint32_t id = next_id_++;
    uint32_t size = below(8) == 0 ? 0 : below(600);
    if (below(400) == 0) size = 16 * kKiB + below(48 * kKiB);  // now and then a large block
    Ref<Node> n = make<Node>(id);
    Shadow s{size, 0, {}};
    setPayload(n.get(), size, 0);
    for (int k = 0; k < kEdges; ++k) {
      if (below(4) != 0) continue;
      if (Node* target = pick()) {
        n->edges[k] = Ref<Node>::adopt(target);
        s.edges[k] = target->id;
      }
    }
    shadow_[id] = s;
    addRoot(n.get());
  }

  /// Compares one node with the model: identity, payload, edge targets.
  void verify(const Node* n) {
    ++result_.checks;
    if (n->magic != kMagic) return fail("bad magic", n->id);
    auto it = shadow_.find(n->id);
    if (it == shadow_.end()) return fail("node unknown to the model", n->id);
    const Shadow& s = it->second;
    if (n->payload_size != s.payload_size || n->version != s.version)
      return fail("payload shape", n->id);
    if (!test::holdsPattern(n->payload(), s.payload_size, n->seed()))
      fail("payload corrupted", n->id);
    for (int k = 0; k < kEdges; ++k) {
      const Node* e = n->edges[k].get();
      if ((e ? e->id : 0) != s.edges[k]) fail("edge differs from the model", n->id);
      if (e && e->magic != kMagic) fail("edge to a dead node", n->id);
    }
  }

  void step() {
    uint32_t op = below(100);
    if (op < 30 || roots_.empty()) {
      create();
    } else if (op < 40) {  // add an edge (any direction: cycles are fine)
      Node* a = pick();
      Node* b = pick();
      uint32_t k = below(kEdges);
      a->edges[k] = Ref<Node>::adopt(b);
      shadow_[a->id].edges[k] = b->id;
    } else if (op < 60) {  // drop an edge
      Node* a = pick();
      uint32_t k = below(kEdges);
      a->edges[k].reset();
      shadow_[a->id].edges[k] = 0;
    } else if (op < 74) {
      dropRoot();
    } else if (op < 78) {  // promote a reachable node to a root
      addRoot(pick());
    } else if (op < 82) {  // a new payload; the old one is released explicitly
      Node* a = pick();
      Shadow& s = shadow_[a->id];
      s.payload_size = below(4) == 0 ? 0 : below(1200);
      s.version += 1;
      setPayload(a, s.payload_size, s.version);
    } else {
      verify(pick());
    }
  }

  /// After a forced collection: the reachable graph equals the model's, the collector found the
  /// model's live bytes and little more, the heap is bounded. Forgets unreachable model nodes.
  void check() {
    GC_gcollect();
    // The model's reachable set and bytes.
    std::unordered_set<uint32_t> model;
    std::vector<uint32_t> todo(root_ids_.begin(), root_ids_.end());
    uint64_t model_bytes = roots_.capacity() * sizeof(Ref<Node>);
    while (!todo.empty()) {
      uint32_t id = todo.back();
      todo.pop_back();
      if (!model.insert(id).second) continue;
      const Shadow& s = shadow_.at(id);
      model_bytes += nodeBytes(id, s);
      for (uint32_t e : s.edges)
        if (e != 0) todo.push_back(e);
    }
    // The real reachable set, every node compared with the model on the way.
    std::unordered_set<uint32_t> real;
    std::vector<const Node*> stack;
    for (auto& r : roots_) stack.push_back(r.get());
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      if (!real.insert(n->id).second) continue;
      verify(n);
      for (auto& e : n->edges)
        if (e) stack.push_back(e.get());
    }
    if (real != model) fail("reachable set differs from the model", 0);
    std::erase_if(shadow_, [&](const auto& kv) { return !model.count(kv.first); });

    // live_bytes: what this collection found reachable (nothing was allocated since).
    Stats s = stats();
    if (s.live_bytes < model_bytes) fail("collection found less than the live set", 0);
    const uint64_t kept = s.live_bytes > model_bytes + baseline_live_
                              ? s.live_bytes - model_bytes - baseline_live_
                              : 0;
    if (kept > model_bytes + 4 * kMiB) fail("collection kept far more than the live set", 0);
    result_.max_kept_garbage = std::max(result_.max_kept_garbage, kept);
    uint64_t in_use = test::heapInUse();
    if (in_use > model_bytes * 4 + 8 * kMiB) fail("heap in use unbounded", 0);
    result_.max_model_bytes = std::max(result_.max_model_bytes, model_bytes);
    result_.max_heap_in_use = std::max(result_.max_heap_in_use, in_use);
  }

  std::mt19937_64 rng_{0xC0FFEE};
  std::vector<Ref<Node>, Allocator<Ref<Node>>> roots_;  // GC pointers: the test's roots
  std::vector<uint32_t> root_ids_;                      // the model's roots
  std::unordered_map<uint32_t, Shadow> shadow_;         // the model's nodes
  uint32_t next_id_ = 1;
  uint64_t baseline_live_ = 0;
  Result result_;
};

/// Runs the stress in frames that are gone before the caller measures the heap.
[[gnu::noinline]] Result runStress() {
  Stress stress;
  return stress.run();
}

}  // namespace

TEST_CASE("random object graph: 1,000,000 operations against a shadow model") {
  callEnd();
  test::collectNow();
  size_t in_use_before = test::heapInUse();
  Result r = runStress();
  test::collectNow();
  size_t in_use_after = test::heapInUse();
  MESSAGE("stress: ", r.checks, " node checks, ", r.allocated_bytes >> 20, " MiB allocated, ",
          r.collections, " collections, max live set ", r.max_model_bytes >> 10,
          " KiB, peak_live_bytes ", r.peak_live_bytes >> 10, " KiB, max heap in use ",
          r.max_heap_in_use >> 10, " KiB, heap in use before ", in_use_before >> 10, " KiB, after ",
          in_use_after >> 10, " KiB, most garbage kept ", r.max_kept_garbage >> 10, " KiB");
  CHECK(r.failures == 0);
  CHECK(r.checks > 100000);
  CHECK(r.collections >= kOperations / kCollectEvery);
  CHECK(r.max_heap_in_use * 10 < r.allocated_bytes);  // garbage was reclaimed all along
  CHECK(r.peak_live_bytes >= r.max_model_bytes);
  // No leak at call end: the graph is gone, but for what a few stale words keep (one stale word
  // keeps every node reachable from the node it points to: about a live set at most).
  const size_t left = in_use_after > in_use_before ? in_use_after - in_use_before : 0;
  CHECK(left <= r.max_model_bytes + 2 * kMiB);
  CHECK(left * 30 < r.allocated_bytes);
}
