// SPDX-License-Identifier: Apache-2.0
// The hard-derivation hash shared by sp_core's ed25519 and ecdsa pairs:
// `(tag, secret_seed, cc).using_encoded(blake2_256)` — the SCALE encoding of a (str, [u8; 32],
// [u8; 32]) tuple is compact(len(tag)) ‖ tag ‖ seed ‖ cc.
// Sources: polkadot-sdk substrate/primitives/core/src/ed25519.rs `derive_hard_junction`
// ("Ed25519HDKD") and substrate/primitives/core/src/ecdsa.rs @ 037f70c95ea7548495170bf41f55032a8f55247e
// `derive_hard_junction` ("Secp256k1HDKD").
#pragma once

#include <string_view>

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto {

/// blake2-256(SCALE((tag, seed, chain_code))). `tag` must be shorter than 64 bytes (one-byte
/// compact length), which both Substrate tags are.
Bytes<32> hdkdHash(std::string_view tag, const Bytes<32>& seed, const ChainCode& chain_code);

}  // namespace rt::hostlib::crypto
