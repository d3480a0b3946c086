// SPDX-License-Identifier: Apache-2.0
// MultiSignature and MultiSigner: a signature or public key of any scheme the runtime accepts,
// tagged with the scheme. Ed25519 and Sr25519 signatures are 64 bytes, ECDSA ones 65 (r, s and
// the recovery id); Ed25519/Sr25519 keys are 32 bytes, ECDSA keys 33 (compressed). Eth is ECDSA
// whose account is derived from the keccak-based Ethereum address.
//
// Mirrors `enum MultiSignature` and `enum MultiSigner` (variants Ed25519, Sr25519, Ecdsa, Eth):
// https://github.com/paritytech/polkadot-sdk/blob/0bc9235f2f96e65fa12adf1d6ba4efff85dfb600/substrate/primitives/runtime/src/lib.rs
// Verification is the host's (sp_io::crypto); this file only carries the bytes.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>

#include "codec/codec.hpp"
#include "rt/result.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

/// The signature schemes of MultiSignature / MultiSigner, with their on-chain indices.
enum class SignatureScheme : u8 {
  Ed25519 = 0,  ///< ed25519
  Sr25519 = 1,  ///< schnorrkel sr25519
  Ecdsa = 2,    ///< secp256k1 ECDSA, message hashed with blake2-256
  Eth = 3,      ///< secp256k1 ECDSA, message hashed with keccak-256
};
/// Valid indices of SignatureScheme (for decoding).
constexpr bool scaleEnumValid(SignatureScheme s) { return static_cast<u8>(s) <= 3; }

/// Length of a signature of scheme `s`: 64 for Ed25519/Sr25519, 65 for Ecdsa/Eth.
constexpr std::size_t signatureSize(SignatureScheme s) {
  return s == SignatureScheme::Ecdsa || s == SignatureScheme::Eth ? 65 : 64;
}
/// Length of a public key of scheme `s`: 32 for Ed25519/Sr25519, 33 for Ecdsa/Eth.
constexpr std::size_t publicKeySize(SignatureScheme s) {
  return s == SignatureScheme::Ecdsa || s == SignatureScheme::Eth ? 33 : 32;
}

/// sp_runtime::MultiSignature: the scheme's index, then its fixed-size signature.
struct MultiSignature {
  SignatureScheme scheme = SignatureScheme::Ed25519;  ///< which variant
  std::array<u8, 65> storage{};                       ///< the signature in the first bytes().size()

  /// A signature of `scheme` from exactly signatureSize(scheme) bytes.
  static rt::Result<MultiSignature, LengthError> create(SignatureScheme scheme, std::span<const u8> sig) {
    if (sig.size() != signatureSize(scheme)) return rt::Err(LengthError::WrongLength);
    MultiSignature out;
    out.scheme = scheme;
    std::copy(sig.begin(), sig.end(), out.storage.begin());
    return out;
  }
  /// The signature bytes (64 or 65).
  std::span<const u8> bytes() const { return std::span<const u8>(storage.data(), signatureSize(scheme)); }

  /// Same scheme and signature bytes.
  friend bool operator==(const MultiSignature& a, const MultiSignature& b) {
    return a.scheme == b.scheme && std::ranges::equal(a.bytes(), b.bytes());
  }
};

/// sp_runtime::MultiSigner: the scheme's index, then its fixed-size public key.
struct MultiSigner {
  SignatureScheme scheme = SignatureScheme::Ed25519;  ///< which variant
  std::array<u8, 33> storage{};                       ///< the key in the first bytes().size()

  /// A key of `scheme` from exactly publicKeySize(scheme) bytes.
  static rt::Result<MultiSigner, LengthError> create(SignatureScheme scheme, std::span<const u8> key) {
    if (key.size() != publicKeySize(scheme)) return rt::Err(LengthError::WrongLength);
    MultiSigner out;
    out.scheme = scheme;
    std::copy(key.begin(), key.end(), out.storage.begin());
    return out;
  }
  /// The key bytes (32 or 33).
  std::span<const u8> bytes() const { return std::span<const u8>(storage.data(), publicKeySize(scheme)); }

  /// Same scheme and key bytes.
  friend bool operator==(const MultiSigner& a, const MultiSigner& b) {
    return a.scheme == b.scheme && std::ranges::equal(a.bytes(), b.bytes());
  }
};

namespace detail {

/// The codec of a scheme-tagged key or signature: the scheme's index, then `size(scheme)` bytes.
template <class T, std::size_t (*kSize)(SignatureScheme)>
struct SchemeTaggedCodec {
  /// Writes the index and the bytes.
  template <class S>
  static void encode(codec::Encoder<S>& e, const T& v) {
    e.putByte(static_cast<u8>(v.scheme));
    e.putBytes(v.storage.data(), kSize(v.scheme));
  }
  /// Reads the index (unknown ones are InvalidVariant) and the bytes.
  static void decode(codec::Decoder& d, T& v) {
    v = T{};
    d >> v.scheme;
    const u8* p = d.take(kSize(v.scheme));
    if (p != nullptr) std::copy(p, p + kSize(v.scheme), v.storage.begin());
  }
  /// One index byte and the shorter key or signature.
  static constexpr std::size_t minSize() { return 1 + kSize(SignatureScheme::Ed25519); }
};

}  // namespace detail
}  // namespace rt::runtime::primitives

namespace rt::codec {

/// MultiSignature: index, then 64 or 65 bytes.
template <>
struct Codec<runtime::primitives::MultiSignature>
    : runtime::primitives::detail::SchemeTaggedCodec<runtime::primitives::MultiSignature,
                                                     &runtime::primitives::signatureSize> {};

/// MultiSigner: index, then 32 or 33 bytes.
template <>
struct Codec<runtime::primitives::MultiSigner>
    : runtime::primitives::detail::SchemeTaggedCodec<runtime::primitives::MultiSigner,
                                                     &runtime::primitives::publicKeySize> {};

}  // namespace rt::codec
