// SPDX-License-Identifier: Apache-2.0
// sha2: FIPS 180-4 example vectors ("abc") and the empty input.
#include <doctest/doctest.h>

#include "host/hashing/sha2.hpp"
#include "host/hashing/test_hex.hpp"

using namespace rt::hostlib::hashing;
using rt::hostlib::test::bytesOf;
using rt::hostlib::test::toHex;

TEST_CASE("sha256: FIPS 180-4 examples") {
  CHECK(toHex(sha256(bytesOf(""))) ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(toHex(sha256(bytesOf("abc"))) ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha512: FIPS 180-4 example") {
  CHECK(toHex(sha512(bytesOf("abc"))) ==
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}
