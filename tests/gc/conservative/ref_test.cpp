// SPDX-License-Identifier: Apache-2.0
// make<T>, the conservative Ref<T> (a plain pointer the collector scans for: copy and move share,
// reset empties, == compares objects) and Allocator<T> under std::vector, std::basic_string and
// std::map, whose contents must survive forced collections (their storage is found only through
// pointers in GC memory and on the stack).
#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

// The collector must see a Ref as the bare pointer it holds.
static_assert(sizeof(Ref<uint64_t>) == sizeof(uint64_t*));
static_assert(std::is_trivially_copyable_v<Ref<uint64_t>>);
static_assert(std::is_trivially_destructible_v<Ref<uint64_t>>);

struct Point {
  Point(int x, int y, int64_t z) : x(x), y(y), z(z) {}
  int x;
  int y;
  int64_t z;
};

struct Pair {
  Ref<Point> first;
  Ref<Point> second;
};

using GcString = std::basic_string<char, std::char_traits<char>, Allocator<char>>;
template <typename T>
using GcVector = std::vector<T, Allocator<T>>;

/// The i-th string of the string test: 40 to 139 times one letter (longer than the SSO buffer).
std::string letters(int i) { return std::string(40 + i % 100, static_cast<char>('a' + i % 26)); }

}  // namespace

TEST_CASE("make constructs with the arguments, or value-initialises without") {
  test::CallScope scope;
  Ref<Point> p = make<Point>(3, -4, int64_t{1} << 40);
  REQUIRE(p);
  CHECK(p->x == 3);
  CHECK((*p).y == -4);
  CHECK(p.get()->z == int64_t{1} << 40);
  CHECK(reinterpret_cast<uintptr_t>(p.get()) % 8 == 0);
  Ref<uint64_t> zero = make<uint64_t>();
  CHECK(*zero == 0);
  Ref<uint64_t> answer = make<uint64_t>(42u);
  CHECK(*answer == 42);
  Ref<GcString> s = make<GcString>("constructed in GC memory, longer than the small buffer");
  CHECK(*s == "constructed in GC memory, longer than the small buffer");
  CHECK(stats().allocations == 5);  // four make() calls and the string's buffer
}

TEST_CASE("Ref copy and move share the object, reset empties, == compares objects") {
  test::CallScope scope;
  Ref<Point> empty;
  CHECK(!empty);
  CHECK(empty.get() == nullptr);
  CHECK(empty.use_count() == 0);
  CHECK(empty == Ref<Point>());

  Ref<Point> a = make<Point>(1, 2, 3);
  CHECK(a);
  CHECK(a.use_count() == 0);  // not tracked by this backend
  Ref<Point> b = a;
  CHECK(a == b);
  CHECK(b.get() == a.get());
  b->x = 10;
  CHECK(a->x == 10);  // one object, two handles

  // Move: the destination holds the object (the source's state is unspecified).
  Ref<Point> c = std::move(b);
  CHECK(c == a);
  Ref<Point> d;
  d = c;
  CHECK(d == a);
  Ref<Point> e;
  e = std::move(d);
  CHECK(e == a);

  Ref<Point> other = make<Point>(1, 2, 3);  // equal contents, another object
  CHECK(!(other == a));
  CHECK(!(other == empty));

  c.reset();
  CHECK(!c);
  CHECK(c == empty);
  CHECK(a);  // the other handles are untouched
  CHECK(a->x == 10);
  CHECK(e->x == 10);
}

TEST_CASE("Refs inside a GC object keep their objects through collections") {
  test::CallScope scope;
  Ref<Pair> pair = make<Pair>();
  pair->first = make<Point>(7, 8, 9);
  pair->second = make<Point>(-7, -8, -9);
  for (int i = 0; i < 3; ++i) {
    test::churn(2 * test::kMiB);
    test::collectNow();
  }
  CHECK(pair->first->x == 7);
  CHECK(pair->first->z == 9);
  CHECK(pair->second->y == -8);
  CHECK(pair->second->z == -9);
}

TEST_CASE("Allocator is stateless and rebinds") {
  Allocator<int> a;
  Allocator<long> b(a);
  CHECK(a == Allocator<int>(b));
  test::CallScope scope;
  long* p = b.allocate(5);  // numbers: pointer-free (allocateAtomic), not zeroed, never scanned
  CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
  CHECK(stats().allocated_bytes == 5 * sizeof(long));
  b.deallocate(p, 5);
  Allocator<long*> c(a);  // pointers: scanned and zeroed (GC_malloc)
  long** q = c.allocate(5);
  for (int i = 0; i < 5; ++i) CHECK(q[i] == nullptr);
  c.deallocate(q, 5);
}

TEST_CASE("std::vector over Allocator keeps its contents through collections") {
  test::CallScope scope;
  GcVector<uint64_t> v;
  for (uint64_t i = 0; i < 200000; ++i) {
    v.push_back(i * 3);
    if (i % 50000 == 0) test::collectNow();  // between reallocations
  }
  for (int i = 0; i < 3; ++i) {
    test::churn(2 * test::kMiB);
    test::collectNow();
  }
  bool intact = true;
  for (uint64_t i = 0; i < v.size(); ++i) intact = intact && v[i] == i * 3;
  CHECK(v.size() == 200000);
  CHECK(intact);
  CHECK(stats().allocations > 1);
}

TEST_CASE("std::basic_string over Allocator keeps its contents through collections") {
  test::CallScope scope;
  GcString gc_text;
  std::string reference;
  for (int i = 0; i < 5000; ++i) {
    std::string piece = "piece " + std::to_string(i) + "; ";
    gc_text += piece.c_str();
    reference += piece;
    if (i % 1000 == 0) test::collectNow();
  }
  GcVector<GcString> many;  // strings whose buffers are found through a GC vector
  for (int i = 0; i < 1000; ++i) many.emplace_back(letters(i).c_str());
  for (int i = 0; i < 3; ++i) {
    test::churn(2 * test::kMiB);
    test::collectNow();
  }
  CHECK(std::string(gc_text.c_str(), gc_text.size()) == reference);
  bool intact = true;
  for (int i = 0; i < 1000; ++i) intact = intact && many[i] == GcString(letters(i).c_str());
  CHECK(intact);
}

TEST_CASE("std::map over Allocator keeps its nodes through collections") {
  test::CallScope scope;
  std::map<int, GcString, std::less<int>, Allocator<std::pair<const int, GcString>>> m;
  for (int i = 0; i < 20000; ++i)
    m.emplace((i * 7919) % 20011, std::to_string(i * 7).append(30, 'x').c_str());
  test::collectNow();
  for (int i = 0; i < 20000; i += 2) m.erase((i * 7919) % 20011);
  for (int i = 0; i < 3; ++i) {
    test::churn(2 * test::kMiB);
    test::collectNow();
  }
  CHECK(m.size() == 10000);
  bool intact = true;
  for (int i = 1; i < 20000; i += 2) {
    auto it = m.find((i * 7919) % 20011);
    intact = intact && it != m.end() &&
             it->second == GcString(std::to_string(i * 7).append(30, 'x').c_str());
  }
  CHECK(intact);
}
