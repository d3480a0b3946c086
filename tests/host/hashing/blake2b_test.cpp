// SPDX-License-Identifier: Apache-2.0
// blake2b: RFC 7693 and sp_core known answers, every output length, keyed hashing, and the
// length errors. (Random inputs of many lengths against @polkadot/util-crypto: vectors_test.cpp.)
#include <doctest/doctest.h>

#include "host/hashing/blake2b.hpp"
#include "host/hashing/test_hex.hpp"

using namespace rt::hostlib::hashing;
using rt::hostlib::test::bytesOf;
using rt::hostlib::test::toHex;
using rt::hostlib::test::unhex;

TEST_CASE("blake2b: RFC 7693 Appendix A (BLAKE2b-512 of \"abc\")") {
  CHECK(toHex(blake2b512(bytesOf("abc"))) ==
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
}

TEST_CASE("blake2b: the sizes Substrate uses, on \"\" and \"abc\"") {
  CHECK(toHex(blake2b256(bytesOf(""))) ==
        "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  CHECK(toHex(blake2b256(bytesOf("abc"))) ==
        "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
  CHECK(toHex(blake2b128(bytesOf(""))) == "cae66941d9efbd404e4d88758ea67670");
  CHECK(toHex(blake2b64(bytesOf(""))) == "e4a6a0577479b2b4");
  // The empty trie root: blake2_256 of the one-byte empty node (NodeCodec::hashed_null_node).
  CHECK(toHex(blake2b256(unhex("00"))) ==
        "03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314");
}

TEST_CASE("blake2b: the digest length is a parameter, not a truncation") {
  const auto h128 = blake2b128(bytesOf("abc"));
  const auto h256 = blake2b256(bytesOf("abc"));
  CHECK(toHex(h128) != toHex(std::span(h256).first(16)));
}

TEST_CASE("blake2b: runtime length agrees with the fixed sizes, every length 1..64") {
  const auto data = bytesOf("The quick brown fox jumps over the lazy dog");
  for (std::size_t n = 1; n <= 64; ++n) {
    auto r = blake2b(n, data);
    REQUIRE(r.has_value());
    CHECK(r->size() == n);
  }
  CHECK(toHex(*blake2b(32, data)) == toHex(blake2b256(data)));
  CHECK(toHex(*blake2b(16, data)) == toHex(blake2b128(data)));
  CHECK(toHex(*blake2b(64, data)) == toHex(blake2b512(data)));
  CHECK(toHex(*blake2b(8, data)) == toHex(blake2b64(data)));
  CHECK(toHex(blake2b<20>(data)) == toHex(*blake2b(20, data)));
}

TEST_CASE("blake2b: keyed (checked against @polkadot/util-crypto blake2AsU8a(data, 256, key))") {
  const auto key = unhex("0102030405060708");
  auto r = blake2b(32, bytesOf("abc"), key);
  REQUIRE(r.has_value());
  CHECK(toHex(*r) == "cf9284a408a595248d325b91f2f49419ef8847248cfd5ac5656ac9f253c069a5");
  // An empty key is the unkeyed hash.
  CHECK(toHex(*blake2b(32, bytesOf("abc"), {})) == toHex(blake2b256(bytesOf("abc"))));
}

TEST_CASE("blake2b: lengths outside BLAKE2b are errors, not traps") {
  const auto data = bytesOf("x");
  CHECK(blake2b(0, data).error() == HashError::OutputLength);
  CHECK(blake2b(65, data).error() == HashError::OutputLength);
  const std::vector<uint8_t> key65(65, 1), key64(64, 1);
  CHECK(blake2b(32, data, key65).error() == HashError::KeyLength);
  CHECK(blake2b(32, data, key64).has_value());
  std::array<uint8_t, 0> empty{};
  CHECK(blake2bInto(empty, data).error() == HashError::OutputLength);
  CHECK(std::string(toString(HashError::KeyLength)).find("key") != std::string::npos);
}
