// SPDX-License-Identifier: Apache-2.0
// ecdsa over libsecp256k1 (C, ≥ 0.2 with the recovery module). Substrate's host functions mix two
// Rust backends whose parsing differs: version 1 of the recover/verify functions uses `libsecp256k1`
// (`Signature::parse_overflowing_slice` reduces r and s mod n; `RecoveryId::parse` takes 0..3), the
// later versions and `Pair::verify` use the `secp256k1` crate (bindings to this C library:
// `RecoverableSignature::from_compact` rejects overflow). Both are expressed here with the C library,
// reducing r and s ourselves for version 1.
#include "host/crypto/ecdsa.hpp"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstring>
#include <optional>

#include "host/hashing/blake2b.hpp"
#include "host/crypto/hdkd.hpp"
#include "host/crypto/sodium.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::crypto::ecdsa {
namespace {

// The secp256k1 group order n, big-endian (SEC 2 §2.4.1).
constexpr uint8_t kOrder[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
    0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
};

// One signing/verification context for the process, randomized against side channels.
const secp256k1_context* context() {
  static secp256k1_context* const ctx = [] {
    secp256k1_context* c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    RT_ASSERT(c != nullptr);
    const Bytes<32> seed = random32();
    RT_ASSERT(secp256k1_context_randomize(c, seed.data()) == 1);
    return c;
  }();
  return ctx;
}

// x mod n for a 32-byte big-endian x < 2^256 < 2n: subtract n once if x ≥ n
// (what libsecp256k1's `Scalar::set_b32` does on overflow).
void reduceModOrder(uint8_t x[32]) {
  if (std::memcmp(x, kOrder, 32) < 0) return;
  int borrow = 0;
  for (int i = 31; i >= 0; --i) {
    int d = x[i] - kOrder[i] - borrow;
    borrow = d < 0;
    x[i] = static_cast<uint8_t>(d + (borrow ? 256 : 0));
  }
}

// sp-io: `if sig[64] > 26 { sig[64] - 27 } else { sig[64] }`, then RecoveryId 0..3.
std::optional<int> normalizeV(uint8_t v) {
  const int id = v > 26 ? v - 27 : v;
  if (id > 3) return std::nullopt;
  return id;
}

enum class RsMode : uint8_t { Strict, Overflowing };

// Parses r ‖ s with recovery id `recid` and recovers the signer's key from `digest`.
rt::Result<secp256k1_pubkey, EcdsaVerifyError> recoverRaw(const Signature& signature, int recid,
                                                          const Hash256& digest, RsMode mode) {
  uint8_t rs[64];
  std::memcpy(rs, signature.data(), 64);
  if (mode == RsMode::Overflowing) {
    reduceModOrder(rs);
    reduceModOrder(rs + 32);
  }
  secp256k1_ecdsa_recoverable_signature sig;
  if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, rs, recid)) {
    return rt::Err(EcdsaVerifyError::BadRS);
  }
  secp256k1_pubkey pubkey;
  if (!secp256k1_ecdsa_recover(context(), &pubkey, &sig, digest.data())) {
    return rt::Err(EcdsaVerifyError::BadSignature);
  }
  return pubkey;
}

Public serializeCompressed(const secp256k1_pubkey& key) {
  Public out;
  size_t len = out.size();
  secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &key, SECP256K1_EC_COMPRESSED);
  return out;
}

Bytes<64> serializeUncompressedUntagged(const secp256k1_pubkey& key) {
  uint8_t full[65];
  size_t len = sizeof full;
  secp256k1_ec_pubkey_serialize(context(), full, &len, &key, SECP256K1_EC_UNCOMPRESSED);
  Bytes<64> out;
  std::memcpy(out.data(), full + 1, 64);
  return out;
}

// ecdsa.rs `Signature::recover_prehashed` / `verify_deprecated`: v is taken as is (0..3 only).
bool verifyWith(const Signature& signature, const Hash256& digest, const Public& public_key,
                RsMode mode) {
  if (signature[64] > 3) return false;
  auto key = recoverRaw(signature, signature[64], digest, mode);
  return key && serializeCompressed(*key) == public_key;
}

}  // namespace

rt::Result<Keypair, CryptoError> keypairFromSeed(const Seed& seed) {
  if (!secp256k1_ec_seckey_verify(context(), seed.data())) return rt::Err(CryptoError::InvalidSeed);
  secp256k1_pubkey pubkey;
  if (!secp256k1_ec_pubkey_create(context(), &pubkey, seed.data())) {
    return rt::Err(CryptoError::InvalidSeed);
  }
  return Keypair{seed, serializeCompressed(pubkey)};
}

Signature sign(const Keypair& pair, ByteSpan message) {
  return signPrehashed(pair, hashing::blake2b256(message));
}

Signature signPrehashed(const Keypair& pair, const Hash256& digest) {
  secp256k1_ecdsa_recoverable_signature sig;
  // nullptr nonce function = RFC 6979, as the secp256k1 crate's sign_ecdsa_recoverable.
  RT_ASSERT(secp256k1_ecdsa_sign_recoverable(context(), &sig, digest.data(), pair.seed.data(),
                                             nullptr, nullptr) == 1);
  Signature out;
  int recid = 0;
  secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), out.data(), &recid, &sig);
  out[64] = static_cast<uint8_t>(recid);
  return out;
}

bool verify(const Signature& signature, ByteSpan message, const Public& public_key) {
  return verifyWith(signature, hashing::blake2b256(message), public_key, RsMode::Strict);
}

bool verifyPrehashed(const Signature& signature, const Hash256& digest, const Public& public_key) {
  return verifyWith(signature, digest, public_key, RsMode::Strict);
}

bool verifyDeprecated(const Signature& signature, ByteSpan message, const Public& public_key) {
  return verifyWith(signature, hashing::blake2b256(message), public_key, RsMode::Overflowing);
}

rt::Result<Bytes<64>, EcdsaVerifyError> recoverV1(const Signature& signature,
                                                  const Hash256& digest) {
  const auto recid = normalizeV(signature[64]);
  if (!recid) return rt::Err(EcdsaVerifyError::BadV);
  RT_TRY(secp256k1_pubkey key, recoverRaw(signature, *recid, digest, RsMode::Overflowing));
  return serializeUncompressedUntagged(key);
}

rt::Result<Bytes<64>, EcdsaVerifyError> recoverV2(const Signature& signature,
                                                  const Hash256& digest) {
  const auto recid = normalizeV(signature[64]);
  if (!recid) return rt::Err(EcdsaVerifyError::BadV);
  RT_TRY(secp256k1_pubkey key, recoverRaw(signature, *recid, digest, RsMode::Strict));
  return serializeUncompressedUntagged(key);
}

rt::Result<Public, EcdsaVerifyError> recoverCompressedV1(const Signature& signature,
                                                         const Hash256& digest) {
  const auto recid = normalizeV(signature[64]);
  if (!recid) return rt::Err(EcdsaVerifyError::BadV);
  RT_TRY(secp256k1_pubkey key, recoverRaw(signature, *recid, digest, RsMode::Overflowing));
  return serializeCompressed(key);
}

rt::Result<Public, EcdsaVerifyError> recoverCompressedV2(const Signature& signature,
                                                         const Hash256& digest) {
  const auto recid = normalizeV(signature[64]);
  if (!recid) return rt::Err(EcdsaVerifyError::BadV);
  RT_TRY(secp256k1_pubkey key, recoverRaw(signature, *recid, digest, RsMode::Strict));
  return serializeCompressed(key);
}

Seed deriveHard(const Seed& seed, const ChainCode& chain_code) {
  return hdkdHash("Secp256k1HDKD", seed, chain_code);
}

}  // namespace rt::hostlib::crypto::ecdsa
