// SPDX-License-Identifier: Apache-2.0
// ecdsa over secp256k1 as `sp_core::ecdsa` and sp-io's `ext_crypto_ecdsa_*` /
// `ext_crypto_secp256k1_ecdsa_recover*` define it: messages are blake2-256 hashed, signatures are
// r ‖ s ‖ v (v the recovery id), public keys 33-byte compressed, verification is by recovery.
// Sources: paritytech/polkadot-sdk substrate/primitives/core/src/ecdsa.rs
// @ 037f70c95ea7548495170bf41f55032a8f55247e and substrate/primitives/io/src/lib.rs
// @ 01e5c617a416633fffec7124f6c047953f2b4397 (trait `Crypto`).
#pragma once

#include "host/crypto/bytes.hpp"
#include "host/crypto/error.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto::ecdsa {

using Seed = Bytes<32>;       ///< the secret key (Substrate's ecdsa `Seed`)
using Public = Bytes<33>;     ///< SEC1 compressed public key
using Signature = Bytes<65>;  ///< r ‖ s ‖ v, v ∈ 0..3 when produced by `sign`

/// A secret key with its compressed public key.
struct Keypair {
  Seed seed;
  Public public_key;
};

/// sp-io `EcdsaVerifyError`, in its SCALE order.
enum class EcdsaVerifyError : uint8_t {
  BadRS,         ///< r or s is not a valid scalar (overflows the group order)
  BadV,          ///< the recovery id is not 0..3 (or 27..30)
  BadSignature,  ///< no public key recovers from the signature
};

/// A short name for the error.
constexpr const char* toString(EcdsaVerifyError e) {
  switch (e) {
    case EcdsaVerifyError::BadRS: return "BadRS";
    case EcdsaVerifyError::BadV: return "BadV";
    case EcdsaVerifyError::BadSignature: return "BadSignature";
  }
  return "?";
}

/// `Pair::from_seed_slice`: InvalidSeed when the seed is zero or not below the group order.
rt::Result<Keypair, CryptoError> keypairFromSeed(const Seed& seed);

/// `Pair::sign`: RFC 6979 recoverable signature over blake2-256(message), low-s.
Signature sign(const Keypair& pair, ByteSpan message);
/// `Pair::sign_prehashed` over a 32-byte digest.
Signature signPrehashed(const Keypair& pair, const Hash256& digest);

/// `Pair::verify` (ext_crypto_ecdsa_verify_version_2): v must be 0..3, r and s must not overflow,
/// and the key recovered from blake2-256(message) must equal `public_key`.
bool verify(const Signature& signature, ByteSpan message, const Public& public_key);
/// `Pair::verify_prehashed` (ext_crypto_ecdsa_verify_prehashed_version_1).
bool verifyPrehashed(const Signature& signature, const Hash256& digest, const Public& public_key);
/// `Pair::verify_deprecated` (ext_crypto_ecdsa_verify_version_1): as `verify`, but r and s are
/// reduced mod n instead of rejected when they overflow.
bool verifyDeprecated(const Signature& signature, ByteSpan message, const Public& public_key);

/// ext_crypto_secp256k1_ecdsa_recover_version_1: v may be 0..3 or 27..30; overflowing r and s
/// are reduced mod n. Returns the 64-byte uncompressed public key without its 0x04 tag.
rt::Result<Bytes<64>, EcdsaVerifyError> recoverV1(const Signature& signature, const Hash256& digest);
/// ext_crypto_secp256k1_ecdsa_recover_version_2 (and _3): overflowing r or s is BadRS.
rt::Result<Bytes<64>, EcdsaVerifyError> recoverV2(const Signature& signature, const Hash256& digest);
/// ext_crypto_secp256k1_ecdsa_recover_compressed_version_1: as recoverV1, 33-byte key.
rt::Result<Public, EcdsaVerifyError> recoverCompressedV1(const Signature& signature,
                                                         const Hash256& digest);
/// ext_crypto_secp256k1_ecdsa_recover_compressed_version_2 (and _3): as recoverV2, 33-byte key.
rt::Result<Public, EcdsaVerifyError> recoverCompressedV2(const Signature& signature,
                                                         const Hash256& digest);

/// sp_core::ecdsa `derive_hard_junction`: blake2-256(SCALE(("Secp256k1HDKD", seed, cc))).
Seed deriveHard(const Seed& seed, const ChainCode& chain_code);

}  // namespace rt::hostlib::crypto::ecdsa
