// SPDX-License-Identifier: Apache-2.0
// The error values of host/crypto. Verification never errors (it answers false, as sp_core's
// `Pair::verify` does); these are for key material, secret URIs and the keystore.
#pragma once

#include <cstdint>

namespace rt::hostlib::crypto {

/// Why a crypto operation could not produce its result.
enum class CryptoError : uint8_t {
  InvalidSeed,         ///< the seed is not a valid secret for the scheme (e.g. ecdsa: zero or ≥ n)
  InvalidSeedLength,   ///< a hex seed of the wrong length
  InvalidPublicKey,    ///< the bytes do not decode to a public key of the scheme
  InvalidPhrase,       ///< a mnemonic this host cannot turn into entropy (only the dev phrase is known)
  InvalidPath,         ///< a malformed derivation path, or one the scheme cannot follow
  SoftKeyInPath,       ///< a soft junction for a scheme without soft derivation (ed25519, ecdsa)
  InvalidFormat,       ///< malformed hex or secret URI syntax
  KeyNotFound,         ///< the keystore holds no secret for that (key type, scheme, public key)
};

/// A short name for the error, for logs and test output.
constexpr const char* toString(CryptoError e) {
  switch (e) {
    case CryptoError::InvalidSeed: return "InvalidSeed";
    case CryptoError::InvalidSeedLength: return "InvalidSeedLength";
    case CryptoError::InvalidPublicKey: return "InvalidPublicKey";
    case CryptoError::InvalidPhrase: return "InvalidPhrase";
    case CryptoError::InvalidPath: return "InvalidPath";
    case CryptoError::SoftKeyInPath: return "SoftKeyInPath";
    case CryptoError::InvalidFormat: return "InvalidFormat";
    case CryptoError::KeyNotFound: return "KeyNotFound";
  }
  return "?";
}

}  // namespace rt::hostlib::crypto
