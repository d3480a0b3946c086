// SPDX-License-Identifier: Apache-2.0
// sr25519 (schnorrkel) over libsodium's ristretto255 and our Merlin transcript. Each function names
// the schnorrkel source it mirrors: w3f/schnorrkel @ 64f89e04cb597e40aaa96b3ba36f49103eb43eca,
// https://github.com/w3f/schnorrkel/blob/64f89e04cb597e40aaa96b3ba36f49103eb43eca/src/<file>#L<n>.
#include "host/crypto/sr25519.hpp"

#include <sodium.h>

#include <cstring>
#include <initializer_list>

#include "host/crypto/merlin_transcript.hpp"
#include "host/crypto/ristretto.hpp"
#include "host/crypto/sodium.hpp"

namespace rt::hostlib::crypto::sr25519 {
namespace {

// --- transcript helpers (context.rs) ---

// context.rs#L190 `SigningContext::new` + #L202 `bytes`: the transcript of one signed message.
Transcript signingTranscript(std::string_view context, ByteSpan message) {
  Transcript t("SigningContext");
  t.appendMessage("", asBytes(context));
  t.appendMessage("sign-bytes", message);
  return t;
}

// context.rs#L63 `challenge_scalar`: 64 challenge bytes reduced mod ℓ.
ristretto::Scalar challengeScalar(Transcript& t, std::string_view label) {
  Bytes<64> wide;
  t.challengeBytes(label, wide);
  return ristretto::fromWide(wide);
}

// context.rs#L142 `witness_bytes_rng` for merlin::Transcript: fork, rekey with each nonce seed
// under `label`, finalize with external randomness, then draw `out`.
void witnessBytes(const Transcript& t, std::string_view label, std::initializer_list<ByteSpan> seeds,
                  const Bytes<32>& randomness, std::span<uint8_t> out) {
  TranscriptRngBuilder builder = t.buildRng();
  for (ByteSpan seed : seeds) builder.rekeyWithWitnessBytes(label, seed);
  TranscriptRng rng = builder.finalize(randomness);
  rng.fillBytes(out);
}

// --- derivation helpers (derive.rs) ---

// derive.rs#L101 `derived_key_simple`: the HDKD transcript for index `i` (Substrate passes b"").
Transcript hdkdTranscript() {
  Transcript t("SchnorrRistrettoHDKD");
  t.appendMessage("sign-bytes", {});
  return t;
}

// derive.rs#L129 `derive_scalar_and_chaincode`: the mutating scalar of a soft step (the next chain
// code is drawn afterwards, as schnorrkel does, so the transcript state stays identical).
ristretto::Scalar deriveScalar(Transcript& t, const Public& public_key, const ChainCode& cc) {
  t.appendMessage("chain-code", cc);
  t.appendMessage("public-key", public_key);
  ristretto::Scalar scalar = challengeScalar(t, "HDKD-scalar");
  ChainCode next;
  t.challengeBytes("HDKD-chaincode", next);
  return scalar;
}

// sign.rs#L64 `check_scalar` after `Signature::from_bytes` cleared the marker (sign.rs#L115).
bool parseS(const Signature& sig, ristretto::Scalar& s) {
  std::memcpy(s.data(), sig.data() + 32, 32);
  s[31] &= 0x7f;
  return ristretto::isCanonical(s);
}

// R' = s·B − k·A compared with R (sign.rs#L228 `verify`: vartime_double_scalar_mul_basepoint).
bool equationHolds(const ristretto::Scalar& k, const Public& a, const ristretto::Scalar& s,
                   const Signature& sig) {
  const auto ka = ristretto::pointMul(k, a);
  if (!ka) return false;
  const auto r = ristretto::pointSub(ristretto::mulBase(s), *ka);
  return r && std::memcmp(r->data(), sig.data(), 32) == 0;
}

}  // namespace

Bytes<64> SecretKey::toBytes() const {
  Bytes<64> out;
  std::memcpy(out.data(), key.data(), 32);
  std::memcpy(out.data() + 32, nonce.data(), 32);
  return out;
}

rt::Result<SecretKey, CryptoError> SecretKey::fromBytes(const Bytes<64>& bytes) {
  SecretKey sk;
  std::memcpy(sk.key.data(), bytes.data(), 32);
  std::memcpy(sk.nonce.data(), bytes.data() + 32, 32);
  if (!ristretto::isCanonical(sk.key)) return rt::Err(CryptoError::InvalidSeed);
  return sk;
}

Keypair keypairFromMiniSecret(const MiniSecret& mini) {
  ensureSodium();
  // keys.rs#L181 `expand_ed25519`.
  Bytes<64> h;
  crypto_hash_sha512(h.data(), mini.data(), mini.size());
  Keypair pair;
  Bytes<32>& key = pair.secret.key;
  std::memcpy(key.data(), h.data(), 32);
  key[0] &= 248;
  key[31] &= 63;
  key[31] |= 64;
  // scalars.rs#L15 `divide_scalar_bytes_by_cofactor`: shift the 256-bit value right by 3.
  uint8_t low = 0;
  for (int i = 31; i >= 0; --i) {
    const uint8_t r = key[i] & 0b111;
    key[i] = static_cast<uint8_t>((key[i] >> 3) + low);
    low = static_cast<uint8_t>(r << 5);
  }
  std::memcpy(pair.secret.nonce.data(), h.data() + 32, 32);
  pair.public_key = publicFromSecret(pair.secret);
  sodium_memzero(h.data(), h.size());
  return pair;
}

Public publicFromSecret(const SecretKey& secret) { return ristretto::mulBase(secret.key); }

Signature sign(const Keypair& pair, ByteSpan message) {
  return signWithRandomness(pair, message, random32());
}

Signature signWithRandomness(const Keypair& pair, ByteSpan message, const Bytes<32>& randomness) {
  // sign.rs#L172 `SecretKey::sign`.
  Transcript t = signingTranscript(kSigningContext, message);
  t.appendMessage("proto-name", asBytes("Schnorr-sig"));
  t.appendMessage("sign:pk", pair.public_key);

  Bytes<64> wide;
  witnessBytes(t, "signing", {pair.secret.nonce}, randomness, wide);
  ristretto::Scalar r = ristretto::fromWide(wide);
  const ristretto::Point big_r = ristretto::mulBase(r);

  t.appendMessage("sign:R", big_r);
  const ristretto::Scalar k = challengeScalar(t, "sign:c");
  const ristretto::Scalar s = ristretto::scalarAdd(ristretto::scalarMul(k, pair.secret.key), r);
  sodium_memzero(r.data(), r.size());
  sodium_memzero(wide.data(), wide.size());

  // sign.rs#L92 `Signature::to_bytes`: R ‖ s with the schnorrkel marker bit.
  Signature sig;
  std::memcpy(sig.data(), big_r.data(), 32);
  std::memcpy(sig.data() + 32, s.data(), 32);
  sig[63] |= 0x80;
  return sig;
}

bool verify(const Signature& signature, ByteSpan message, const Public& public_key) {
  if ((signature[63] & 0x80) == 0) return false;  // NotMarkedSchnorrkel
  ristretto::Scalar s;
  if (!parseS(signature, s)) return false;                     // ScalarFormatError
  if (!ristretto::isValidPoint(public_key)) return false;      // PointDecompressionError

  Transcript t = signingTranscript(kSigningContext, message);
  t.appendMessage("proto-name", asBytes("Schnorr-sig"));
  t.appendMessage("sign:pk", public_key);
  t.appendMessage("sign:R", ByteSpan(signature.data(), 32));
  const ristretto::Scalar k = challengeScalar(t, "sign:c");
  return equationHolds(k, public_key, s, signature);
}

bool verifyDeprecated(const Signature& signature, ByteSpan message, const Public& public_key) {
  if (!ristretto::isValidPoint(public_key)) return false;
  ristretto::Scalar s;
  if (!parseS(signature, s)) return false;
  // A marked signature with a canonical s is a current one: verify it as such, with no fallback.
  if (signature[63] & 0x80) return verify(signature, message, public_key);

  // sign.rs#L263 `verify_simple_preaudit_deprecated`: schnorrkel 0.1.1's transcript.
  Transcript t(kSigningContext);
  t.appendMessage("sign-bytes", message);
  t.appendMessage("proto-name", asBytes("Schnorr-sig"));
  t.appendMessage("pk", public_key);
  t.appendMessage("no", ByteSpan(signature.data(), 32));
  const ristretto::Scalar k = challengeScalar(t, "");
  return equationHolds(k, public_key, s, signature);
}

MiniSecret hardDeriveMiniSecret(const SecretKey& secret, const ChainCode& chain_code) {
  // derive.rs#L159 `SecretKey::hard_derive_mini_secret_key(Some(cc), b"")`.
  Transcript t = hdkdTranscript();
  t.appendMessage("chain-code", chain_code);
  t.appendMessage("secret-key", secret.key);
  MiniSecret mini;
  t.challengeBytes("HDKD-hard", mini);
  return mini;
}

SecretKey softDeriveSecret(const Keypair& pair, const ChainCode& chain_code) {
  // derive.rs#L248 `Keypair::derive_secret_key`.
  Transcript t = hdkdTranscript();
  const ristretto::Scalar scalar = deriveScalar(t, pair.public_key, chain_code);
  SecretKey child;
  const Bytes<64> secret_bytes = pair.secret.toBytes();
  witnessBytes(t, "HDKD-nonce", {pair.secret.nonce, secret_bytes}, random32(), child.nonce);
  child.key = ristretto::scalarAdd(pair.secret.key, scalar);
  return child;
}

rt::Result<Public, CryptoError> softDerivePublic(const Public& public_key,
                                                 const ChainCode& chain_code) {
  // derive.rs#L292 `Derivation for PublicKey`.
  if (!ristretto::isValidPoint(public_key)) return rt::Err(CryptoError::InvalidPublicKey);
  Transcript t = hdkdTranscript();
  const ristretto::Scalar scalar = deriveScalar(t, public_key, chain_code);
  const auto child = ristretto::pointAdd(public_key, ristretto::mulBase(scalar));
  if (!child) return rt::Err(CryptoError::InvalidPublicKey);
  return *child;
}

}  // namespace rt::hostlib::crypto::sr25519
