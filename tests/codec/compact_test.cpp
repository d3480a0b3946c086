// SPDX-License-Identifier: Apache-2.0
// Compact integers: boundary table across all four modes and every target width, the
// canonical-form rule, range checks, and asCompact() inside hooks.
#include <doctest/doctest.h>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

namespace {

constexpr u128 kU128Max = ~u128{0};

struct CompactCase {
  u128 value;
  const char* hex;
};

// https://docs.substrate.io/reference/scale-codec/ and parity-scale-codec's compact tests.
const CompactCase kBoundaries[] = {
    {0, "0x00"},
    {1, "0x04"},
    {63, "0xfc"},
    {64, "0x0101"},
    {255, "0xfd03"},
    {16383, "0xfdff"},
    {16384, "0x02000100"},
    {65535, "0xfeff0300"},
    {(u128{1} << 30) - 1, "0xfeffffff"},
    {u128{1} << 30, "0x0300000040"},
    {0xffffffffull, "0x03ffffffff"},
    {u128{1} << 32, "0x070000000001"},
    {(u128{1} << 40) - 1, "0x07ffffffffff"},
    {u128{1} << 40, "0x0b000000000001"},
    {(u128{1} << 56) - 1, "0x0fffffffffffffff"},
    {u128{1} << 56, "0x130000000000000001"},
    {0xffffffffffffffffull, "0x13ffffffffffffffff"},
    {u128{1} << 64, "0x17000000000000000001"},
    {u128{1} << 127, "0x3300000000000000000000000000000080"},
    {kU128Max, "0x33ffffffffffffffffffffffffffffffff"},
};

template <class T>
void checkCompactWidth() {
  const u128 max = static_cast<T>(~T{0});
  for (const auto& c : kBoundaries) {
    if (c.value > max) continue;
    CAPTURE(c.hex);
    const Compact<T> v{static_cast<T>(c.value)};
    checkRoundTrip(v, c.hex);
    CHECK(compactSize(static_cast<T>(c.value)) == fromHex(c.hex).size());
  }
}

}  // namespace

TEST_CASE("compact: boundary table for every width") {
  checkCompactWidth<u8>();
  checkCompactWidth<u16>();
  checkCompactWidth<u32>();
  checkCompactWidth<u64>();
  checkCompactWidth<u128>();
}

TEST_CASE("compact: non-canonical encodings are rejected") {
  // mode 1 carrying a value that fits mode 0
  CHECK(decodeError<Compact<u32>>("0x0100") == DecodeError::NonCanonicalCompact);
  CHECK(decodeError<Compact<u8>>("0xfd00") == DecodeError::NonCanonicalCompact);  // 63
  // mode 2 carrying values below 2^14
  CHECK(decodeError<Compact<u32>>("0x02000000") == DecodeError::NonCanonicalCompact);
  CHECK(decodeError<Compact<u64>>("0xfeff0000") == DecodeError::NonCanonicalCompact);  // 16383
  // four-byte big-integer mode below 2^30
  CHECK(decodeError<Compact<u32>>("0x03ffffff3f") == DecodeError::NonCanonicalCompact);
  CHECK(decodeError<Compact<u128>>("0x0300000000") == DecodeError::NonCanonicalCompact);
  // longer big-integer forms with a zero top byte
  CHECK(decodeError<Compact<u64>>("0x07ffffffff00") == DecodeError::NonCanonicalCompact);
  CHECK(decodeError<Compact<u64>>("0x13ffffffffffffff00") == DecodeError::NonCanonicalCompact);
  CHECK(decodeError<Compact<u128>>("0x33ffffffffffffffffffffffffffffff00") == DecodeError::NonCanonicalCompact);
  // as a collection length prefix
  CHECK(decodeError<std::vector<u8>>("0x010001") == DecodeError::NonCanonicalCompact);
}

TEST_CASE("compact: values beyond the target type are rejected") {
  CHECK(decodeError<Compact<u8>>("0x0104") == DecodeError::CompactOverflow);                // 256
  CHECK(decodeError<Compact<u8>>("0x02000100") == DecodeError::CompactOverflow);            // mode 2
  CHECK(decodeError<Compact<u8>>("0x0300000040") == DecodeError::CompactOverflow);          // mode 3
  CHECK(decodeError<Compact<u16>>("0x02000400") == DecodeError::CompactOverflow);           // 65536
  CHECK(decodeError<Compact<u32>>("0x070000000001") == DecodeError::CompactOverflow);       // 2^32
  CHECK(decodeError<Compact<u64>>("0x17000000000000000001") == DecodeError::CompactOverflow);  // 2^64
  // 17 bytes: more than any u128
  CHECK(decodeError<Compact<u128>>("0x37ffffffffffffffffffffffffffffffffff") == DecodeError::CompactOverflow);
  CHECK(decodeError<Compact<u128>>("0xff") == DecodeError::CompactOverflow);
  // a length prefix above u32
  CHECK(decodeError<std::vector<u8>>("0x070000000001") == DecodeError::CompactOverflow);
}

TEST_CASE("compact: truncated forms are NotEnoughData") {
  CHECK(decodeError<Compact<u32>>("0x") == DecodeError::NotEnoughData);
  CHECK(decodeError<Compact<u32>>("0x01") == DecodeError::NotEnoughData);
  CHECK(decodeError<Compact<u32>>("0x020001") == DecodeError::NotEnoughData);
  CHECK(decodeError<Compact<u128>>("0x33ffff") == DecodeError::NotEnoughData);
}

namespace {

struct Transfer {
  u32 dest = 0;
  u128 value = 0;
  u64 nonce = 0;
  bool operator==(const Transfer&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Transfer& v) {
    ar(v.dest, asCompact(v.value), asCompact(v.nonce));
  }
};

}  // namespace

TEST_CASE("compact: asCompact fields in a hook, Compact<T> by value") {
  checkRoundTrip(Transfer{1, 1000000000000ull, 3}, "0x01000000070010a5d4e80c");
  CHECK(minEncodedSize<Transfer>() == 6);

  const u64 n = 16384;
  CHECK(toHex(encode(asCompact(n))) == "0x02000100");
  CHECK(encodedSize(Compact<u128>{kU128Max}) == 17);
  static_assert(compactSize(u32{63}) == 1 && compactSize(u32{64}) == 2 && compactSize(u64{1} << 32) == 6);
}
