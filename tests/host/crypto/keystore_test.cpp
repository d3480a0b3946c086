// SPDX-License-Identifier: Apache-2.0
// The in-memory keystore: generation from URIs and at random, listing per key type and scheme,
// signing only with held keys, and the dev accounts.
#include <doctest/doctest.h>

#include "host/crypto/hex.hpp"
#include "host/crypto/keystore.hpp"
#include "host/crypto/scheme.hpp"

using namespace rt::hostlib::crypto;

TEST_CASE("dev accounts for each scheme") {
  Keystore ks;
  const auto sr = addDevAccounts(ks, kAccountKeyType, Scheme::Sr25519);
  const auto ed = addDevAccounts(ks, kAccountKeyType, Scheme::Ed25519);
  const auto ec = addDevAccounts(ks, kAccountKeyType, Scheme::Ecdsa);
  REQUIRE(sr.size() == 6);
  CHECK(toHex(sr[0]) == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");  // Alice
  CHECK(toHex(sr[1]) == "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");  // Bob
  CHECK(toHex(ed[0]) == "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee");
  CHECK(toHex(ec[0]) == "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1");
  CHECK(ks.publicKeys(kAccountKeyType, Scheme::Sr25519) == sr);
  CHECK(ks.publicKeys(kAccountKeyType, Scheme::Ecdsa) == ec);
  CHECK(ks.publicKeys(kAuraKeyType, Scheme::Sr25519).empty());
}

TEST_CASE("generate, list, sign") {
  Keystore ks;
  auto alice = ks.sr25519Generate(kAuraKeyType, "//Alice");
  REQUIRE(alice.has_value());
  auto again = ks.sr25519Generate(kAuraKeyType, "//Alice");  // no duplicate
  REQUIRE(again.has_value());
  auto random = ks.sr25519Generate(kAuraKeyType, std::nullopt);
  REQUIRE(random.has_value());
  CHECK(*random != *alice);
  const auto keys = ks.sr25519PublicKeys(kAuraKeyType);
  REQUIRE(keys.size() == 2);
  CHECK(keys[0] == *alice);
  CHECK(keys[1] == *random);

  const auto msg = asBytes("block header");
  auto sig = ks.sr25519Sign(kAuraKeyType, *alice, msg);
  REQUIRE(sig.has_value());
  CHECK(sr25519::verify(*sig, msg, *alice));
  CHECK_FALSE(ks.sr25519Sign(kGrandpaKeyType, *alice, msg).has_value());  // other key type

  auto gran = ks.ed25519Generate(kGrandpaKeyType, "//Alice");
  REQUIRE(gran.has_value());
  auto ed_sig = ks.sign(kGrandpaKeyType, Scheme::Ed25519, *gran, msg);
  REQUIRE(ed_sig.has_value());
  CHECK(verifySignature(Scheme::Ed25519, *ed_sig, msg, *gran));
  CHECK(ks.has(kGrandpaKeyType, Scheme::Ed25519, *gran));
  CHECK_FALSE(ks.has(kGrandpaKeyType, Scheme::Sr25519, *gran));

  auto ec = ks.ecdsaGenerate(kAccountKeyType, std::nullopt);
  REQUIRE(ec.has_value());
  auto ec_sig = ks.ecdsaSign(kAccountKeyType, *ec, msg);
  REQUIRE(ec_sig.has_value());
  CHECK(ecdsa::verify(*ec_sig, msg, *ec));
  auto pre = ks.ecdsaSignPrehashed(kAccountKeyType, *ec, Hash256{});
  REQUIRE(pre.has_value());
  CHECK(ecdsa::verifyPrehashed(*pre, Hash256{}, *ec));
}

TEST_CASE("bad seeds and unknown keys") {
  Keystore ks;
  auto bad = ks.generate(kAuraKeyType, Scheme::Sr25519, "not a known phrase//Alice");
  REQUIRE_FALSE(bad.has_value());
  CHECK((bad.error() == CryptoError::InvalidPhrase));
  CHECK_FALSE(ks.generate(kAuraKeyType, Scheme::Ed25519, "//Alice/soft").has_value());
  CHECK_FALSE(ks.generate(kAuraKeyType, Scheme::Sr25519, "0x1234").has_value());
  CHECK(ks.publicKeys(kAuraKeyType, Scheme::Sr25519).empty());
  CHECK_FALSE(ks.sign(kAuraKeyType, Scheme::Sr25519, ByteVec(32), asBytes("m")).has_value());
  CHECK_FALSE(ks.sign(kAuraKeyType, Scheme::Sr25519, ByteVec(3), asBytes("m")).has_value());
}

TEST_CASE("hex seeds") {
  Keystore ks;
  const std::string seed = "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e";
  auto pub = ks.generate(kAuraKeyType, Scheme::Sr25519, seed + "//Alice");
  REQUIRE(pub.has_value());
  CHECK(toHex(*pub) == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
}
