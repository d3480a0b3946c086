// SPDX-License-Identifier: Apache-2.0
// User types through the `scale` hook, the Decoder's streaming API and sticky error, and the sink
// interface (span, vector, counting and a plugged-in buffer type).
#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <map>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

// Counts every global allocation of this test binary, to show that encodedSize() allocates nothing.
namespace {
std::size_t g_allocations = 0;
}  // namespace

void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  std::abort();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

struct AccountData {
  u128 free = 0;
  u128 reserved = 0;
  u128 frozen = 0;
  u128 flags = 0;
  bool operator==(const AccountData&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, AccountData& v) {
    ar(v.free, v.reserved, v.frozen, v.flags);
  }
};

struct AccountInfo {
  u32 nonce = 0;
  u32 consumers = 0;
  u32 providers = 0;
  u32 sufficients = 0;
  AccountData data;
  bool operator==(const AccountInfo&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, AccountInfo& v) {
    ar(v.nonce, v.consumers, v.providers, v.sufficients, v.data);
  }
};

// A hook that validates while decoding.
struct Percent {
  u8 value = 0;
  bool operator==(const Percent&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Percent& v) {
    ar(v.value);
    if constexpr (Ar::kIsDecoder) {
      if (v.value > 100) ar.fail(DecodeError::InvalidValue);
    }
  }
};

struct WithOptional {
  std::optional<u64> maybe;
  std::array<u8, 4> tag{};
  std::vector<std::string> names;
  bool operator==(const WithOptional&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, WithOptional& v) {
    ar(v.maybe, v.tag, v.names);
  }
};

/// A buffer type that is not a std::vector (think: a GC-owned byte buffer).
class ToyBuffer {
 public:
  void push(u8 b) { bytes_[size_++] = b; }
  void append(const u8* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) push(p[i]);
  }
  std::span<const u8> view() const { return {bytes_.data(), size_}; }

 private:
  std::array<u8, 256> bytes_{};
  std::size_t size_ = 0;
};

/// The two-member adapter that plugs ToyBuffer into the encoder.
struct ToySink {
  ToyBuffer* buffer;
  void put(u8 b) { buffer->push(b); }
  void write(const u8* p, std::size_t n) { buffer->append(p, n); }
};

}  // namespace

TEST_CASE("hook structs: fields in order, nested, min size from the hook") {
  AccountInfo info;
  info.nonce = 1;
  info.providers = 1;
  info.data.free = 1000;
  const auto bytes = encode(info);
  CHECK(bytes.size() == 16 + 64);
  checkRoundTrip(info, toHex(bytes));
  CHECK(minEncodedSize<AccountInfo>() == 80);
  CHECK(minEncodedSize<WithOptional>() == 1 + 4 + 1);
  checkRoundTrip(WithOptional{7, {1, 2, 3, 4}, {"a"}}, "0x01070000000000000001020304040461");
}

TEST_CASE("hooks can validate while decoding") {
  checkRoundTrip(Percent{100}, "0x64");
  CHECK(decodeError<Percent>("0x65") == DecodeError::InvalidValue);
  CHECK(decodeError<std::vector<Percent>>("0x080a65") == DecodeError::InvalidValue);
}

TEST_CASE("Decoder: chaining, offset, remaining, sticky first error") {
  const auto bytes = fromHex("0x2a000000" "01" "0c616263" "05");
  Decoder d(bytes);
  u32 a = 0;
  bool b = false;
  std::string s;
  d >> a >> b >> s;
  CHECK(d.ok());
  CHECK(a == 42);
  CHECK(b);
  CHECK(s == "abc");
  CHECK(d.offset() == 9);
  CHECK(d.remaining() == 1);

  bool bad = true;
  u64 later = 99;
  std::vector<u8> later_vec{1};
  d >> bad >> later >> later_vec;  // 05 is not a bool; the later reads get nothing
  CHECK(d.error() == DecodeError::InvalidBool);
  CHECK_FALSE(bad);
  CHECK(later == 0);
  CHECK(later_vec.empty());
  d.fail(DecodeError::DepthLimit);
  CHECK(d.error() == DecodeError::InvalidBool);  // the first failure wins
  CHECK(std::string(toString(d.error())) == "invalid bool");
}

TEST_CASE("Decoder: decodeNext and a streaming prefix decode") {
  const auto bytes = fromHex("0x0700000008");
  Decoder d(bytes);
  CHECK(decodeNext<u32>(d) == 7);
  CHECK(decodeNext<Compact<u8>>(d).value == 2);
  d.expectEnd();
  CHECK(d.ok());
}

TEST_CASE("sinks: span, vector append, counting, plugged-in buffer") {
  const std::vector<u16> v{1, 2, 3};
  std::array<u8, 7> exact{};
  auto n = encodeInto(std::span<u8>(exact), v);
  REQUIRE(n.has_value());
  CHECK(*n == 7);
  std::array<u8, 6> small{};
  auto too_small = encodeInto(std::span<u8>(small), v);
  REQUIRE_FALSE(too_small.has_value());
  CHECK(too_small.error() == EncodeError::BufferTooSmall);
  CHECK(std::string(toString(too_small.error())) == "buffer too small");

  std::vector<u8> out{0xff};
  encodeAppend(out, u8{1});
  encodeAppend(out, v);
  CHECK(toHex(out) == "0xff010c010002000300");

  CountingSink counter;
  encodeTo(counter, v);
  CHECK(counter.size() == 7);

  ToyBuffer buffer;
  ToySink sink{&buffer};
  Encoder<ToySink> e(sink);
  e << u32{1} << std::string{"hi"};
  e(Compact<u32>{64}, true);
  CHECK(toHex(buffer.view()) == "0x010000000868690101" "01");
}

TEST_CASE("encodedSize allocates nothing") {
  AccountInfo info;
  info.data.free = 12345;
  const std::vector<WithOptional> many(3, WithOptional{7, {1, 2, 3, 4}, {"a", "bc"}});
  const std::map<u32, std::vector<std::string>> nested{{1, {"x"}}, {2, {}}};
  const std::size_t before = g_allocations;
  const std::size_t total = encodedSize(info) + encodedSize(many) + encodedSize(nested);
  CHECK(g_allocations == before);
  CHECK(total == encode(info).size() + encode(many).size() + encode(nested).size());
  CHECK(g_allocations > before);  // the counter does see allocations
}

TEST_CASE("error names") {
  for (int e = 0; e <= static_cast<int>(DecodeError::InvalidValue); ++e) {
    CHECK(std::string(toString(static_cast<DecodeError>(e))) != "unknown decode error");
  }
  CHECK(std::string(toString(DecodeError::Ok)) == "ok");
}
