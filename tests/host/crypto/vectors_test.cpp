// SPDX-License-Identifier: Apache-2.0
// Replays vectors/vectors.txt, made by @polkadot/util-crypto (vectors/generate.mjs): its
// signatures verify here (and its invalid ones do not), deterministic schemes sign identically,
// and keys, derivations and seeds agree.
#include <doctest/doctest.h>

#include "host/crypto/ecdsa.hpp"
#include "host/crypto/ed25519.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/crypto/hex.hpp"
#include "host/crypto/mnemonic.hpp"
#include "host/crypto/scheme.hpp"
#include "host/crypto/sr25519.hpp"
#include "vectors.hpp"

using namespace rt::hostlib::crypto;
using namespace rt::hostlib::crypto::test;

TEST_CASE("vectors: entropy, mini secrets, PBKDF2") {
  const auto entropy = vectors("entropy");
  REQUIRE(entropy.size() == 1);
  CHECK(fixed<16>(entropy[0][2]) == kDevPhraseEntropy);

  const auto minis = vectors("mini");
  REQUIRE(minis.size() == 3);
  for (const auto& r : minis) {
    CAPTURE(r[2]);
    const std::string password = r[2] == "-" ? "" : r[2];
    auto seed = seedFromPhrase(kDevPhrase, password);
    REQUIRE(seed.has_value());
    CHECK(toHex(*seed) == r[3]);
  }

  const auto pbkdf2 = vectors("pbkdf2");
  REQUIRE(pbkdf2.size() == 3);
  for (const auto& r : pbkdf2) {
    CAPTURE(r[3]);
    const auto out = pbkdf2HmacSha512(bytes(r[1]), bytes(r[2]), static_cast<uint32_t>(std::stoul(r[3])));
    CHECK(toHex(out) == r[4]);
  }
}

TEST_CASE("vectors: dev accounts and derivation paths") {
  const auto devs = vectors("dev");
  REQUIRE(devs.size() >= 25);
  for (const auto& r : devs) {
    const std::string& scheme = r[1];
    const std::string& uri = r[2];
    CAPTURE(scheme);
    CAPTURE(uri);
    std::string got;
    if (scheme == "sr25519") {
      auto pair = sr25519FromUri(uri);
      REQUIRE(pair.has_value());
      got = toHex(pair->public_key);
    } else if (scheme == "ed25519") {
      auto pair = ed25519FromUri(uri);
      REQUIRE(pair.has_value());
      got = toHex(pair->public_key);
    } else {
      auto pair = ecdsaFromUri(uri);
      REQUIRE(pair.has_value());
      got = toHex(pair->public_key);
    }
    CHECK(got == r[3]);
  }
}

TEST_CASE("vectors: signatures by @polkadot/util-crypto") {
  const auto sigs = vectors("sig");
  REQUIRE(sigs.size() >= 60);
  size_t valid = 0, invalid = 0;
  for (const auto& r : sigs) {
    const auto scheme = schemeFromName(r[1]);
    REQUIRE(scheme.has_value());
    CAPTURE(r[1]);
    CAPTURE(r[6]);
    const bool expected = r[5] == "valid";
    const ByteVec pub = bytes(r[2]), msg = bytes(r[3]), sig = bytes(r[4]);
    CHECK(verifySignature(*scheme, sig, msg, pub) == expected);
    // The version-1 verifiers agree on these (no legacy or overflowing signatures among them).
    if (*scheme == Scheme::Sr25519) {
      CHECK(sr25519::verifyDeprecated(fixed<64>(r[4]), msg, fixed<32>(r[2])) == expected);
    } else if (*scheme == Scheme::Ecdsa) {
      CHECK(ecdsa::verifyDeprecated(fixed<65>(r[4]), msg, fixed<33>(r[2])) == expected);
    }
    (expected ? valid : invalid)++;
  }
  CHECK(valid >= 60);
  CHECK(invalid >= 10);
}

TEST_CASE("vectors: ed25519 and ecdsa sign byte for byte like @polkadot/util-crypto") {
  const auto signs = vectors("sign");
  REQUIRE(signs.size() >= 40);
  for (const auto& r : signs) {
    CAPTURE(r[1]);
    CAPTURE(r[3]);
    const auto seed = fixed<32>(r[2]);
    const ByteVec msg = bytes(r[3]);
    if (r[1] == "ed25519") {
      CHECK(toHex(ed25519::sign(ed25519::keypairFromSeed(seed), msg)) == r[4]);
    } else {
      auto pair = ecdsa::keypairFromSeed(seed);
      REQUIRE(pair.has_value());
      CHECK(toHex(ecdsa::sign(*pair, msg)) == r[4]);
    }
  }
}

TEST_CASE("vectors: sr25519 soft public derivation") {
  const auto derives = vectors("derive_public");
  REQUIRE(derives.size() == 4);
  for (const auto& r : derives) {
    auto child = sr25519::softDerivePublic(fixed<32>(r[2]), fixed<32>(r[3]));
    REQUIRE(child.has_value());
    CHECK(toHex(*child) == r[4]);
  }
}

TEST_CASE("vectors: ecdsa recovery") {
  const auto recovers = vectors("recover");
  REQUIRE(recovers.size() >= 20);
  for (const auto& r : recovers) {
    const auto sig = fixed<65>(r[1]);
    const auto digest = fixed<32>(r[2]);
    auto v1 = ecdsa::recoverCompressedV1(sig, digest);
    auto v2 = ecdsa::recoverCompressedV2(sig, digest);
    REQUIRE(v1.has_value());
    REQUIRE(v2.has_value());
    CHECK(toHex(*v1) == r[3]);
    CHECK(toHex(*v2) == r[3]);
  }
}
