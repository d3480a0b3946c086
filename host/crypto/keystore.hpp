// SPDX-License-Identifier: Apache-2.0
// An in-memory keystore, the host side of sp-io's `ext_crypto_{sr25519,ed25519,ecdsa}_{generate,
// public_keys,sign}`: secrets kept per (KeyTypeId, scheme, public key), generated from a secret URI
// ("//Alice") or at random. Shaped after sp_keystore's `MemoryKeystore` (polkadot-sdk
// substrate/primitives/keystore/src/testing.rs), with public keys listed in insertion order.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "host/crypto/bytes.hpp"
#include "host/crypto/ecdsa.hpp"
#include "host/crypto/ed25519.hpp"
#include "host/crypto/error.hpp"
#include "host/crypto/scheme.hpp"
#include "host/crypto/sr25519.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::crypto {

/// sp_core `KeyTypeId`: four bytes, usually ASCII ("aura", "gran").
using KeyTypeId = Bytes<4>;

/// The KeyTypeId spelled by a four-character literal.
constexpr KeyTypeId keyTypeId(const char (&tag)[5]) {
  return {static_cast<uint8_t>(tag[0]), static_cast<uint8_t>(tag[1]), static_cast<uint8_t>(tag[2]),
          static_cast<uint8_t>(tag[3])};
}

/// sp_core::crypto::key_types used by this project's chains.
inline constexpr KeyTypeId kAuraKeyType = keyTypeId("aura");
inline constexpr KeyTypeId kGrandpaKeyType = keyTypeId("gran");
inline constexpr KeyTypeId kAccountKeyType = keyTypeId("acco");

/// Substrate's well-known dev accounts, derived as "//<name>" from the dev phrase
/// (sp_keyring's `Sr25519Keyring`/`Ed25519Keyring` order).
inline constexpr std::array<std::string_view, 6> kDevAccountNames = {
    "Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"};

/// In-memory keys by (key type, scheme, public key).
class Keystore {
 public:
  // --- per scheme, as the host functions use them ---

  /// A new key from the secret URI `seed` (e.g. "//Alice"), or random when absent; returns its
  /// public key. Adding a key that is already present keeps one copy.
  rt::Result<sr25519::Public, CryptoError> sr25519Generate(KeyTypeId type,
                                                           std::optional<std::string_view> seed);
  rt::Result<ed25519::Public, CryptoError> ed25519Generate(KeyTypeId type,
                                                           std::optional<std::string_view> seed);
  rt::Result<ecdsa::Public, CryptoError> ecdsaGenerate(KeyTypeId type,
                                                       std::optional<std::string_view> seed);

  /// The public keys held for `type`, in insertion order.
  std::vector<sr25519::Public> sr25519PublicKeys(KeyTypeId type) const;
  std::vector<ed25519::Public> ed25519PublicKeys(KeyTypeId type) const;
  std::vector<ecdsa::Public> ecdsaPublicKeys(KeyTypeId type) const;

  /// A signature by the key (type, public), or nullopt when the keystore does not hold it.
  std::optional<sr25519::Signature> sr25519Sign(KeyTypeId type, const sr25519::Public& public_key,
                                                ByteSpan message) const;
  std::optional<ed25519::Signature> ed25519Sign(KeyTypeId type, const ed25519::Public& public_key,
                                                ByteSpan message) const;
  std::optional<ecdsa::Signature> ecdsaSign(KeyTypeId type, const ecdsa::Public& public_key,
                                            ByteSpan message) const;
  std::optional<ecdsa::Signature> ecdsaSignPrehashed(KeyTypeId type, const ecdsa::Public& public_key,
                                                     const Hash256& digest) const;

  // --- scheme-tagged, public keys and signatures as bytes ---

  /// `generate` for `scheme`; the public key's bytes.
  rt::Result<ByteVec, CryptoError> generate(KeyTypeId type, Scheme scheme,
                                            std::optional<std::string_view> seed);
  /// The public keys of `scheme` held for `type`.
  std::vector<ByteVec> publicKeys(KeyTypeId type, Scheme scheme) const;
  /// A signature, or nullopt when the key is not held (or `public_key` has the wrong size).
  std::optional<ByteVec> sign(KeyTypeId type, Scheme scheme, ByteSpan public_key,
                              ByteSpan message) const;
  /// True when the keystore holds the secret of (type, scheme, public key).
  bool has(KeyTypeId type, Scheme scheme, ByteSpan public_key) const;

 private:
  template <typename Pair>
  struct Entry {
    KeyTypeId type;
    Pair pair;
  };
  std::vector<Entry<sr25519::Keypair>> sr25519_;
  std::vector<Entry<ed25519::Keypair>> ed25519_;
  std::vector<Entry<ecdsa::Keypair>> ecdsa_;
};

/// Adds //Alice … //Ferdie (kDevAccountNames) of `scheme` under `type`; their public keys in order.
std::vector<ByteVec> addDevAccounts(Keystore& keystore, KeyTypeId type, Scheme scheme);

}  // namespace rt::hostlib::crypto
