// SPDX-License-Identifier: Apache-2.0
// Header and Digest: sp_runtime's ensure_format_is_unchanged header vectors and the digest items of
// should_serialize_digest, every DigestItem index (and the removed ones rejected), digest lookups,
// and a digest of many one-byte items (the minimum-size bound must not reject it).
#include <doctest/doctest.h>

#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/header.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;
using rt::codec::DecodeError;

namespace {

H256 hashFrom(std::initializer_list<u8> bytes) {
  const std::vector<u8> v(bytes);
  auto h = H256::create(v);
  REQUIRE(h.has_value());
  return *h;
}

}  // namespace

TEST_CASE("Header: ensure_format_is_unchanged (header.rs)") {
  // Header { parent_hash: BlakeTwo256::hash(b"1"), number: 2, state_root: hash(b"3"),
  //          extrinsics_root: hash(b"4"), digest: [Other(b"6")] }
  const std::vector<u8> first = {
      146, 205, 245, 120, 196, 112, 133, 165, 153, 34,  86,  240, 220, 249, 125, 11,  25,  241, 241, 201, 222,
      77,  95,  227, 12,  58,  206, 97,  145, 182, 229, 219, 8,   88,  19,  72,  51,  123, 15,  62,  20,  134,
      32,  23,  61,  170, 165, 249, 77,  0,   216, 129, 112, 93,  203, 240, 170, 131, 239, 218, 186, 97,  210,
      237, 225, 235, 134, 73,  33,  73,  151, 87,  78,  32,  196, 100, 56,  138, 23,  36,  32,  210, 84,  3,
      104, 43,  187, 184, 12,  73,  104, 49,  200, 204, 31,  143, 13,  4,   0,   4,   54};
  auto h = rt::codec::decode<Header<>>(first);
  REQUIRE(h.has_value());
  CHECK(h->number == 2);
  CHECK(h->parent_hash == hashFrom({146, 205, 245, 120, 196, 112, 133, 165, 153, 34, 86, 240, 220, 249, 125, 11,
                                    25, 241, 241, 201, 222, 77, 95, 227, 12, 58, 206, 97, 145, 182, 229, 219}));
  REQUIRE(h->digest.logs.size() == 1);
  CHECK(h->digest.logs[0] == DigestItem::other({'6'}));
  checkCodec(*h, toHex(first));

  // The same with 1000 / 2000 / 3000 / 4000 / Other(b"5000").
  const std::vector<u8> second = {
      197, 243, 254, 225, 31,  117, 21,  218, 179, 213, 92,  6,   247, 164, 230, 25,  47,  166, 140, 117, 142,
      159, 195, 202, 67,  196, 238, 26,  44,  18,  33,  92,  65,  31,  219, 225, 47,  12,  107, 88,  153, 146,
      55,  21,  226, 186, 110, 48,  167, 187, 67,  183, 228, 232, 118, 136, 30,  254, 11,  87,  48,  112, 7,
      97,  31,  82,  146, 110, 96,  87,  152, 68,  98,  162, 227, 222, 78,  14,  244, 194, 120, 154, 112, 97,
      222, 144, 174, 101, 220, 44,  111, 126, 54,  34,  155, 220, 253, 124, 4,   0,   16,  53,  48,  48,  48};
  auto h2 = rt::codec::decode<Header<>>(second);
  REQUIRE(h2.has_value());
  CHECK(h2->number == 2000);
  CHECK(h2->digest.logs[0] == DigestItem::other({'5', '0', '0', '0'}));
  checkCodec(*h2, toHex(second));
}

TEST_CASE("DigestItem: should_serialize_digest items and every index") {
  checkCodec(DigestItem::other({1, 2, 3}), "0x000c010203");
  checkCodec(DigestItem::seal(engineId("test"), {1, 2, 3}), "0x05746573740c010203");
  checkCodec(DigestItem::consensus(engineId("aura"), {}), "0x046175726100");
  checkCodec(DigestItem::preRuntime(engineId("BABE"), {9}), "0x06424142450409");
  checkCodec(DigestItem::runtimeEnvironmentUpdated(), "0x08");
  for (const char* removed : {"0x0100", "0x0200", "0x0300", "0x0700", "0x09", "0xff"}) {
    CHECK_MESSAGE((decodeErrorHex<DigestItem>(removed) == DecodeError::InvalidVariant), removed);
  }
  CHECK(DigestItem::seal(engineId("aura"), {1}) != DigestItem::seal(engineId("BABE"), {1}));
  CHECK(DigestItem::seal(engineId("aura"), {1}) != DigestItem::preRuntime(engineId("aura"), {1}));
}

TEST_CASE("Digest: lookups and a body of one-byte items") {
  Digest d;
  d.logs = {DigestItem::seal(engineId("aura"), {7}), DigestItem::preRuntime(engineId("BABE"), {1}),
            DigestItem::preRuntime(engineId("aura"), {0x2a, 0, 0, 0, 0, 0, 0, 0})};
  const std::vector<u8>* slot = d.preRuntime(engineId("aura"));
  REQUIRE(slot != nullptr);
  CHECK(slot->size() == 8);
  CHECK(d.preRuntime(engineId("nope")) == nullptr);
  CHECK(d.logs[0].tryAsRaw(DigestItem::Kind::Seal, engineId("aura")) != nullptr);
  CHECK(d.logs[0].tryAsRaw(DigestItem::Kind::Seal, engineId("BABE")) == nullptr);

  Digest many;
  many.logs.assign(5, DigestItem::runtimeEnvironmentUpdated());
  checkCodec(many, "0x140808080808");
  CHECK(rt::codec::minEncodedSize<DigestItem>() == 1);
}

TEST_CASE("Header: number is compact; hostile digests are rejected") {
  Header<> h;
  h.number = 1u << 30;
  const std::vector<u8> bytes = rt::codec::encode(h);
  CHECK(bytes.size() == 32 + 5 + 32 + 32 + 1);
  checkCodec(h, toHex(bytes));
  // A digest that promises 2^30 - 1 items in a few bytes fails before allocating.
  std::vector<u8> hostile(bytes.begin(), bytes.end() - 1);
  for (u8 b : {0xfe, 0xff, 0xff, 0xff, 0x08}) hostile.push_back(b);
  CHECK((decodeError<Header<>>(hostile) == DecodeError::LengthTooLarge));
  // Header<u64> uses a wider compact.
  Header<u64> wide;
  wide.number = ~u64{0};
  auto round = rt::codec::decode<Header<u64>>(rt::codec::encode(wide));
  REQUIRE(round.has_value());
  CHECK(round->number == ~u64{0});
}
