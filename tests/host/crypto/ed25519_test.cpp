// SPDX-License-Identifier: Apache-2.0
// ed25519: RFC 8032 §7.1 vectors, the dev keys, round trips and rejections.
#include <doctest/doctest.h>

#include "host/crypto/ed25519.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/crypto/hex.hpp"
#include "vectors.hpp"

using namespace rt::hostlib::crypto;
using rt::hostlib::crypto::test::bytes;
using rt::hostlib::crypto::test::fixed;

TEST_CASE("RFC 8032 test vectors 1 and 2") {
  struct Case {
    const char *seed, *pub, *msg, *sig;
  };
  const Case cases[] = {
      {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
       "0xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
       "0xe5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b"
       "46bd25bf5f0595bbe24655141438e7a100b"},
      {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
       "0x3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
       "0x92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d"
       "8c387b2eaeb4302aeeb00d291612bb0c00"},
  };
  for (const Case& c : cases) {
    const auto pair = ed25519::keypairFromSeed(fixed<32>(c.seed));
    CHECK(toHex(pair.public_key) == c.pub);
    const ByteVec msg = bytes(c.msg);
    const auto sig = ed25519::sign(pair, msg);
    CHECK(toHex(sig) == c.sig);
    CHECK(ed25519::verify(sig, msg, pair.public_key));
  }
}

TEST_CASE("Alice's ed25519 key") {
  auto pair = ed25519FromUri("//Alice");
  REQUIRE(pair.has_value());
  CHECK(toHex(pair->public_key) == "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee");
}

TEST_CASE("sign, verify, reject") {
  auto pair = ed25519FromUri("//Bob");
  REQUIRE(pair.has_value());
  const auto msg = asBytes("hello");
  const auto sig = ed25519::sign(*pair, msg);
  CHECK(sig == ed25519::sign(*pair, msg));  // deterministic
  CHECK(ed25519::verify(sig, msg, pair->public_key));
  CHECK_FALSE(ed25519::verify(sig, asBytes("hellp"), pair->public_key));
  auto bad = sig;
  bad[10] ^= 4;
  CHECK_FALSE(ed25519::verify(bad, msg, pair->public_key));
  auto alice = ed25519FromUri("//Alice");
  REQUIRE(alice.has_value());
  CHECK_FALSE(ed25519::verify(sig, msg, alice->public_key));
}

TEST_CASE("hard derivation only") {
  auto soft = ed25519FromUri("//Alice/soft");
  REQUIRE_FALSE(soft.has_value());
  CHECK((soft.error() == CryptoError::SoftKeyInPath));
  // deriveHard is blake2-256("\x2c" "Ed25519HDKD" ‖ seed ‖ cc): differs per chain code.
  const ed25519::Seed seed{};
  ChainCode a{}, b{};
  b[0] = 1;
  CHECK(ed25519::deriveHard(seed, a) != ed25519::deriveHard(seed, b));
}
