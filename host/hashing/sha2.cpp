// SPDX-License-Identifier: Apache-2.0
// SHA-2 through libsodium's crypto_hash_sha256 / crypto_hash_sha512 (one-shot).
#include "host/hashing/sha2.hpp"

#include <sodium.h>

#include "host/hashing/sodium_init.hpp"
#include "rt/assert.hpp"

namespace rt::hostlib::hashing {

Hash256 sha256(std::span<const uint8_t> data) {
  detail::ensureSodium();
  Hash256 out;
  const int rc = crypto_hash_sha256(out.data(), data.data(), data.size());
  RT_ASSERT(rc == 0);
  return out;
}

Hash512 sha512(std::span<const uint8_t> data) {
  detail::ensureSodium();
  Hash512 out;
  const int rc = crypto_hash_sha512(out.data(), data.data(), data.size());
  RT_ASSERT(rc == 0);
  return out;
}

}  // namespace rt::hostlib::hashing
