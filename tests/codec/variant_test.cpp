// SPDX-License-Identifier: Apache-2.0
// Enums: std::variant by position and by kScaleIndex, C++ enums with scaleEnumValid, and
// Result<T, E> over rt::Result.
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

namespace {

using Positional = std::variant<u32, std::string, std::monostate, std::tuple<u8, bool>>;

// Sparse indices, as `#[codec(index = N)]` on a pallet's calls.
struct Remark {
  static constexpr u8 kScaleIndex = 0;
  std::vector<u8> remark;
  bool operator==(const Remark&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Remark& v) {
    ar(v.remark);
  }
};
struct SetHeapPages {
  static constexpr u8 kScaleIndex = 1;
  u64 pages = 0;
  bool operator==(const SetHeapPages&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, SetHeapPages& v) {
    ar(v.pages);
  }
};
struct KillPrefix {
  static constexpr u8 kScaleIndex = 7;
  std::vector<u8> prefix;
  u32 subkeys = 0;
  bool operator==(const KillPrefix&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, KillPrefix& v) {
    ar(v.prefix, v.subkeys);
  }
};
using SystemCall = std::variant<Remark, SetHeapPages, KillPrefix>;

enum class Phase : u8 { ApplyExtrinsic = 0, Finalization = 1, Initialization = 2 };
constexpr bool scaleEnumValid(Phase p) { return static_cast<u8>(p) <= 2; }

enum class Sparse : u8 { First = 0, Second = 5, Third = 200 };
constexpr bool scaleEnumValid(Sparse s) {
  return s == Sparse::First || s == Sparse::Second || s == Sparse::Third;
}

}  // namespace

TEST_CASE("std::variant: index is the alternative's position") {
  checkRoundTrip(Positional{u32{5}}, "0x0005000000");
  checkRoundTrip(Positional{std::string{"ab"}}, "0x01086162");
  checkRoundTrip(Positional{std::monostate{}}, "0x02");
  checkRoundTrip(Positional{std::tuple<u8, bool>{1, true}}, "0x030101");
  CHECK(decodeError<Positional>("0x04") == DecodeError::InvalidVariant);
  CHECK(decodeError<Positional>("0xff") == DecodeError::InvalidVariant);
  CHECK(decodeError<Positional>("0x030102") == DecodeError::InvalidBool);
  static_assert(minEncodedSize<Positional>() == 1);
  static_assert(minEncodedSize<std::variant<u32, u64>>() == 5);
}

TEST_CASE("std::variant: kScaleIndex gives sparse indices") {
  checkRoundTrip(SystemCall{Remark{{1, 2}}}, "0x00080102");
  checkRoundTrip(SystemCall{SetHeapPages{9}}, "0x010900000000000000");
  checkRoundTrip(SystemCall{KillPrefix{{0xaa}, 3}}, "0x0704aa03000000");
  for (int tag : {2, 3, 6, 8, 255}) {
    const u8 b[] = {static_cast<u8>(tag), 0, 0, 0, 0, 0, 0, 0, 0};
    CHECK(decodeError<SystemCall>(std::span<const u8>(b)) == DecodeError::InvalidVariant);
  }
}

TEST_CASE("C-like enums: one byte, validated with scaleEnumValid") {
  checkRoundTrip(Phase::ApplyExtrinsic, "0x00");
  checkRoundTrip(Phase::Initialization, "0x02");
  CHECK(decodeError<Phase>("0x03") == DecodeError::InvalidVariant);
  checkRoundTrip(Sparse::Second, "0x05");
  checkRoundTrip(Sparse::Third, "0xc8");
  CHECK(decodeError<Sparse>("0x01") == DecodeError::InvalidVariant);
  CHECK(decodeError<Sparse>("0xc9") == DecodeError::InvalidVariant);
}

TEST_CASE("Result<T, E>: 00 + value or 01 + error") {
  using R = rt::Result<u32, std::string>;
  checkRoundTrip(R(5u), "0x0005000000");
  checkRoundTrip(R(rt::Err(std::string{"no"})), "0x01086e6f");
  using UnitResult = rt::Result<rt::Unit, u8>;
  checkRoundTrip(UnitResult(rt::Unit{}), "0x00");
  checkRoundTrip(UnitResult(rt::Err(u8{3})), "0x0103");
  CHECK(decodeError<R>("0x02") == DecodeError::InvalidResultTag);
  CHECK(decodeError<R>("0x0109ff") == DecodeError::LengthTooLarge);

  // Nested: a vector of results, decoded without a default constructor on rt::Result.
  auto v = decode<std::vector<rt::Result<u8, u8>>>(fromHex("0x0800010101"));
  REQUIRE(v.has_value());
  REQUIRE(v->size() == 2);
  CHECK((*v)[0].value() == 1);
  CHECK((*v)[1].error() == 1);
  static_assert(minEncodedSize<R>() == 2);
}
