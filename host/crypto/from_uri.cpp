// SPDX-License-Identifier: Apache-2.0
// Secret URI → key pair for each scheme (sp_core `Pair::from_string_with_seed` + `Pair::derive`).
#include "host/crypto/from_uri.hpp"

#include "host/crypto/hex.hpp"
#include "host/crypto/mnemonic.hpp"
#include "host/crypto/secret_uri.hpp"

namespace rt::hostlib::crypto {
namespace {

struct Root {
  Bytes<32> seed;
  std::vector<DeriveJunction> junctions;
};

// crypto.rs `from_string_with_seed`: a "0x" phrase is the seed itself (exactly 32 bytes, the
// password ignored); any other phrase goes through the mnemonic with the override or URI password.
rt::Result<Root, CryptoError> rootOf(std::string_view text,
                                     std::optional<std::string_view> password_override) {
  RT_TRY(SecretUri uri, parseSecretUri(text));
  Root root{{}, std::move(uri.junctions)};
  if (uri.phrase.starts_with("0x")) {
    auto seed = fromHexFixed<32>(uri.phrase);
    if (!seed) return rt::Err(CryptoError::InvalidSeed);
    root.seed = *seed;
    return root;
  }
  std::string_view password = password_override ? *password_override
                              : uri.password     ? std::string_view(*uri.password)
                                                 : std::string_view();
  auto seed = seedFromPhrase(uri.phrase, password);
  if (!seed) return rt::Err(CryptoError::InvalidPhrase);
  root.seed = *seed;
  return root;
}

}  // namespace

rt::Result<sr25519::Keypair, CryptoError> sr25519FromUri(std::string_view uri,
                                                         std::optional<std::string_view> password) {
  RT_TRY(Root root, rootOf(uri, password));
  // sr25519.rs `Pair::derive`: fold the junctions over the expanded secret.
  sr25519::Keypair acc = sr25519::keypairFromMiniSecret(root.seed);
  for (const DeriveJunction& j : root.junctions) {
    if (j.hard) {
      acc = sr25519::keypairFromMiniSecret(sr25519::hardDeriveMiniSecret(acc.secret, j.chain_code));
    } else {
      acc.secret = sr25519::softDeriveSecret(acc, j.chain_code);
      acc.public_key = sr25519::publicFromSecret(acc.secret);
    }
  }
  return acc;
}

rt::Result<ed25519::Keypair, CryptoError> ed25519FromUri(std::string_view uri,
                                                         std::optional<std::string_view> password) {
  RT_TRY(Root root, rootOf(uri, password));
  // ed25519.rs `Pair::derive`.
  Bytes<32> acc = root.seed;
  for (const DeriveJunction& j : root.junctions) {
    if (!j.hard) return rt::Err(CryptoError::SoftKeyInPath);
    acc = ed25519::deriveHard(acc, j.chain_code);
  }
  return ed25519::keypairFromSeed(acc);
}

rt::Result<ecdsa::Keypair, CryptoError> ecdsaFromUri(std::string_view uri,
                                                     std::optional<std::string_view> password) {
  RT_TRY(Root root, rootOf(uri, password));
  RT_TRY_VOID(ecdsa::keypairFromSeed(root.seed));  // the root pair must exist before deriving
  // ecdsa.rs `Pair::derive`.
  Bytes<32> acc = root.seed;
  for (const DeriveJunction& j : root.junctions) {
    if (!j.hard) return rt::Err(CryptoError::SoftKeyInPath);
    acc = ecdsa::deriveHard(acc, j.chain_code);
  }
  return ecdsa::keypairFromSeed(acc);
}

}  // namespace rt::hostlib::crypto
