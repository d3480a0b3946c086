// SPDX-License-Identifier: Apache-2.0
// The runtime's constexpr twox equals the host's ext_hashing_twox_* (xxhash's own XXH64) on
// every length around the 32/8/4-byte block boundaries, and gives FRAME's known prefixes.
#include <doctest/doctest.h>

#include <vector>

#include "host/hashing/twox.hpp"
#include "runtime/support/twox.hpp"

using rt::support::twox;

TEST_CASE("compile-time prefixes match FRAME's") {
  constexpr auto system = rt::support::twox128("System");
  static_assert(system[0] == 0x26 && system[1] == 0xaa && system[15] == 0xf7);
  constexpr auto account = rt::support::twox128("Account");
  static_assert(account[0] == 0xb9 && account[1] == 0x9d && account[15] == 0xa9);
}

TEST_CASE("twox 64/128/256 equal xxhash's on lengths 0..100") {
  std::vector<uint8_t> data;
  for (size_t len = 0; len <= 100; ++len) {
    CAPTURE(len);
    std::span<const uint8_t> s(data.data(), data.size());
    CHECK(twox<8>(s, s.size()) == rt::hostlib::hashing::twox64(s));
    CHECK(twox<16>(s, s.size()) == rt::hostlib::hashing::twox128(s));
    CHECK(twox<32>(s, s.size()) == rt::hostlib::hashing::twox256(s));
    data.push_back(static_cast<uint8_t>(len * 37 + 11));
  }
}
