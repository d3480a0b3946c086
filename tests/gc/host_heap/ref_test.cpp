// SPDX-License-Identifier: Apache-2.0
// Ref<T> semantics: copy shares, move transfers, reset/use_count, the destructor runs exactly once.
#include <doctest/doctest.h>

#include <utility>

#include "gc/gc.hpp"
#include "test_util.hpp"

using namespace rt::gc;

namespace {

int g_destroyed = 0;

struct Tracked {
  explicit Tracked(int v) : value(v) {}
  ~Tracked() { ++g_destroyed; }
  int value;
};

}  // namespace

TEST_CASE("make returns a single handle") {
  test::CallScope scope;
  g_destroyed = 0;
  {
    Ref<Tracked> r = make<Tracked>(7);
    REQUIRE(r);
    CHECK(r->value == 7);
    CHECK((*r).value == 7);
    CHECK(r.get()->value == 7);
    CHECK(r.use_count() == 1);
    CHECK(stats().live_bytes == sizeof(Tracked));
    CHECK(stats().allocations == 1);
  }
  CHECK(g_destroyed == 1);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("copy shares, move transfers, reset releases") {
  test::CallScope scope;
  g_destroyed = 0;
  Ref<Tracked> a = make<Tracked>(1);
  Ref<Tracked> b = a;
  CHECK(a.use_count() == 2);
  CHECK(a == b);
  Ref<Tracked> c = std::move(b);
  CHECK(!b);
  CHECK(b.use_count() == 0);
  CHECK(c.use_count() == 2);
  a.reset();
  CHECK(!a);
  CHECK(g_destroyed == 0);
  CHECK(c.use_count() == 1);
  Ref<Tracked> d;
  d = c;  // copy-assign
  CHECK(d.use_count() == 2);
  Ref<Tracked>& alias = d;
  d = alias;  // self-assign is harmless
  CHECK(d.use_count() == 2);
  Ref<Tracked> e = make<Tracked>(2);
  e = std::move(d);  // move-assign releases e's old object
  CHECK(g_destroyed == 1);
  CHECK(e.use_count() == 2);
  c.reset();
  e.reset();
  CHECK(g_destroyed == 2);
  CHECK(stats().live_bytes == 0);
}

TEST_CASE("a Ref inside the object it owns via a chain is released once") {
  test::CallScope scope;
  g_destroyed = 0;
  struct Holder {
    Ref<Tracked> inner;
    ~Holder() { ++g_destroyed; }
  };
  Ref<Holder> h = make<Holder>();
  h->inner = make<Tracked>(3);
  Ref<Tracked> extra = h->inner;
  h.reset();
  CHECK(g_destroyed == 1);
  CHECK(extra.use_count() == 1);
  extra.reset();
  CHECK(g_destroyed == 2);
}
