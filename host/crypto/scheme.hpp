// SPDX-License-Identifier: Apache-2.0
// The three signature schemes by tag, for callers that hold keys and signatures as plain bytes
// (the keystore, batch verification, host functions decoding runtime memory).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "host/crypto/bytes.hpp"

namespace rt::hostlib::crypto {

/// A signature scheme of `sp_core` (its `CryptoTypeId` in the comment).
enum class Scheme : uint8_t {
  Sr25519,  ///< "sr25"
  Ed25519,  ///< "ed25"
  Ecdsa,    ///< "ecds"
};

/// "sr25519", "ed25519" or "ecdsa".
constexpr const char* toString(Scheme s) {
  switch (s) {
    case Scheme::Sr25519: return "sr25519";
    case Scheme::Ed25519: return "ed25519";
    case Scheme::Ecdsa: return "ecdsa";
  }
  return "?";
}

/// The scheme named by `toString`, if any.
std::optional<Scheme> schemeFromName(std::string_view name);

/// Public key length: 32, 32, 33.
constexpr size_t publicKeySize(Scheme s) { return s == Scheme::Ecdsa ? 33 : 32; }
/// Signature length: 64, 64, 65.
constexpr size_t signatureSize(Scheme s) { return s == Scheme::Ecdsa ? 65 : 64; }

/// The current verification of each scheme (sr25519_verify v2, ed25519_verify v1,
/// ecdsa_verify v2); false for wrongly sized inputs.
bool verifySignature(Scheme scheme, ByteSpan signature, ByteSpan message, ByteSpan public_key);

}  // namespace rt::hostlib::crypto
