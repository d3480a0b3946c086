// SPDX-License-Identifier: Apache-2.0
// What the collector keeps and what it reclaims. Kept, with their contents intact through repeated
// collections and garbage churn: objects referenced only from a stack slot, from a global (.bss and
// .data), from inside another GC object (also a 200,000-node list), or by an interior pointer.
// Reclaimed: 64 MiB of garbage next to a small live set keeps the heap small; dropped large
// objects and dropped cycles give their blocks back; pointers in allocateAtomic() memory keep
// nothing alive. Stats: peak_live_bytes and live_bytes follow the true live set; safePoint()
// collects once a quarter of the heap was allocated since the last collection.
//
// Reclaim checks. Conservative scanning keeps whatever a stale word points to: a dead frame's slot
// (so pointers meant to be dead are made in [[gnu::noinline]] helpers, and test::collectNow scrubs
// the stack first), and static data that holds old stack bytes. One such static is doctest's own:
// each test case starts by saving the signal actions into a static array, and glibc's sigaction()
// copies the whole 128-byte sa_mask from its stack frame, of which the kernel set 8 bytes, so stale
// words of the previous test case become roots for this one. A stale word into a free block gets
// that block black-listed by the next collection; one into a free slot of a small-object block
// does not, and pins whatever is allocated there next. So the reclaim checks use large objects
// after a collection, and assert bounds, not exact counts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

using test::kKiB;
using test::kMiB;

constexpr size_t kSizes[] = {48, 3000, 256 * kKiB};

/// A new object of `size` bytes holding the pattern of `seed`.
[[gnu::noinline]] uint8_t* filledObject(size_t size, uint64_t seed) {
  auto* p = static_cast<uint8_t*>(allocate(size));
  test::fillPattern(p, size, seed);
  return p;
}

/// Three rounds of garbage churn and full collections.
void churnAndCollect() {
  for (int i = 0; i < 3; ++i) {
    test::churn(2 * kMiB);
    test::collectNow();
  }
}

// --- kept ---

uint8_t* g_in_bss = nullptr;  // zero-initialised: .bss

struct DataRoot {
  uint64_t tag = 0x7a6b;  // non-zero: the whole object goes to .data
  uint8_t* object = nullptr;
};
DataRoot g_in_data;

[[gnu::noinline]] void setGlobals(size_t size) {
  g_in_bss = filledObject(size, 1);
  g_in_data.object = filledObject(size, 2);
}

struct ListNode {
  ListNode* next = nullptr;
  uint64_t index = 0;
  uint64_t check = 0;
};

/// A list of `count` nodes; only its head is returned.
[[gnu::noinline]] ListNode* makeList(uint64_t count) {
  ListNode* head = nullptr;
  for (uint64_t i = 0; i < count; ++i) {
    Ref<ListNode> n = make<ListNode>();
    n->next = head;
    n->index = count - 1 - i;
    n->check = n->index * 2654435761u;
    head = n.get();
  }
  return head;
}

/// A pointer `offset` bytes into a new object of `size` bytes (pattern `seed`), and nothing else.
[[gnu::noinline]] uint8_t* interiorPointer(size_t size, size_t offset, uint64_t seed) {
  return filledObject(size, seed) + offset;
}

// --- reclaimed ---

constexpr int kBig = 16;
constexpr int kMayStay = 4;  // of kBig: as many may stay behind stale words (a register, a slot)
uint8_t* g_big[kBig];

[[gnu::noinline]] void fillBig() {
  for (auto& p : g_big) p = filledObject(kMiB, 3);
}

/// Half of a cycle: a 512 KiB object pointing at its partner (reference counting would never
/// free the pair). Large on purpose: see "Reclaim checks" above.
struct Half {
  Half* partner = nullptr;
  uint8_t bytes[512 * kKiB - sizeof(Half*)];
};

/// kBig cycles of two Halves, reachable only from the returned array.
[[gnu::noinline]] Half** makeCycles() {
  auto** roots = static_cast<Half**>(allocate(kBig * sizeof(Half*)));
  for (int i = 0; i < kBig; ++i) {
    Half* a = make<Half>().get();
    Half* b = make<Half>().get();
    a->partner = b;
    b->partner = a;
    test::fillPattern(a->bytes, sizeof(a->bytes), 4);
    test::fillPattern(b->bytes, sizeof(b->bytes), 5);
    roots[i] = a;
  }
  return roots;
}

// The checks of the objects that are dropped next run in helpers: a pointer the test function
// itself loaded could stay in one of its callee-saved registers or stack slots, and keep a block.

[[gnu::noinline]] bool bigIntact() {
  for (auto& p : g_big)
    if (!test::holdsPattern(p, kMiB, 3)) return false;
  return true;
}

[[gnu::noinline]] bool cyclesIntact(Half** roots) {
  for (int i = 0; i < kBig; ++i) {
    Half* a = roots[i];
    if (a->partner->partner != a) return false;
    if (!test::holdsPattern(a->bytes, sizeof(a->bytes), 4)) return false;
    if (!test::holdsPattern(a->partner->bytes, sizeof(a->bytes), 5)) return false;
  }
  return true;
}

/// kBig objects of 1 MiB (pattern 6) whose addresses are kept only in a new array of `get(size)`.
[[gnu::noinline]] uint8_t** bigBehind(void* (*get)(size_t)) {
  auto** array = static_cast<uint8_t**>(get(kBig * sizeof(uint8_t*)));
  for (int i = 0; i < kBig; ++i) array[i] = filledObject(kMiB, 6);
  return array;
}

[[gnu::noinline]] bool bigBehindIntact(uint8_t** array) {
  for (int i = 0; i < kBig; ++i)
    if (!test::holdsPattern(array[i], kMiB, 6)) return false;
  return true;
}

/// Allocates `bytes` of garbage in `piece`-byte objects.
[[gnu::noinline]] void garbage(size_t bytes, size_t piece) {
  for (size_t done = 0; done < bytes; done += piece) std::memset(allocate(piece), 0x3C, piece);
}

using ObjectVector = std::vector<uint8_t*, Allocator<uint8_t*>>;

/// `count` objects of `size` bytes, object i holding the pattern of `seed + i`.
[[gnu::noinline]] void fillLiveSet(ObjectVector& v, size_t count, size_t size, uint64_t seed) {
  v.reserve(count);
  for (size_t i = 0; i < count; ++i) v.push_back(filledObject(size, seed + i));
}

bool liveSetIntact(const ObjectVector& v, size_t size, uint64_t seed) {
  for (size_t i = 0; i < v.size(); ++i)
    if (!test::holdsPattern(v[i], size, seed + i)) return false;
  return true;
}

/// Drops the live set and gives its array back (GC_free clears it, so no stale copy of the array's
/// address can keep the objects alive).
[[gnu::noinline]] void dropLiveSet(ObjectVector& v) {
  for (auto& p : v) p = nullptr;
  ObjectVector().swap(v);
}

}  // namespace

TEST_CASE("an object referenced only from a stack slot survives collections") {
  test::CallScope scope;
  for (size_t size : kSizes) {
    CAPTURE(size);
    uint8_t* volatile p = filledObject(size, size);
    churnAndCollect();
    CHECK(test::holdsPattern(p, size, size));
  }
}

TEST_CASE("objects referenced only from globals (.bss and .data) survive collections") {
  test::CallScope scope;
  for (size_t size : kSizes) {
    CAPTURE(size);
    setGlobals(size);
    churnAndCollect();
    CHECK(test::holdsPattern(g_in_bss, size, 1));
    CHECK(test::holdsPattern(g_in_data.object, size, 2));
  }
  g_in_bss = nullptr;
  g_in_data.object = nullptr;
}

TEST_CASE("an object referenced only from another GC object survives collections") {
  test::CallScope scope;
  struct Parent {
    uint64_t before = 11;
    Ref<uint8_t> small;
    uint8_t* large = nullptr;
    uint64_t after = 22;
  };
  Ref<Parent> parent = make<Parent>();
  parent->small = Ref<uint8_t>::adopt(filledObject(40, 6));
  parent->large = filledObject(300 * kKiB, 7);
  churnAndCollect();
  CHECK(parent->before == 11);
  CHECK(parent->after == 22);
  CHECK(test::holdsPattern(parent->small.get(), 40, 6));
  CHECK(test::holdsPattern(parent->large, 300 * kKiB, 7));
}

TEST_CASE("a 200,000-node list reachable only from its head survives collections") {
  test::CallScope scope;
  constexpr uint64_t kCount = 200000;
  ListNode* volatile head = makeList(kCount);
  churnAndCollect();
  uint64_t count = 0;
  bool intact = true;
  for (ListNode* n = head; n != nullptr; n = n->next, ++count) {
    intact = intact && n->index == count && n->check == count * 2654435761u;
  }
  CHECK(count == kCount);
  CHECK(intact);
}

TEST_CASE("an interior pointer keeps its object alive") {
  test::CallScope scope;
  for (size_t size : kSizes) {
    for (size_t offset : {size_t{8}, size / 2 + 1, size - 1}) {
      CAPTURE(size);
      CAPTURE(offset);
      uint8_t* volatile inner = interiorPointer(size, offset, size + offset);
      churnAndCollect();
      CHECK(test::holdsPattern(inner - offset, size, size + offset));
    }
  }
}

TEST_CASE("64 MiB of garbage next to a small live set keep the heap small") {
  test::CallScope scope;
  ObjectVector live;
  fillLiveSet(live, 256, kKiB, 100);
  test::collectNow();
  uint64_t collections_before = stats().collections;
  // bdwgc never unmaps here, so the heap only grows, and earlier tests may have grown it: the
  // garbage is at least four times the heap, so that it cannot fit without being reclaimed.
  size_t heap_before = GC_get_heap_size();
  size_t garbage = std::max(64 * kMiB, 4 * heap_before);
  test::churn(garbage);
  size_t heap_after = GC_get_heap_size();
  MESSAGE("heap before ", heap_before, ", after ", garbage, " bytes of garbage ", heap_after,
          "; collections ", stats().collections - collections_before);
  CHECK(stats().allocated_bytes >= garbage);
  CHECK(stats().collections > collections_before);
  CHECK(heap_after < heap_before + 16 * kMiB);
  CHECK(heap_after * 2 < garbage);
  CHECK(stats().region_high_water == heap_after);
  CHECK(liveSetIntact(live, kKiB, 100));
}

TEST_CASE("dropped large objects give their blocks back") {
  test::CallScope scope;
  test::collectNow();  // black-lists blocks that stale words point to
  fillBig();
  test::collectNow();
  size_t in_use = test::heapInUse();
  CHECK(bigIntact());
  for (auto& p : g_big) p = nullptr;
  test::collectNow();
  size_t freed = in_use - test::heapInUse();
  MESSAGE("freed ", freed, " of ", kBig * kMiB);
  CHECK(freed >= (kBig - kMayStay) * kMiB);
}

TEST_CASE("dropped cycles are reclaimed") {
  test::CallScope scope;
  test::collectNow();  // black-lists blocks that stale words point to
  Half** volatile roots = makeCycles();
  test::collectNow();
  size_t in_use = test::heapInUse();
  CHECK(cyclesIntact(roots));
  deallocate(roots);  // clears the array: the cycles are unreachable now
  roots = nullptr;
  test::collectNow();
  size_t freed = in_use - test::heapInUse();
  MESSAGE("freed ", freed, " of ", kBig * kMiB);
  CHECK(freed >= (kBig - kMayStay) * kMiB);
}

TEST_CASE("pointers in allocateAtomic memory keep nothing alive; in allocate memory they do") {
  test::CallScope scope;
  test::collectNow();  // black-lists blocks that stale words point to
  uint8_t** volatile scanned = bigBehind(&allocate);
  test::churn(2 * kMiB);
  test::collectNow();
  CHECK(bigBehindIntact(scanned));

  size_t in_use = test::heapInUse();
  uint8_t** volatile atomic = bigBehind(&allocateAtomic);  // may be reclaimed while it is built
  test::collectNow();
  size_t kept = test::heapInUse() > in_use ? test::heapInUse() - in_use : 0;
  MESSAGE("kept ", kept, " of the ", kBig * kMiB, " bytes only an atomic array pointed to");
  CHECK(kept <= kMayStay * kMiB + 64 * kKiB);
  CHECK(bigBehindIntact(scanned));
  deallocate(scanned);
  deallocate(atomic);
}

TEST_CASE("peak_live_bytes and live_bytes follow the true live set") {
  constexpr size_t kCount = 2048;  // 2 MiB of 1 KiB objects
  constexpr size_t kLive = kCount * kKiB;
  callEnd();
  callBegin();
  test::collectNow();
  const uint64_t baseline = stats().live_bytes;  // what stale words keep from earlier tests
  callEnd();
  callBegin();  // the peak counts from here
  ObjectVector live;
  fillLiveSet(live, kCount, kKiB, 200);
  test::collectNow();
  Stats s = stats();
  MESSAGE("live set ", kLive, " (baseline ", baseline, "): peak_live_bytes ", s.peak_live_bytes,
          ", live_bytes ", s.live_bytes);
  CHECK(s.peak_live_bytes >= kLive);  // every live object was found
  CHECK(s.live_bytes >= kLive);
  CHECK(s.live_bytes <= baseline + kLive + kLive / 4);  // and little else
  CHECK(s.peak_live_bytes <= baseline + kLive + kLive / 4);
  CHECK(s.live_bytes <= s.peak_live_bytes);
  CHECK(liveSetIntact(live, kKiB, 200));

  const uint64_t peak = s.peak_live_bytes;
  dropLiveSet(live);
  test::collectNow();
  s = stats();
  CHECK(s.live_bytes < baseline + kLive / 4);  // the 2 MiB are gone
  CHECK(s.peak_live_bytes == peak);            // the high-water mark stays
  void* volatile more = allocate(100 * kKiB);  // counted until the next collection
  CHECK(stats().live_bytes >= s.live_bytes + 100 * kKiB);
  deallocate(more);
  callEnd();
}

TEST_CASE("safePoint collects once a quarter of the heap was allocated since the last collection") {
  test::CallScope scope;
  // bdwgc collects by itself once about 2/3 of the live bytes were allocated since its last
  // collection (free space divisor 3), which comes first when the heap is much larger than the
  // live set. With a live set as large as the heap was, safePoint's rule comes first.
  ObjectVector live;
  fillLiveSet(live, std::max(kMiB, GC_get_heap_size()) / (4 * kKiB), 4 * kKiB, 300);
  GC_gcollect();
  uint64_t c = stats().collections;
  garbage(8 * kKiB, 16);
  // Built with RT_GC_COLLECT_EVERY, the backend collects every few allocations by itself, so
  // safePoint never sees a quarter of the heap allocated; the rule is still checked below.
  const bool collects_by_itself = stats().collections > c;
  GC_gcollect();
  c = stats().collections;
  safePoint();
  CHECK(stats().collections == c);  // nothing allocated since
  garbage(kKiB, 64);
  c = stats().collections;
  safePoint();
  CHECK(stats().collections == c);  // far less than a quarter of the heap

  int by_safe_point = 0;
  int against_rule = 0;
  size_t allocated = 0;
  while (by_safe_point < 3 && allocated < (collects_by_itself ? 4 : 256) * kMiB) {
    garbage(64 * kKiB, 256);
    allocated += 64 * kKiB;
    const size_t heap = GC_get_heap_size();
    const size_t since = GC_get_bytes_since_gc();
    const uint64_t before = stats().collections;
    safePoint();
    const bool collected = stats().collections > before;
    if (collected != (since * 4 >= heap)) ++against_rule;  // natively the region is the heap
    if (collected) {
      ++by_safe_point;
      CHECK(GC_get_bytes_since_gc() == 0);
    }
  }
  MESSAGE("live set ", live.size() * 4 * kKiB, ", heap ", GC_get_heap_size(),
          ": safePoint collected ", by_safe_point, " times in ", allocated, " bytes of garbage");
  CHECK(against_rule == 0);
  if (!collects_by_itself) CHECK(by_safe_point == 3);
  CHECK(liveSetIntact(live, 4 * kKiB, 300));
}
