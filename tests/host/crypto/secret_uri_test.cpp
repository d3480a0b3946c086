// SPDX-License-Identifier: Apache-2.0
// Secret URI parsing (the cases of address_uri.rs's own tests), derive junctions, and the
// mnemonic-to-seed path (PBKDF2-HMAC-SHA512 over the phrase's entropy).
#include <doctest/doctest.h>

#include "host/crypto/hex.hpp"
#include "host/crypto/mnemonic.hpp"
#include "host/crypto/secret_uri.hpp"

using namespace rt::hostlib::crypto;

namespace {

DeriveJunction hard(std::string_view s) { return DeriveJunction::fromPathElement("/" + std::string(s)); }
DeriveJunction soft(std::string_view s) { return DeriveJunction::fromPathElement(s); }

}  // namespace

TEST_CASE("parse: phrase, paths, password (address_uri.rs tests)") {
  auto u = parseSecretUri("sdasd/xx//a/b//c///pass");
  REQUIRE(u.has_value());
  CHECK(u->phrase == "sdasd");
  REQUIRE(u->junctions.size() == 4);
  CHECK(u->junctions[0] == soft("xx"));
  CHECK(u->junctions[1] == hard("a"));
  CHECK(u->junctions[2] == soft("b"));
  CHECK(u->junctions[3] == hard("c"));
  CHECK(u->password == "pass");

  auto p = parseSecretUri("////////");  // test01: the password is "/////"
  REQUIRE(p.has_value());
  CHECK(p->password == "/////");
  CHECK(p->junctions.empty());

  auto dotted = parseSecretUri("sdasd//asd.a");  // test19: path elements take any non-'/'
  REQUIRE(dotted.has_value());
  CHECK(dotted->junctions[0] == hard("asd.a"));

  for (const char* bad : {"sdasd//", "sdasd/", "sd.asd", "sd.asd//asd.a", "///a\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(parseSecretUri(bad).has_value());
  }
}

TEST_CASE("parse: no phrase means the dev phrase") {
  auto u = parseSecretUri("//Alice");
  REQUIRE(u.has_value());
  CHECK(u->phrase == kDevPhrase);
  REQUIRE(u->junctions.size() == 1);
  CHECK(u->junctions[0].hard);
  CHECK_FALSE(u->password.has_value());
}

TEST_CASE("junction chain codes") {
  // "Alice" as a SCALE string: compact length 5 (0x14) then the bytes, zero-padded.
  const auto alice = hard("Alice");
  CHECK(alice.hard);
  CHECK(toHex(alice.chain_code) ==
        "0x14416c6963650000000000000000000000000000000000000000000000000000");
  // A number is a SCALE u64.
  CHECK(toHex(soft("42").chain_code) ==
        "0x2a00000000000000000000000000000000000000000000000000000000000000");
  CHECK(soft("+42") == soft("42"));  // Rust's u64 parser accepts a leading '+'
  CHECK(soft("18446744073709551616") ==  // u64 overflow: a string junction
        DeriveJunction::softFromEncoded(scaleEncodeString("18446744073709551616")));
  // Encodings longer than 32 bytes are blake2-256 hashed.
  const std::string long_name(40, 'x');
  CHECK(soft(long_name).chain_code != DeriveJunction{}.chain_code);
  CHECK(soft(long_name).chain_code[31] != 0);
}

TEST_CASE("SCALE string encoding uses compact lengths") {
  CHECK(scaleEncodeString("").size() == 1);
  const auto e64 = scaleEncodeString(std::string(64, 'a'));
  CHECK(e64[0] == 0x01);  // two-byte mode: (64 << 2) | 1 = 0x0101
  CHECK(e64[1] == 0x01);
  CHECK(e64.size() == 66);
}

TEST_CASE("PBKDF2-HMAC-SHA512 (RFC 8018), checked against node:crypto in vectors.txt") {
  const auto out = pbkdf2HmacSha512(asBytes("password"), asBytes("salt"), 1);
  CHECK(toHex(out) ==
        "0x867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe943c08"
        "f050235d7d68b1da55e63f73b60a57fce");
}

TEST_CASE("dev phrase → seed, as substrate-bip39") {
  auto seed = seedFromPhrase(kDevPhrase, "");
  REQUIRE(seed.has_value());
  CHECK(toHex(*seed) == "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e");
  CHECK(seedFromPhrase("  bottom drive obey lake curtain smoke basket hold race lonely fit  walk ", "")
            .has_value());
  auto other = seedFromPhrase("legal winner thank year wave sausage worth useful legal winner thank yellow", "");
  REQUIRE_FALSE(other.has_value());
  CHECK((other.error() == CryptoError::InvalidPhrase));
  CHECK_FALSE(seedFromEntropy(ByteVec(15), "").has_value());
  CHECK_FALSE(seedFromEntropy(ByteVec(18), "").has_value());
  CHECK(seedFromEntropy(ByteVec(32), "").has_value());
}
