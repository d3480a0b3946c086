// SPDX-License-Identifier: Apache-2.0
// Hostile input: oversized lengths fail before allocating, deep nesting stops at the depth limit,
// and a fixed-seed fuzz loop decodes random and mutated bytes as many types. Whatever it feeds,
// decoding must not trap, and whatever decodes must re-encode to exactly the input (SCALE is
// canonical for these types). Run this binary under -fsanitize=address,undefined too.
#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <optional>
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

/// Largest single allocation seen by vectors using this allocator.
std::size_t g_largest_alloc = 0;

template <class T>
struct MeasuringAlloc {
  using value_type = T;
  MeasuringAlloc() = default;
  template <class U>
  MeasuringAlloc(const MeasuringAlloc<U>&) {}
  T* allocate(std::size_t n) {
    if (n * sizeof(T) > g_largest_alloc) g_largest_alloc = n * sizeof(T);
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, std::size_t n) { std::allocator<T>().deallocate(p, n); }
  template <class U>
  bool operator==(const MeasuringAlloc<U>&) const { return true; }
};

struct Tree {
  std::vector<Tree> kids;
  bool operator==(const Tree&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Tree& v) {
    ar(v.kids);
  }
};

struct Expr {
  std::variant<u8, std::unique_ptr<Expr>> node;
  template <class Ar>
  friend void scale(Ar& ar, Expr& v) {
    ar(v.node);
  }
};

struct Record {
  u32 id = 0;
  Compact<u128> amount;
  std::optional<bool> flag;
  std::string name;
  std::vector<std::tuple<u8, u16>> pairs;
  bool operator==(const Record&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Record& v) {
    ar(v.id, v.amount, v.flag, v.name, v.pairs);
  }
};

using Event = std::variant<std::monostate, u64, std::vector<u8>, Record, OptionBool>;

/// Deterministic xorshift64*.
struct Rng {
  u64 state;
  u64 next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Dull;
  }
  u8 byte() { return static_cast<u8>(next() >> 56); }
};

/// Decodes `bytes` as T; on success the value must re-encode to the same bytes.
template <class T>
bool decodeCanonical(std::span<const u8> bytes) {
  auto r = decode<T>(bytes);
  if (!r.has_value()) return false;
  const auto again = encode(*r);
  const bool same = again.size() == bytes.size() && std::equal(again.begin(), again.end(), bytes.begin());
  if (!same) FAIL("re-encode differs for " << toHex(bytes));
  CHECK(encodedSize(*r) == bytes.size());
  return true;
}

/// Decodes `bytes` as T where re-encoding may normalize (maps): only must not trap.
template <class T>
bool decodeOnly(std::span<const u8> bytes) {
  return decode<T>(bytes).has_value();
}

std::size_t decodeAll(std::span<const u8> bytes) {
  std::size_t ok = 0;
  ok += decodeCanonical<u32>(bytes);
  ok += decodeCanonical<bool>(bytes);
  ok += decodeCanonical<Compact<u128>>(bytes);
  ok += decodeCanonical<Compact<u32>>(bytes);
  ok += decodeCanonical<std::vector<u8>>(bytes);
  ok += decodeCanonical<std::vector<u32>>(bytes);
  ok += decodeCanonical<std::vector<std::vector<u16>>>(bytes);
  ok += decodeCanonical<std::string>(bytes);
  ok += decodeCanonical<std::optional<bool>>(bytes);
  ok += decodeCanonical<std::optional<std::vector<u8>>>(bytes);
  ok += decodeCanonical<OptionBool>(bytes);
  ok += decodeCanonical<rt::Result<u32, std::string>>(bytes);
  ok += decodeCanonical<std::tuple<u8, Compact<u64>, bool>>(bytes);
  ok += decodeCanonical<std::array<u16, 3>>(bytes);
  ok += decodeCanonical<Record>(bytes);
  ok += decodeCanonical<Event>(bytes);
  ok += decodeCanonical<Tree>(bytes);
  ok += decodeCanonical<Expr>(bytes);
  ok += decodeOnly<std::map<u8, std::vector<u8>>>(bytes);
  return ok;
}

}  // namespace

TEST_CASE("oversized lengths fail before any big allocation") {
  // Vec<u32> declaring 2^30 elements in a 10-byte input.
  const auto huge = fromHex("0x03000000400102030405");
  g_largest_alloc = 0;
  CHECK(decodeError<std::vector<u32, MeasuringAlloc<u32>>>(huge) == DecodeError::LengthTooLarge);
  CHECK(decodeError<std::vector<Record, MeasuringAlloc<Record>>>(huge) == DecodeError::LengthTooLarge);
  CHECK(g_largest_alloc == 0);

  // u32::MAX elements of every kind of collection.
  for (const char* hex : {"0x03ffffffff00", "0x03ffffffff0000000000"}) {
    CAPTURE(hex);
    CHECK(decodeError<std::vector<u8>>(hex) == DecodeError::LengthTooLarge);
    CHECK(decodeError<std::vector<std::vector<u8>>>(hex) == DecodeError::LengthTooLarge);
    CHECK(decodeError<std::string>(hex) == DecodeError::LengthTooLarge);
    CHECK(decodeError<std::map<u32, u64>>(hex) == DecodeError::LengthTooLarge);
    CHECK(decodeError<std::vector<Tree>>(hex) == DecodeError::LengthTooLarge);
  }
  // The bound uses the element's minimum size: 3 u32s need 12 bytes, 11 remain.
  CHECK(decodeError<std::vector<u32>>("0x0c0102030405060708090a0b") == DecodeError::LengthTooLarge);
  // Elements with a large minimum reserve no more than the input allows.
  g_largest_alloc = 0;
  auto r = decode<std::vector<std::array<u8, 64>, MeasuringAlloc<std::array<u8, 64>>>>(
      fromHex("0x08" + std::string(256, 'a')));
  CHECK(r.has_value());
  CHECK(g_largest_alloc <= 2 * 64);
}

TEST_CASE("deep nesting stops at the depth limit") {
  auto nested = [](std::size_t depth) {
    std::vector<u8> bytes(depth, 0x04);  // each level: a vector of one Tree
    bytes.push_back(0x00);               // the innermost Tree has no kids
    return bytes;
  };
  CHECK(decodeError<Tree>(nested(10)) == DecodeError::Ok);
  CHECK(decodeError<Tree>(nested(kMaxDepth)) == DecodeError::DepthLimit);
  CHECK(decodeError<Tree>(nested(100000)) == DecodeError::DepthLimit);

  // Box recursion through a variant: 01 01 01 ... 00 07
  std::vector<u8> boxes(200000, 0x01);
  boxes.push_back(0x00);
  boxes.push_back(0x07);
  CHECK(decodeError<Expr>(boxes) == DecodeError::DepthLimit);

  // A caller-chosen limit.
  const auto ten = nested(10);
  Decoder tight(ten, 5);
  Tree t;
  tight >> t;
  CHECK(tight.error() == DecodeError::DepthLimit);
  Decoder roomy(ten, 40);
  roomy >> t;
  CHECK(roomy.ok());
}

TEST_CASE("bad tags and trailing bytes inside larger values") {
  CHECK(decodeError<Record>("0x0100000000020474") == DecodeError::InvalidOptionTag);
  CHECK(decodeError<Record>("0x01000000000102") == DecodeError::InvalidBool);
  CHECK(decodeError<Event>("0x05") == DecodeError::InvalidVariant);
  CHECK(decodeError<Event>("0x0403") == DecodeError::InvalidOptionTag);
  CHECK(decodeError<Event>("0x0000") == DecodeError::TrailingBytes);
  CHECK(decodeError<std::vector<u8>>("0x040101") == DecodeError::TrailingBytes);
  CHECK(decodeError<std::tuple<u8, Compact<u64>, bool>>("0x010100") == DecodeError::NonCanonicalCompact);
}

TEST_CASE("fuzz: random bytes never trap, decoded values re-encode exactly") {
  Rng rng{0x5ca1eC0DEull};
  std::size_t decoded = 0;
  std::vector<u8> buf;
  for (int i = 0; i < 100000; ++i) {
    buf.resize(rng.next() % 48);
    for (auto& b : buf) {
      // Bias toward small values so tags, bools and lengths are often valid.
      const u8 r = rng.byte();
      b = r < 160 ? static_cast<u8>(r & 0x0f) : rng.byte();
    }
    decoded += decodeAll(buf);
  }
  MESSAGE("random inputs that decoded as some type: " << decoded);
  CHECK(decoded > 5000);
}

TEST_CASE("fuzz: mutated valid encodings never trap") {
  Record rec{7, {123456789}, true, "n\xc3\xa4me", {{1, 2}, {3, 4}}};
  const std::vector<std::vector<u8>> seeds = {
      encode(rec),
      encode(Event{rec}),
      encode(Event{std::vector<u8>{1, 2, 3}}),
      encode(Tree{{Tree{}, Tree{{Tree{}}}}}),
      encode(std::map<u8, std::vector<u8>>{{1, {2}}, {3, {}}}),
      encode(rt::Result<u32, std::string>(rt::Err(std::string{"err"}))),
  };
  Rng rng{42};
  std::size_t decoded = 0;
  for (int i = 0; i < 30000; ++i) {
    std::vector<u8> buf = seeds[rng.next() % seeds.size()];
    const int flips = 1 + static_cast<int>(rng.next() % 3);
    for (int f = 0; f < flips && !buf.empty(); ++f) buf[rng.next() % buf.size()] = rng.byte();
    if (rng.next() % 4 == 0 && !buf.empty()) buf.resize(rng.next() % buf.size());
    decoded += decodeAll(buf);
  }
  MESSAGE("mutated inputs that decoded as some type: " << decoded);
}
