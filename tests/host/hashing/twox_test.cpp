// SPDX-License-Identifier: Apache-2.0
// twox: the storage prefixes every FRAME chain uses (hard-coded storage-key tests), XXH64's
// known answer, and the seed layout (twox128 is the first half of twox256).
#include <doctest/doctest.h>

#include "host/hashing/test_hex.hpp"
#include "host/hashing/twox.hpp"

using namespace rt::hostlib::hashing;
using rt::hostlib::test::bytesOf;
using rt::hostlib::test::toHex;

TEST_CASE("twox128: FRAME pallet and storage prefixes") {
  CHECK(toHex(twox128(bytesOf("System"))) == "26aa394eea5630e07c48ae0c9558cef7");
  CHECK(toHex(twox128(bytesOf("Account"))) == "b99d880ec681799c0cf30e8886371da9");
  CHECK(toHex(twox128(bytesOf("Balances"))) == "c2261276cc9d1f8598ea4b6a74b15c2f");
  CHECK(toHex(twox128(bytesOf("Sudo"))) == "5c0d1176a568c1f92944340dbfed9e9c");
  CHECK(toHex(twox128(bytesOf("Timestamp"))) == "f0c365c3cf59d671eb72da0e7a4113c4");
  CHECK(toHex(twox128(bytesOf("Now"))) == "9f1f0515f462cdcf84e0f1d6045dfcbb");
}

TEST_CASE("twox64: XXH64 seed 0, little-endian") {
  // XXH64("", 0) = 0xef46db3751d8e999 (xxHash's own test vector).
  CHECK(xxh64(bytesOf(""), 0) == 0xef46db3751d8e999ULL);
  CHECK(toHex(twox64(bytesOf(""))) == "99e9d85137db46ef");
}

TEST_CASE("twox256: seeds 0..3; twox128 and twox64 are its prefixes") {
  const auto h = twox256(bytesOf("abc"));
  CHECK(toHex(h) == "990977adf52cbc440889329981caa9bef7da5770b2b8a05303b75d95360dd62b");
  CHECK(toHex(twox128(bytesOf("abc"))) == toHex(std::span(h).first(16)));
  CHECK(toHex(twox64(bytesOf("abc"))) == toHex(std::span(h).first(8)));
}
