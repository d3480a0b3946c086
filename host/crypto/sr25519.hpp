// SPDX-License-Identifier: Apache-2.0
// sr25519: Schnorr signatures over ristretto255 with Merlin transcripts, i.e. schnorrkel as
// Substrate's `sp_core::sr25519` uses it — keys from a 32-byte mini secret expanded Ed25519-style,
// the "substrate" signing context, randomized nonces, hard (and soft) HDKD.
// Sources: w3f/schnorrkel @ 64f89e04cb597e40aaa96b3ba36f49103eb43eca (src/keys.rs, src/sign.rs,
// src/context.rs, src/derive.rs, src/scalars.rs) and paritytech/polkadot-sdk
// substrate/primitives/core/src/sr25519.rs @ 038b513da029278368d34254984f4a0ea8e57935.
#pragma once

#include <string_view>

#include "host/crypto/bytes.hpp"
#include "host/crypto/error.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto::sr25519 {

/// sp_core::sr25519 `SIGNING_CTX`.
inline constexpr std::string_view kSigningContext = "substrate";

using MiniSecret = Bytes<32>;  ///< schnorrkel `MiniSecretKey`, Substrate's sr25519 `Seed`
using Public = Bytes<32>;      ///< compressed ristretto255 point
using Signature = Bytes<64>;   ///< R ‖ s, with bit 7 of byte 63 set (the schnorrkel marker)

/// schnorrkel `SecretKey`: the secret scalar and the nonce seed mixed into every signature.
struct SecretKey {
  Bytes<32> key;    ///< scalar mod ℓ, little-endian
  Bytes<32> nonce;  ///< nonce seed

  /// `SecretKey::to_bytes`: key ‖ nonce (keys.rs#L439).
  Bytes<64> toBytes() const;
  /// `SecretKey::from_bytes`: InvalidSeed unless the key half is a canonical scalar (keys.rs#L464).
  static rt::Result<SecretKey, CryptoError> fromBytes(const Bytes<64>& bytes);
  bool operator==(const SecretKey&) const = default;
};

/// A secret key with its public key.
struct Keypair {
  SecretKey secret;
  Public public_key;
};

/// `MiniSecretKey::expand_to_keypair(ExpansionMode::Ed25519)` (keys.rs#L181, #L239): sha512 of the
/// mini secret, the low half clamped and divided by the cofactor, the high half the nonce seed.
Keypair keypairFromMiniSecret(const MiniSecret& mini);

/// `SecretKey::to_public` (keys.rs#L576).
Public publicFromSecret(const SecretKey& secret);

/// `Keypair::sign(signing_context(b"substrate").bytes(message))` with a fresh random nonce seed.
Signature sign(const Keypair& pair, ByteSpan message);

/// As `sign`, with the 32 bytes merlin's TranscriptRngBuilder would draw from the OS RNG given
/// explicitly (deterministic signatures for tests).
Signature signWithRandomness(const Keypair& pair, ByteSpan message, const Bytes<32>& randomness);

/// `sp_core::sr25519::Pair::verify` (ext_crypto_sr25519_verify_version_2): the marker bit must be
/// set, s canonical, the public key decodable, and R = s·B − k·A.
bool verify(const Signature& signature, ByteSpan message, const Public& public_key);

/// `Pair::verify_deprecated` (ext_crypto_sr25519_verify_version_1): as `verify`, and for a
/// signature without the marker bit, the schnorrkel 0.1.1 transcript
/// (sign.rs#L263 `verify_simple_preaudit_deprecated`).
bool verifyDeprecated(const Signature& signature, ByteSpan message, const Public& public_key);

/// `SecretKey::hard_derive_mini_secret_key(Some(cc), b"")` (derive.rs#L159), as
/// sp_core::sr25519's `derive_hard_junction`: the mini secret of the child (its chain code is unused
/// by Substrate).
MiniSecret hardDeriveMiniSecret(const SecretKey& secret, const ChainCode& chain_code);

/// `SecretKey::derived_key_simple(cc, b"")` (derive.rs#L101, #L248): the soft child secret. Its
/// nonce seed is drawn with fresh randomness (as schnorrkel does), so only `key` is deterministic.
SecretKey softDeriveSecret(const Keypair& pair, const ChainCode& chain_code);

/// `PublicKey::derived_key_simple(cc, b"")` (derive.rs#L292): the soft child public key;
/// InvalidPublicKey when `public_key` does not decode.
rt::Result<Public, CryptoError> softDerivePublic(const Public& public_key,
                                                 const ChainCode& chain_code);

}  // namespace rt::hostlib::crypto::sr25519
