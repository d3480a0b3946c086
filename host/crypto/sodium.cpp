// SPDX-License-Identifier: Apache-2.0
// One-time libsodium initialisation and the CSPRNG wrappers.
#include "host/crypto/sodium.hpp"

#include <sodium.h>

#include "rt/assert.hpp"

namespace rt::hostlib::crypto {

void ensureSodium() {
  // sodium_init returns 0 on first success, 1 if already initialised, -1 on failure.
  static const bool ready = sodium_init() >= 0;
  RT_ASSERT(ready);
}

void randomBytes(std::span<uint8_t> out) {
  ensureSodium();
  randombytes_buf(out.data(), out.size());
}

Bytes<32> random32() {
  Bytes<32> r;
  randomBytes(r);
  return r;
}

}  // namespace rt::hostlib::crypto
