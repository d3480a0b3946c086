// SPDX-License-Identifier: Apache-2.0
// ed25519 over libsodium's crypto_sign_* and Substrate's hard derivation.
#include "host/crypto/ed25519.hpp"

#include <sodium.h>

#include <cstring>

#include "host/crypto/hdkd.hpp"
#include "host/crypto/sodium.hpp"

namespace rt::hostlib::crypto::ed25519 {
namespace {

// libsodium's 64-byte secret key: seed ‖ public key.
Bytes<64> expanded(const Keypair& pair) {
  Bytes<64> sk;
  std::memcpy(sk.data(), pair.seed.data(), 32);
  std::memcpy(sk.data() + 32, pair.public_key.data(), 32);
  return sk;
}

}  // namespace

Keypair keypairFromSeed(const Seed& seed) {
  ensureSodium();
  Keypair pair{seed, {}};
  Bytes<64> sk;
  crypto_sign_seed_keypair(pair.public_key.data(), sk.data(), seed.data());
  sodium_memzero(sk.data(), sk.size());
  return pair;
}

Signature sign(const Keypair& pair, ByteSpan message) {
  ensureSodium();
  Bytes<64> sk = expanded(pair);
  Signature sig;
  crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), sk.data());
  sodium_memzero(sk.data(), sk.size());
  return sig;
}

bool verify(const Signature& signature, ByteSpan message, const Public& public_key) {
  ensureSodium();
  return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                     public_key.data()) == 0;
}

Seed deriveHard(const Seed& seed, const ChainCode& chain_code) {
  return hdkdHash("Ed25519HDKD", seed, chain_code);
}

}  // namespace rt::hostlib::crypto::ed25519
