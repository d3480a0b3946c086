// SPDX-License-Identifier: Apache-2.0
// Sequences, strings, maps, tuples and boxes: encodings, the raw-integer fast paths, custom
// allocators, UTF-8 validation, and BTreeMap's parity-compatible decoding of unsorted input.
#include <doctest/doctest.h>

#include <array>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

namespace {

/// A stateless allocator distinct from std::allocator, to prove the codec is allocator-generic.
template <class T>
struct TaggedAlloc {
  using value_type = T;
  TaggedAlloc() = default;
  template <class U>
  TaggedAlloc(const TaggedAlloc<U>&) {}
  T* allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
  void deallocate(T* p, std::size_t n) { std::allocator<T>().deallocate(p, n); }
  template <class U>
  bool operator==(const TaggedAlloc<U>&) const { return true; }
};

}  // namespace

TEST_CASE("Vec<u8>: empty, short, two-byte length") {
  checkRoundTrip(std::vector<u8>{}, "0x00");
  checkRoundTrip(std::vector<u8>{1, 2, 3}, "0x0c010203");
  std::vector<u8> v64(64, 0xab);
  const auto bytes = encode(v64);
  CHECK(bytes.size() == 66);
  CHECK(bytes[0] == 0x01);
  CHECK(bytes[1] == 0x01);
  checkRoundTrip(v64, toHex(bytes));
}

TEST_CASE("Vec<T> of integers, bools, strings and vectors") {
  checkRoundTrip(std::vector<u16>{1, 0xffff}, "0x080100ffff");
  checkRoundTrip(std::vector<u32>{0x12345678}, "0x0478563412");
  checkRoundTrip(std::vector<i64>{-1}, "0x04ffffffffffffffff");
  checkRoundTrip(std::vector<bool>{true, false, true}, "0x0c010001");
  checkRoundTrip(std::vector<std::string>{"", "ab"}, "0x0800086162");
  checkRoundTrip(std::vector<std::vector<u8>>{{}, {7}}, "0x08000407");
  checkRoundTrip(std::vector<Compact<u32>>{{0}, {64}}, "0x08000101");
  CHECK(decodeError<std::vector<bool>>("0x080102") == DecodeError::InvalidBool);
}

TEST_CASE("vectors with a custom allocator") {
  std::vector<u32, TaggedAlloc<u32>> v{1, 2};
  checkRoundTrip(v, "0x080100000002000000");
  std::vector<u8, TaggedAlloc<u8>> out{0xee};
  encodeAppend(out, std::vector<u16>{5});
  CHECK(toHex(std::vector<u8>(out.begin(), out.end())) == "0xee040500");
}

TEST_CASE("fixed arrays have no prefix") {
  checkRoundTrip(std::array<u8, 4>{0xde, 0xad, 0xbe, 0xef}, "0xdeadbeef");
  checkRoundTrip(std::array<u16, 2>{1, 0x0201}, "0x01000102");
  checkRoundTrip(std::array<std::string, 2>{"a", "b"}, "0x04610462");
  checkRoundTrip(std::array<u8, 0>{}, "0x");
  static_assert(minEncodedSize<std::array<u32, 8>>() == 32);
  CHECK(decodeError<std::array<u8, 4>>("0xdeadbe") == DecodeError::NotEnoughData);
}

TEST_CASE("strings: UTF-8 in, UTF-8 checked out") {
  checkRoundTrip(std::string{}, "0x00");
  checkRoundTrip(std::string{"abc"}, "0x0c616263");
  checkRoundTrip(std::string{"h\xc3\xa9"}, "0x0c68c3a9");                // é
  checkRoundTrip(std::string{"\xf0\x9f\xa6\x80"}, "0x10f09fa680");       // 🦀
  checkRoundTrip(std::string{"\xe2\x82\xac"}, "0x0ce282ac");             // €
  checkRoundTrip(std::string{"\xf4\x8f\xbf\xbf"}, "0x10f48fbfbf");       // U+10FFFF
  const char* bad[] = {
      "0x04ff",          // never valid
      "0x0480",          // lone continuation
      "0x08c080",        // overlong NUL
      "0x08c1bf",        // overlong
      "0x0ce08080",      // overlong three-byte
      "0x0ceda080",      // surrogate U+D800
      "0x10f0808080",    // overlong four-byte
      "0x10f4908080",    // above U+10FFFF
      "0x08e282",        // truncated sequence inside the string
      "0x0861c3",        // truncated at the end
      "0x10f5808080",    // invalid lead
  };
  for (const char* hex : bad) {
    CAPTURE(hex);
    CHECK(decodeError<std::string>(hex) == DecodeError::InvalidUtf8);
  }
  CHECK(toHex(encode(std::string_view{"abc"})) == "0x0c616263");
}

TEST_CASE("slices encode like vectors") {
  const u32 data[] = {1, 2};
  CHECK(toHex(encode(std::span<const u32>(data))) == "0x080100000002000000");
  u8 raw[] = {9};
  CHECK(toHex(encode(std::span<u8>(raw))) == "0x0409");
  CHECK(encodedSize(std::span<const u32>(data)) == 9);
}

TEST_CASE("BTreeMap / BTreeSet: sorted on encode, parity rules on decode") {
  checkRoundTrip(std::map<u32, u64>{}, "0x00");
  checkRoundTrip(std::map<u32, u64>{{3, 4}, {1, 2}}, "0x08010000000200000000000000030000000400000000000000");
  checkRoundTrip(std::map<std::string, u8>{{"b", 2}, {"a", 1}}, "0x08046101046202");
  checkRoundTrip(std::set<u16>{300, 1}, "0x0801002c01");

  // Unsorted input is accepted and sorted.
  auto unsorted = decode<std::map<u32, u8>>(fromHex("0x08030000000401000000aa"));
  REQUIRE(unsorted.has_value());
  CHECK(*unsorted == std::map<u32, u8>{{1, 0xaa}, {3, 4}});
  // A repeated key keeps the last value, as Rust's BTreeMap::from_iter.
  auto dup = decode<std::map<u8, u8>>(fromHex("0x0c01010203010b"));
  REQUIRE(dup.has_value());
  CHECK(*dup == std::map<u8, u8>{{1, 0x0b}, {2, 3}});
  auto dup_set = decode<std::set<u8>>(fromHex("0x0c050505"));
  REQUIRE(dup_set.has_value());
  CHECK(dup_set->size() == 1);
}

TEST_CASE("tuples, pairs and unit") {
  checkRoundTrip(std::tuple<u8, u64>{1, 2}, "0x010200000000000000");
  checkRoundTrip(std::pair<bool, std::string>{true, "x"}, "0x010478");
  checkRoundTrip(std::tuple<Compact<u32>, std::vector<u8>>{{5}, {0xff}}, "0x1404ff");
  checkRoundTrip(std::tuple<>{}, "0x");
  checkRoundTrip(rt::Unit{}, "0x");
  static_assert(minEncodedSize<std::tuple<u8, u64, std::vector<u8>>>() == 10);
}

TEST_CASE("Box<T> is transparent") {
  const auto box = std::make_unique<u32>(7);
  CHECK(toHex(encode(box)) == "0x07000000");
  auto r = decode<std::unique_ptr<u32>>(fromHex("0x07000000"));
  REQUIRE(r.has_value());
  CHECK(**r == 7);
  auto v = decode<std::vector<std::unique_ptr<u16>>>(fromHex("0x0801000200"));
  REQUIRE(v.has_value());
  REQUIRE(v->size() == 2);
  CHECK(*(*v)[1] == 2);
}
