// SPDX-License-Identifier: Apache-2.0
// ed25519 (RFC 8032) through libsodium, as `sp_core::ed25519`: keys from a 32-byte seed,
// deterministic signatures, verification, and Substrate's hard derivation ("Ed25519HDKD").
// Source: paritytech/polkadot-sdk substrate/primitives/core/src/ed25519.rs.
//
// Verification follows libsodium, which is stricter than the ed25519-zebra (ZIP-215) rules of
// `sp_core::ed25519::Pair::verify` on adversarial inputs: libsodium rejects small-order or
// non-canonical A and R and uses the cofactorless equation. Honest signatures verify the same.
#pragma once

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto::ed25519 {

using Seed = Bytes<32>;       ///< the RFC 8032 private key (Substrate's ed25519 `Seed`)
using Public = Bytes<32>;     ///< compressed Edwards point
using Signature = Bytes<64>;  ///< R ‖ S

/// A seed with its public key.
struct Keypair {
  Seed seed;
  Public public_key;
};

/// `Pair::from_seed` (crypto_sign_seed_keypair).
Keypair keypairFromSeed(const Seed& seed);

/// `Pair::sign`: RFC 8032 Ed25519, deterministic.
Signature sign(const Keypair& pair, ByteSpan message);

/// ext_crypto_ed25519_verify_version_1 (see the file comment for the edge-case rules).
bool verify(const Signature& signature, ByteSpan message, const Public& public_key);

/// sp_core::ed25519 `derive_hard_junction`: blake2-256 of the SCALE encoding of
/// ("Ed25519HDKD", seed, chain code).
Seed deriveHard(const Seed& seed, const ChainCode& chain_code);

}  // namespace rt::hostlib::crypto::ed25519
