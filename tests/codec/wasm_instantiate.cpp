// SPDX-License-Identifier: Apache-2.0
// Compile-only check that every encode and decode path of the codec builds for wasm32 MVP without
// exceptions or RTTI (ctest codec_wasm_compile compiles this file with the runtime's flags). Each
// exported function instantiates one family of codecs with every entry point.
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "codec/codec.hpp"

using namespace rt;
using namespace rt::codec;

namespace {

struct Header {
  std::array<u8, 32> parent_hash{};
  u32 number = 0;
  u128 amount = 0;
  std::vector<std::vector<u8>> logs;
  template <class Ar>
  friend void scale(Ar& ar, Header& v) {
    ar(v.parent_hash, asCompact(v.number), asCompact(v.amount), v.logs);
    if constexpr (Ar::kIsDecoder) {
      if (v.number == 0xffffffff) ar.fail(DecodeError::InvalidValue);
    }
  }
};

struct CallA {
  static constexpr u8 kScaleIndex = 3;
  Compact<u64> x;
  template <class Ar>
  friend void scale(Ar& ar, CallA& v) {
    ar(v.x);
  }
};
struct CallB {
  static constexpr u8 kScaleIndex = 9;
  std::unique_ptr<Header> boxed;
  template <class Ar>
  friend void scale(Ar& ar, CallB& v) {
    ar(v.boxed);
  }
};

enum class Kind : u8 { A = 0, B = 1 };
constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 1; }

/// A sink that is neither a vector nor a span (stands in for a GC-owned buffer).
struct FixedSink {
  u8 bytes[64];
  std::size_t n = 0;
  void put(u8 b) {
    if (n < sizeof bytes) bytes[n++] = b;
  }
  void write(const u8* p, std::size_t len) {
    for (std::size_t i = 0; i < len; ++i) put(p[i]);
  }
};

template <class T>
std::size_t roundTrip(std::span<const u8> in, std::span<u8> out) {
  auto r = decode<T>(in);
  if (!r) return static_cast<std::size_t>(r.error());
  std::vector<u8> bytes = encode(*r);
  std::vector<u8, std::allocator<u8>> appended;
  encodeAppend(appended, *r);
  FixedSink sink;
  encodeTo(sink, *r);
  auto w = encodeInto(out, *r);
  Decoder d(in, 16);
  T again = decodeNext<T>(d);
  d.expectEnd();
  return bytes.size() + appended.size() + sink.n + encodedSize(again) + (w ? *w : 0) + d.offset();
}

}  // namespace

extern "C" std::size_t codec_wasm_ints(const u8* p, std::size_t n, u8* o, std::size_t on) {
  std::span<const u8> in(p, n);
  std::span<u8> out(o, on);
  return roundTrip<u8>(in, out) + roundTrip<u16>(in, out) + roundTrip<u32>(in, out) + roundTrip<u64>(in, out) +
         roundTrip<u128>(in, out) + roundTrip<i8>(in, out) + roundTrip<i16>(in, out) + roundTrip<i32>(in, out) +
         roundTrip<i64>(in, out) + roundTrip<i128>(in, out) + roundTrip<bool>(in, out) +
         roundTrip<Compact<u8>>(in, out) + roundTrip<Compact<u16>>(in, out) + roundTrip<Compact<u32>>(in, out) +
         roundTrip<Compact<u64>>(in, out) + roundTrip<Compact<u128>>(in, out) + roundTrip<Kind>(in, out);
}

extern "C" std::size_t codec_wasm_collections(const u8* p, std::size_t n, u8* o, std::size_t on) {
  std::span<const u8> in(p, n);
  std::span<u8> out(o, on);
  return roundTrip<std::vector<u8>>(in, out) + roundTrip<std::vector<u32>>(in, out) +
         roundTrip<std::vector<u128>>(in, out) + roundTrip<std::vector<bool>>(in, out) +
         roundTrip<std::vector<std::string>>(in, out) + roundTrip<std::string>(in, out) +
         roundTrip<std::array<u8, 32>>(in, out) + roundTrip<std::array<u16, 3>>(in, out) +
         roundTrip<std::array<std::string, 2>>(in, out) + roundTrip<std::map<u32, u64>>(in, out) +
         roundTrip<std::map<std::string, std::vector<u8>>>(in, out) + roundTrip<std::set<u16>>(in, out) +
         roundTrip<std::tuple<u8, Compact<u32>, std::string>>(in, out) + roundTrip<std::tuple<>>(in, out) +
         roundTrip<std::pair<u32, bool>>(in, out) + roundTrip<rt::Unit>(in, out) +
         roundTrip<std::unique_ptr<u64>>(in, out) + encodedSize(std::string_view{"abc"}) +
         encodedSize(std::span<const u32>()) + encodedSize(std::span<const u8>(p, n));
}

extern "C" std::size_t codec_wasm_sums(const u8* p, std::size_t n, u8* o, std::size_t on) {
  std::span<const u8> in(p, n);
  std::span<u8> out(o, on);
  return roundTrip<std::optional<u32>>(in, out) + roundTrip<std::optional<bool>>(in, out) +
         roundTrip<OptionBool>(in, out) + roundTrip<std::optional<std::vector<u8>>>(in, out) +
         roundTrip<std::variant<std::monostate, u32, std::string>>(in, out) +
         roundTrip<std::variant<CallA, CallB>>(in, out) + roundTrip<rt::Result<u32, std::string>>(in, out) +
         roundTrip<rt::Result<rt::Unit, Kind>>(in, out) + roundTrip<std::vector<rt::Result<u8, u8>>>(in, out) +
         roundTrip<Header>(in, out) + roundTrip<std::vector<Header>>(in, out) + minEncodedSize<Header>();
}
