// SPDX-License-Identifier: Apache-2.0
// host/storage: the overlay behaves as sp-state-machine's OverlayedChanges does for sp-io.
#include <doctest/doctest.h>

#include "host/storage/overlay.hpp"

using namespace rt::hostlib::storage;

namespace {
Bytes b(std::string_view s) { return Bytes(s.begin(), s.end()); }
const TrieId kMain{};
}  // namespace

TEST_CASE("reads see the innermost change, then the base") {
  Overlay o(State{{b("a"), b("1")}, {b("b"), b("2")}});
  CHECK(o.get(kMain, b("a")) == b("1"));
  o.set(kMain, b("a"), b("x"));
  CHECK(o.get(kMain, b("a")) == b("x"));
  o.clear(kMain, b("b"));
  CHECK(!o.exists(kMain, b("b")));
  CHECK(!o.get(kMain, b("zz")).has_value());
}

TEST_CASE("nested transactions: commit folds, rollback drops") {
  Overlay o(State{{b("k"), b("base")}});
  o.startTransaction();
  o.set(kMain, b("k"), b("t1"));
  o.startTransaction();
  o.set(kMain, b("k"), b("t2"));
  o.set(kMain, b("n"), b("new"));
  CHECK(o.transactionDepth() == 2);
  REQUIRE(o.rollbackTransaction().has_value());
  CHECK(o.get(kMain, b("k")) == b("t1"));
  CHECK(!o.exists(kMain, b("n")));
  REQUIRE(o.commitTransaction().has_value());
  CHECK(o.get(kMain, b("k")) == b("t1"));
  CHECK(o.transactionDepth() == 0);
  CHECK(!o.commitTransaction().has_value());
  CHECK(!o.rollbackTransaction().has_value());
}

TEST_CASE("next_key merges base and changes and skips deletions") {
  Overlay o(State{{b("a"), b("1")}, {b("c"), b("3")}, {b("e"), b("5")}});
  o.set(kMain, b("b"), b("2"));
  o.clear(kMain, b("c"));
  o.startTransaction();
  o.set(kMain, b("d"), b("4"));
  CHECK(o.nextKey(kMain, b("a")) == b("b"));
  CHECK(o.nextKey(kMain, b("b")) == b("d"));
  CHECK(o.nextKey(kMain, b("d")) == b("e"));
  CHECK(!o.nextKey(kMain, b("e")).has_value());
  CHECK(o.nextKey(kMain, b("")) == b("a"));
}

TEST_CASE("clear_prefix removes changes always and base keys up to the limit") {
  Overlay o(State{{b("p1"), b("")}, {b("p2"), b("")}, {b("p3"), b("")}, {b("q"), b("")}});
  o.set(kMain, b("p9"), b("new"));
  auto r = o.clearPrefix(kMain, b("p"), 2u);
  CHECK(!r.all_removed);
  CHECK(r.loops == 2);
  CHECK(!o.exists(kMain, b("p9")));
  CHECK(o.exists(kMain, b("p3")));
  auto rest = o.clearPrefix(kMain, b("p"), std::nullopt);
  CHECK(rest.all_removed);
  CHECK(o.view(kMain) == State{{b("q"), b("")}});
}

TEST_CASE("append: a SCALE Vec gains one item; absent or undecodable values restart it") {
  Overlay o(State{{b("bad"), Bytes{0xff}}});
  o.append(kMain, b("v"), Bytes{0x01});
  CHECK(o.get(kMain, b("v")) == Bytes{0x04, 0x01});
  o.append(kMain, b("v"), Bytes{0x02});
  CHECK(o.get(kMain, b("v")) == Bytes{0x08, 0x01, 0x02});
  o.append(kMain, b("bad"), Bytes{0x07});
  CHECK(o.get(kMain, b("bad")) == Bytes{0x04, 0x07});
  // crossing the one-byte compact boundary: 63 -> 64 items
  Overlay big;
  for (int i = 0; i < 64; ++i) big.append(kMain, b("x"), Bytes{static_cast<uint8_t>(i)});
  const Bytes v = *big.get(kMain, b("x"));
  CHECK(v.size() == 2 + 64);
  CHECK(v[0] == (((64 << 2) | 1) & 0xff));  // two-byte compact: 64 << 2 | 0b01, little-endian
  CHECK(v[1] == 0x01);
}

TEST_CASE("child tries are separate from the main trie") {
  Overlay o;
  const TrieId child = b("my_child");
  o.set(child, b("k"), b("v"));
  CHECK(!o.exists(kMain, b("k")));
  CHECK(o.get(child, b("k")) == b("v"));
  CHECK(o.childTries() == std::vector<Bytes>{child});
  o.clearPrefix(child, {}, std::nullopt);
  CHECK(o.childTries().empty());
  CHECK(o.mainChanges().empty());
}
