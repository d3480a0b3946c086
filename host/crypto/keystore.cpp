// SPDX-License-Identifier: Apache-2.0
// The in-memory keystore: one vector of key pairs per scheme, searched linearly (a test and
// benchmark host holds a handful of keys).
#include "host/crypto/keystore.hpp"

#include <algorithm>
#include <string>

#include "host/crypto/from_uri.hpp"
#include "host/crypto/sodium.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::crypto {
namespace {

template <typename Entries, typename Public>
auto* findPair(const Entries& entries, KeyTypeId type, const Public& public_key) {
  const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) {
    return e.type == type && e.pair.public_key == public_key;
  });
  return it == entries.end() ? nullptr : &it->pair;
}

template <typename Entries, typename Pair>
void insertUnique(Entries& entries, KeyTypeId type, const Pair& pair) {
  if (findPair(entries, type, pair.public_key) == nullptr) entries.push_back({type, pair});
}

template <typename Entries>
auto publicKeysOf(const Entries& entries, KeyTypeId type) {
  std::vector<decltype(entries.front().pair.public_key)> out;
  for (const auto& e : entries) {
    if (e.type == type) out.push_back(e.pair.public_key);
  }
  return out;
}

template <size_t N>
std::optional<Bytes<N>> fixed(ByteSpan s) {
  if (s.size() != N) return std::nullopt;
  Bytes<N> out;
  std::copy_n(s.begin(), N, out.begin());
  return out;
}

template <size_t N>
ByteVec vec(const Bytes<N>& b) {
  return ByteVec(b.begin(), b.end());
}

}  // namespace

// --- generate ---

rt::Result<sr25519::Public, CryptoError> Keystore::sr25519Generate(
    KeyTypeId type, std::optional<std::string_view> seed) {
  sr25519::Keypair pair;
  if (seed) {
    RT_TRY(pair, sr25519FromUri(*seed));
  } else {
    pair = sr25519::keypairFromMiniSecret(random32());
  }
  insertUnique(sr25519_, type, pair);
  return pair.public_key;
}

rt::Result<ed25519::Public, CryptoError> Keystore::ed25519Generate(
    KeyTypeId type, std::optional<std::string_view> seed) {
  ed25519::Keypair pair;
  if (seed) {
    RT_TRY(pair, ed25519FromUri(*seed));
  } else {
    pair = ed25519::keypairFromSeed(random32());
  }
  insertUnique(ed25519_, type, pair);
  return pair.public_key;
}

rt::Result<ecdsa::Public, CryptoError> Keystore::ecdsaGenerate(
    KeyTypeId type, std::optional<std::string_view> seed) {
  ecdsa::Keypair pair;
  if (seed) {
    RT_TRY(pair, ecdsaFromUri(*seed));
  } else {
    // A random 32-byte string is a valid secp256k1 key except with probability ~2^-128.
    for (;;) {
      auto candidate = ecdsa::keypairFromSeed(random32());
      if (candidate) {
        pair = *candidate;
        break;
      }
    }
  }
  insertUnique(ecdsa_, type, pair);
  return pair.public_key;
}

// --- public keys ---

std::vector<sr25519::Public> Keystore::sr25519PublicKeys(KeyTypeId type) const {
  return publicKeysOf(sr25519_, type);
}
std::vector<ed25519::Public> Keystore::ed25519PublicKeys(KeyTypeId type) const {
  return publicKeysOf(ed25519_, type);
}
std::vector<ecdsa::Public> Keystore::ecdsaPublicKeys(KeyTypeId type) const {
  return publicKeysOf(ecdsa_, type);
}

// --- sign ---

std::optional<sr25519::Signature> Keystore::sr25519Sign(KeyTypeId type,
                                                        const sr25519::Public& public_key,
                                                        ByteSpan message) const {
  const auto* pair = findPair(sr25519_, type, public_key);
  if (!pair) return std::nullopt;
  return sr25519::sign(*pair, message);
}

std::optional<ed25519::Signature> Keystore::ed25519Sign(KeyTypeId type,
                                                        const ed25519::Public& public_key,
                                                        ByteSpan message) const {
  const auto* pair = findPair(ed25519_, type, public_key);
  if (!pair) return std::nullopt;
  return ed25519::sign(*pair, message);
}

std::optional<ecdsa::Signature> Keystore::ecdsaSign(KeyTypeId type, const ecdsa::Public& public_key,
                                                    ByteSpan message) const {
  const auto* pair = findPair(ecdsa_, type, public_key);
  if (!pair) return std::nullopt;
  return ecdsa::sign(*pair, message);
}

std::optional<ecdsa::Signature> Keystore::ecdsaSignPrehashed(KeyTypeId type,
                                                             const ecdsa::Public& public_key,
                                                             const Hash256& digest) const {
  const auto* pair = findPair(ecdsa_, type, public_key);
  if (!pair) return std::nullopt;
  return ecdsa::signPrehashed(*pair, digest);
}

// --- scheme-tagged ---

rt::Result<ByteVec, CryptoError> Keystore::generate(KeyTypeId type, Scheme scheme,
                                                    std::optional<std::string_view> seed) {
  switch (scheme) {
    case Scheme::Sr25519: {
      RT_TRY(auto pub, sr25519Generate(type, seed));
      return vec(pub);
    }
    case Scheme::Ed25519: {
      RT_TRY(auto pub, ed25519Generate(type, seed));
      return vec(pub);
    }
    case Scheme::Ecdsa: {
      RT_TRY(auto pub, ecdsaGenerate(type, seed));
      return vec(pub);
    }
  }
  RT_UNREACHABLE("unknown scheme");
}

std::vector<ByteVec> Keystore::publicKeys(KeyTypeId type, Scheme scheme) const {
  std::vector<ByteVec> out;
  switch (scheme) {
    case Scheme::Sr25519:
      for (const auto& k : sr25519PublicKeys(type)) out.push_back(vec(k));
      break;
    case Scheme::Ed25519:
      for (const auto& k : ed25519PublicKeys(type)) out.push_back(vec(k));
      break;
    case Scheme::Ecdsa:
      for (const auto& k : ecdsaPublicKeys(type)) out.push_back(vec(k));
      break;
  }
  return out;
}

std::optional<ByteVec> Keystore::sign(KeyTypeId type, Scheme scheme, ByteSpan public_key,
                                      ByteSpan message) const {
  switch (scheme) {
    case Scheme::Sr25519: {
      const auto pub = fixed<32>(public_key);
      if (!pub) return std::nullopt;
      const auto sig = sr25519Sign(type, *pub, message);
      return sig ? std::optional(vec(*sig)) : std::nullopt;
    }
    case Scheme::Ed25519: {
      const auto pub = fixed<32>(public_key);
      if (!pub) return std::nullopt;
      const auto sig = ed25519Sign(type, *pub, message);
      return sig ? std::optional(vec(*sig)) : std::nullopt;
    }
    case Scheme::Ecdsa: {
      const auto pub = fixed<33>(public_key);
      if (!pub) return std::nullopt;
      const auto sig = ecdsaSign(type, *pub, message);
      return sig ? std::optional(vec(*sig)) : std::nullopt;
    }
  }
  return std::nullopt;
}

bool Keystore::has(KeyTypeId type, Scheme scheme, ByteSpan public_key) const {
  switch (scheme) {
    case Scheme::Sr25519: {
      const auto pub = fixed<32>(public_key);
      return pub && findPair(sr25519_, type, *pub) != nullptr;
    }
    case Scheme::Ed25519: {
      const auto pub = fixed<32>(public_key);
      return pub && findPair(ed25519_, type, *pub) != nullptr;
    }
    case Scheme::Ecdsa: {
      const auto pub = fixed<33>(public_key);
      return pub && findPair(ecdsa_, type, *pub) != nullptr;
    }
  }
  return false;
}

std::vector<ByteVec> addDevAccounts(Keystore& keystore, KeyTypeId type, Scheme scheme) {
  std::vector<ByteVec> out;
  for (std::string_view name : kDevAccountNames) {
    const std::string uri = "//" + std::string(name);
    auto pub = keystore.generate(type, scheme, uri);
    RT_ASSERT(pub.has_value());  // the dev phrase and its junctions are always valid
    out.push_back(*pub);
  }
  return out;
}

}  // namespace rt::hostlib::crypto
