// SPDX-License-Identifier: Apache-2.0
// ecdsa (secp256k1): dev keys, recoverable signatures over blake2-256, the verify/recover host
// function rules of each version and their error cases (sp-io `EcdsaVerifyError`).
#include <doctest/doctest.h>

#include <cstring>

#include "host/hashing/blake2b.hpp"
#include "host/crypto/ecdsa.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/crypto/hex.hpp"

using namespace rt::hostlib::crypto;

namespace {

ecdsa::Keypair alice() {
  auto pair = ecdsaFromUri("//Alice");
  REQUIRE(pair.has_value());
  return *pair;
}

// The compressed form of an untagged uncompressed key: 02/03 by the parity of y, then x.
ecdsa::Public compress(const Bytes<64>& xy) {
  ecdsa::Public out;
  out[0] = static_cast<uint8_t>(2 + (xy[63] & 1));
  std::memcpy(out.data() + 1, xy.data(), 32);
  return out;
}

}  // namespace

TEST_CASE("Alice's ecdsa key") {
  CHECK(toHex(alice().public_key) ==
        "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1");
}

TEST_CASE("invalid seeds") {
  CHECK_FALSE(ecdsa::keypairFromSeed(ecdsa::Seed{}).has_value());  // zero
  ecdsa::Seed over;
  over.fill(0xff);  // ≥ n
  auto r = ecdsa::keypairFromSeed(over);
  REQUIRE_FALSE(r.has_value());
  CHECK((r.error() == CryptoError::InvalidSeed));
  CHECK_FALSE(ecdsaFromUri("0x" + std::string(64, 'f')).has_value());
}

TEST_CASE("sign: deterministic, low-s, recoverable, verifies") {
  const auto pair = alice();
  const auto msg = asBytes("hello");
  const auto sig = ecdsa::sign(pair, msg);
  CHECK(sig == ecdsa::sign(pair, msg));
  CHECK(sig == ecdsa::signPrehashed(pair, rt::hostlib::hashing::blake2b256(msg)));
  CHECK(sig[64] <= 1);
  CHECK(sig[32] < 0x80);  // s ≤ n/2
  CHECK(ecdsa::verify(sig, msg, pair.public_key));
  CHECK(ecdsa::verifyDeprecated(sig, msg, pair.public_key));
  CHECK(ecdsa::verifyPrehashed(sig, rt::hostlib::hashing::blake2b256(msg), pair.public_key));
  CHECK_FALSE(ecdsa::verify(sig, asBytes("hellp"), pair.public_key));

  auto other_v = sig;
  other_v[64] ^= 1;
  CHECK_FALSE(ecdsa::verify(other_v, msg, pair.public_key));
  auto v27 = sig;
  v27[64] += 27;  // verify takes v as is: only 0..3
  CHECK_FALSE(ecdsa::verify(v27, msg, pair.public_key));
  CHECK_FALSE(ecdsa::verifyDeprecated(v27, msg, pair.public_key));
}

TEST_CASE("recover: every version returns the signer") {
  const auto pair = alice();
  const auto digest = rt::hostlib::hashing::blake2b256(asBytes("recover me"));
  const auto sig = ecdsa::signPrehashed(pair, digest);
  for (uint8_t v_offset : {0, 27}) {
    auto s = sig;
    s[64] = static_cast<uint8_t>(s[64] + v_offset);  // 0/1 and 27/28 are both accepted
    auto c1 = ecdsa::recoverCompressedV1(s, digest);
    auto c2 = ecdsa::recoverCompressedV2(s, digest);
    auto u1 = ecdsa::recoverV1(s, digest);
    auto u2 = ecdsa::recoverV2(s, digest);
    REQUIRE(c1.has_value());
    REQUIRE(c2.has_value());
    REQUIRE(u1.has_value());
    REQUIRE(u2.has_value());
    CHECK(*c1 == pair.public_key);
    CHECK(*c2 == pair.public_key);
    CHECK(compress(*u1) == pair.public_key);
    CHECK(*u1 == *u2);
  }
}

TEST_CASE("recover: error cases") {
  const auto pair = alice();
  const auto digest = rt::hostlib::hashing::blake2b256(asBytes("errors"));
  const auto sig = ecdsa::signPrehashed(pair, digest);

  SUBCASE("BadV: recovery ids outside 0..3 and 27..30") {
    for (uint8_t v : {4, 26, 31, 255}) {
      auto s = sig;
      s[64] = v;
      auto r1 = ecdsa::recoverV1(s, digest);
      auto r2 = ecdsa::recoverCompressedV2(s, digest);
      REQUIRE_FALSE(r1.has_value());
      REQUIRE_FALSE(r2.has_value());
      CHECK((r1.error() == ecdsa::EcdsaVerifyError::BadV));
      CHECK((r2.error() == ecdsa::EcdsaVerifyError::BadV));
    }
  }

  SUBCASE("overflowing s: BadRS from version 2, reduced mod n by version 1") {
    auto s = sig;
    std::memset(s.data() + 32, 0xff, 32);
    auto v2 = ecdsa::recoverV2(s, digest);
    REQUIRE_FALSE(v2.has_value());
    CHECK((v2.error() == ecdsa::EcdsaVerifyError::BadRS));
    auto c2 = ecdsa::recoverCompressedV2(s, digest);
    REQUIRE_FALSE(c2.has_value());
    CHECK((c2.error() == ecdsa::EcdsaVerifyError::BadRS));
    CHECK_FALSE(ecdsa::verify(s, asBytes("errors"), pair.public_key));

    // 2^256 − 1 mod n = 2^256 − 1 − n = 0x14551231950b75fc4402da1732fc9bebe.
    auto reduced = sig;
    std::memset(reduced.data() + 32, 0, 32);
    const auto tail = fromHex("014551231950b75fc4402da1732fc9bebe");
    REQUIRE(tail.has_value());
    std::memcpy(reduced.data() + 64 - tail->size(), tail->data(), tail->size());
    auto v1 = ecdsa::recoverV1(s, digest);
    auto v2_of_reduced = ecdsa::recoverV2(reduced, digest);
    REQUIRE(v1.has_value());
    REQUIRE(v2_of_reduced.has_value());
    CHECK(*v1 == *v2_of_reduced);
    CHECK(compress(*v1) != pair.public_key);  // a valid key, just not the signer's
  }

  SUBCASE("BadSignature: zero r, or an r that is no curve x-coordinate") {
    auto zero_r = sig;
    std::memset(zero_r.data(), 0, 32);
    auto r1 = ecdsa::recoverV1(zero_r, digest);
    auto r2 = ecdsa::recoverV2(zero_r, digest);
    REQUIRE_FALSE(r1.has_value());
    REQUIRE_FALSE(r2.has_value());
    CHECK((r1.error() == ecdsa::EcdsaVerifyError::BadSignature));
    CHECK((r2.error() == ecdsa::EcdsaVerifyError::BadSignature));

    // Recovery ids 2 and 3 stand for x = r + n, which must stay below p, i.e. r < p − n ≈ 2^128:
    // a real signature's r is far larger.
    auto high = sig;
    high[64] = 2;
    auto r3 = ecdsa::recoverCompressedV2(high, digest);
    REQUIRE_FALSE(r3.has_value());
    CHECK((r3.error() == ecdsa::EcdsaVerifyError::BadSignature));
  }
}

TEST_CASE("hard derivation only") {
  auto soft = ecdsaFromUri("//Alice/soft");
  REQUIRE_FALSE(soft.has_value());
  CHECK((soft.error() == CryptoError::SoftKeyInPath));
}
