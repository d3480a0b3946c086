// SPDX-License-Identifier: Apache-2.0
// The host's signature checks (sp_io::crypto), the ones a runtime verifying MultiSignature uses.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace rt::host::crypto {

/// ext_crypto_sr25519_verify_version_2.
bool sr25519Verify(const std::array<uint8_t, 64>& signature, std::span<const uint8_t> message,
                   const std::array<uint8_t, 32>& public_key);
/// ext_crypto_ed25519_verify_version_1.
bool ed25519Verify(const std::array<uint8_t, 64>& signature, std::span<const uint8_t> message,
                   const std::array<uint8_t, 32>& public_key);
/// ext_crypto_ecdsa_verify_version_2 (the message is blake2-256-hashed by the host).
bool ecdsaVerify(const std::array<uint8_t, 65>& signature, std::span<const uint8_t> message,
                 const std::array<uint8_t, 33>& public_key);
/// ext_crypto_secp256k1_ecdsa_recover_compressed_version_2: the signer's compressed public key,
/// or none when the signature does not recover.
std::optional<std::array<uint8_t, 33>> secp256k1RecoverCompressed(const std::array<uint8_t, 65>& signature,
                                                                  const std::array<uint8_t, 32>& message_hash);

}  // namespace rt::host::crypto
