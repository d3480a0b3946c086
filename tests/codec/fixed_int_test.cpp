// SPDX-License-Identifier: Apache-2.0
// Fixed-width integers and bool: boundary tables (every min and max), little-endian layout, and
// bool's strict 0/1 decoding.
#include <doctest/doctest.h>

#include <limits>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

namespace {

constexpr u128 kU128Max = ~u128{0};
constexpr i128 kI128Max = static_cast<i128>(kU128Max >> 1);
constexpr i128 kI128Min = -kI128Max - 1;

template <class T>
struct IntCase {
  T value;
  const char* hex;
};

template <class T, std::size_t N>
void runTable(const IntCase<T> (&cases)[N]) {
  for (const auto& c : cases) {
    CAPTURE(c.hex);
    checkRoundTrip(c.value, c.hex);
  }
}

}  // namespace

TEST_CASE("unsigned integers: boundaries, little endian") {
  runTable<u8>({{0, "0x00"}, {1, "0x01"}, {0x7f, "0x7f"}, {0x80, "0x80"}, {0xff, "0xff"}});
  runTable<u16>({{0, "0x0000"}, {1, "0x0100"}, {0xff, "0xff00"}, {0x100, "0x0001"}, {0x1234, "0x3412"},
                 {0xffff, "0xffff"}});
  runTable<u32>({{0, "0x00000000"}, {1, "0x01000000"}, {0x12345678, "0x78563412"},
                 {0x7fffffff, "0xffffff7f"}, {0x80000000, "0x00000080"}, {0xffffffff, "0xffffffff"}});
  runTable<u64>({{0, "0x0000000000000000"},
                 {1, "0x0100000000000000"},
                 {0x0102030405060708ull, "0x0807060504030201"},
                 {0xffffffffull, "0xffffffff00000000"},
                 {0x100000000ull, "0x0000000001000000"},
                 {0xffffffffffffffffull, "0xffffffffffffffff"}});
  runTable<u128>({{0, "0x00000000000000000000000000000000"},
                  {1, "0x01000000000000000000000000000000"},
                  {u128{1} << 64, "0x00000000000000000100000000000000"},
                  {u128{1} << 127, "0x00000000000000000000000000000080"},
                  {kU128Max, "0xffffffffffffffffffffffffffffffff"}});
}

TEST_CASE("signed integers: minimums, maximums, -1, two's complement") {
  runTable<i8>({{-128, "0x80"}, {-1, "0xff"}, {0, "0x00"}, {1, "0x01"}, {127, "0x7f"}});
  runTable<i16>({{std::numeric_limits<i16>::min(), "0x0080"}, {-2, "0xfeff"}, {-1, "0xffff"}, {0, "0x0000"},
                 {std::numeric_limits<i16>::max(), "0xff7f"}});
  runTable<i32>({{std::numeric_limits<i32>::min(), "0x00000080"}, {-1, "0xffffffff"}, {0, "0x00000000"},
                 {-300, "0xd4feffff"}, {std::numeric_limits<i32>::max(), "0xffffff7f"}});
  runTable<i64>({{std::numeric_limits<i64>::min(), "0x0000000000000080"},
                 {-1, "0xffffffffffffffff"},
                 {0, "0x0000000000000000"},
                 {std::numeric_limits<i64>::max(), "0xffffffffffffff7f"}});
  runTable<i128>({{kI128Min, "0x00000000000000000000000000000080"},
                  {-1, "0xffffffffffffffffffffffffffffffff"},
                  {0, "0x00000000000000000000000000000000"},
                  {kI128Max, "0xffffffffffffffffffffffffffffff7f"}});
}

TEST_CASE("integer helpers are constexpr and exact") {
  constexpr auto roundTrip = [](u64 v) {
    u8 buf[8] = {};
    storeLe(v, buf);
    return loadLe<u64>(buf);
  };
  static_assert(roundTrip(0x0102030405060708ull) == 0x0102030405060708ull);
  static_assert(minEncodedSize<u8>() == 1 && minEncodedSize<i16>() == 2 && minEncodedSize<u32>() == 4);
  static_assert(minEncodedSize<i64>() == 8 && minEncodedSize<u128>() == 16 && minEncodedSize<bool>() == 1);
  static_assert(ScaleInteger<u64> && ScaleInteger<i128> && !ScaleInteger<bool> && !ScaleInteger<char>);
  CHECK(toDecimal(kU128Max) == "340282366920938463463374607431768211455");
  CHECK(toDecimal(kI128Min) == "-170141183460469231731687303715884105728");
}

TEST_CASE("bool: 0 and 1 only") {
  checkRoundTrip(false, "0x00");
  checkRoundTrip(true, "0x01");
  for (int b = 2; b < 256; ++b) {
    const u8 byte = static_cast<u8>(b);
    CHECK(decodeError<bool>(std::span<const u8>(&byte, 1)) == DecodeError::InvalidBool);
  }
}

TEST_CASE("integers decode to zero after a failure") {
  const auto bytes = fromHex("0x0102");
  Decoder d(bytes);
  u32 a = 7;
  u8 b = 7;
  d >> a >> b;
  CHECK(d.error() == DecodeError::NotEnoughData);
  CHECK(a == 0);
  CHECK(b == 0);
  CHECK(d.offset() == 0);
}
