// SPDX-License-Identifier: Apache-2.0
// Key pairs from secret URIs ("//Alice", "0x<seed>//hard/soft", "<phrase>///password"), as sp_core's
// `Pair::from_string_with_seed` builds them for each scheme: the root seed from the hex seed or the
// phrase (see mnemonic.hpp), then the path's junctions applied in order.
// Sources: polkadot-sdk substrate/primitives/core/src/crypto.rs `from_string_with_seed`, and each
// scheme's `Pair::derive` (sr25519.rs @ 038b513d, ed25519.rs, ecdsa.rs @ 037f70c9).
#pragma once

#include <optional>
#include <string_view>

#include "host/crypto/ecdsa.hpp"
#include "host/crypto/ed25519.hpp"
#include "host/crypto/error.hpp"
#include "host/crypto/sr25519.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto {

/// sr25519: hard junctions re-expand the derived mini secret, soft junctions derive the secret key
/// (its nonce seed is then random, which does not change the public key).
rt::Result<sr25519::Keypair, CryptoError> sr25519FromUri(
    std::string_view uri, std::optional<std::string_view> password = std::nullopt);

/// ed25519: hard junctions only ("Ed25519HDKD"); a soft one is SoftKeyInPath.
rt::Result<ed25519::Keypair, CryptoError> ed25519FromUri(
    std::string_view uri, std::optional<std::string_view> password = std::nullopt);

/// ecdsa: hard junctions only ("Secp256k1HDKD"); a soft one is SoftKeyInPath.
rt::Result<ecdsa::Keypair, CryptoError> ecdsaFromUri(
    std::string_view uri, std::optional<std::string_view> password = std::nullopt);

}  // namespace rt::hostlib::crypto
