// SPDX-License-Identifier: Apache-2.0
// sr25519: key expansion, the well-known dev keys, sign/verify round trips and rejections, the
// deprecated (schnorrkel 0.1.1) verification path, and soft/hard derivation.
#include <doctest/doctest.h>

#include <cstring>

#include "host/crypto/from_uri.hpp"
#include "host/crypto/hex.hpp"
#include "host/crypto/merlin_transcript.hpp"
#include "host/crypto/ristretto.hpp"
#include "host/crypto/secret_uri.hpp"
#include "host/crypto/sr25519.hpp"
#include "vectors.hpp"

using namespace rt::hostlib::crypto;
using rt::hostlib::crypto::test::fixed;

namespace {

// mnemonicToMiniSecret(DEV_PHRASE) (vectors.txt `mini … -`).
sr25519::MiniSecret devSeed() {
  return fixed<32>("0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e");
}

sr25519::Keypair alice() {
  auto pair = sr25519FromUri("//Alice");
  REQUIRE(pair.has_value());
  return *pair;
}

}  // namespace

TEST_CASE("ristretto255 basepoint multiples (RFC 9496 A.1)") {
  ristretto::Scalar one{}, two{};
  one[0] = 1;
  two[0] = 2;
  CHECK(toHex(ristretto::mulBase(one)) ==
        "0xe2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76");
  CHECK(toHex(ristretto::mulBase(two)) ==
        "0x6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919");
  CHECK(toHex(ristretto::mulBase(ristretto::Scalar{})) == toHex(Bytes<32>{}));  // identity
}

TEST_CASE("keypair from the dev phrase's mini secret") {
  const auto pair = sr25519::keypairFromMiniSecret(devSeed());
  // @polkadot/util-crypto sr25519PairFromSeed(mnemonicToMiniSecret(DEV_PHRASE)).publicKey
  CHECK(toHex(pair.public_key) == "0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a");
  CHECK(sr25519::publicFromSecret(pair.secret) == pair.public_key);
  // Ed25519-mode expansion keeps the scalar below 2^252 (canonical), round-trips through bytes.
  auto back = sr25519::SecretKey::fromBytes(pair.secret.toBytes());
  REQUIRE(back.has_value());
  CHECK(*back == pair.secret);
}

TEST_CASE("Alice and Bob (//Alice, //Bob from the dev phrase)") {
  CHECK(toHex(alice().public_key) ==
        "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  auto bob = sr25519FromUri("//Bob");
  REQUIRE(bob.has_value());
  CHECK(toHex(bob->public_key) == "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");

  // The same by hand: chain code = SCALE("Alice") zero-padded, one hard step from the root.
  const auto root = sr25519::keypairFromMiniSecret(devSeed());
  ChainCode cc{};
  const ByteVec encoded = scaleEncodeString("Alice");
  std::memcpy(cc.data(), encoded.data(), encoded.size());
  const auto child = sr25519::keypairFromMiniSecret(sr25519::hardDeriveMiniSecret(root.secret, cc));
  CHECK(child.public_key == alice().public_key);
}

TEST_CASE("sign then verify") {
  const auto pair = alice();
  for (std::string_view msg : {"", "hello", "a message longer than one STROBE block of 166 bytes, "
                                            "repeated: a message longer than one STROBE block of "
                                            "166 bytes, repeated: a message longer than one block"}) {
    const auto sig = sr25519::sign(pair, asBytes(msg));
    CHECK((sig[63] & 0x80) != 0);
    CHECK(sr25519::verify(sig, asBytes(msg), pair.public_key));
    CHECK(sr25519::verifyDeprecated(sig, asBytes(msg), pair.public_key));
    CHECK_FALSE(sr25519::verify(sig, asBytes(std::string(msg) + "!"), pair.public_key));
  }
}

TEST_CASE("signatures are randomized; fixed randomness makes them deterministic") {
  const auto pair = alice();
  const auto msg = asBytes("hello");
  const Bytes<32> r1{}, r2 = [] {
    Bytes<32> r{};
    r[31] = 9;
    return r;
  }();
  CHECK(sr25519::signWithRandomness(pair, msg, r1) == sr25519::signWithRandomness(pair, msg, r1));
  const auto s1 = sr25519::signWithRandomness(pair, msg, r1);
  const auto s2 = sr25519::signWithRandomness(pair, msg, r2);
  CHECK(s1 != s2);
  CHECK(sr25519::verify(s1, msg, pair.public_key));
  CHECK(sr25519::verify(s2, msg, pair.public_key));
  CHECK(sr25519::sign(pair, msg) != sr25519::sign(pair, msg));
}

TEST_CASE("verify rejects malformed signatures and keys") {
  const auto pair = alice();
  const auto msg = asBytes("hello");
  const auto sig = sr25519::sign(pair, msg);

  auto unmarked = sig;
  unmarked[63] &= 0x7f;
  CHECK_FALSE(sr25519::verify(unmarked, msg, pair.public_key));  // NotMarkedSchnorrkel

  auto big_s = sig;
  std::memset(big_s.data() + 32, 0xff, 32);  // s ≥ ℓ (marker stays set)
  CHECK_FALSE(sr25519::verify(big_s, msg, pair.public_key));  // ScalarFormatError
  CHECK_FALSE(sr25519::verifyDeprecated(big_s, msg, pair.public_key));

  sr25519::Public bad_key;
  bad_key.fill(0xff);  // not a canonical field element: does not decode
  CHECK_FALSE(sr25519::verify(sig, msg, bad_key));
  CHECK_FALSE(sr25519::verify(sig, msg, sr25519::Public{}));  // identity key

  auto other_r = sig;
  other_r[0] ^= 1;
  CHECK_FALSE(sr25519::verify(other_r, msg, pair.public_key));
}

TEST_CASE("the identity public key decodes, as in curve25519-dalek") {
  // schnorrkel accepts A = identity (it decompresses), so R = s·B verifies for any message: the
  // same answer as Substrate's, however odd.
  ristretto::Scalar s{};
  s[0] = 5;
  sr25519::Signature sig;
  const auto r = ristretto::mulBase(s);
  std::memcpy(sig.data(), r.data(), 32);
  std::memcpy(sig.data() + 32, s.data(), 32);
  sig[63] |= 0x80;
  CHECK(sr25519::verify(sig, asBytes("anything"), sr25519::Public{}));
}

TEST_CASE("verifyDeprecated accepts schnorrkel 0.1.1 signatures, verify does not") {
  // A legacy signature built with the pre-audit transcript (sign.rs#L263's verifier side):
  // t = Transcript("substrate"), sign-bytes, proto-name, "pk", "no", challenge "".
  const auto pair = alice();
  const auto msg = asBytes("legacy");
  ristretto::Scalar r{};
  r[0] = 42;
  const auto big_r = ristretto::mulBase(r);
  Transcript t(sr25519::kSigningContext);
  t.appendMessage("sign-bytes", msg);
  t.appendMessage("proto-name", asBytes("Schnorr-sig"));
  t.appendMessage("pk", pair.public_key);
  t.appendMessage("no", big_r);
  Bytes<64> wide;
  t.challengeBytes("", wide);
  const auto k = ristretto::fromWide(wide);
  const auto s = ristretto::scalarAdd(ristretto::scalarMul(k, pair.secret.key), r);
  sr25519::Signature legacy;
  std::memcpy(legacy.data(), big_r.data(), 32);
  std::memcpy(legacy.data() + 32, s.data(), 32);
  REQUIRE((legacy[63] & 0x80) == 0);  // s < 2^253: the marker bit is clear

  CHECK(sr25519::verifyDeprecated(legacy, msg, pair.public_key));
  CHECK_FALSE(sr25519::verify(legacy, msg, pair.public_key));
  CHECK_FALSE(sr25519::verifyDeprecated(legacy, asBytes("other"), pair.public_key));
}

TEST_CASE("soft derivation: secret and public paths agree") {
  const auto pair = alice();
  ChainCode cc{};
  cc[0] = 7;
  const auto child_secret = sr25519::softDeriveSecret(pair, cc);
  const auto child_public = sr25519::softDerivePublic(pair.public_key, cc);
  REQUIRE(child_public.has_value());
  CHECK(sr25519::publicFromSecret(child_secret) == *child_public);
  CHECK(*child_public != pair.public_key);
  // The child signs for its public key.
  const sr25519::Keypair child{child_secret, *child_public};
  CHECK(sr25519::verify(sr25519::sign(child, asBytes("x")), asBytes("x"), *child_public));
  // Hard and soft steps with the same chain code lead to different keys.
  const auto hard = sr25519::keypairFromMiniSecret(sr25519::hardDeriveMiniSecret(pair.secret, cc));
  CHECK(hard.public_key != *child_public);
  sr25519::Public bad;
  bad.fill(0xff);
  CHECK_FALSE(sr25519::softDerivePublic(bad, cc).has_value());
}
