// SPDX-License-Identifier: Apache-2.0
// Option<T> (tag 0/1, including Option<bool>, which parity and polkadot.js encode with the generic
// two-byte form) and OptionBool (the one-byte 0/1/2 form).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "codec/codec.hpp"
#include "test_util.hpp"

using namespace rt;
using namespace rt::codec;
using namespace rt::codec::test;

TEST_CASE("Option<T>: None is 00, Some is 01 + value") {
  checkRoundTrip(std::optional<u32>{}, "0x00");
  checkRoundTrip(std::optional<u32>{0}, "0x0100000000");
  checkRoundTrip(std::optional<u32>{0xffffffff}, "0x01ffffffff");
  checkRoundTrip(std::optional<std::vector<u8>>{std::vector<u8>{}}, "0x0100");
  checkRoundTrip(std::optional<std::string>{"hi"}, "0x01086869");
  checkRoundTrip(std::optional<std::optional<u8>>{}, "0x00");
  checkRoundTrip(std::optional<std::optional<u8>>{std::optional<u8>{}}, "0x0100");
  checkRoundTrip(std::optional<std::optional<u8>>{std::optional<u8>{7}}, "0x010107");
}

TEST_CASE("Option<bool> uses the generic form (as parity-scale-codec and polkadot.js)") {
  checkRoundTrip(std::optional<bool>{}, "0x00");
  checkRoundTrip(std::optional<bool>{true}, "0x0101");
  checkRoundTrip(std::optional<bool>{false}, "0x0100");
  CHECK(decodeError<std::optional<bool>>("0x02") == DecodeError::InvalidOptionTag);
  CHECK(decodeError<std::optional<bool>>("0x0102") == DecodeError::InvalidBool);
}

TEST_CASE("OptionBool: one byte, 0 None / 1 Some(true) / 2 Some(false)") {
  checkRoundTrip(OptionBool{}, "0x00");
  checkRoundTrip(OptionBool{true}, "0x01");
  checkRoundTrip(OptionBool{false}, "0x02");
  for (int tag = 3; tag < 256; ++tag) {
    const u8 b = static_cast<u8>(tag);
    CHECK(decodeError<OptionBool>(std::span<const u8>(&b, 1)) == DecodeError::InvalidOptionTag);
  }
}

TEST_CASE("Option: bad tags") {
  for (int tag = 2; tag < 256; ++tag) {
    const u8 b[] = {static_cast<u8>(tag), 0, 0, 0, 0};
    CHECK(decodeError<std::optional<u32>>(std::span<const u8>(b)) == DecodeError::InvalidOptionTag);
  }
}
