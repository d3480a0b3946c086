// SPDX-License-Identifier: Apache-2.0
// Substrate's ed25519/ecdsa hard-derivation hash.
#include "host/crypto/hdkd.hpp"

#include <sodium.h>

#include "host/hashing/blake2b.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::crypto {

Bytes<32> hdkdHash(std::string_view tag, const Bytes<32>& seed, const ChainCode& chain_code) {
  RT_ASSERT(tag.size() < 64);
  ByteVec encoded;
  encoded.reserve(1 + tag.size() + 64);
  encoded.push_back(static_cast<uint8_t>(tag.size() << 2));  // SCALE compact, single-byte mode
  encoded.insert(encoded.end(), tag.begin(), tag.end());
  encoded.insert(encoded.end(), seed.begin(), seed.end());
  encoded.insert(encoded.end(), chain_code.begin(), chain_code.end());
  const Bytes<32> out = hashing::blake2b256(encoded);
  sodium_memzero(encoded.data(), encoded.size());
  return out;
}

}  // namespace rt::hostlib::crypto
